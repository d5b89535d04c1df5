#include "model/export/ExportFolder.h"

#include "model/export/FileNameSanitizer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace Lifeboat {

namespace {
constexpr QFile::Permissions PrivateFile = QFile::ReadOwner | QFile::WriteOwner;
constexpr QFile::Permissions PrivateFolder = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;
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
        if (!QDir().mkpath(path)) {
            return Error(ErrorCode::DiskFull,
                         tr("Cannot create the folder %1. Check that the disk is writable and has space.")
                             .arg(QDir::toNativeSeparators(path)));
        }
        QFile::setPermissions(path, PrivateFolder);
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
            if (!QDir().mkdir(current)) {
                return Error(ErrorCode::DiskFull,
                             tr("Cannot create the folder %1. Check that the disk is writable and has space.")
                                 .arg(QDir::toNativeSeparators(current)));
            }
            QFile::setPermissions(current, PrivateFolder);
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
        return Error(ErrorCode::DiskFull, tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(target),
                                                                         file.errorString()));
    }
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
            const QString reason = file.errorString();
            file.cancelWriting();
            return Error(ErrorCode::DiskFull,
                         tr("Cannot write %1: %2. Free some space and export again.")
                             .arg(QDir::toNativeSeparators(target), reason));
        }
    }
    // commit() flushes and fsyncs before the rename; a failure there is never success.
    if (!file.commit()) {
        return Error(ErrorCode::DiskFull,
                     tr("Cannot finish writing %1: %2. Free some space and export again.")
                         .arg(QDir::toNativeSeparators(target), file.errorString()));
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
