#pragma once

#include "device/mtp/PtpContainer.h"
#include "device/mtp/PtpDatasets.h"
#include "device/virtual/MtpObjectDescriber.h"
#include "device/virtual/MtpReply.h"
#include "device/virtual/ObjectWriter.h"
#include "device/virtual/VirtualHandsetFaults.h"
#include "device/virtual/VirtualHandsetProfile.h"
#include "device/virtual/VirtualStorage.h"

#include <memory>
#include <optional>
#include <vector>

namespace Lifeboat {

// What the virtual handset's device settings say about it.
struct VirtualDeviceSettings
{
    QString serialNumber;
    QString friendlyName;
    int batteryPercent = 87;
};

// Answers MTP operations against the virtual storages. The protocol around them (sessions,
// transaction ids, containers, packets) is MtpResponder's; this class sees one checked command
// at a time. Handles are the storages' object ids, renumbered every session where the profile
// says so (Android).
class MtpOperations
{
public:
    MtpOperations(VirtualHandsetProfile profile, std::vector<std::unique_ptr<VirtualStorage>> storages,
                  VirtualDeviceSettings settings, const VirtualHandsetFaults &faults);
    ~MtpOperations();
    Q_DISABLE_COPY_MOVE(MtpOperations)

    const VirtualHandsetProfile &profile() const { return m_profile; }
    void sessionOpened();
    void sessionClosed();
    void setLocked(bool locked) { m_locked = locked; }
    bool locked() const { return m_locked; }
    QList<quint32> storageIds() const;
    VirtualStorage *storage(quint32 storageId) const;
    const std::vector<std::unique_ptr<VirtualStorage>> &storages() const { return m_storages; }

    // Changes made on the handset itself; return the object's handle for the event.
    Result<quint32> addObjectOnDevice(const QString &path, const QByteArray &bytes);
    Result<quint32> removeObjectOnDevice(const QString &path);

    // Operations with a data phase from the host; the responder feeds it through dataOut*().
    static bool hasDataOut(quint16 operation);

    MtpReply handle(const PtpContainer &command);

    void beginDataOut(const PtpContainer &command);
    void dataOut(QByteArrayView chunk);
    MtpReply endDataOut();
    void abandonDataOut();  // a cancelled transaction or reset

    // The session's handle of an object, and back (0 / nullptr when there is none).
    quint32 handleOf(quint32 storageId, quint32 objectId) const;
    const VirtualObject *objectFor(quint32 handle, VirtualStorage **storage = nullptr) const;

private:
    MtpReply deviceInfo() const;
    MtpReply storageInfo(quint32 storageId) const;
    MtpReply objectHandles(quint32 storageId, quint32 format, quint32 parent) const;
    MtpReply objectInfo(quint32 handle) const;
    MtpReply objectData(quint32 handle, quint64 offset, std::optional<quint64> maxBytes,
                        bool partial) const;
    MtpReply deleteObject(quint32 handle);
    MtpReply devicePropValue(quint32 property, bool descriptor) const;
    MtpReply objectPropValue(quint32 handle, quint32 property) const;
    MtpReply objectPropDesc(quint32 property) const;
    MtpReply objPropList(quint32 handle, quint32 format, quint32 property, quint32 depth) const;
    MtpReply sendObjectInfo(const PtpContainer &command, QByteArrayView data);
    MtpReply sendObjectPropList(const PtpContainer &command, QByteArrayView data);
    MtpReply sendObjectData();
    // Checks a new object's place; fills the storage and the parent's object id.
    std::optional<quint16> resolveTarget(quint32 storageId, quint32 parentHandle,
                                         VirtualStorage **storage, quint32 *parentId) const;
    MtpReply createObject(VirtualStorage *storage, quint32 parentId, const QString &name,
                          quint16 format, quint64 size, const QDateTime &modified);
    quint32 parentHandleOf(const VirtualObject &object) const;
    quint32 sessionKey() const;

    VirtualHandsetProfile m_profile;
    std::vector<std::unique_ptr<VirtualStorage>> m_storages;
    VirtualDeviceSettings m_settings;
    const VirtualHandsetFaults &m_faults;
    MtpObjectDescriber m_describer;
    bool m_locked = false;
    quint32 m_sessionCounter = 0;

    // The object SendObjectInfo / SendObjectPropList announced, waiting for SendObject.
    struct PendingObject
    {
        std::unique_ptr<ObjectWriter> writer;
        quint32 storageId = 0;
        quint64 announcedSize = 0;
        quint32 handle = 0;
    };
    std::optional<PendingObject> m_pendingObject;

    // The data phase in progress.
    std::optional<PtpContainer> m_dataCommand;
    QByteArray m_dataBuffer;
    quint64 m_dataReceived = 0;
    bool m_dataFailed = false;
};

} // namespace Lifeboat
