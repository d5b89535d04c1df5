#include "device/virtual/VirtualStorage.h"

#include "device/DeviceLog.h"
#include "device/virtual/FileDataSource.h"
#include "device/virtual/MemoryDataSource.h"
#include "device/virtual/ObjectNameRules.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>
#include <QStorageInfo>

#include <fcntl.h>
#include <sys/stat.h>

namespace Lifeboat {

namespace {

constexpr int MaxScanDepth = 32;
constexpr quint64 MemoryCapacity = quint64(64) << 30;
// Host writes into a memory-backed storage are kept in RAM; refuse beyond this.
constexpr quint64 MaxMemoryWriteBytes = quint64(512) << 20;

Error writeError(const QString &detail)
{
    return Error(ErrorCode::DeviceIo,
                 VirtualStorage::tr("The virtual handset could not store the object."), detail);
}

bool setModificationTime(const QString &path, const QDateTime &modified)
{
    if (!modified.isValid())
        return true;
    const qint64 ms = modified.toMSecsSinceEpoch();
    struct timespec times[2];
    times[0].tv_sec = 0;
    times[0].tv_nsec = UTIME_OMIT;
    times[1].tv_sec = time_t(ms / 1000);
    times[1].tv_nsec = long(ms % 1000) * 1000000L;
    return ::utimensat(AT_FDCWD, QFile::encodeName(path).constData(), times, 0) == 0;
}

} // namespace

// Writes into a temporary file next to the target; the rename in finish() makes it visible.
class DirectoryObjectWriter final : public ObjectWriter
{
public:
    DirectoryObjectWriter(VirtualStorage &storage, quint32 id, quint32 parentId, QString name,
                          quint16 format, QString path, QDateTime modified)
        : m_storage(storage), m_id(id), m_parentId(parentId), m_name(std::move(name)), m_format(format),
          m_file(path), m_modified(std::move(modified))
    {}

    Status open()
    {
        if (!m_file.open(QIODevice::WriteOnly))
            return writeError(QStringLiteral("%1: %2").arg(m_file.fileName(), m_file.errorString()));
        return {};
    }

    Status write(const char *data, qsizetype size) override
    {
        if (m_file.write(data, size) != size)
            return writeError(QStringLiteral("%1: %2").arg(m_file.fileName(), m_file.errorString()));
        m_written += quint64(size);
        return {};
    }

    quint64 written() const override { return m_written; }
    quint32 id() const override { return m_id; }

    Result<quint32> finish() override
    {
        const QString path = m_file.fileName();
        if (!m_file.commit())
            return writeError(QStringLiteral("%1: %2").arg(path, m_file.errorString()));
        if (!setModificationTime(path, m_modified))
            qCWarning(lcDevice, "virtual storage: cannot set the time of %s", qPrintable(path));
        return m_storage.addReservedFile(m_id, m_parentId, m_name, m_format,
                                 std::make_shared<FileDataSource>(path, m_written), m_modified);
    }

private:
    VirtualStorage &m_storage;
    quint32 m_id;
    quint32 m_parentId;
    QString m_name;
    quint16 m_format;
    QSaveFile m_file;
    QDateTime m_modified;
    quint64 m_written = 0;
};

class MemoryObjectWriter final : public ObjectWriter
{
public:
    MemoryObjectWriter(VirtualStorage &storage, quint32 id, quint32 parentId, QString name,
                       quint16 format, QDateTime modified)
        : m_storage(storage), m_id(id), m_parentId(parentId), m_name(std::move(name)), m_format(format),
          m_modified(std::move(modified))
    {}

    Status write(const char *data, qsizetype size) override
    {
        if (m_storage.m_memoryBytes + quint64(m_bytes.size()) + quint64(size) > MaxMemoryWriteBytes)
            return Error(ErrorCode::DiskFull, VirtualStorage::tr("The virtual handset is full."),
                         QStringLiteral("memory storage write limit reached"));
        m_bytes.append(data, size);
        return {};
    }

    quint64 written() const override { return quint64(m_bytes.size()); }
    quint32 id() const override { return m_id; }

