#pragma once

#include "phonenumber.h"
#include "telephony.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

#include <optional>

// A carrier search as it was run: what was asked and what came back. Alternatives for a number
// that was taken come from the search that offered it.
struct CarrierSearch
{
    int id = -1;
    AvailableNumberQuery query;
    QList<AvailableNumber> results;
};

// The numbers picked for purchase, across several searches, and what became of each one: the plan
// before anything is bought and the per-number record afterwards.
class PurchaseBasket : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NumberColumn,
        DisplayNameColumn,
        PlaceColumn,
        CapabilitiesColumn,
        OutcomeColumn,
        ColumnCount
    };

    enum Role {
        E164Role = Qt::UserRole + 1,
        StateRole,
    };

    enum class State {
        Planned,   // picked; nothing sent yet
        Checking,  // asking the carrier whether it is still offered
        Buying,    // the purchase request is in flight
        Verifying, // the purchase reply was lost; re-reading the workspace's numbers
        Bought,    // bought and registered in the workspace
        Taken,     // no longer offered (409 or gone from the carrier's list); not bought
        Failed,    // refused for another reason; not bought
        Unknown,   // could not find out whether it was bought; never retried automatically
        Skipped,   // not attempted because the purchase was stopped
    };
    Q_ENUM(State)

    struct Item
    {
        AvailableNumber number;
        int searchId = -1;
        QString displayName;
        State state = State::Planned;
        QString outcome; // the result in words, for people
        std::optional<PhoneNumber> purchased;
    };

    // The server's limit on display names, in code points.
    static constexpr int MaxDisplayNameLength = 256;

    explicit PurchaseBasket(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(
            int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Records a search and returns its id for add() and alternativesFor().
    int recordSearch(const AvailableNumberQuery &query, const QList<AvailableNumber> &results);
    const CarrierSearch *search(int id) const;

    // Adds a planned number; false when that number is already in the basket.
    bool add(const AvailableNumber &number, int searchId);
    // Removes a number that has not been sent yet; false when it is unknown or already sent.
    bool remove(const QString &e164);
    bool contains(const QString &e164) const { return m_rowByNumber.contains(e164); }
    int rowOf(const QString &e164) const { return m_rowByNumber.value(e164, -1); }

    int size() const { return static_cast<int>(m_items.size()); }
    const Item &item(int row) const { return m_items.at(row); }
    QList<int> rowsIn(State state) const;
    int countIn(State state) const { return static_cast<int>(rowsIn(state).size()); }
    bool isSettled(int row) const;

    void setDisplayName(int row, const QString &name);
    void setState(int row, State state, const QString &outcome = {});
    void setPurchased(int row, const PhoneNumber &number);

    // Numbers from the same search that are not in the basket and not known to be taken.
    QList<AvailableNumber> alternativesFor(int row) const;
    void markTaken(const QString &e164) { m_taken.insert(e164); }

    // The reason the display name cannot be sent, or empty when it can.
    QString displayNameProblem(int row) const;
    static QString defaultDisplayName(const AvailableNumber &number);
    static QString stateText(State state);

Q_SIGNALS:
    void sizeChanged(int size);
    void stateChanged(int row, PurchaseBasket::State state);

private:
    QVariant displayData(const Item &item, int column) const;
    void reindex();

    QList<Item> m_items;
    QHash<QString, int> m_rowByNumber;
    QList<CarrierSearch> m_searches;
    QSet<QString> m_taken;
};
