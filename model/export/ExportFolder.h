#pragma once

#include "common/Result.h"

#include <QCoreApplication>

#include <QDateTime>
#include <QSet>
#include <QString>

#include <functional>

namespace Lifeboat {

// The folder an export writes into. Every file appears atomically (written under a temporary
// name, then renamed), readable by the owner only (0600, folders 0700), and never outside the
// folder: relative paths are sanitised, and an existing symbolic link on the way is refused
// rather than followed.
class ExportFolder
{
    Q_DECLARE_TR_FUNCTIONS(Lifeboat::ExportFolder)
public:
    // Supplies the file's bytes in pieces: called until it returns 0; an error aborts the file.
    using Producer = std::function<Result<QByteArray>()>;

    static Result<ExportFolder> create(const QString &path);

    QString path() const { return m_root; }

    // Writes `relativePath` (sanitised; made unique if an earlier file of this export has the
    // name) and returns the path written, relative to the folder.
    Result<QString> writeFile(const QString &relativePath, const Producer &producer,
                              const QDateTime &modified = {});
    Result<QString> writeFile(const QString &relativePath, const QByteArray &content,
                              const QDateTime &modified = {});

private:
    explicit ExportFolder(QString root);
    Result<QString> ensureFolder(const QString &relativeFolder);

    QString m_root;
    QSet<QString> m_written;  // relative paths written by this export
};

} // namespace Lifeboat
