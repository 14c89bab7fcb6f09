#pragma once

class ApiClient;
class MainWindow;
struct ConnectionProfile;

// Adds the workspace's tools to a new main window: the editing dialogs (details, forwarding,
// registration, removal and release, bulk edits) and the purchase wizard, set to the profile's
// default country for numbers typed without a country code.
void addWorkspaceFeatures(MainWindow *window, ApiClient *client, const ConnectionProfile &profile);
