#include "purchasedonepage.h"

#include "purchasewizard.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

PurchaseDonePage::PurchaseDonePage(PurchaseWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_summary(new QLabel(this))
    , m_showInTable(new QPushButton(tr("&Show them in the table"), this))
{
    setObjectName(u"donePage"_s);
    setTitle(tr("Done"));
    setFinalPage(true);

    m_summary->setObjectName(u"doneSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_summary->setFocusPolicy(Qt::StrongFocus);
    m_showInTable->setObjectName(u"showInTableButton"_s);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_showInTable, 0, Qt::AlignLeft);
    layout->addStretch(1);

    connect(m_showInTable, &QPushButton::clicked, this, &PurchaseDonePage::showInTable);
}

void PurchaseDonePage::initializePage()
{
    m_summary->setText(m_wizard->whatHappened());
    m_showInTable->setVisible(!m_wizard->purchasedNumbers().isEmpty());
    if (m_showInTable->isVisible())
        m_showInTable->setFocus();
}

void PurchaseDonePage::showInTable()
{
    QStringList ids;
    for (const PhoneNumber &number : m_wizard->purchasedNumbers())
        ids.append(number.id);
    Q_EMIT m_wizard->showNumbersRequested(ids);
    m_wizard->accept();
}
