#include "windowfeatures.h"

#include "connectionprofile.h"
#include "numbereditactions.h"
#include "purchaseactions.h"

void addWorkspaceFeatures(MainWindow *window, ApiClient *client, const ConnectionProfile &profile)
{
    // Both are children of the window and live as long as it does.
    auto *editing = new NumberEditActions(window, client);
    auto *purchases = new PurchaseActions(window, client);
    if (!profile.defaultCountry.isEmpty()) {
        editing->setDefaultRegion(profile.defaultCountry);
        purchases->setDefaultCountry(profile.defaultCountry);
    }
}
