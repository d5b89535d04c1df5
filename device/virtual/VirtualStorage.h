#pragma once

#include "device/virtual/ObjectWriter.h"
#include "device/virtual/VirtualHandsetProfile.h"
#include "device/virtual/VirtualObject.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <memory>

namespace Lifeboat {

// One storage of the virtual handset: a tree of objects with their data sources. Either backed
// by a directory on disk, served as it is and receiving the host's writes, new folders and
// deletions (so a restore can be inspected with `diff -r`), or held in memory (the generated
// demo set). Names from the host are checked before anything touches the disk, and nothing is
// ever written outside the directory.
//
// Not thread-safe: the responder serialises access.
class VirtualStorage
{
    Q_DECLARE_TR_FUNCTIONS(Lifeboat::VirtualStorage)

public:
    VirtualStorage(quint32 storageId, QString description, QString volumeIdentifier);
    ~VirtualStorage();
    Q_DISABLE_COPY_MOVE(VirtualStorage)

    // A storage serving `rootDirectory` (which must exist) with formats chosen by `profile`.
    static Result<std::unique_ptr<VirtualStorage>> fromDirectory(
        quint32 storageId, const QString &rootDirectory, const VirtualHandsetProfile &profile);

    quint32 storageId() const { return m_storageId; }
    const QString &description() const { return m_description; }
    const QString &volumeIdentifier() const { return m_volumeIdentifier; }
    bool isDirectoryBacked() const { return !m_rootDirectory.isEmpty(); }
    const QString &rootDirectory() const { return m_rootDirectory; }
    quint64 capacity() const;
    quint64 freeSpace() const;

    const VirtualObject *object(quint32 id) const;
    QList<quint32> objectIds() const { return m_order; }  // in creation order
    QList<quint32> children(quint32 parentId) const;
    QString path(quint32 id) const;                        // '/'-separated, from the root
    quint32 findChild(quint32 parentId, const QString &name) const;  // 0 when none
    qsizetype objectCount() const { return m_order.size(); }

    // Building the content (demo set, directory scan): no checks, no disk access.
    quint32 addFolder(quint32 parentId, const QString &name, const QDateTime &modified);
    quint32 addFile(quint32 parentId, const QString &name, quint16 format,
                    std::shared_ptr<const ObjectDataSource> data, const QDateTime &modified,
                    int imageWidth = 0, int imageHeight = 0);
    // Adds a folder and its missing parents for a '/'-separated path; returns the last one.
    quint32 ensureFolderPath(const QString &path, const QDateTime &modified);

    // The host's changes, checked and (for a directory) applied to the disk.
    Result<quint32> createFolder(quint32 parentId, const QString &name, const QDateTime &modified);
    Result<std::unique_ptr<ObjectWriter>> beginFile(quint32 parentId, const QString &name,
                                                    quint16 format, quint64 size,
                                                    const QDateTime &modified);
    Status remove(quint32 id);  // folders with everything in them

private:
    friend class DirectoryObjectWriter;
    friend class MemoryObjectWriter;

    // `reservedId` 0: the next free id.
    quint32 insert(VirtualObject object, quint32 reservedId = 0);
    quint32 addReservedFile(quint32 id, quint32 parentId, const QString &name, quint16 format,
                            std::shared_ptr<const ObjectDataSource> data, const QDateTime &modified);
    Status checkNewName(quint32 parentId, const QString &name) const;
    // The directory on disk for a folder of this storage (the root for 0), or an error.
    Result<QString> directoryFor(quint32 folderId) const;
    Status scanDirectory(const QString &directory, quint32 parentId,
                         const VirtualHandsetProfile &profile, int depth);

    const quint32 m_storageId;
    const QString m_description;
    const QString m_volumeIdentifier;
    QString m_rootDirectory;  // canonical; empty when held in memory
    quint32 m_nextId = 1;
    quint64 m_memoryBytes = 0;
    QHash<quint32, VirtualObject> m_objects;
    QList<quint32> m_order;
    QHash<quint32, QList<quint32>> m_children;  // by parent id, in creation order
};

} // namespace Lifeboat