    Result<quint32> finish() override
    {
        m_storage.m_memoryBytes += quint64(m_bytes.size());
        return m_storage.addReservedFile(m_id, m_parentId, m_name, m_format,
                                 std::make_shared<MemoryDataSource>(std::move(m_bytes)), m_modified);
    }

private:
    VirtualStorage &m_storage;
    quint32 m_id;
    quint32 m_parentId;
    QString m_name;
    quint16 m_format;
    QDateTime m_modified;
    QByteArray m_bytes;
};

VirtualStorage::VirtualStorage(quint32 storageId, QString description, QString volumeIdentifier)
    : m_storageId(storageId), m_description(std::move(description)),
      m_volumeIdentifier(std::move(volumeIdentifier))
{}

VirtualStorage::~VirtualStorage() = default;

Result<std::unique_ptr<VirtualStorage>> VirtualStorage::fromDirectory(
    quint32 storageId, const QString &rootDirectory, const VirtualHandsetProfile &profile)
{
    const QFileInfo root(rootDirectory);
    if (!root.isDir())
        return Error(ErrorCode::NotFound,
                     tr("The folder %1 for the virtual handset does not exist.").arg(rootDirectory));
    auto storage = std::make_unique<VirtualStorage>(storageId, QStringLiteral("Internal shared storage"),
                                                    root.canonicalFilePath());
    storage->m_rootDirectory = root.canonicalFilePath();
    if (Status scanned = storage->scanDirectory(storage->m_rootDirectory, 0, profile, 0); !scanned)
        return scanned.error();
    return storage;
}

Status VirtualStorage::scanDirectory(const QString &directory, quint32 parentId,
                                     const VirtualHandsetProfile &profile, int depth)
{
    if (depth > MaxScanDepth)
        return Error(ErrorCode::LimitExceeded, tr("The folder for the virtual handset is nested too deeply."),
                     directory);
    const QFileInfoList entries =
        QDir(directory).entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden,
                                      QDir::Name);
    for (const QFileInfo &entry : entries) {
        // Links could lead outside the root; a handset has none.
        if (entry.isSymLink())
            continue;
        const QDateTime modified = entry.lastModified().toUTC();
        if (entry.isDir()) {
            const quint32 id = addFolder(parentId, entry.fileName(), modified);
            if (Status s = scanDirectory(entry.filePath(), id, profile, depth + 1); !s)
                return s;
        } else if (entry.isFile()) {
            QByteArray head;
            if (entry.suffix().compare(u"vcf", Qt::CaseInsensitive) == 0) {
                QFile file(entry.filePath());
                if (file.open(QIODevice::ReadOnly))
                    head = file.read(256);
            }
            addFile(parentId, entry.fileName(), profile.formatForFile(entry.fileName(), head),
                    std::make_shared<FileDataSource>(entry.filePath(), quint64(entry.size())),
                    modified);
        }
    }
    return {};
}

quint64 VirtualStorage::capacity() const
{
    if (isDirectoryBacked())
        return quint64(QStorageInfo(m_rootDirectory).bytesTotal());
    return MemoryCapacity;
}

quint64 VirtualStorage::freeSpace() const
{
    if (isDirectoryBacked())
        return quint64(QStorageInfo(m_rootDirectory).bytesAvailable());
    quint64 used = 0;
    for (const VirtualObject &o : m_objects)
        used += o.size;
    return used >= MemoryCapacity ? 0 : MemoryCapacity - used;
}

const VirtualObject *VirtualStorage::object(quint32 id) const
{
    const auto it = m_objects.constFind(id);
    return it == m_objects.constEnd() ? nullptr : &it.value();
}

QList<quint32> VirtualStorage::children(quint32 parentId) const
{
    return m_children.value(parentId);
}

QString VirtualStorage::path(quint32 id) const
{
    QStringList parts;
    for (int guard = 0; id != 0 && guard <= MaxScanDepth + 1; ++guard) {
        const VirtualObject *o = object(id);
        if (!o)
            break;
        parts.prepend(o->name);
        id = o->parentId;
    }
    return parts.join(u'/');
}

quint32 VirtualStorage::findChild(quint32 parentId, const QString &name) const
{
    for (quint32 id : m_children.value(parentId)) {
        if (m_objects.constFind(id)->name == name)
            return id;
    }
    return 0;
}

quint32 VirtualStorage::insert(VirtualObject object, quint32 reservedId)
{
    object.id = reservedId != 0 ? reservedId : m_nextId++;
    object.storageId = m_storageId;
    const quint32 id = object.id;
    m_children[object.parentId].append(id);
    m_objects.insert(id, std::move(object));
    m_order.append(id);
    return id;
}

quint32 VirtualStorage::addFolder(quint32 parentId, const QString &name, const QDateTime &modified)
{
    VirtualObject folder;
    folder.parentId = parentId;
    folder.name = name;
    folder.format = 0x3001;
    folder.isFolder = true;
    folder.modified = modified;
    return insert(std::move(folder));
}

quint32 VirtualStorage::addReservedFile(quint32 id, quint32 parentId, const QString &name,
                                        quint16 format, std::shared_ptr<const ObjectDataSource> data,
                                        const QDateTime &modified)
{
    VirtualObject file;
    file.parentId = parentId;
    file.name = name;
    file.format = format;
    file.size = data ? data->size() : 0;
    file.modified = modified;
    file.data = std::move(data);
    return insert(std::move(file), id);
}

quint32 VirtualStorage::addFile(quint32 parentId, const QString &name, quint16 format,
                                std::shared_ptr<const ObjectDataSource> data,
                                const QDateTime &modified, int imageWidth, int imageHeight)
{
    VirtualObject file;
    file.parentId = parentId;
    file.name = name;
    file.format = format;
    file.size = data ? data->size() : 0;
    file.modified = modified;
    file.imageWidth = imageWidth;
    file.imageHeight = imageHeight;
    file.data = std::move(data);
    return insert(std::move(file));
}

