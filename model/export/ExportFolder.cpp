#include "model/export/ExportFolder.h"

#include "model/export/FileNameSanitizer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Lifeboat {

namespace {
constexpr QFile::Permissions PrivateFile = QFile::ReadOwner | QFile::WriteOwner;

// mkdir with mode 0700 and then chmod: owner-only whatever the umask, from the start, and for
// every folder the export creates on the way (`--out a/b/c` creates a and b too). A file system
// without Unix permissions (a FAT memory stick) refuses chmod; exporting there still works.
bool makePrivateFolder(const QString &path)
{
    const QByteArray native = QFile::encodeName(path);
    if (::mkdir(native.constData(), 0700) != 0)
        return false;
    [[maybe_unused]] const int ignored = ::chmod(native.constData(), 0700);
    return true;
}

bool makePrivateFolders(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList missing;
    QString current = QDir::cleanPath(absolute);
    while (!QFileInfo::exists(current)) {
        missing.prepend(current);
        const QString parent = QFileInfo(current).absolutePath();
        if (parent == current)
            break;
        current = parent;
    }
    for (const QString &folder : std::as_const(missing)) {
        if (!makePrivateFolder(folder))
            return false;
    }
    return true;
}

// The reason a write failed, and what to do about it: a full disk and a failing one call for
// different actions.
Error writeFailed(const QString &message, int error, const QString &reason)
{
    const bool full = error == ENOSPC || error == EDQUOT || error == EFBIG;
    return Error(ErrorCode::DiskFull,
                 full ? ExportFolder::tr("%1: the disk is full. Free some space and export again.").arg(message)
                      : ExportFolder::tr("%1: %2. Check the disk (is it still connected, is it "
                                         "failing?) and export again.").arg(message, reason),
                 QStringLiteral("%1 (errno %2)").arg(reason).arg(error));
}
} // namespace

ExportFolder::ExportFolder(QString root)
    : m_root(std::move(root))
{}

Result<ExportFolder> ExportFolder::create(const QString &path)
{
    const QFileInfo info(path);
    if (info.exists() && !info.isDir()) {
        return Error(ErrorCode::Usage,
                     tr("%1 is a file, not a folder. Choose a folder to export into.")
                         .arg(QDir::toNativeSeparators(path)));
    }
    if (!info.exists()) {
        if (!makePrivateFolders(path)) {
            return Error(ErrorCode::DiskFull,
                         tr("Cannot create the folder %1. Check that the disk is writable and has space.")
                             .arg(QDir::toNativeSeparators(path)),
                         QString::fromLocal8Bit(std::strerror(errno)));
        }
    }
    return ExportFolder(QFileInfo(path).absoluteFilePath());
}

Result<QString> ExportFolder::ensureFolder(const QString &relativeFolder)
{
    QString current = m_root;
    if (relativeFolder.isEmpty())
        return current;
    const QStringList parts = relativeFolder.split(u'/', Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        current += u'/' + part;
        const QFileInfo info(current);
        if (info.isSymLink()) {
            return Error(ErrorCode::Usage,
                         tr("%1 is a symbolic link; Lifeboat does not export through links. "
                            "Choose an empty folder.")
                             .arg(QDir::toNativeSeparators(current)));
        }
        if (info.exists() && !info.isDir()) {
            return Error(ErrorCode::Usage, tr("%1 is in the way: it is a file, not a folder.")
                                               .arg(QDir::toNativeSeparators(current)));
        }
        if (!info.exists()) {
            if (!makePrivateFolder(current)) {
                return Error(ErrorCode::DiskFull,
                             tr("Cannot create the folder %1. Check that the disk is writable and has space.")
                                 .arg(QDir::toNativeSeparators(current)),
                             QString::fromLocal8Bit(std::strerror(errno)));
            }
        }
    }
    return current;
}

