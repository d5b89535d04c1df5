#include "app/Library.h"

#include "device/Handset.h"
#include "model/export/FileNameSanitizer.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace Lifeboat {

Library::Library(QString folder)
    : m_folder(folder.isEmpty() ? defaultFolder() : std::move(folder))
{}

QString Library::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString Library::archivePathFor(const HandsetIdentity &identity) const
{
    QStringList parts{identity.manufacturer.simplified(), identity.model.simplified(),
                      identity.serialNumber.simplified()};
    parts.removeAll(QString());
    const QString base = parts.isEmpty() ? QStringLiteral("handset") : parts.join(u' ');
    return QDir(m_folder).filePath(FileNameSanitizer::sanitizeName(base + QStringLiteral(".lifeboat")));
}

QStringList Library::archives() const
{
    QStringList paths;
    const QDir dir(m_folder);
    const QStringList names = dir.entryList({QStringLiteral("*.lifeboat")}, QDir::Files, QDir::Name);
    for (const QString &name : names)
        paths.append(dir.filePath(name));
    return paths;
}

Status Library::ensureFolderExists() const
{
    QDir dir(m_folder);
    if (!dir.exists() && !QDir().mkpath(m_folder)) {
        return Error(ErrorCode::Archive,
                     tr("Cannot create the library folder %1. Check that the disk is writable, or "
                        "choose another folder with --archive.")
                         .arg(QDir::toNativeSeparators(m_folder)));
    }
    QFile::setPermissions(m_folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return {};
}

} // namespace Lifeboat
