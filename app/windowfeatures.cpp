#include "windowfeatures.h"

#include "connectionprofile.h"
#include "numbereditactions.h"

void addWorkspaceFeatures(MainWindow *window, ApiClient *client, const ConnectionProfile &profile)
{
    // A child of the window; lives as long as it does.
    auto *editing = new NumberEditActions(window, client);
    if (!profile.defaultCountry.isEmpty())
        editing->setDefaultRegion(profile.defaultCountry);
}
