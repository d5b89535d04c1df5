#pragma once

#include "common/Result.h"
#include "device/mtp/MtpCodes.h"
#include "device/mtp/PtpU128.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <variant>

// The PTP/MTP datasets carried in data phases (MTP.md). Each encodes to the exact wire bytes and
// decodes hostile bytes with every count checked; decode() fails with ErrorCode::DeviceIo and a
// detail naming the field. Trailing bytes after a complete dataset are ignored (some devices pad).
namespace Lifeboat {

struct PtpDeviceInfo
{
    quint16 standardVersion = 100;
    quint32 vendorExtensionId = Mtp::VendorExtensionMtp;
    quint16 vendorExtensionVersion = 100;
    QString vendorExtensionDesc;
    quint16 functionalMode = 0;
    QList<quint16> operations;
    QList<quint16> events;
    QList<quint16> deviceProps;
    QList<quint16> captureFormats;
    QList<quint16> playbackFormats;
    QString manufacturer;
    QString model;
    QString deviceVersion;
    QString serialNumber;

    bool supportsOperation(quint16 code) const { return operations.contains(code); }
    bool supportsDeviceProp(quint16 code) const { return deviceProps.contains(code); }

    QByteArray encode() const;
    static Result<PtpDeviceInfo> decode(QByteArrayView bytes);
};

struct PtpStorageInfo
{
    quint16 storageType = 3; // fixed RAM
    quint16 filesystemType = 2; // generic hierarchical
    quint16 accessCapability = Mtp::StorageAccess::ReadWrite;
    quint64 maxCapacity = 0;
    quint64 freeSpaceInBytes = 0;
    quint32 freeSpaceInObjects = 0xFFFFFFFF;
    QString storageDescription;
    QString volumeIdentifier;

    QByteArray encode() const;
    static Result<PtpStorageInfo> decode(QByteArrayView bytes);
};

struct PtpObjectInfo
{
    // The u32 size field's value for objects of 4 GiB or more: read property 0xDC04 instead.
    static constexpr quint32 SizeUnknown = 0xFFFFFFFF;

    quint32 storageId = 0;
    quint16 objectFormat = Mtp::Format::Undefined;
    quint16 protectionStatus = 0;
    quint32 compressedSize = 0;
    quint16 thumbFormat = 0;
    quint32 thumbCompressedSize = 0;
    quint32 thumbPixWidth = 0;
    quint32 thumbPixHeight = 0;
    quint32 imagePixWidth = 0;
    quint32 imagePixHeight = 0;
    quint32 imageBitDepth = 0;
    quint32 parentObject = 0; // 0 = the storage's root
    quint16 associationType = 0; // Mtp::AssociationTypeFolder for folders
    quint32 associationDesc = 0;
    quint32 sequenceNumber = 0;
    QString filename;
    QString captureDate; // PTP DateTime strings, raw (PtpReader::parseDateTime)
    QString modificationDate;
    QString keywords;

    // The size field for an object of `size` bytes (SizeUnknown from 4 GiB - 1 up).
    static quint32 sizeField(quint64 size);
    bool isFolder() const { return objectFormat == Mtp::Format::Association; }

    QByteArray encode() const;
    static Result<PtpObjectInfo> decode(QByteArrayView bytes);
};

// A property value: integers of every width (signed ones keep their bit pattern), u128, string,
// or an integer array. The element's dataType says which and how wide.
using PtpValue = std::variant<quint64, PtpU128, QString, QList<quint64>>;

struct PtpObjProp
{
    quint32 handle = 0;
    quint16 property = 0;
    quint16 dataType = Mtp::DataType::UInt32;
    PtpValue value = quint64(0);

    static PtpObjProp integer(quint32 handle, quint16 property, quint16 dataType, quint64 value);
    static PtpObjProp string(quint32 handle, quint16 property, const QString &value);
    static PtpObjProp u128(quint32 handle, quint16 property, PtpU128 value);

    // The value as an integer (0 when it is not one) or as text (empty when it is not one).
    quint64 toInteger() const;
    QString toString() const;

    friend bool operator==(const PtpObjProp &, const PtpObjProp &) = default;
};

// ObjPropList (GetObjPropList, SendObjectPropList): u32 count, then per element u32 handle,
// u16 property, u16 datatype, value.
struct PtpObjPropList
{
    QList<PtpObjProp> elements;

    // An element whose value does not match its dataType is written as that type's zero.
    QByteArray encode() const;
    // Datatypes other than the integers, u128, string and integer arrays (up to 64 bits) fail.
    static Result<PtpObjPropList> decode(QByteArrayView bytes);
};

// The value of GetDevicePropValue / GetObjectPropValue, whose type the caller knows.
namespace PtpValueCodec {
QByteArray encode(quint16 dataType, const PtpValue &value);
Result<PtpValue> decode(quint16 dataType, QByteArrayView bytes);
} // namespace PtpValueCodec

} // namespace Lifeboat
