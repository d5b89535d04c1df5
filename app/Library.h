#pragma once

#include <QCoreApplication>
#include "common/Result.h"

#include <QString>
#include <QStringList>

namespace Lifeboat {

struct HandsetIdentity;

// Where archives live by default: one file per handset in the library folder
// (QStandardPaths::AppDataLocation unless the user chose another), created private (0700).
class Library
{
    Q_DECLARE_TR_FUNCTIONS(Lifeboat::Library)
public:
    // `folder` empty: the standard location.
    explicit Library(QString folder = {});

    QString folder() const { return m_folder; }
    // "<Manufacturer> <Model> <serial>.lifeboat", sanitised for the disk.
    QString archivePathFor(const HandsetIdentity &identity) const;
    // Every archive in the library folder.
    QStringList archives() const;
    Status ensureFolderExists() const;

    static QString defaultFolder();

private:
    QString m_folder;
};

} // namespace Lifeboat
