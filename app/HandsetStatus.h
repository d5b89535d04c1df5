#pragma once

#include "app/HandsetConnector.h"
#include "device/Handset.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace Lifeboat {

// One handset the user can use, as the handsets pane shows it: a plain value.
struct HandsetStatus
{
    enum class State { Probing, Ready, Locked, Busy, NoPermission, BackingUp, Unavailable };

    QString key;              // "demo", or "usb:" + serial number
    HandsetSpec spec;         // how to open it for a job
    QString name;             // "Google Pixel 7", "Demo handset"
    QString detail;           // serial number and where it is plugged in
    bool isDemo = false;
    State state = State::Probing;
    QString stateText;        // plain, translated words for the state
    std::optional<HandsetIdentity> identity;  // once the handset has been opened
    QString archivePath;      // its archive in the library; empty until the identity is known
    bool hasArchive = false;  // a known handset: backed up into this library before
    std::optional<QDateTime> lastBackup;  // end of the newest complete snapshot
    QString lastBackupText;   // "Last backup 3 days ago"; empty until the identity is known
    bool backupIsOld = false; // a gentle reminder is due
    QString note;             // why something did not happen by itself (an automatic backup
                              // skipped); shown until the next backup starts

    bool canBackUp() const { return state == State::Ready; }
};

} // namespace Lifeboat
