#include "forwardingchain.h"

#include <QHash>
#include <QSet>

namespace ForwardingChain {

Route follow(const QString &start, const QString &target, const QList<PhoneNumber> &numbers)
{
    QHash<QString, const PhoneNumber *> byE164;
    for (const PhoneNumber &number : numbers)
        byE164.insert(number.phoneNumber, &number);

    Route route;
    QSet<QString> visited{start};
    QString current = target;
    while (true) {
        route.hops.append(current);
        if (current == start) {
            route.returnsToStart = true;
            return route;
        }
        if (visited.contains(current)) {
            route.endsInOtherLoop = true;
            return route;
        }
        visited.insert(current);

        const PhoneNumber *number = byE164.value(current);
        if (!number || !number->forwarding || !number->forwarding->enabled)
            return route;
        current = number->forwarding->forwardTo;
    }
}

QList<PhoneNumber> forwardingTo(const QString &e164, const QList<PhoneNumber> &numbers)
{
    QList<PhoneNumber> result;
    for (const PhoneNumber &number : numbers) {
        if (number.forwarding && number.forwarding->forwardTo == e164 && number.phoneNumber != e164)
            result.append(number);
    }
    return result;
}

} // namespace ForwardingChain
