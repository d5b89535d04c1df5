#pragma once

#include "app/cli/CliCommand.h"
#include "model/archive/Archive.h"

#include <QCommandLineParser>

#include <memory>

namespace Lifeboat {

// Opening the archive a command names, and choosing one of its snapshots, the same way in
// every command.
class CliArchive
{
    Q_DECLARE_TR_FUNCTIONS(Lifeboat::CliArchive)
public:
    // --archive FILE, required for commands without a handset.
    static Result<QString> requiredPath(const QCommandLineParser &parser);
    static Result<std::unique_ptr<Archive>> open(const QString &path, Archive::OpenMode mode);
    // "latest" (the newest complete snapshot) or a snapshot number.
    static Result<SnapshotInfo> snapshot(Archive &archive, const QString &spec);
};

} // namespace Lifeboat
