#pragma once

#include "common/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <chrono>
#include <functional>
#include <optional>

namespace Lifeboat {

struct HandsetIdentity
{
    QString manufacturer;
    QString model;
    QString serialNumber;
    QString friendlyName;     // device property 0xD402, else the model
    QString deviceVersion;
    QString vendorExtension;  // "microsoft.com: 1.0; android.com: 1.0;" on Android
    int batteryPercent = -1;  // -1 when the handset does not say
};

struct HandsetStorage
{
    quint32 id = 0;
    QString description;
    QString volumeIdentifier;
    quint64 capacity = 0;
    quint64 freeSpace = 0;
    bool readOnly = false;
};

// One object as the handset lists it. `handle` is valid for the current session only: across
// sessions an object is known by (storageId, path) plus size and modification time.
struct HandsetObject
{
    quint32 handle = 0;
    quint32 storageId = 0;
    QString parentPath;   // "DCIM/Camera", empty at the storage's root; '/'-separated
    QString name;         // as the handset gives it (not yet sanitised for the local disk)
    quint16 format = 0;   // MTP object format code
    quint64 size = 0;
    QDateTime modified;   // UTC where the handset says, else local
    bool isFolder = false;

    QString path() const { return parentPath.isEmpty() ? name : parentPath + u'/' + name; }
};

// Delivers an object's bytes to the caller while it is read; returning an error stops the read.
using ByteSink = std::function<Status(const char *data, qsizetype size)>;
// Supplies an object's bytes while it is written: fills `buffer`, returns how many bytes
// (0 at the end), or an error.
using ByteSource = std::function<Result<qsizetype>(char *buffer, qsizetype capacity)>;

struct HandsetEvent
{
    enum class Type { StorageAdded, StorageRemoved, ObjectAdded, ObjectRemoved, ObjectChanged,
                      StorageChanged, Disconnected };
    Type type = Type::ObjectAdded;
    quint32 id = 0;  // storage id or object handle
};

struct HandsetCapabilities
{
    bool partialRead = false;      // read from an offset (resume mid-object)
    bool setModificationDate = false;
    bool deleteObjects = false;
    bool createFolders = false;
};

// A connected handset, as the rest of Lifeboat sees it: no libusb or MTP types here.
// Every error is Lifeboat's own, with a message that tells the user what to do.
//
// Threading: one thread uses a Handset at a time; cancel() may be called from any thread and
// makes the operation in progress end promptly with ErrorCode::Cancelled.
class Handset
{
public:
    virtual ~Handset() = default;

    virtual Result<HandsetIdentity> identity() = 0;
    virtual HandsetCapabilities capabilities() const = 0;

    // An empty list means the handset is locked (ErrorCode::Locked is returned by listObjects()).
    virtual Result<QList<HandsetStorage>> storages() = 0;

    // Every object on every storage, folders included. `progress` (may be empty) is told how many
    // objects have been listed so far.
    virtual Result<QList<HandsetObject>> listObjects(
        const std::function<void(qsizetype listed)> &progress = {}) = 0;

    // Streams the object's bytes from `offset` into `sink`.
    virtual Status readObject(const HandsetObject &object, quint64 offset, const ByteSink &sink) = 0;

    // Creates a folder (and its missing parents); returns it, or the existing one.
    virtual Result<HandsetObject> createFolder(quint32 storageId, const QString &path) = 0;

    // Writes a new object of `size` bytes into an existing folder. `modified` is set where the
    // handset allows.
    virtual Result<HandsetObject> writeObject(quint32 storageId, const QString &parentPath,
                                              const QString &name, quint16 format, quint64 size,
                                              const QDateTime &modified,
                                              const ByteSource &source) = 0;

    virtual Status deleteObject(const HandsetObject &object) = 0;

    // Waits up to `timeout` for the next event (storage added when the user unlocks the phone,
    // objects added or removed). Returns nullopt when none arrived.
    virtual Result<std::optional<HandsetEvent>> waitForEvent(std::chrono::milliseconds timeout) = 0;

    virtual void cancel() = 0;
    virtual void resetCancel() = 0;
};

} // namespace Lifeboat
