#include "purchasesearchpage.h"

#include "availablenumbermodel.h"
#include "messagebanner.h"
#include "phonenumberformat.h"
#include "purchasebasket.h"
#include "purchasewizard.h"

#include <QCheckBox>
#include <QCollator>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

// The search endpoint declares no upper bound for `limit`; asking for more than this many is
// unlikely to help a person choose and may be refused by the carrier.
static constexpr int MaxSearchLimit = 100;

PurchaseSearchPage::PurchaseSearchPage(PurchaseWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_results(new AvailableNumberModel(wizard->basket(), this))
    , m_country(new QComboBox(this))
    , m_areaCode(new QLineEdit(this))
    , m_contains(new QLineEdit(this))
    , m_limit(new QSpinBox(this))
    , m_search(new QPushButton(tr("Sea&rch"), this))
    , m_place(new QLineEdit(this))
    , m_voice(new QCheckBox(tr("&Voice"), this))
    , m_sms(new QCheckBox(tr("S&MS"), this))
    , m_mms(new QCheckBox(tr("MM&S"), this))
    , m_banner(new MessageBanner(this))
    , m_summary(new QLabel(this))
    , m_resultsView(new QTableView(this))
    , m_emptyExplanation(new QLabel(this))
    , m_different(new QPushButton(tr("Show &different numbers"), this))
    , m_add(new QPushButton(tr("&Add to basket"), this))
    , m_basketLabel(new QLabel(this))
    , m_basketView(new QTableView(this))
    , m_remove(new QPushButton(tr("Remo&ve from basket"), this))
    , m_nextReason(new QLabel(this))
{
    setObjectName(u"searchPage"_s);
    setTitle(tr("Find numbers"));
    setSubTitle(tr("Search the carrier's available numbers and put the ones you want in the "
                   "basket. The basket keeps your picks when you search again."));

    m_summary->setObjectName(u"filterSummary"_s);
    m_summary->setWordWrap(true);
    m_emptyExplanation->setObjectName(u"emptyExplanation"_s);
    m_emptyExplanation->setWordWrap(true);
    m_emptyExplanation->hide();
    m_nextReason->setObjectName(u"nextReason"_s);
    m_nextReason->setWordWrap(true);

    m_resultsView->setObjectName(u"resultsTable"_s);
    m_resultsView->setAccessibleName(tr("Available numbers"));
    m_resultsView->setAccessibleDescription(
            tr("Press Space to put the current number in the basket or take it out."));
    m_resultsView->setModel(m_results);
    m_resultsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_resultsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_resultsView->setTabKeyNavigation(false);
    m_resultsView->verticalHeader()->hide();
    m_resultsView->horizontalHeader()->setStretchLastSection(true);
    m_resultsView->setColumnWidth(AvailableNumberModel::NumberColumn,
            m_resultsView->fontMetrics().horizontalAdvance(u"+44 20 7946 0000 00"_s) + 48);
    m_resultsView->setMinimumHeight(160);

    m_different->setObjectName(u"differentNumbersButton"_s);
    m_different->setEnabled(false);
    m_add->setObjectName(u"addToBasketButton"_s);
    m_add->setEnabled(false);
    auto *resultButtons = new QHBoxLayout;
    resultButtons->addWidget(m_add);
    resultButtons->addWidget(m_different);
    resultButtons->addStretch(1);

    auto *resultsColumn = new QVBoxLayout;
    resultsColumn->addWidget(m_summary);
    resultsColumn->addWidget(m_resultsView, 1);
    resultsColumn->addWidget(m_emptyExplanation);
    resultsColumn->addLayout(resultButtons);

    auto *body = new QHBoxLayout;
    body->addLayout(resultsColumn, 3);
    body->addWidget(createBasketView(), 2);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(createSearchFields());
    layout->addWidget(createRefinementFields());
    layout->addLayout(body, 1);
    layout->addWidget(m_nextReason);

    connect(m_search, &QPushButton::clicked, this, &PurchaseSearchPage::search);
    connect(m_different, &QPushButton::clicked, this, &PurchaseSearchPage::showDifferentNumbers);
    connect(m_add, &QPushButton::clicked, this, &PurchaseSearchPage::addSelectedToBasket);
    connect(m_remove, &QPushButton::clicked, this, &PurchaseSearchPage::removeSelectedFromBasket);
    connect(m_resultsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_add->setEnabled(m_resultsView->selectionModel()->hasSelection()); });
    connect(m_place, &QLineEdit::textChanged, this, &PurchaseSearchPage::updateRefinement);
    for (QCheckBox *box : {m_voice, m_sms, m_mms})
        connect(box, &QCheckBox::toggled, this, &PurchaseSearchPage::updateRefinement);
    connect(m_wizard->basket(), &PurchaseBasket::sizeChanged, this,
            &PurchaseSearchPage::updateBasket);
    connect(m_banner, &MessageBanner::retryRequested, this, [this] {
        m_banner->clear();
        if (m_lastQuery)
            runSearch(*m_lastQuery, false);
    });

    updateSummary();
    updateBasket();
}

