#include "tablestatus.h"

#include <QCoreApplication>
#include <QLocale>

static QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("TableStatus", text, disambiguation, n);
}

QString TableStatus::summary() const
{
    const QLocale locale;
    QString text;
    if (searching) {
        text = tr("Matches: %Ln among %1 loaded", nullptr, shown).arg(locale.toString(loaded));
    } else if (hasMore && total) {
        text = tr("Loaded %Ln of %1 numbers", nullptr, loaded).arg(locale.toString(*total));
    } else if (hasMore) {
        text = tr("Loaded so far: %Ln", nullptr, loaded);
    } else if (incomplete) {
        text = tr("Loaded: %Ln; the list may be incomplete", nullptr, loaded);
    } else if (total && *total != loaded) {
        // Numbers added or removed elsewhere while the pages were read: say so, not "all".
        text = tr("Numbers: %Ln loaded, but the server now counts %1; refresh (F5) to update",
                nullptr, loaded)
                       .arg(locale.toString(*total));
    } else {
        text = tr("Numbers: %Ln, all loaded", nullptr, loaded);
    }

    if (loading)
        return tr("%1; loading more…").arg(text);
    if (hasMore && !searching)
        return tr("%1; scroll to load more").arg(text);
    return text;
}

QString TableStatus::searchScope() const
{
    if (!searching || !hasMore)
        return QString();
    return tr("Filtered among %Ln loaded; load all to search everything.", nullptr, loaded);
}

QString TableStatus::sortScope() const
{
    if (!sorted || !hasMore)
        return QString();
    return tr("Sorted among %Ln loaded only", nullptr, loaded);
}
