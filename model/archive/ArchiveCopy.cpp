#include "model/archive/ArchiveCopy.h"

#include "model/archive/Database.h"
#include "model/ModelLog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

#include <sqlite3.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Lifeboat {

namespace {

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

// O_EXCL and mode 0600 at creation, then fchmod: owner-only whatever the umask, from the first
// byte. A file system without Unix permissions (a FAT memory stick, where copies often go)
// refuses fchmod; the copy is still made there.
Status createPrivateFile(const QString &path)
{
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        const int error = errno;
        return Error(error == ENOSPC ? ErrorCode::DiskFull : ErrorCode::Archive,
                     ArchiveCopy::tr("The copy %1 cannot be created. Check that the folder exists, "
                                     "that you may write to it, and that the disk has space.")
                         .arg(QDir::toNativeSeparators(path)),
                     systemError(error));
    }
    if (::fchmod(fd, 0600) != 0)
        qCInfo(lcModel, "copy %s: permissions not set: %s", qPrintable(path), std::strerror(errno));
    ::close(fd);
    return {};
}

Status syncPath(const QString &path, int flags)
{
    const int fd = ::open(QFile::encodeName(path).constData(), flags | O_CLOEXEC);
    if (fd < 0)
        return Error(ErrorCode::Archive, QString(), systemError(errno));
    const int rc = ::fsync(fd);
    const int error = errno;
    ::close(fd);
    if (rc != 0)
        return Error(error == ENOSPC ? ErrorCode::DiskFull : ErrorCode::Archive, QString(),
                     QStringLiteral("fsync %1: %2").arg(path, systemError(error)));
    return {};
}

void removeWithJournal(const QString &path)
{
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-journal"));
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
}

Error copyFailed(const QString &target, int resultCode, const QString &detail)
{
    const QString shown = QDir::toNativeSeparators(target);
    switch (resultCode & 0xff) {
    case SQLITE_FULL:
        return Error(ErrorCode::DiskFull,
                     ArchiveCopy::tr("The disk is full: the copy %1 could not be written. Free some "
                                     "space or choose another disk, then save the copy again.").arg(shown),
                     detail);
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Error(ErrorCode::Archive,
                     ArchiveCopy::tr("The archive was too busy to be copied. Try again when the "
                                     "backup writing to it has finished."),
                     detail);
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return Error(ErrorCode::Archive,
                     ArchiveCopy::tr("The archive is damaged and cannot be copied. Run a verify to "
                                     "see which snapshots are affected."),
                     detail);
    default:
        return Error(ErrorCode::Archive,
                     ArchiveCopy::tr("Writing the copy %1 failed. Check the disk, then save the "
                                     "copy again.").arg(shown),
                     detail);
    }
}

// Runs the backup from `source` into the open connection `destination`.
Status copyPages(Database &source, sqlite3 *destination, const QString &target,
                 const CopyProgress &progress, const std::atomic_bool *cancel)
{
    sqlite3_backup *backup = sqlite3_backup_init(destination, "main", source.handle(), "main");
    if (!backup) {
        const int rc = sqlite3_errcode(destination);
        return copyFailed(target, rc, QString::fromUtf8(sqlite3_errmsg(destination)));
    }
    const Result<qint64> pageSize = source.queryInt("PRAGMA page_size");
    const quint64 bytesPerPage = pageSize ? quint64(*pageSize) : 4096;
    int restarts = 0;
    int busyWaits = 0;
    int lastRemaining = -1;
    int rc = SQLITE_OK;
    for (;;) {
        if (cancel && cancel->load()) {
            sqlite3_backup_finish(backup);
            return Error(ErrorCode::Cancelled, ArchiveCopy::tr("Saving the copy was cancelled."));
        }
        const int pages = restarts >= ArchiveCopy::MaxRestarts ? -1 : ArchiveCopy::PagesPerStep;
        rc = sqlite3_backup_step(backup, pages);
        const int remaining = sqlite3_backup_remaining(backup);
        const int total = sqlite3_backup_pagecount(backup);
        if (lastRemaining >= 0 && remaining > lastRemaining) {
            ++restarts;  // another connection committed: the copy started over
            qCInfo(lcModel, "copy of %s restarted (%d)", qPrintable(source.path()), restarts);
        }
        lastRemaining = remaining;
        if (progress)
            progress(quint64(total - remaining) * bytesPerPage, quint64(total) * bytesPerPage);
        if (rc == SQLITE_DONE)
            break;
        if (rc == SQLITE_OK)
            continue;
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
            // A writer is committing; wait for it as long as the busy timeout would (30 s).
            if (++busyWaits > 600)
                break;
            sqlite3_sleep(50);
            continue;
        }
        break;
    }
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE)
        return copyFailed(target, rc,
                          QStringLiteral("sqlite3_backup_step: %1").arg(QString::fromUtf8(sqlite3_errstr(rc))));
    return {};
}

} // namespace

