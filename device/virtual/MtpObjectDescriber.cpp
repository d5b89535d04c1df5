#include "device/virtual/MtpObjectDescriber.h"

#include "device/mtp/PtpWriter.h"

namespace Lifeboat {

QString MtpObjectDescriber::name(const VirtualObject &object) const
{
    const QString number = QString::number(object.id);
    if (m_faults.hostile.stringCount0)
        return QString();
    if (m_faults.hostile.loneSurrogateNames) {
        if (object.id % 2)
            return u"high" + QString(QChar(0xD83D)) + number + u".jpg";
        return QString(QChar(0xDE00)) + u"low" + number + u".vcf";
    }
    if (!m_faults.hostile.badNames)
        return object.name;
    switch (object.id % 6) {
    case 0: return u"../escape-" + number + u".vcf";
    case 1: return u"sub/dir-" + number + u".jpg";
    case 2: return u"nul" + QString(QChar(0)) + number + u".jpg";
    case 3: return QStringLiteral("CON");
    case 4: return u"..\\evil-" + number + u".ics";
    default: return QString(150, QChar(0x00E9)) + number + u".jpg";  // 300+ UTF-8 bytes
    }
}

quint64 MtpObjectDescriber::announcedSize(const VirtualObject &object) const
{
    if (object.isFolder)
        return 0;
    if (m_faults.hostile.hugeSizes)
        return ~quint64(0);
    if (m_faults.hostile.sizes4GiBMinus1)
        return 0xFFFFFFFFull;
    if (m_faults.hostile.zeroSizes)
        return 0;
    return object.size;
}

QString MtpObjectDescriber::dateString(const QDateTime &when) const
{
    // Android writes local wall-clock time without a zone; the Lifeboat layout says UTC.
    if (m_profile.kind() == VirtualHandsetProfile::Kind::Android)
        return PtpWriter::formatDateTime(when.toLocalTime());
    return PtpWriter::formatDateTime(when.toUTC());
}

PtpObjectInfo MtpObjectDescriber::objectInfo(const VirtualObject &object, quint32 parentHandle) const
{
    PtpObjectInfo info;
    info.storageId = object.storageId;
    info.objectFormat = object.format;
    info.compressedSize = PtpObjectInfo::sizeField(announcedSize(object));
    if (object.format == Mtp::Format::ExifJpeg) {
        info.thumbFormat = Mtp::Format::ExifJpeg;
        info.imagePixWidth = quint32(object.imageWidth);
        info.imagePixHeight = quint32(object.imageHeight);
        info.imageBitDepth = object.imageWidth > 0 ? 24 : 0;
    }
    info.parentObject = parentHandle;
    info.associationType = object.isFolder ? Mtp::AssociationTypeFolder : 0;
    info.filename = name(object);
    info.captureDate = dateString(object.modified);
    info.modificationDate = dateString(object.modified);
    return info;
}

std::optional<PtpObjProp> MtpObjectDescriber::property(const VirtualObject &object, quint16 property,
                                                       quint32 handle, quint32 parentHandle) const
{
    namespace P = Mtp::ObjectProp;
    namespace T = Mtp::DataType;
    switch (property) {
    case P::StorageID:
        return PtpObjProp::integer(handle, property, T::UInt32, object.storageId);
    case P::ObjectFormat:
        return PtpObjProp::integer(handle, property, T::UInt16, object.format);
    case P::ObjectSize:
        return PtpObjProp::integer(handle, property, T::UInt64, announcedSize(object));
    case P::ObjectFileName:
        return PtpObjProp::string(handle, property, name(object));
    case P::DateCreated:
    case P::DateModified:
        return PtpObjProp::string(handle, property, dateString(object.modified));
    case P::ParentObject:
        return PtpObjProp::integer(handle, property, T::UInt32, parentHandle);
    case P::PersistentUniqueObjectIdentifier: {
        // Android's is (storage << 32) + the session's handle, so it is not persistent at all.
        PtpU128 id;
        if (m_profile.kind() == VirtualHandsetProfile::Kind::Android) {
            id.low = (quint64(object.storageId) << 32) + handle;
        } else {
            id.low = (quint64(object.storageId) << 32) + object.id;
            id.high = 0x4c696665626f6174ull;  // "Lifeboat"
        }
        return PtpObjProp::u128(handle, property, id);
    }
    case P::Name:
        return PtpObjProp::string(handle, property, name(object));
    default:
        return std::nullopt;
    }
}

void MtpObjectDescriber::appendProperties(PtpObjPropList &list, const VirtualObject &object,
                                          quint32 property, quint32 handle, quint32 parentHandle) const
{
    const bool all = property == 0xFFFFFFFFu || property == 0;
    for (const quint16 code : m_profile.objectProperties()) {
        if (!all && code != property)
            continue;
        if (std::optional<PtpObjProp> prop = this->property(object, code, handle, parentHandle))
            list.elements.append(std::move(*prop));
    }
}

} // namespace Lifeboat
