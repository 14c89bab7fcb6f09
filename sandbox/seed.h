#pragma once

#include "sandboxoptions.h"

#include <QString>

namespace Sandbox {

class Store;

// Fills a new workspace: the demo clinic (a few services, about sixty numbers in several
// countries), an empty workspace, or the demo services plus `count` generated numbers.
bool seedWorkspace(
        Store *store, const QString &workspaceId, Seed seed, int count, QString *errorMessage);

} // namespace Sandbox