QWidget *PurchaseSearchPage::createSearchFields()
{
    auto *box = new QGroupBox(tr("Search at the carrier"), this);
    for (const auto &[name, code] : countryChoices())
        m_country->addItem(tr("%1 (%2)").arg(name, code), code);
    m_country->setObjectName(u"countryCombo"_s);
    m_country->setAccessibleName(tr("Country"));

    m_areaCode->setObjectName(u"areaCodeEdit"_s);
    m_areaCode->setAccessibleName(tr("Area code"));
    m_areaCode->setPlaceholderText(tr("any", "area code placeholder"));
    m_areaCode->setValidator(
            new QRegularExpressionValidator(QRegularExpression(u"[0-9]{0,6}"_s), m_areaCode));
    m_contains->setObjectName(u"containsEdit"_s);
    m_contains->setAccessibleName(tr("Digits the number contains"));
    m_contains->setPlaceholderText(tr("any digits", "contains placeholder"));
    m_contains->setValidator(
            new QRegularExpressionValidator(QRegularExpression(u"[0-9]{0,15}"_s), m_contains));
    m_limit->setObjectName(u"limitSpin"_s);
    m_limit->setAccessibleName(tr("How many numbers to ask for"));
    m_limit->setRange(1, MaxSearchLimit);
    m_limit->setValue(20);
    m_search->setObjectName(u"searchButton"_s);
    m_search->setAutoDefault(false);

    for (QLineEdit *edit : {m_areaCode, m_contains})
        edit->installEventFilter(this);
    m_limit->installEventFilter(this);

    auto *form = new QFormLayout;
    form->addRow(tr("&Country:"), m_country);
    form->addRow(tr("&Area code:"), m_areaCode);
    form->addRow(tr("Con&tains the digits:"), m_contains);
    form->addRow(tr("&How many:"), m_limit);
    auto *layout = new QHBoxLayout(box);
    layout->addLayout(form, 1);
    layout->addWidget(m_search, 0, Qt::AlignBottom);
    return box;
}

QWidget *PurchaseSearchPage::createRefinementFields()
{
    auto *box = new QGroupBox(tr("Refine the results on this computer"), this);
    box->setToolTip(tr("The carrier's search has no place or capability filter, so these narrow "
                       "the numbers it sent without asking it again."));
    m_place->setObjectName(u"placeEdit"_s);
    m_place->setAccessibleName(tr("Locality or region contains"));
    m_place->setPlaceholderText(tr("e.g. a city or state", "place placeholder"));
    m_place->setClearButtonEnabled(true);
    m_voice->setObjectName(u"needVoice"_s);
    m_sms->setObjectName(u"needSms"_s);
    m_mms->setObjectName(u"needMms"_s);

    auto *placeLabel = new QLabel(tr("&Locality or region:"), box);
    placeLabel->setBuddy(m_place);
    auto *layout = new QHBoxLayout(box);
    layout->addWidget(placeLabel);
    layout->addWidget(m_place, 1);
    layout->addSpacing(12);
    layout->addWidget(new QLabel(tr("Must have:"), box));
    layout->addWidget(m_voice);
    layout->addWidget(m_sms);
    layout->addWidget(m_mms);
    return box;
}

QWidget *PurchaseSearchPage::createBasketView()
{
    auto *box = new QGroupBox(tr("Basket"), this);
    m_basketLabel->setObjectName(u"basketLabel"_s);
    m_basketLabel->setWordWrap(true);
    m_basketView->setObjectName(u"basketTable"_s);
    m_basketView->setAccessibleName(tr("Basket"));
    m_basketView->setModel(m_wizard->basket());
    m_basketView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_basketView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_basketView->setTabKeyNavigation(false);
    m_basketView->verticalHeader()->hide();
    m_basketView->horizontalHeader()->setStretchLastSection(true);
    for (int column : {PurchaseBasket::DisplayNameColumn, PurchaseBasket::CapabilitiesColumn,
                 PurchaseBasket::OutcomeColumn}) {
        m_basketView->setColumnHidden(column, true);
    }
    m_remove->setObjectName(u"removeFromBasketButton"_s);

    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_basketLabel);
    layout->addWidget(m_basketView, 1);
    layout->addWidget(m_remove, 0, Qt::AlignLeft);
    return box;
}

void PurchaseSearchPage::initializePage()
{
    if (m_countrySet)
        return;
    const int index = m_country->findData(m_wizard->defaultCountry());
    if (index >= 0)
        m_country->setCurrentIndex(index);
    m_countrySet = true;
    m_areaCode->setFocus();
}

