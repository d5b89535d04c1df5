#include "device/mtp/PtpDatasets.h"

#include "device/mtp/PtpReader.h"
#include "device/mtp/PtpWriter.h"

#include <QCoreApplication>

namespace Lifeboat {

namespace {

Error datasetError(const char *dataset, const QString &detail)
{
    return Error(ErrorCode::DeviceIo,
                 QCoreApplication::translate(
                     "Lifeboat::PtpDatasets",
                     "The handset sent information Lifeboat cannot read. Disconnect and "
                     "reconnect it, then try again; if this keeps happening, the handset is "
                     "not supported."),
                 QStringLiteral("%1: %2").arg(QLatin1String(dataset), detail));
}

template<typename T> Result<T> finish(const PtpReader &reader, const char *dataset, T &&value)
{
    if (!reader.ok())
        return datasetError(dataset, reader.failure());
    return std::move(value);
}

void writeValue(PtpWriter &writer, quint16 dataType, const PtpValue &value)
{
    using namespace Mtp::DataType;
    if (dataType == String) {
        const QString *text = std::get_if<QString>(&value);
        writer.string(text ? *text : QString());
        return;
    }
    if (dataType & ArrayFlag) {
        const quint16 elementType = dataType & ~ArrayFlag;
        const QList<quint64> *values = std::get_if<QList<quint64>>(&value);
        const qsizetype count = values ? values->size() : 0;
        writer.u32(static_cast<quint32>(count));
        for (qsizetype i = 0; i < count; ++i)
            writeValue(writer, elementType, values->at(i));
        return;
    }
    if (scalarSize(dataType) == 16) {
        const PtpU128 *wide = std::get_if<PtpU128>(&value);
        writer.u128(wide ? *wide : PtpU128());
        return;
    }
    const quint64 *integer = std::get_if<quint64>(&value);
    const quint64 bits = integer ? *integer : 0;
    switch (scalarSize(dataType)) {
    case 1: writer.u8(static_cast<quint8>(bits)); break;
    case 2: writer.u16(static_cast<quint16>(bits)); break;
    case 4: writer.u32(static_cast<quint32>(bits)); break;
    case 8: writer.u64(bits); break;
    default: break;
    }
}

quint64 readScalar(PtpReader &reader, int size)
{
    switch (size) {
    case 1: return reader.u8();
    case 2: return reader.u16();
    case 4: return reader.u32();
    default: return reader.u64();
    }
}

// Reads one value; an unsupported dataType is reported through `unsupported`.
PtpValue readValue(PtpReader &reader, quint16 dataType, bool &unsupported)
{
    using namespace Mtp::DataType;
    if (dataType == String)
        return reader.string();
    if (dataType & ArrayFlag) {
        const int size = scalarSize(dataType & ~ArrayFlag);
        if (size == 0 || size == 16) {
            unsupported = true;
            return quint64(0);
        }
        const quint32 count = reader.u32();
        if (qsizetype(count) * size > reader.remaining()) {
            reader.skip(qsizetype(count) * size); // fails the reader with a clear reason
            return QList<quint64>();
        }
        QList<quint64> values;
        values.reserve(count);
        for (quint32 i = 0; i < count; ++i)
            values.append(readScalar(reader, size));
        return values;
    }
    const int size = scalarSize(dataType);
    if (size == 0) {
        unsupported = true;
        return quint64(0);
    }
    if (size == 16)
        return reader.u128();
    return readScalar(reader, size);
}

} // namespace

QByteArray PtpDeviceInfo::encode() const
{
    PtpWriter writer;
    writer.u16(standardVersion);
    writer.u32(vendorExtensionId);
    writer.u16(vendorExtensionVersion);
    writer.string(vendorExtensionDesc);
    writer.u16(functionalMode);
    writer.u16Array(operations);
    writer.u16Array(events);
    writer.u16Array(deviceProps);
    writer.u16Array(captureFormats);
    writer.u16Array(playbackFormats);
    writer.string(manufacturer);
    writer.string(model);
    writer.string(deviceVersion);
    writer.string(serialNumber);
    return writer.take();
}

Result<PtpDeviceInfo> PtpDeviceInfo::decode(QByteArrayView bytes)
{
    PtpReader reader(bytes);
    PtpDeviceInfo info;
    info.standardVersion = reader.u16();
    info.vendorExtensionId = reader.u32();
    info.vendorExtensionVersion = reader.u16();
    info.vendorExtensionDesc = reader.string();
    info.functionalMode = reader.u16();
    info.operations = reader.u16Array();
    info.events = reader.u16Array();
    info.deviceProps = reader.u16Array();
    info.captureFormats = reader.u16Array();
    info.playbackFormats = reader.u16Array();
    info.manufacturer = reader.string();
    info.model = reader.string();
    info.deviceVersion = reader.string();
    info.serialNumber = reader.string();
    return finish(reader, "DeviceInfo", std::move(info));
}

QByteArray PtpStorageInfo::encode() const
{
    PtpWriter writer;
    writer.u16(storageType);
    writer.u16(filesystemType);
    writer.u16(accessCapability);
    writer.u64(maxCapacity);
    writer.u64(freeSpaceInBytes);
    writer.u32(freeSpaceInObjects);
    writer.string(storageDescription);
    writer.string(volumeIdentifier);
    return writer.take();
}

Result<PtpStorageInfo> PtpStorageInfo::decode(QByteArrayView bytes)
{
    PtpReader reader(bytes);
    PtpStorageInfo info;
    info.storageType = reader.u16();
    info.filesystemType = reader.u16();
    info.accessCapability = reader.u16();
    info.maxCapacity = reader.u64();
    info.freeSpaceInBytes = reader.u64();
    info.freeSpaceInObjects = reader.u32();
    info.storageDescription = reader.string();
    info.volumeIdentifier = reader.string();
    return finish(reader, "StorageInfo", std::move(info));
}

quint32 PtpObjectInfo::sizeField(quint64 size)
{
    return size >= SizeUnknown ? SizeUnknown : static_cast<quint32>(size);
}

QByteArray PtpObjectInfo::encode() const
{
    PtpWriter writer;
    writer.u32(storageId);
    writer.u16(objectFormat);
    writer.u16(protectionStatus);
    writer.u32(compressedSize);
    writer.u16(thumbFormat);
    writer.u32(thumbCompressedSize);
    writer.u32(thumbPixWidth);
    writer.u32(thumbPixHeight);
    writer.u32(imagePixWidth);
    writer.u32(imagePixHeight);
    writer.u32(imageBitDepth);
    writer.u32(parentObject);
    writer.u16(associationType);
    writer.u32(associationDesc);
    writer.u32(sequenceNumber);
    writer.string(filename);
    writer.string(captureDate);
    writer.string(modificationDate);
    writer.string(keywords);
    return writer.take();
}

Result<PtpObjectInfo> PtpObjectInfo::decode(QByteArrayView bytes)
{
    PtpReader reader(bytes);
    PtpObjectInfo info;
    info.storageId = reader.u32();
    info.objectFormat = reader.u16();
    info.protectionStatus = reader.u16();
    info.compressedSize = reader.u32();
    info.thumbFormat = reader.u16();
    info.thumbCompressedSize = reader.u32();
    info.thumbPixWidth = reader.u32();
    info.thumbPixHeight = reader.u32();
    info.imagePixWidth = reader.u32();
    info.imagePixHeight = reader.u32();
    info.imageBitDepth = reader.u32();
    info.parentObject = reader.u32();
    info.associationType = reader.u16();
    info.associationDesc = reader.u32();
    info.sequenceNumber = reader.u32();
    info.filename = reader.string();
    info.captureDate = reader.string();
    info.modificationDate = reader.string();
    // Some responders stop after ModificationDate; Keywords is optional in practice.
    if (reader.remaining() > 0)
        info.keywords = reader.string();
    return finish(reader, "ObjectInfo", std::move(info));
}

PtpObjProp PtpObjProp::integer(quint32 handle, quint16 property, quint16 dataType, quint64 value)
{
    return PtpObjProp {handle, property, dataType, value};
}

PtpObjProp PtpObjProp::string(quint32 handle, quint16 property, const QString &value)
{
    return PtpObjProp {handle, property, Mtp::DataType::String, value};
}

PtpObjProp PtpObjProp::u128(quint32 handle, quint16 property, PtpU128 value)
{
    return PtpObjProp {handle, property, Mtp::DataType::UInt128, value};
}

quint64 PtpObjProp::toInteger() const
{
    const quint64 *integer = std::get_if<quint64>(&value);
    return integer ? *integer : 0;
}

QString PtpObjProp::toString() const
{
    const QString *text = std::get_if<QString>(&value);
    return text ? *text : QString();
}

QByteArray PtpObjPropList::encode() const
{
    PtpWriter writer;
    writer.u32(static_cast<quint32>(elements.size()));
    for (const PtpObjProp &element : elements) {
        writer.u32(element.handle);
        writer.u16(element.property);
        writer.u16(element.dataType);
        writeValue(writer, element.dataType, element.value);
    }
    return writer.take();
}

Result<PtpObjPropList> PtpObjPropList::decode(QByteArrayView bytes)
{
    // The smallest element: handle, property, datatype and a one-byte value.
    constexpr qsizetype MinElementSize = 4 + 2 + 2 + 1;
    PtpReader reader(bytes);
    const quint32 count = reader.u32();
    if (!reader.ok())
        return datasetError("ObjPropList", reader.failure());
    if (qsizetype(count) > reader.remaining() / MinElementSize)
        return datasetError("ObjPropList",
                            QStringLiteral("%1 elements cannot fit in %2 bytes")
                                .arg(count)
                                .arg(reader.remaining()));
    PtpObjPropList list;
    list.elements.reserve(count);
    for (quint32 i = 0; i < count && reader.ok(); ++i) {
        PtpObjProp element;
        element.handle = reader.u32();
        element.property = reader.u16();
        element.dataType = reader.u16();
        bool unsupported = false;
        element.value = readValue(reader, element.dataType, unsupported);
        if (unsupported)
            return datasetError("ObjPropList",
                                QStringLiteral("element %1: unsupported datatype 0x%2")
                                    .arg(i)
                                    .arg(element.dataType, 4, 16, QLatin1Char('0')));
        list.elements.append(std::move(element));
    }
    return finish(reader, "ObjPropList", std::move(list));
}

QByteArray PtpValueCodec::encode(quint16 dataType, const PtpValue &value)
{
    PtpWriter writer;
    writeValue(writer, dataType, value);
    return writer.take();
}

Result<PtpValue> PtpValueCodec::decode(quint16 dataType, QByteArrayView bytes)
{
    PtpReader reader(bytes);
    bool unsupported = false;
    PtpValue value = readValue(reader, dataType, unsupported);
    if (unsupported)
        return datasetError(
            "property value",
            QStringLiteral("unsupported datatype 0x%1").arg(dataType, 4, 16, QLatin1Char('0')));
    return finish(reader, "property value", std::move(value));
}

} // namespace Lifeboat
