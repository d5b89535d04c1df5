#include "device/virtual/MtpOperations.h"

#include "device/DeviceLog.h"
#include "device/mtp/PtpReader.h"
#include "device/mtp/PtpWriter.h"
#include "device/virtual/DemoRandom.h"

namespace Lifeboat {

namespace {

namespace Op = Mtp::Operation;
namespace Rc = Mtp::Response;

constexpr quint32 ObjectIdBits = 24;
constexpr quint32 ObjectIdMask = (1u << ObjectIdBits) - 1;
constexpr quint16 DevicePropNotSupported = 0x200A;
constexpr quint16 GetObjectPropDesc = 0x9802;

quint32 param(const PtpContainer &command, int index)
{
    return index < command.params.size() ? command.params.at(index) : 0;
}

} // namespace

MtpOperations::MtpOperations(VirtualHandsetProfile profile,
                             std::vector<std::unique_ptr<VirtualStorage>> storages,
                             VirtualDeviceSettings settings, const VirtualHandsetFaults &faults)
    : m_profile(profile), m_storages(std::move(storages)), m_settings(std::move(settings)),
      m_faults(faults), m_describer(m_profile, faults)
{}

MtpOperations::~MtpOperations() = default;

void MtpOperations::sessionOpened()
{
    ++m_sessionCounter;
    m_pendingObject.reset();
}

void MtpOperations::sessionClosed()
{
    m_pendingObject.reset();
    abandonDataOut();
}

QList<quint32> MtpOperations::storageIds() const
{
    QList<quint32> ids;
    if (m_locked)
        return ids;
    for (const auto &storage : m_storages)
        ids.append(storage->storageId());
    return ids;
}

VirtualStorage *MtpOperations::storage(quint32 storageId) const
{
    for (const auto &storage : m_storages) {
        if (storage->storageId() == storageId)
            return storage.get();
    }
    return nullptr;
}

quint32 MtpOperations::sessionKey() const
{
    if (!m_profile.renumbersHandlesEachSession())
        return 0;
    return quint32(DemoRandom::mix(m_sessionCounter)) & ObjectIdMask;
}

quint32 MtpOperations::handleOf(quint32 storageId, quint32 objectId) const
{
    for (size_t i = 0; i < m_storages.size(); ++i) {
        if (m_storages[i]->storageId() == storageId) {
            const quint32 key = (quint32(i) << ObjectIdBits) | (objectId & ObjectIdMask);
            // XOR on the low bits shuffles handles per session and stays reversible.
            return ((key - 1) ^ sessionKey()) + 1;
        }
    }
    return 0;
}

const VirtualObject *MtpOperations::objectFor(quint32 handle, VirtualStorage **storage) const
{
    if (handle == 0 || handle == 0xFFFFFFFFu || m_locked)
        return nullptr;
    const quint32 key = ((handle - 1) ^ sessionKey()) + 1;
    const size_t index = key >> ObjectIdBits;
    if (index >= m_storages.size())
        return nullptr;
    const VirtualObject *object = m_storages[index]->object(key & ObjectIdMask);
    if (object && storage)
        *storage = m_storages[index].get();
    return object;
}

quint32 MtpOperations::parentHandleOf(const VirtualObject &object) const
{
    return object.parentId == 0 ? 0 : handleOf(object.storageId, object.parentId);
}

bool MtpOperations::hasDataOut(quint16 operation)
{
    return operation == Op::SendObjectInfo || operation == Op::SendObject
           || operation == Op::SendObjectPropList || operation == Op::SetObjectPropValue;
}

MtpReply MtpOperations::handle(const PtpContainer &command)
{
    // Anything but SendObject ends the window in which an announced object can be sent.
    m_pendingObject.reset();
    switch (command.code) {
    case Op::GetDeviceInfo:
        return deviceInfo();
    case Op::GetStorageIDs: {
        PtpWriter writer;
        writer.u32Array(storageIds());
        return MtpReply::dataset(writer.take());
    }
    case Op::GetStorageInfo:
        return storageInfo(param(command, 0));
    case Op::GetObjectHandles:
        return objectHandles(param(command, 0), param(command, 1), param(command, 2));
    case Op::GetObjectInfo:
        return objectInfo(param(command, 0));
    case Op::GetObject:
        return objectData(param(command, 0), 0, std::nullopt, false);
    case Op::GetPartialObject:
        return objectData(param(command, 0), param(command, 1), param(command, 2), true);
    case Op::GetPartialObject64:
        return objectData(param(command, 0),
                          quint64(param(command, 1)) | (quint64(param(command, 2)) << 32),
                          param(command, 3), true);
    case Op::DeleteObject:
        return deleteObject(param(command, 0));
    case 0x1014:  // GetDevicePropDesc
        return devicePropValue(param(command, 0), true);
    case Op::GetDevicePropValue:
        return devicePropValue(param(command, 0), false);
    case Op::GetObjectPropsSupported: {
        PtpWriter writer;
        writer.u16Array(m_profile.objectProperties());
        return MtpReply::dataset(writer.take());
    }
    case Op::GetObjectPropValue:
        return objectPropValue(param(command, 0), param(command, 1));
    case GetObjectPropDesc:
        return objectPropDesc(param(command, 0));
    case Op::GetObjPropList:
        return objPropList(param(command, 0), param(command, 1), param(command, 2), param(command, 4));
    default:
        return MtpReply::status(Rc::OperationNotSupported);
    }
}

MtpReply MtpOperations::deviceInfo() const
{
    PtpDeviceInfo info;
    info.vendorExtensionDesc = m_profile.vendorExtension();
    info.operations = m_profile.operations();
    info.events = m_profile.events();
    info.deviceProps = m_profile.deviceProperties();
    info.playbackFormats = m_profile.playbackFormats();
    info.manufacturer = m_profile.manufacturer();
    info.model = m_profile.model();
    info.deviceVersion = m_profile.deviceVersion();
    info.serialNumber = m_settings.serialNumber;
    if (m_faults.hostile.stringCount0) {
        info.vendorExtensionDesc.clear();
        info.manufacturer.clear();
        info.model.clear();
        info.deviceVersion.clear();
        info.serialNumber.clear();
    }
    if (m_faults.hostile.stringCount255)
        info.model = QString(PtpWriter::MaxStringUnits, u'M');
    if (!m_faults.hostile.stringCount256)
        return MtpReply::dataset(info.encode());
    // A count byte of 255 followed by 256 units and no NUL: put it where the manufacturer goes.
    const QString marker = QStringLiteral("\x01manufacturer-marker");
    info.manufacturer = marker;
    QByteArray bytes = info.encode();
    PtpWriter markerWriter;
    markerWriter.string(marker);
    QByteArray hostile(1, char(0xFF));
    for (int i = 0; i < 256; ++i)
        hostile += QByteArray("A\0", 2);
    bytes.replace(markerWriter.data(), hostile);
    return MtpReply::dataset(bytes);
}

MtpReply MtpOperations::storageInfo(quint32 storageId) const
{
    const VirtualStorage *s = m_locked ? nullptr : storage(storageId);
    if (!s)
        return MtpReply::status(Rc::InvalidStorageID);
    PtpStorageInfo info;
    info.maxCapacity = s->capacity();
    info.freeSpaceInBytes = s->freeSpace();
    info.storageDescription = s->description();
    info.volumeIdentifier = s->volumeIdentifier();
    return MtpReply::dataset(info.encode());
}

MtpReply MtpOperations::objectHandles(quint32 storageId, quint32 format, quint32 parent) const
{
    QList<quint32> handles;
    if (!m_locked) {
        if (storageId != Mtp::AllStorages && !storage(storageId))
            return MtpReply::status(Rc::InvalidStorageID);
        quint32 parentId = 0;
        if (parent != 0 && parent != Mtp::RootParent) {
            VirtualStorage *parentStorage = nullptr;
            const VirtualObject *folder = objectFor(parent, &parentStorage);
            if (!folder || !folder->isFolder)
                return MtpReply::status(Rc::InvalidParentObject);
            parentId = folder->id;
        }
        for (const auto &s : m_storages) {
            if (storageId != Mtp::AllStorages && s->storageId() != storageId)
                continue;
            const QList<quint32> ids = parent == 0 ? s->objectIds() : s->children(parentId);
            for (quint32 id : ids) {
                const VirtualObject *object = s->object(id);
                if (format == 0 || object->format == format)
                    handles.append(handleOf(s->storageId(), id));
            }
        }
    }
    PtpWriter writer;
    writer.u32Array(handles);
    return MtpReply::dataset(writer.take());
}

MtpReply MtpOperations::objectInfo(quint32 handle) const
{
    const VirtualObject *object = objectFor(handle);
    if (!object)
        return MtpReply::status(Rc::InvalidObjectHandle);
    return MtpReply::dataset(m_describer.objectInfo(*object, parentHandleOf(*object)).encode());
}

MtpReply MtpOperations::objectData(quint32 handle, quint64 offset, std::optional<quint64> maxBytes,
                                   bool partial) const
{
    const VirtualObject *object = objectFor(handle);
    if (!object)
        return MtpReply::status(Rc::InvalidObjectHandle);
    if (object->isFolder || !object->data)
        return MtpReply::status(Rc::InvalidObjectHandle);
    const quint64 size = object->data->size();
    if (offset > size)
        return MtpReply::status(Rc::InvalidParameter);
    const quint64 length = maxBytes ? std::min(*maxBytes, size - offset) : size - offset;
    MtpReply reply;
    reply.hasData = true;
    reply.source = object->data;
    reply.sourceOffset = offset;
    reply.sourceLength = length;
    if (partial)
        reply.params = {quint32(std::min<quint64>(length, 0xFFFFFFFFu))};
    const auto &hostile = m_faults.hostile;
    if (hostile.endlessData) {
        reply.endless = true;
        reply.sendResponse = false;
    } else if (hostile.moreBytesThanAnnounced) {
        reply.announcedLength = length;
        reply.sourceLength = length + 1000;
    } else if (hostile.fewerBytesThanAnnounced) {
        reply.announcedLength = length;
        reply.sourceLength = length / 2;
    }
    return reply;
}

MtpReply MtpOperations::deleteObject(quint32 handle)
{
    if (handle == 0xFFFFFFFFu)
        return MtpReply::status(Rc::ParameterNotSupported);
    VirtualStorage *s = nullptr;
    const VirtualObject *object = objectFor(handle, &s);
    if (!object)
        return MtpReply::status(Rc::InvalidObjectHandle);
    if (Status removed = s->remove(object->id); !removed) {
        qCWarning(lcDevice, "virtual handset: delete failed: %s", qPrintable(removed.error().toString()));
        return MtpReply::status(Rc::GeneralError);
    }
    return MtpReply::status(Rc::Ok);
}

MtpReply MtpOperations::devicePropValue(quint32 property, bool descriptor) const
{
    PtpWriter writer;
    if (property == Mtp::DeviceProp::FriendlyName) {
        const QString name = m_settings.friendlyName.isEmpty() ? m_profile.model() : m_settings.friendlyName;
        if (descriptor) {
            writer.u16(quint16(property));
            writer.u16(Mtp::DataType::String);
            writer.u8(1);  // settable
            writer.string(name);
        }
        writer.string(name);
        if (descriptor)
            writer.u8(0);  // no form
    } else if (property == Mtp::DeviceProp::BatteryLevel) {
        const quint8 level = quint8(qBound(0, m_settings.batteryPercent, 100));
        if (descriptor) {
            writer.u16(quint16(property));
            writer.u16(Mtp::DataType::UInt8);
            writer.u8(0);
            writer.u8(100);
        }
        writer.u8(level);
        if (descriptor) {
            writer.u8(1);  // range form: 0..100 step 1
            writer.u8(0);
            writer.u8(100);
            writer.u8(1);
        }
    } else {
        return MtpReply::status(DevicePropNotSupported);
    }
    return MtpReply::dataset(writer.take());
}

MtpReply MtpOperations::objectPropValue(quint32 handle, quint32 property) const
{
    const VirtualObject *object = objectFor(handle);
    if (!object)
        return MtpReply::status(Rc::InvalidObjectHandle);
    const std::optional<PtpObjProp> prop =
        m_describer.property(*object, quint16(property), handle, parentHandleOf(*object));
    if (!prop || property > 0xFFFF)
        return MtpReply::status(Rc::ObjectPropNotSupported);
    return MtpReply::dataset(PtpValueCodec::encode(prop->dataType, prop->value));
}

MtpReply MtpOperations::objectPropDesc(quint32 property) const
{
    // Described with a stand-in object: only the data type matters here.
    VirtualObject sample;
    const std::optional<PtpObjProp> prop = m_describer.property(sample, quint16(property), 1, 0);
    if (!prop || property > 0xFFFF || !m_profile.objectProperties().contains(quint16(property)))
        return MtpReply::status(Rc::ObjectPropNotSupported);
    PtpValue zero = quint64(0);
    if (prop->dataType == Mtp::DataType::String)
        zero = QString();
    else if (prop->dataType == Mtp::DataType::UInt128)
        zero = PtpU128{};
    // Name and date can be given when an object is created (SendObjectPropList), not later.
    const bool settable = property == Mtp::ObjectProp::ObjectFileName
                          || property == Mtp::ObjectProp::DateModified || property == Mtp::ObjectProp::Name;
    PtpWriter writer;
    writer.u16(quint16(property));
    writer.u16(prop->dataType);
    writer.u8(settable ? 1 : 0);
    writer.bytes(PtpValueCodec::encode(prop->dataType, zero));
    writer.u32(0);  // group code
    writer.u8(0);   // no form
    return MtpReply::dataset(writer.take());
}

MtpReply MtpOperations::objPropList(quint32 handle, quint32 format, quint32 property,
                                    quint32 depth) const
{
    PtpObjPropList list;
    auto add = [&](const VirtualStorage &s, quint32 id) {
        const VirtualObject *object = s.object(id);
        if (object && (format == 0 || object->format == format))
            m_describer.appendProperties(list, *object, property, handleOf(s.storageId(), id),
                                         parentHandleOf(*object));
    };
    if (m_locked) {
        // nothing to list
    } else if (handle == 0xFFFFFFFFu) {
        for (const auto &s : m_storages) {
            for (quint32 id : s->objectIds())
                add(*s, id);
        }
    } else if (depth == 0) {
        VirtualStorage *s = nullptr;
        const VirtualObject *object = objectFor(handle, &s);
        if (!object)
            return MtpReply::status(Rc::InvalidObjectHandle);
        add(*s, object->id);
    } else {
        // Depth 1 lists a folder's children (handle 0: the roots); deeper means everything below.
        for (const auto &s : m_storages) {
            quint32 folderId = 0;
            if (handle != 0) {
                VirtualStorage *owner = nullptr;
                const VirtualObject *folder = objectFor(handle, &owner);
                if (!folder)
                    return MtpReply::status(Rc::InvalidObjectHandle);
                if (owner != s.get())
                    continue;
                folderId = folder->id;
            }
            QList<quint32> level = s->children(folderId);
            for (quint32 step = 0; step < depth && !level.isEmpty(); ++step) {
                QList<quint32> next;
                for (quint32 id : level) {
                    add(*s, id);
                    next += s->children(id);
                }
                level = next;
            }
        }
    }
    return MtpReply::dataset(list.encode());
}

} // namespace Lifeboat