bool PurchaseSearchPage::isComplete() const
{
    return m_wizard->basket()->countIn(PurchaseBasket::State::Planned) > 0;
}

bool PurchaseSearchPage::eventFilter(QObject *watched, QEvent *event)
{
    // Return in a search field searches instead of pressing the wizard's Next.
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            search();
            return true;
        }
    }
    return QWizardPage::eventFilter(watched, event);
}

QList<std::pair<QString, QString>> PurchaseSearchPage::countryChoices()
{
    QList<std::pair<QString, QString>> choices;
    for (int value = 1; value <= int(QLocale::LastTerritory); ++value) {
        const auto territory = static_cast<QLocale::Territory>(value);
        const QString code = QLocale::territoryToCode(territory);
        if (code.size() != 2 || !code.front().isLetter())
            continue;
        choices.append({QLocale::territoryToString(territory), code});
    }
    QCollator collator;
    std::sort(choices.begin(), choices.end(), [&collator](const auto &a, const auto &b) {
        return collator.compare(a.first, b.first) < 0;
    });
    return choices;
}

std::optional<AvailableNumberQuery> PurchaseSearchPage::queryFromFields(QString *problem) const
{
    AvailableNumberQuery query;
    query.country = m_country->currentData().toString();
    if (query.country.isEmpty()) {
        *problem = tr("Choose a country to search in.");
        return std::nullopt;
    }
    const QString areaCode = m_areaCode->text().trimmed();
    // In the North American plan (+1) every area code has three digits.
    if (!areaCode.isEmpty() && areaCode.size() != 3
            && PhoneNumberFormat::callingCode(query.country) == 1) {
        *problem = tr("Area codes in %1 have three digits, such as 212.")
                           .arg(PhoneNumberFormat::countryName(query.country));
        return std::nullopt;
    }
    if (!areaCode.isEmpty())
        query.areaCode = areaCode;
    const QString contains = m_contains->text().trimmed();
    if (contains.size() == 1) {
        *problem = tr("Type at least two digits the number should contain, or leave the field "
                      "empty.");
        return std::nullopt;
    }
    if (!contains.isEmpty())
        query.contains = contains;
    query.limit = m_limit->value();
    return query;
}

bool PurchaseSearchPage::search()
{
    QString problem;
    const auto query = queryFromFields(&problem);
    if (!query) {
        m_banner->showMessage(MessageBanner::Level::Warning, problem);
        return false;
    }
    runSearch(*query, false);
    return true;
}

void PurchaseSearchPage::showDifferentNumbers()
{
    if (m_lastQuery)
        runSearch(*m_lastQuery, true);
}

QString PurchaseSearchPage::queryKey(const AvailableNumberQuery &query)
{
    return query.country + u'|' + query.areaCode.value_or(QString()) + u'|'
            + query.contains.value_or(QString());
}

// The API cannot page through a search; asking for more than last time and hiding the numbers
// already shown is the only way to see others when the carrier answers the same way twice.
void PurchaseSearchPage::runSearch(const AvailableNumberQuery &query, bool different)
{
    m_banner->clear();
    m_call.cancel();
    AvailableNumberQuery request = query;
    if (different) {
        const auto seen = static_cast<int>(m_seen.value(queryKey(query)).size());
        request.limit = qMin(query.limit + seen, MaxSearchLimit);
    }

    m_search->setEnabled(false);
    m_different->setEnabled(false);
    m_summary->setText(tr("Searching the carrier…"));
    m_emptyExplanation->hide();
    m_call = m_wizard->client()->searchAvailableNumbers(
            request, this, [this, query, different](const Result<QList<AvailableNumber>> &result) {
                onResults(query, different, result);
            });
}

void PurchaseSearchPage::onResults(const AvailableNumberQuery &query, bool different,
        const Result<QList<AvailableNumber>> &result)
{
    m_search->setEnabled(true);
    if (!result) {
        if (result.error().isCancelled())
            return;
        m_different->setEnabled(m_lastQuery.has_value());
        m_banner->showMessage(MessageBanner::Level::Error,
                tr("The search failed. %1").arg(result.error().fullText()), true);
        updateSummary();
        return;
    }

    QSet<QString> &seen = m_seen[queryKey(query)];
    if (!different)
        seen.clear();
    QList<AvailableNumber> shown;
    for (const AvailableNumber &number : result.value()) {
        if (!seen.contains(number.phoneNumber) && shown.size() < query.limit)
            shown.append(number);
    }
    if (different && shown.isEmpty() && !result.value().isEmpty()) {
        m_banner->showMessage(MessageBanner::Level::Information,
                tr("The carrier has no other numbers for this search right now. Try "
                   "another area code or fewer digits."));
        m_different->setEnabled(true);
        updateSummary();
        return;
    }
    for (const AvailableNumber &number : std::as_const(shown))
        seen.insert(number.phoneNumber);

    m_lastQuery = query;
    const int searchId = m_wizard->basket()->recordSearch(query, result.value());
    m_results->setResults(shown, searchId);
    m_different->setEnabled(true);
    if (m_results->rowCount() > 0)
        m_resultsView->selectRow(0);
    updateSummary();
}

