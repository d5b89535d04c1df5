#pragma once

#include "device/Handset.h"
#include "device/mtp/MtpQuirks.h"
#include "device/mtp/MtpSession.h"
#include "device/mtp/PtpDatasets.h"

#include <QCoreApplication>
#include <QHash>

#include <memory>

namespace Lifeboat {

class Transport;

// A handset reached over MTP: Lifeboat's Handset interface on top of an MtpSession. Owns the
// transport. Create with open(), which reads DeviceInfo, chooses the quirks and opens a session.
//
// Errors: MTP responses are mapped by MtpResponseError; a handset without storage is locked
// (listObjects() returns ErrorCode::Locked until a StoreAdded event or a later storages() call
// finds one).
class MtpHandset final : public Handset
{
    Q_DECLARE_TR_FUNCTIONS(Lifeboat::MtpHandset)
public:
    // Pieces in which GetPartialObject(64) reads a resumed object.
    static constexpr quint64 PartialReadPiece = 256ULL * 1024 * 1024;

    // `interfaceNumber` addresses the class requests (cancel, device status) to the MTP interface.
    static Result<std::unique_ptr<MtpHandset>> open(std::unique_ptr<Transport> transport,
                                                    quint16 vendorId = 0, quint16 productId = 0,
                                                    quint16 interfaceNumber = 0);
    ~MtpHandset() override;

    Result<HandsetIdentity> identity() override;
    HandsetCapabilities capabilities() const override;
    Result<QList<HandsetStorage>> storages() override;
    Result<QList<HandsetObject>> listObjects(const std::function<void(qsizetype listed)> &progress
                                             = {}) override;
    Status readObject(const HandsetObject &object, quint64 offset, const ByteSink &sink) override;
    Result<HandsetObject> createFolder(quint32 storageId, const QString &path) override;
    Result<HandsetObject> writeObject(quint32 storageId, const QString &parentPath,
                                      const QString &name, quint16 format, quint64 size,
                                      const QDateTime &modified, const ByteSource &source) override;
    Status deleteObject(const HandsetObject &object) override;
    Result<std::optional<HandsetEvent>> waitForEvent(std::chrono::milliseconds timeout) override;
    void cancel() override;
    void resetCancel() override;

    const PtpDeviceInfo &deviceInfo() const { return m_deviceInfo; }
    const MtpQuirks &quirks() const { return m_session.quirks(); }
    MtpSession &session() { return m_session; }
    // Whether the last listObjects() needed one GetObjPropList round trip.
    bool lastListingUsedObjPropList() const { return m_listedWithObjPropList; }

private:
    MtpHandset(std::unique_ptr<Transport> transport, quint16 vendorId, quint16 productId);
    Status start();
    Status checkResponse(const Result<MtpSession::Response> &response, quint16 operation) const;
    Result<quint32> findFolder(quint32 storageId, const QString &path, bool create);
    Result<quint32> findChildFolder(quint32 storageId, quint32 parent, const QString &parentPath,
                                    const QString &name);
    Result<quint32> sendObjectInfo(quint32 storageId, quint32 parent, const PtpObjectInfo &info);
    Result<quint32> sendObjectPropList(quint32 storageId, quint32 parent, quint16 format,
                                       quint64 size, const QString &name,
                                       const QDateTime &modified);
    // Deletes the object a cancelled writeObject() left behind (it could not be deleted while
    // the link was cancelled); best effort, before the next operation that lists or writes.
    void removeUnfinishedObject();
    Status readPartial(const HandsetObject &object, quint64 offset, const ByteSink &sink);
    static QString folderKey(quint32 storageId, const QString &path);

    std::unique_ptr<Transport> m_transport;
    MtpSession m_session;
    quint16 m_vendorId = 0;
    quint16 m_productId = 0;
    PtpDeviceInfo m_deviceInfo;
    QHash<QString, quint32> m_folders; // "storage:path" -> handle, this session only
    bool m_listedWithObjPropList = false;
    std::optional<quint32> m_unfinishedObject;
};

} // namespace Lifeboat
