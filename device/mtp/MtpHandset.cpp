#include "device/mtp/MtpHandset.h"

#include "device/DeviceLog.h"
#include "device/mtp/MtpObjectLister.h"
#include "device/mtp/MtpResponseError.h"
#include "device/mtp/PtpReader.h"
#include "device/mtp/PtpWriter.h"
#include "device/transport/Transport.h"

#include <QDeadlineTimer>

namespace Lifeboat {

namespace {

constexpr quint32 RootParam = Mtp::RootParent; // "the storage's root" as an operation parameter

bool isUsableName(const QString &name)
{
    return !name.isEmpty() && name != u"." && name != u".." && !name.contains(u'/')
        && !name.contains(QChar(u'\0'));
}

} // namespace

MtpHandset::MtpHandset(std::unique_ptr<Transport> transport, quint16 vendorId, quint16 productId)
    : m_transport(std::move(transport))
    , m_session(*m_transport)
    , m_vendorId(vendorId)
    , m_productId(productId)
{
}

MtpHandset::~MtpHandset()
{
    if (m_session.isSessionOpen() && !m_session.isCancelRequested()) {
        m_session.setTimeoutOverride(std::chrono::milliseconds(2000));
        const Result<MtpSession::Response> closed = m_session.closeSession();
        if (!closed)
            qCDebug(lcDevice).noquote() << "MTP: CloseSession failed:" << closed.error().toString();
    }
}

Result<std::unique_ptr<MtpHandset>> MtpHandset::open(std::unique_ptr<Transport> transport,
                                                     quint16 vendorId, quint16 productId,
                                                     quint16 interfaceNumber)
{
    std::unique_ptr<MtpHandset> handset(new MtpHandset(std::move(transport), vendorId, productId));
    handset->m_session.setInterfaceNumber(interfaceNumber);
    if (const Status started = handset->start(); !started)
        return started.error();
    return handset;
}

Status MtpHandset::checkResponse(const Result<MtpSession::Response> &response,
                                 quint16 operation) const
{
    if (!response)
        return response.error();
    if (!response->isOk())
        return MtpResponseError::fromResponse(response->code, operation);
    return {};
}

Status MtpHandset::start()
{
    m_session.setQuirks(MtpQuirks::forUsbIds(m_vendorId, m_productId));
    QByteArray data;
    const Result<MtpSession::Response> response
        = m_session.runInBuffered(Mtp::Operation::GetDeviceInfo, {}, data, 1024 * 1024);
    if (const Status ok = checkResponse(response, Mtp::Operation::GetDeviceInfo); !ok)
        return ok;
    Result<PtpDeviceInfo> info = PtpDeviceInfo::decode(data);
    if (!info)
        return info.error();
    m_deviceInfo = std::move(*info);
    const MtpQuirks quirks = MtpQuirks::forDevice(m_vendorId, m_productId, m_deviceInfo);
    m_session.setQuirks(quirks);
    qCInfo(lcDevice).noquote() << "MTP: connected to" << m_deviceInfo.manufacturer
                               << m_deviceInfo.model << "quirks:" << quirks.describe();
    return checkResponse(m_session.openSession(1), Mtp::Operation::OpenSession);
}

Result<HandsetIdentity> MtpHandset::identity()
{
    HandsetIdentity identity;
    identity.manufacturer = m_deviceInfo.manufacturer;
    identity.model = m_deviceInfo.model;
    identity.serialNumber = m_deviceInfo.serialNumber;
    identity.deviceVersion = m_deviceInfo.deviceVersion;
    identity.vendorExtension = m_deviceInfo.vendorExtensionDesc;
    identity.friendlyName = m_deviceInfo.model;

    const auto property = [this](quint16 code, quint16 type) -> Result<std::optional<PtpValue>> {
        if (!m_deviceInfo.supportsDeviceProp(code))
            return std::optional<PtpValue>();
        QByteArray data;
        const Result<MtpSession::Response> response
            = m_session.runInBuffered(Mtp::Operation::GetDevicePropValue, {code}, data, 4096);
        if (!response)
            return response.error();
        if (!response->isOk())
            return std::optional<PtpValue>(); // optional information: absence is fine
        Result<PtpValue> value = PtpValueCodec::decode(type, data);
        if (!value)
            return std::optional<PtpValue>();
        return std::optional<PtpValue>(std::move(*value));
    };
    const Result<std::optional<PtpValue>> name
        = property(Mtp::DeviceProp::FriendlyName, Mtp::DataType::String);
    if (!name)
        return name.error();
    if (*name) {
        const QString text = std::get<QString>(**name).trimmed();
        if (!text.isEmpty())
            identity.friendlyName = text;
    }
    const Result<std::optional<PtpValue>> battery
        = property(Mtp::DeviceProp::BatteryLevel, Mtp::DataType::UInt8);
    if (!battery)
        return battery.error();
    if (*battery) {
        const quint64 level = std::get<quint64>(**battery);
        if (level <= 100)
            identity.batteryPercent = int(level);
    }
    return identity;
}

HandsetCapabilities MtpHandset::capabilities() const
{
    HandsetCapabilities capabilities;
    capabilities.partialRead = m_deviceInfo.supportsOperation(Mtp::Operation::GetPartialObject64)
        || m_deviceInfo.supportsOperation(Mtp::Operation::GetPartialObject);
    capabilities.setModificationDate = !quirks().android;
    capabilities.deleteObjects = m_deviceInfo.supportsOperation(Mtp::Operation::DeleteObject);
    capabilities.createFolders = m_deviceInfo.supportsOperation(Mtp::Operation::SendObjectInfo);
    return capabilities;
}

Result<QList<HandsetStorage>> MtpHandset::storages()
{
    QByteArray data;
    const Result<MtpSession::Response> response
        = m_session.runInBuffered(Mtp::Operation::GetStorageIDs, {}, data, 64 * 1024);
    if (const Status ok = checkResponse(response, Mtp::Operation::GetStorageIDs); !ok)
        return ok.error();
    PtpReader reader(data);
    const QList<quint32> ids = reader.u32Array();
    if (!reader.ok())
        return MtpBulkReader::protocolError(QStringLiteral("GetStorageIDs: ") + reader.failure());

    QList<HandsetStorage> result;
    for (quint32 id : ids) {
        if ((id & 0xFFFF) == 0)
            continue; // a physical store without a logical one (e.g. an empty card slot)
        QByteArray infoData;
        const Result<MtpSession::Response> infoResponse
            = m_session.runInBuffered(Mtp::Operation::GetStorageInfo, {id}, infoData, 64 * 1024);
        if (infoResponse && infoResponse->code == Mtp::Response::StoreNotAvailable)
            continue;
        if (const Status ok = checkResponse(infoResponse, Mtp::Operation::GetStorageInfo); !ok)
            return ok.error();
        const Result<PtpStorageInfo> info = PtpStorageInfo::decode(infoData);
        if (!info)
            return info.error();
        HandsetStorage storage;
        storage.id = id;
        storage.description = info->storageDescription;
        storage.volumeIdentifier = info->volumeIdentifier;
        storage.capacity = info->maxCapacity;
        storage.freeSpace = info->freeSpaceInBytes;
        storage.readOnly = info->accessCapability != Mtp::StorageAccess::ReadWrite;
        result.append(storage);
    }
    return result;
}

Result<QList<HandsetObject>>
MtpHandset::listObjects(const std::function<void(qsizetype listed)> &progress)
{
    removeUnfinishedObject();
    const Result<QList<HandsetStorage>> found = storages();
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error(ErrorCode::Locked,
                     tr("The handset is locked. Unlock it and keep it connected."),
                     QStringLiteral("GetStorageIDs returned no usable storage"));
    QList<quint32> ids;
    for (const HandsetStorage &storage : *found)
        ids.append(storage.id);

    MtpObjectLister lister(m_session, m_deviceInfo);
    Result<QList<HandsetObject>> objects = lister.list(ids, progress);
    m_listedWithObjPropList = lister.usedObjPropList();
    if (!objects)
        return objects;
    m_folders.clear();
    for (const HandsetObject &object : *objects) {
        if (object.isFolder && isUsableName(object.name))
            m_folders.insert(folderKey(object.storageId, object.path()), object.handle);
    }
    return objects;
}

Status MtpHandset::readObject(const HandsetObject &object, quint64 offset, const ByteSink &sink)
{
    if (object.isFolder)
        return Error(ErrorCode::Usage, tr("A folder cannot be read as a file."),
                     QStringLiteral("readObject on folder 0x%1").arg(object.handle, 0, 16));
    if (offset > object.size)
        return Error(ErrorCode::Usage, tr("Cannot read beyond the end of the file."),
                     QStringLiteral("offset %1 of %2").arg(offset).arg(object.size));
    if (offset > 0)
        return offset == object.size ? Status() : readPartial(object, offset, sink);

    const MtpSession::DataSink forward
        = [&sink](QByteArrayView piece) { return sink(piece.data(), piece.size()); };
    // A 0xFFFFFFFF container (only legitimate for objects of 4 GiB or more, whose size came
    // from ObjectSize) is read until its short packet, but never beyond the listed size.
    const quint64 limit = object.size;
    return checkResponse(
        m_session.runIn(Mtp::Operation::GetObject, {object.handle}, forward, limit),
        Mtp::Operation::GetObject);
}

Status MtpHandset::readPartial(const HandsetObject &object, quint64 offset, const ByteSink &sink)
{
    const bool has64 = m_deviceInfo.supportsOperation(Mtp::Operation::GetPartialObject64);
    const bool has32 = m_deviceInfo.supportsOperation(Mtp::Operation::GetPartialObject);
    const qsizetype packet = qMax(m_transport->maxPacketSize(), 1);
    quint64 position = offset;
    while (position < object.size) {
        quint64 want = qMin(object.size - position, PartialReadPiece);
        // Some devices hang when a partial read ends exactly on a packet boundary: one byte less
        // moves the end into a short packet; the byte comes with the next piece.
        if (quirks().partialReadLast512Hang && want > 1
            && (want + PtpContainer::HeaderSize) % quint64(packet) == 0)
            --want;
        quint64 delivered = 0;
        const MtpSession::DataSink forward = [&](QByteArrayView piece) -> Status {
            delivered += quint64(piece.size());
            if (delivered > want)
                return MtpBulkReader::protocolError(
                    QStringLiteral("partial read returned more than %1 bytes").arg(want));
            return sink(piece.data(), piece.size());
        };
        Result<MtpSession::Response> response = Error(ErrorCode::Internal, QString());
        quint16 operation = 0;
        if (has64) {
            operation = Mtp::Operation::GetPartialObject64;
            response = m_session.runIn(
                operation,
                {object.handle, quint32(position), quint32(position >> 32), quint32(want)},
                forward);
        } else if (has32 && position + want <= 0xFFFFFFFFULL) {
            operation = Mtp::Operation::GetPartialObject;
            response = m_session.runIn(operation, {object.handle, quint32(position), quint32(want)},
                                       forward);
        } else {
            return Error(ErrorCode::Unsupported,
                         tr("The handset cannot continue a transfer where it stopped. The file "
                            "will be read again from the start."),
                         QStringLiteral("no GetPartialObject64; offset %1").arg(position));
        }
        if (const Status ok = checkResponse(response, operation); !ok)
            return ok;
        if (delivered == 0)
            return MtpBulkReader::protocolError(
                QStringLiteral("partial read at %1 of %2 returned nothing")
                    .arg(position)
                    .arg(object.size));
        position += delivered;
    }
    return {};
}

QString MtpHandset::folderKey(quint32 storageId, const QString &path)
{
    return QString::number(storageId) + u':' + path;
}

Result<quint32> MtpHandset::findChildFolder(quint32 storageId, quint32 parent,
                                            const QString &parentPath, const QString &name)
{
    QByteArray data;
    const Result<MtpSession::Response> response = m_session.runInBuffered(
        Mtp::Operation::GetObjectHandles,
        {storageId, Mtp::Format::Association, parent == 0 ? RootParam : parent}, data);
    if (const Status ok = checkResponse(response, Mtp::Operation::GetObjectHandles); !ok)
        return ok.error();
    PtpReader reader(data);
    const QList<quint32> handles = reader.u32Array();
    if (!reader.ok())
        return MtpBulkReader::protocolError(QStringLiteral("GetObjectHandles: ")
                                            + reader.failure());
    std::optional<quint32> match;
    for (quint32 handle : handles) {
        QByteArray infoData;
        const Result<MtpSession::Response> infoResponse
            = m_session.runInBuffered(Mtp::Operation::GetObjectInfo, {handle}, infoData, 64 * 1024);
        if (infoResponse && infoResponse->code == Mtp::Response::InvalidObjectHandle)
            continue;
        if (const Status ok = checkResponse(infoResponse, Mtp::Operation::GetObjectInfo); !ok)
            return ok.error();
        const Result<PtpObjectInfo> info = PtpObjectInfo::decode(infoData);
        if (!info)
            return info.error();
        if (!info->isFolder() || !isUsableName(info->filename))
            continue; // devices may ignore the format filter
        const QString path
            = parentPath.isEmpty() ? info->filename : parentPath + u'/' + info->filename;
        m_folders.insert(folderKey(storageId, path), handle);
        if (info->filename == name)
            match = handle;
    }
    if (!match)
        return Error(ErrorCode::NotFound, tr("The folder is not on the handset."),
                     QStringLiteral("no folder %1 under %2").arg(name, parentPath));
    return *match;
}

Result<quint32> MtpHandset::findFolder(quint32 storageId, const QString &path, bool create)
{
    const QStringList components = path.split(u'/', Qt::SkipEmptyParts);
    for (const QString &component : components) {
        if (!isUsableName(component))
            return Error(ErrorCode::Usage,
                         tr("The folder name \"%1\" cannot be used on the handset.").arg(component),
                         QStringLiteral("path %1").arg(path));
    }
    quint32 parent = 0; // the root, as ObjectInfo's ParentObject says it
    QString current;
    for (const QString &component : components) {
        const QString next = current.isEmpty() ? component : current + u'/' + component;
        const auto cached = m_folders.constFind(folderKey(storageId, next));
        if (cached != m_folders.cend()) {
            parent = *cached;
            current = next;
            continue;
        }
        Result<quint32> found = findChildFolder(storageId, parent, current, component);
        if (!found && found.error().code() == ErrorCode::NotFound && create) {
            PtpObjectInfo info;
            info.storageId = storageId;
            info.objectFormat = Mtp::Format::Association;
            info.associationType = Mtp::AssociationTypeFolder;
            info.parentObject = parent;
            info.filename = component;
            found = sendObjectInfo(storageId, parent, info);
            if (found)
                m_folders.insert(folderKey(storageId, next), *found);
        }
        if (!found)
            return found.error().code() == ErrorCode::NotFound
                ? Error(ErrorCode::NotFound,
                        tr("The folder \"%1\" is not on the handset.").arg(next),
                        found.error().detail())
                : found.error();
        parent = *found;
        current = next;
    }
    return parent;
}

Result<quint32> MtpHandset::sendObjectInfo(quint32 storageId, quint32 parent,
                                           const PtpObjectInfo &info)
{
    const Result<MtpSession::Response> response
        = m_session.runOut(Mtp::Operation::SendObjectInfo,
                           {storageId, parent == 0 ? RootParam : parent}, info.encode());
    if (const Status ok = checkResponse(response, Mtp::Operation::SendObjectInfo); !ok)
        return ok.error();
    if (response->params.size() < 3)
        return MtpBulkReader::protocolError(QStringLiteral("SendObjectInfo: no new handle"));
    return response->param(2);
}

Result<quint32> MtpHandset::sendObjectPropList(quint32 storageId, quint32 parent, quint16 format,
                                               quint64 size, const QString &name,
                                               const QDateTime &modified)
{
    PtpObjPropList list;
    list.elements.append(PtpObjProp::string(0, Mtp::ObjectProp::ObjectFileName, name));
    if (modified.isValid())
        list.elements.append(PtpObjProp::string(0, Mtp::ObjectProp::DateModified,
                                                PtpWriter::formatDateTime(modified)));
    const Result<MtpSession::Response> response = m_session.runOut(
        Mtp::Operation::SendObjectPropList,
        {storageId, parent == 0 ? RootParam : parent, format, quint32(size >> 32), quint32(size)},
        list.encode());
    if (const Status ok = checkResponse(response, Mtp::Operation::SendObjectPropList); !ok)
        return ok.error();
    if (response->params.size() < 3)
        return MtpBulkReader::protocolError(QStringLiteral("SendObjectPropList: no new handle"));
    return response->param(2);
}

Result<HandsetObject> MtpHandset::createFolder(quint32 storageId, const QString &path)
{
    removeUnfinishedObject();
    const Result<quint32> handle = findFolder(storageId, path, true);
    if (!handle)
        return handle.error();
    const QStringList components = path.split(u'/', Qt::SkipEmptyParts);
    if (components.isEmpty())
        return Error(ErrorCode::Usage, tr("No folder name was given."),
                     QStringLiteral("empty path"));
    HandsetObject folder;
    folder.handle = *handle;
    folder.storageId = storageId;
    folder.name = components.last();
    folder.parentPath = components.mid(0, components.size() - 1).join(u'/');
    folder.format = Mtp::Format::Association;
    folder.isFolder = true;
    return folder;
}

Result<HandsetObject> MtpHandset::writeObject(quint32 storageId, const QString &parentPath,
                                              const QString &name, quint16 format, quint64 size,
                                              const QDateTime &modified, const ByteSource &source)
{
    if (!isUsableName(name))
        return Error(ErrorCode::Usage,
                     tr("The file name \"%1\" cannot be used on the handset.").arg(name));
    removeUnfinishedObject();
    const Result<quint32> parent = findFolder(storageId, parentPath, false);
    if (!parent)
        return parent.error();

    Result<quint32> handle = Error(ErrorCode::Unsupported, QString());
    const bool propList = m_deviceInfo.supportsOperation(Mtp::Operation::SendObjectPropList)
        && !quirks().brokenSendObjectPropList && !quirks().android;
    if (propList)
        handle = sendObjectPropList(storageId, *parent, format, size, name, modified);
    if (!propList || (!handle && handle.error().code() == ErrorCode::Unsupported)) {
        PtpObjectInfo info;
        info.storageId = storageId;
        info.objectFormat = format;
        info.compressedSize = PtpObjectInfo::sizeField(size);
        info.parentObject = *parent;
        info.filename = name;
        info.modificationDate = PtpWriter::formatDateTime(modified);
        info.captureDate = info.modificationDate;
        handle = sendObjectInfo(storageId, *parent, info);
    }
    if (!handle)
        return handle.error();

    const MtpSession::DataSource pull
        = [&source](char *buffer, qsizetype capacity) { return source(buffer, capacity); };
    const Status sent = checkResponse(m_session.runOut(Mtp::Operation::SendObject, {}, size, pull),
                                      Mtp::Operation::SendObject);
    if (!sent) {
        // Do not leave a half-written file behind (best effort: the link may be gone).
        m_unfinishedObject = *handle;
        if (sent.error().code() != ErrorCode::NoDevice)
            removeUnfinishedObject();
        return sent.error();
    }
    if (modified.isValid() && !quirks().setDatesOnlyAtCreation
        && m_deviceInfo.supportsOperation(Mtp::Operation::SetObjectPropValue)) {
        PtpWriter date;
        date.dateTime(modified);
        const Result<MtpSession::Response> dated
            = m_session.runOut(Mtp::Operation::SetObjectPropValue,
                               {*handle, Mtp::ObjectProp::DateModified}, date.data());
        if (!dated)
            return dated.error();
        if (!dated->isOk())
            qCInfo(lcDevice).noquote()
                << "MTP: DateModified not set:" << Mtp::responseName(dated->code);
    }

    HandsetObject object;
    object.handle = *handle;
    object.storageId = storageId;
    object.parentPath = parentPath.split(u'/', Qt::SkipEmptyParts).join(u'/');
    object.name = name;
    object.format = format;
    object.size = size;
    object.modified = modified;
    return object;
}

void MtpHandset::removeUnfinishedObject()
{
    if (!m_unfinishedObject || m_session.isCancelRequested())
        return;
    const quint32 handle = *std::exchange(m_unfinishedObject, std::nullopt);
    const Result<MtpSession::Response> removed
        = m_session.run(Mtp::Operation::DeleteObject, {handle, 0});
    if (!removed || !(removed->isOk() || removed->code == Mtp::Response::InvalidObjectHandle))
        qCInfo(lcDevice) << "MTP: could not remove partly written object" << handle;
}

Status MtpHandset::deleteObject(const HandsetObject &object)
{
    removeUnfinishedObject();
    const Status deleted
        = checkResponse(m_session.run(Mtp::Operation::DeleteObject, {object.handle, 0}),
                        Mtp::Operation::DeleteObject);
    if (deleted && object.isFolder)
        m_folders.clear(); // its subfolders went with it
    return deleted;
}

Result<std::optional<HandsetEvent>> MtpHandset::waitForEvent(std::chrono::milliseconds timeout)
{
    const QDeadlineTimer deadline(timeout);
    for (;;) {
        const auto remaining = std::chrono::milliseconds(qMax<qint64>(deadline.remainingTime(), 0));
        const Result<std::optional<PtpContainer>> event = m_session.readEvent(remaining);
        if (!event) {
            if (event.error().code() == ErrorCode::NoDevice)
                return std::optional<HandsetEvent>(
                    HandsetEvent {HandsetEvent::Type::Disconnected, 0});
            return event.error();
        }
        if (!*event)
            return std::optional<HandsetEvent>();
        HandsetEvent mapped;
        mapped.id = (*event)->params.value(0);
        switch ((*event)->code) {
        case Mtp::Event::ObjectAdded: mapped.type = HandsetEvent::Type::ObjectAdded; break;
        case Mtp::Event::ObjectRemoved: mapped.type = HandsetEvent::Type::ObjectRemoved; break;
        case Mtp::Event::ObjectInfoChanged: mapped.type = HandsetEvent::Type::ObjectChanged; break;
        case Mtp::Event::StoreAdded: mapped.type = HandsetEvent::Type::StorageAdded; break;
        case Mtp::Event::StoreRemoved: mapped.type = HandsetEvent::Type::StorageRemoved; break;
        case Mtp::Event::StorageInfoChanged:
            mapped.type = HandsetEvent::Type::StorageChanged;
            break;
        default:
            qCDebug(lcDevice).noquote() << "MTP: ignored event" << Mtp::eventName((*event)->code);
            if (deadline.hasExpired())
                return std::optional<HandsetEvent>();
            continue;
        }
        if (mapped.type == HandsetEvent::Type::StorageRemoved
            || mapped.type == HandsetEvent::Type::ObjectRemoved)
            m_folders.clear();
        return std::optional<HandsetEvent>(mapped);
    }
}

void MtpHandset::cancel()
{
    m_session.cancel();
}

void MtpHandset::resetCancel()
{
    m_session.resetCancel();
}

} // namespace Lifeboat
