#pragma once

#include "model/archive/ArchiveTypes.h"

#include <QCoreApplication>

namespace Lifeboat {

// How a snapshot is named to a person: when it was taken, how it ended, what it holds.
class SnapshotText
{
    Q_DECLARE_TR_FUNCTIONS(Lifeboat::SnapshotText)
public:
    static QString title(const SnapshotInfo &snapshot);    // "28 Nov 2026 14:03"
    static QString state(SnapshotState state);             // "Complete", "Interrupted", ...
    static QString counts(const SnapshotInfo &snapshot);   // "12 contacts · 5 events · ..."
};

} // namespace Lifeboat