Status ArchiveCopy::save(Database &source, const QString &target, const CopyProgress &progress,
                         const std::atomic_bool *cancel)
{
    const QFileInfo targetInfo(target);
    const QFileInfo sourceInfo(source.path());
    if (targetInfo.exists()
        && (targetInfo.canonicalFilePath() == sourceInfo.canonicalFilePath() || targetInfo.isDir())) {
        return Error(ErrorCode::Usage,
                     targetInfo.isDir()
                         ? tr("%1 is a folder. Choose a file name for the copy.").arg(QDir::toNativeSeparators(target))
                         : tr("An archive cannot be copied onto itself. Choose another file name."));
    }
    // What this connection holds in its batch is part of the archive too.
    if (!source.isReadOnly()) {
        if (Status status = source.commit(); !status)
            return status;
    }

    const QString folder = targetInfo.absolutePath();
    const QString partial = folder + QStringLiteral("/.%1.%2.partial")
                                         .arg(targetInfo.fileName(),
                                              QUuid::createUuid().toString(QUuid::Id128).left(12));
    if (Status status = createPrivateFile(partial); !status)
        return status;

    sqlite3 *destination = nullptr;
    int rc = sqlite3_open_v2(QFile::encodeName(partial).constData(), &destination,
                             SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr);
    Status status;
    if (rc != SQLITE_OK) {
        status = copyFailed(target, rc, QString::fromUtf8(destination ? sqlite3_errmsg(destination)
                                                                      : sqlite3_errstr(rc)));
    } else {
        sqlite3_extended_result_codes(destination, 1);
        // The copy's journal lives only while it is written; FULL so that the last commit of
        // the copy is on the disk before it is renamed into place.
        sqlite3_exec(destination, "PRAGMA synchronous = FULL", nullptr, nullptr, nullptr);
        status = copyPages(source, destination, target, progress, cancel);
    }
    rc = sqlite3_close(destination);
    if (status && rc != SQLITE_OK)
        status = copyFailed(target, rc, QStringLiteral("closing the copy"));
    if (status)
        status = syncPath(partial, O_RDONLY);
    if (status && std::rename(QFile::encodeName(partial).constData(),
                              QFile::encodeName(target).constData()) != 0) {
        const int error = errno;
        status = Error(error == ENOSPC ? ErrorCode::DiskFull : ErrorCode::Archive,
                       tr("The copy could not be saved as %1. Check that you may write there.")
                           .arg(QDir::toNativeSeparators(target)),
                       systemError(error));
    }
    if (!status) {
        if (status.error().message().isEmpty())
            status = copyFailed(target, SQLITE_IOERR, status.error().detail());
        removeWithJournal(partial);
        return status;
    }
    // The rename itself is durable only once the folder is synced.
    if (Status synced = syncPath(folder, O_RDONLY | O_DIRECTORY); !synced)
        return copyFailed(target, SQLITE_IOERR, synced.error().detail());
    qCInfo(lcModel, "copied %s to %s", qPrintable(source.path()), qPrintable(target));
    return {};
}

} // namespace Lifeboat