void PurchaseSearchPage::updateRefinement()
{
    AvailableNumberModel::Refinement refinement;
    refinement.placeText = m_place->text();
    if (m_voice->isChecked())
        refinement.requiredCapabilities.append(u"voice"_s);
    if (m_sms->isChecked())
        refinement.requiredCapabilities.append(u"sms"_s);
    if (m_mms->isChecked())
        refinement.requiredCapabilities.append(u"mms"_s);
    m_results->setRefinement(refinement);
    updateSummary();
}

QString PurchaseSearchPage::serverFiltersText(const AvailableNumberQuery &query) const
{
    QStringList parts{PhoneNumberFormat::countryName(query.country)};
    if (query.areaCode)
        parts.append(tr("area code %1").arg(*query.areaCode));
    if (query.contains)
        parts.append(tr("containing “%1”").arg(*query.contains));
    parts.append(tr("up to %n number(s)", nullptr, query.limit));
    return parts.join(u", "_s);
}

QString PurchaseSearchPage::refinementText() const
{
    const auto refinement = m_results->refinement();
    QStringList parts;
    if (!refinement.placeText.trimmed().isEmpty())
        parts.append(tr("locality or region contains “%1”").arg(refinement.placeText.trimmed()));
    for (const QString &capability : refinement.requiredCapabilities)
        parts.append(tr("has %1").arg(AvailableNumberModel::capabilityLabel(capability)));
    return parts.join(u", "_s);
}

void PurchaseSearchPage::updateSummary()
{
    if (!m_lastQuery) {
        m_summary->setText(tr("No search yet. Choose the country and, if you like, an area code, "
                              "then Search."));
        m_emptyExplanation->hide();
        return;
    }

    const int received = m_results->receivedCount();
    const int shown = m_results->rowCount();
    const QString refinement = refinementText();
    QString text = tr("Searched at the carrier: %1.").arg(serverFiltersText(*m_lastQuery)) + u' ';
    if (refinement.isEmpty())
        text += tr("Nothing refined on this computer: showing all %n number(s) the carrier sent.",
                nullptr, received);
    else
        text += tr("Refined on this computer: %1. Showing %2 of the %n number(s) the carrier sent.",
                nullptr, received)
                        .arg(refinement)
                        .arg(shown);
    m_summary->setText(text);

    if (received == 0) {
        m_emptyExplanation->setText(
                tr("The carrier has no numbers for this search. An area code can run out of free "
                   "numbers, and the more digits a number must contain, the fewer match. Try "
                   "another area code, fewer digits in “Contains”, or no area code at all."));
    } else if (shown == 0) {
        m_emptyExplanation->setText(
                tr("The carrier sent %n number(s), but none matches the refinement on this "
                   "computer (%1). Clear the locality or region text, untick a capability, or "
                   "search a nearby area code.",
                        nullptr, received)
                        .arg(refinement));
    }
    m_emptyExplanation->setVisible(shown == 0);
}

void PurchaseSearchPage::updateBasket()
{
    const int count = m_wizard->basket()->size();
    m_basketLabel->setText(count == 0 ? tr("Empty. Tick numbers in the results to add them.")
                                      : tr("%n number(s) picked.", nullptr, count));
    m_remove->setEnabled(count > 0);
    m_nextReason->setText(
            count == 0 ? tr("Put at least one number in the basket to go on.") : QString());
    m_nextReason->setVisible(count == 0);
    m_basketView->resizeColumnToContents(PurchaseBasket::NumberColumn);
    Q_EMIT completeChanged();
}

void PurchaseSearchPage::addSelectedToBasket()
{
    const QModelIndexList rows = m_resultsView->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        m_wizard->basket()->add(m_results->numberAt(index.row()), m_results->searchId());
}

void PurchaseSearchPage::removeSelectedFromBasket()
{
    QStringList numbers;
    const QModelIndexList rows = m_basketView->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        numbers.append(index.data(PurchaseBasket::E164Role).toString());
    if (numbers.isEmpty() && m_wizard->basket()->size() > 0
            && m_basketView->currentIndex().isValid())
        numbers.append(m_basketView->currentIndex().data(PurchaseBasket::E164Role).toString());
    for (const QString &number : std::as_const(numbers))
        m_wizard->basket()->remove(number);
}
