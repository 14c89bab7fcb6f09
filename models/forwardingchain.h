#pragma once

#include "phonenumber.h"

#include <QList>
#include <QString>
#include <QStringList>

// Where calls end up when numbers of a workspace forward to each other, worked out from the
// numbers loaded so far (the list pages, so a chain through unloaded numbers is not seen).
namespace ForwardingChain {

struct Route
{
    // The numbers a call passes through, in E.164, starting with the forwarding target.
    QStringList hops;
    // The route comes back to the number being configured: calls would go round in a loop.
    bool returnsToStart = false;
    // The route enters a loop that does not include the number being configured.
    bool endsInOtherLoop = false;

    bool isLoop() const { return returnsToStart || endsInOtherLoop; }
};

// Follows enabled forwarding from `target` through `numbers` (matched by E.164) and says whether
// a call to `start` forwarded to `target` would come back to `start`.
Route follow(const QString &start, const QString &target, const QList<PhoneNumber> &numbers);

// The numbers among `numbers` whose forwarding (enabled or not) points at `e164`.
QList<PhoneNumber> forwardingTo(const QString &e164, const QList<PhoneNumber> &numbers);

} // namespace ForwardingChain
