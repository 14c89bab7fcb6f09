#pragma once

#include "telephony.h"

#include <QAbstractTableModel>
#include <QStringList>

class PurchaseBasket;

// The numbers one carrier search offered, narrowed on the client by place and capabilities (the
// search endpoint has no such filters). The number column is checkable: checking a row puts the
// number in the purchase basket, which outlives the search.
class AvailableNumberModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NumberColumn, LocalityColumn, RegionColumn, CapabilitiesColumn, ColumnCount };

    enum Role {
        E164Role = Qt::UserRole + 1,
        AvailableNumberRole,
    };

    // What the client narrows the server's results to. Empty members do not filter.
    struct Refinement
    {
        QString placeText;                // matched against locality and region, any case
        QStringList requiredCapabilities; // normalised names: "voice", "sms", "mms", "fax"

        bool isEmpty() const
        {
            return placeText.trimmed().isEmpty() && requiredCapabilities.isEmpty();
        }
    };

    explicit AvailableNumberModel(PurchaseBasket *basket, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(
            int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Replaces the rows with a search's results; searchId is the basket's record of that search.
    void setResults(const QList<AvailableNumber> &numbers, int searchId);
    void clear();
    int searchId() const { return m_searchId; }

    void setRefinement(const Refinement &refinement);
    Refinement refinement() const { return m_refinement; }

    // How many numbers the server sent, before the refinement.
    int receivedCount() const { return static_cast<int>(m_received.size()); }
    const AvailableNumber &numberAt(int row) const { return m_received.at(m_shown.at(row)); }

    static bool matches(const AvailableNumber &number, const Refinement &refinement);
    // The capabilities the carrier offers, normalised to lower case ("voice", "sms", "mms").
    static QStringList capabilityNames(const AvailableNumber &number);
    static QString capabilitiesText(const AvailableNumber &number);
    static QString capabilityLabel(const QString &name);
    // "Jersey City, NJ"; empty when the carrier names no place.
    static QString placeText(const AvailableNumber &number);

private:
    void applyRefinement();
    void rebuildShown();
    void onBasketChanged();

    PurchaseBasket *m_basket;
    QList<AvailableNumber> m_received;
    QList<int> m_shown; // indexes into m_received that pass the refinement
    Refinement m_refinement;
    int m_searchId = -1;
};
