#pragma once

#include <QDialog>

// Versions the application knows from its build, for the About dialog and support requests.
struct AboutInfo
{
    QString applicationVersion;
    QString phoneNumberLibraryVersion; // e.g. "8.12.57"; empty when unknown
    QString phoneNumberDataDate;       // when that release's numbering data was published
    QString keychainLibraryVersion;    // QtKeychain
    QString license;                   // SPDX id of the application's licence
};

// Name, version, the versions of the libraries that shape behaviour (Qt, libphonenumber and its
// numbering data, QtKeychain) and the licences, with a button that copies the details for a
// support request.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(const AboutInfo &info, QWidget *parent = nullptr);

    // The plain-text summary the "Copy details" button puts on the clipboard.
    QString details() const { return m_details; }

private:
    QString m_details;
};