quint32 VirtualStorage::ensureFolderPath(const QString &path, const QDateTime &modified)
{
    quint32 parent = 0;
    for (const QString &part : path.split(u'/', Qt::SkipEmptyParts)) {
        const quint32 existing = findChild(parent, part);
        parent = existing ? existing : addFolder(parent, part, modified);
    }
    return parent;
}

Status VirtualStorage::checkNewName(quint32 parentId, const QString &name) const
{
    if (const QString problem = ObjectNameRules::problem(name); !problem.isEmpty())
        return Error(ErrorCode::InvalidData,
                     tr("The name %1 cannot be used on the handset.").arg(name), problem);
    if (parentId != 0) {
        const VirtualObject *parent = object(parentId);
        if (!parent || !parent->isFolder)
            return Error(ErrorCode::NotFound, tr("The folder for the new object does not exist."),
                         QStringLiteral("parent %1 is not a folder").arg(parentId));
    }
    if (findChild(parentId, name) != 0)
        return Error(ErrorCode::InvalidData, tr("An object named %1 exists already.").arg(name),
                     QStringLiteral("duplicate name"));
    return {};
}

Result<QString> VirtualStorage::directoryFor(quint32 folderId) const
{
    const QString relative = path(folderId);
    const QString directory = relative.isEmpty() ? m_rootDirectory : m_rootDirectory + u'/' + relative;
    // The tree's names came from this directory or passed checkNewName(); still make sure the
    // disk agrees before writing there (a folder replaced by a link since the scan, say).
    const QString canonical = QFileInfo(directory).canonicalFilePath();
    if (canonical != m_rootDirectory && !canonical.startsWith(m_rootDirectory + u'/'))
        return writeError(QStringLiteral("%1 is outside the storage root").arg(directory));
    return canonical;
}

Result<quint32> VirtualStorage::createFolder(quint32 parentId, const QString &name,
                                             const QDateTime &modified)
{
    if (Status ok = checkNewName(parentId, name); !ok)
        return ok.error();
    if (isDirectoryBacked()) {
        const Result<QString> directory = directoryFor(parentId);
        if (!directory)
            return directory.error();
        if (!QDir(*directory).mkdir(name))
            return writeError(QStringLiteral("cannot create %1 in %2").arg(name, *directory));
        setModificationTime(*directory + u'/' + name, modified);
    }
    return addFolder(parentId, name, modified);
}

Result<std::unique_ptr<ObjectWriter>> VirtualStorage::beginFile(quint32 parentId,
                                                                const QString &name, quint16 format,
                                                                quint64 size,
                                                                const QDateTime &modified)
{
    if (Status ok = checkNewName(parentId, name); !ok)
        return ok.error();
    if (size != 0xFFFFFFFFu && size > freeSpace())
        return Error(ErrorCode::DiskFull, tr("The virtual handset is full."),
                     QStringLiteral("%1 bytes requested").arg(size));
    if (!isDirectoryBacked())
        return std::unique_ptr<ObjectWriter>(
            std::make_unique<MemoryObjectWriter>(*this, m_nextId++, parentId, name, format, modified));
    const Result<QString> directory = directoryFor(parentId);
    if (!directory)
        return directory.error();
    const QString path = *directory + u'/' + name;
    if (QFileInfo::exists(path))
        return Error(ErrorCode::InvalidData, tr("An object named %1 exists already.").arg(name),
                     path);
    auto writer = std::make_unique<DirectoryObjectWriter>(*this, m_nextId++, parentId, name, format, path, modified);
    if (Status opened = writer->open(); !opened)
        return opened.error();
    return std::unique_ptr<ObjectWriter>(std::move(writer));
}

Status VirtualStorage::remove(quint32 id)
{
    const VirtualObject *target = object(id);
    if (!target)
        return Error(ErrorCode::NotFound, tr("The object to delete does not exist."));
    if (isDirectoryBacked()) {
        const Result<QString> directory = directoryFor(target->parentId);
        if (!directory)
            return directory.error();
        const QString path = *directory + u'/' + target->name;
        const bool removed = target->isFolder ? QDir(path).removeRecursively() : QFile::remove(path);
        if (!removed && QFileInfo::exists(path))
            return writeError(QStringLiteral("cannot delete %1").arg(path));
    }
    m_children[target->parentId].removeOne(id);
    QSet<quint32> doomed{id};
    QList<quint32> pending{id};
    while (!pending.isEmpty()) {
        const quint32 next = pending.takeLast();
        for (quint32 child : m_children.take(next)) {
            doomed.insert(child);
            pending.append(child);
        }
    }
    for (quint32 gone : std::as_const(doomed))
        m_objects.remove(gone);
    m_order.removeIf([&](quint32 o) { return doomed.contains(o); });
    return {};
}

} // namespace Lifeboat