Result<QString> ExportFolder::writeFile(const QString &relativePath, const QByteArray &content,
                                        const QDateTime &modified)
{
    bool done = false;
    return writeFile(relativePath, [&]() -> Result<QByteArray> {
        if (done)
            return QByteArray();
        done = true;
        return content;
    }, modified);
}

Result<QString> ExportFolder::writeFile(const QString &relativePath, const Producer &producer,
                                        const QDateTime &modified)
{
    const QString safe = FileNameSanitizer::sanitizeRelativePath(relativePath);
    const qsizetype slash = safe.lastIndexOf(u'/');
    const QString folder = slash < 0 ? QString() : safe.left(slash);
    QString name = safe.mid(slash + 1);

    const Result<QString> absoluteFolder = ensureFolder(folder);
    if (!absoluteFolder)
        return absoluteFolder.error();

    // Two handset names can sanitise to one; an existing file from an earlier export is
    // replaced, but two files of this export never overwrite each other.
    QSet<QString> taken;
    for (const QString &written : std::as_const(m_written)) {
        if (written.section(u'/', 0, -2) == folder || (folder.isEmpty() && !written.contains(u'/')))
            taken.insert(written.section(u'/', -1));
    }
    name = FileNameSanitizer::uniqueName(name, taken);
    const QString relative = folder.isEmpty() ? name : folder + u'/' + name;
    const QString target = *absoluteFolder + u'/' + name;
    if (QFileInfo(target).isSymLink()) {
        return Error(ErrorCode::Usage, tr("%1 is a symbolic link; Lifeboat does not write through links.")
                                           .arg(QDir::toNativeSeparators(target)));
    }

    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly)) {
        const int error = errno;
        return writeFailed(tr("Cannot write %1").arg(QDir::toNativeSeparators(target)), error,
                           file.errorString());
    }
    // Best effort, like the folders: FAT has no permissions to set.
    file.setPermissions(PrivateFile);
    for (;;) {
        const Result<QByteArray> piece = producer();
        if (!piece) {
            file.cancelWriting();
            return piece.error();
        }
        if (piece->isEmpty())
            break;
        if (file.write(*piece) != piece->size()) {
            const int error = errno;
            const QString reason = file.errorString();
            file.cancelWriting();
            return writeFailed(tr("Cannot write %1").arg(QDir::toNativeSeparators(target)), error, reason);
        }
    }
    // QSaveFile::commit() ignores a failing sync, so the file is flushed and synced here: a
    // file the disk could not keep is never reported as exported.
    if (!file.flush()) {
        const int error = errno;
        const QString reason = file.errorString();
        file.cancelWriting();
        return writeFailed(tr("Cannot write %1").arg(QDir::toNativeSeparators(target)), error, reason);
    }
    if (::fsync(file.handle()) != 0 && errno != EINVAL && errno != ENOTSUP) {
        const int error = errno;
        file.cancelWriting();
        return writeFailed(tr("Cannot finish writing %1").arg(QDir::toNativeSeparators(target)), error,
                           QString::fromLocal8Bit(std::strerror(error)));
    }
    if (!file.commit()) {
        const int error = errno;
        return writeFailed(tr("Cannot finish writing %1").arg(QDir::toNativeSeparators(target)), error,
                           file.errorString());
    }
    // The rename is durable once the folder holding it is synced.
    if (const int folderFd = ::open(QFile::encodeName(*absoluteFolder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        folderFd >= 0) {
        const int rc = ::fsync(folderFd);
        const int error = errno;
        ::close(folderFd);
        if (rc != 0 && error != EINVAL && error != ENOTSUP)
            return writeFailed(tr("Cannot finish writing %1").arg(QDir::toNativeSeparators(target)), error,
                               QString::fromLocal8Bit(std::strerror(error)));
    }
    if (modified.isValid()) {
        QFile written(target);
        if (written.open(QIODevice::ReadWrite))
            written.setFileTime(modified, QFileDevice::FileModificationTime);
    }
    m_written.insert(relative);
    return relative;
}

} // namespace Lifeboat
