#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <functional>

namespace Lifeboat {

class Database;

using CopyProgress = std::function<void(quint64 bytesDone, quint64 bytesTotal)>;

// "Save a copy": copies an archive into a new file through SQLite's online backup API, never as
// a raw copy of a live file (RELIABILITY.md), so it is safe while a backup writes to the source.
// The copy is written next to the target under a temporary name, owner-only whatever the umask,
// synced, and renamed into place only once it is whole: a failed or cancelled copy leaves nothing.
class ArchiveCopy
{
    Q_DECLARE_TR_FUNCTIONS(Lifeboat::ArchiveCopy)

public:
    // Pages copied per step: the source is locked only during a step, so a backup writing to
    // it meanwhile can commit between steps (64 MiB at the default 64 KiB pages).
    static constexpr int PagesPerStep = 1024;
    // A commit by another connection restarts the copy; after this many restarts the rest is
    // copied in one step, holding the writer off for that long (it waits within its busy timeout).
    static constexpr int MaxRestarts = 3;

    // Replaces `target` if it exists; refuses to copy an archive onto itself.
    static Status save(Database &source, const QString &target, const CopyProgress &progress = {},
                       const std::atomic_bool *cancel = nullptr);
};

} // namespace Lifeboat
