#pragma once

#include "app/cli/CliCommand.h"
#include "model/archive/Archive.h"

#include <QCommandLineParser>

#include <memory>
#include <optional>

namespace Lifeboat {

// An archive named on the command line, opened.
struct OpenedArchive
{
    QString path;
    std::unique_ptr<Archive> archive;
};

// Opening the archive a command names, and choosing one of its snapshots, the same way in
// every command.
class CliArchive
{
    Q_DECLARE_TR_FUNCTIONS(Lifeboat::CliArchive)
public:
    // --archive FILE, required for commands without a handset.
    static Result<QString> requiredPath(const QCommandLineParser &parser);
    // Asks for the passphrase (CliPassphrase) when the archive is encrypted.
    static Result<std::unique_ptr<Archive>> open(const QString &path, Archive::OpenMode mode,
                                                 const QCommandLineParser &parser,
                                                 const CliStreams &streams);
    // --archive FILE, opened read-only into `opened`. On failure prints the error the way every
    // command does and returns the exit code.
    static std::optional<ExitCode> openFromOptions(const QCommandLineParser &parser, CliStreams &streams,
                                                   OutputFormat format, const QString &command,
                                                   OpenedArchive &opened);
    // "latest" (the newest complete snapshot) or a snapshot number.
    static Result<SnapshotInfo> snapshot(Archive &archive, const QString &spec);
};

} // namespace Lifeboat
