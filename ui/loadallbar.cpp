#include "loadallbar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

LoadAllBar::LoadAllBar(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_loadAll(new QPushButton(tr("&Load All"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    setObjectName(u"loadAllBar"_s);
    m_label->setObjectName(u"loadAllText"_s);
    m_label->setTextFormat(Qt::PlainText);
    m_progress->setObjectName(u"loadAllProgress"_s);
    m_progress->setAccessibleName(tr("Loading progress"));
    m_progress->setMaximumWidth(320);
    m_loadAll->setObjectName(u"loadAllButton"_s);
    m_loadAll->setToolTip(tr("Load every page from the server, so that the search and the sort "
                             "cover the whole workspace"));
    m_cancel->setObjectName(u"cancelLoadAllButton"_s);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_loadAll);
    layout->addWidget(m_cancel);

    connect(m_loadAll, &QPushButton::clicked, this, &LoadAllBar::loadAllRequested);
    connect(m_cancel, &QPushButton::clicked, this, &LoadAllBar::cancelRequested);
    hide();
}

void LoadAllBar::showOffer(const QString &text)
{
    m_label->setText(text);
    m_progress->hide();
    m_cancel->hide();
    m_loadAll->show();
    show();
}

void LoadAllBar::showProgress(int loaded, std::optional<qint64> total)
{
    if (total && *total > 0) {
        m_progress->setRange(0, int(std::min<qint64>(*total, std::numeric_limits<int>::max())));
        m_progress->setValue(std::min(loaded, m_progress->maximum()));
        m_label->setText(tr("Loading all numbers: %1 of %2…")
                                 .arg(QLocale().toString(loaded), QLocale().toString(*total)));
    } else {
        m_progress->setRange(0, 0); // busy: the server did not say how many there are
        m_label->setText(tr("Loading all numbers: %1 so far…").arg(QLocale().toString(loaded)));
    }
    m_progress->show();
    m_loadAll->hide();
    m_cancel->show();
    show();
}

void LoadAllBar::showWaiting(const QString &text)
{
    m_label->setText(text);
    m_progress->show();
    m_loadAll->hide();
    m_cancel->show();
    show();
}

bool LoadAllBar::isShowingProgress() const
{
    return !isHidden() && !m_cancel->isHidden();
}

QString LoadAllBar::text() const
{
    return isHidden() ? QString() : m_label->text();
}
