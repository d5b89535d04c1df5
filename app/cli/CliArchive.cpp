#include "app/cli/CliArchive.h"

#include "app/cli/CliOptions.h"
#include "app/cli/CliOutput.h"
#include "app/cli/CliPassphrase.h"

#include <QDir>
#include <QFileInfo>

namespace Lifeboat {

Result<QString> CliArchive::requiredPath(const QCommandLineParser &parser)
{
    const QString path = parser.value(QStringLiteral("archive"));
    if (path.isEmpty())
        return Error(ErrorCode::Usage, tr("Name the archive with --archive FILE."));
    return path;
}

Result<std::unique_ptr<Archive>> CliArchive::open(const QString &path, Archive::OpenMode mode,
                                                  const QCommandLineParser &parser,
                                                  const CliStreams &streams)
{
    if (!QFileInfo::exists(path)) {
        return Error(ErrorCode::Archive,
                     tr("There is no archive at %1. Check the path, or back up a handset first.")
                         .arg(QDir::toNativeSeparators(path)));
    }
    const Result<bool> encrypted = Archive::isEncrypted(path);
    if (!encrypted || !*encrypted)
        return Archive::open(path, mode);  // a damaged file gets open()'s own clear message
    Result<std::shared_ptr<const SecretBytes>> passphrase =
        CliPassphrase::obtain(parser, streams, path, CliPassphrase::Purpose::Current);
    if (!passphrase)
        return passphrase.error();
    return Archive::open(path, mode, ArchiveUnlock{*passphrase, nullptr});
}

std::optional<ExitCode> CliArchive::openFromOptions(const QCommandLineParser &parser, CliStreams &streams,
                                                    OutputFormat format, const QString &command,
                                                    OpenedArchive &opened)
{
    const Result<QString> path = requiredPath(parser);
    if (!path)
        return CliOptions::usageError(streams, command, path.error().message());
    Result<std::unique_ptr<Archive>> archive = open(*path, Archive::OpenMode::ReadOnly, parser, streams);
    if (!archive)
        return CliOutput::failure(streams, format, command, archive.error());
    opened.path = *path;
    opened.archive = std::move(*archive);
    return std::nullopt;
}

Result<SnapshotInfo> CliArchive::snapshot(Archive &archive, const QString &spec)
{
    if (spec.isEmpty() || spec == u"latest") {
        const Result<QList<SnapshotInfo>> all = archive.snapshots();
        if (!all)
            return all.error();
        const SnapshotInfo *latest = nullptr;
        for (const SnapshotInfo &info : *all) {
            if (info.state == SnapshotState::Complete && (!latest || info.id > latest->id))
                latest = &info;
        }
        if (!latest)
            return Error(ErrorCode::NotFound,
                         tr("The archive has no complete snapshot yet. Back up the handset first."));
        return *latest;
    }
    bool ok = false;
    const qint64 id = spec.toLongLong(&ok);
    if (!ok || id <= 0)
        return Error(ErrorCode::Usage,
                     tr("\"%1\" is not a snapshot: give its number or \"latest\".").arg(spec));
    Result<SnapshotInfo> info = archive.snapshot(id);
    if (!info && info.error().code() == ErrorCode::NotFound)
        return Error(ErrorCode::NotFound,
                     tr("The archive has no snapshot %1. List them with lifeboat-cli snapshots.")
                         .arg(id));
    return info;
}

} // namespace Lifeboat
