#include "device/virtual/VirtualHandsetProfile.h"

namespace Lifeboat {

namespace {

// Codes from MTP.md; the responder answers each one listed here.
constexpr quint16 OpGetDeviceInfo = 0x1001, OpOpenSession = 0x1002, OpCloseSession = 0x1003,
                  OpGetStorageIds = 0x1004, OpGetStorageInfo = 0x1005,
                  OpGetObjectHandles = 0x1007, OpGetObjectInfo = 0x1008, OpGetObject = 0x1009,
                  OpDeleteObject = 0x100B, OpSendObjectInfo = 0x100C, OpSendObject = 0x100D,
                  OpGetDevicePropDesc = 0x1014, OpGetDevicePropValue = 0x1015,
                  OpGetPartialObject = 0x101B, OpGetPartialObject64 = 0x95C1,
                  OpGetObjectPropsSupported = 0x9801, OpGetObjectPropDesc = 0x9802,
                  OpGetObjectPropValue = 0x9803,
                  OpGetObjPropList = 0x9805, OpSendObjectPropList = 0x9808;

} // namespace

QString VirtualHandsetProfile::name() const
{
    return m_kind == Kind::Android ? QStringLiteral("android") : QStringLiteral("lifeboat");
}

bool VirtualHandsetProfile::fromName(const QString &name, Kind *kind)
{
    if (name.compare(u"lifeboat", Qt::CaseInsensitive) == 0)
        *kind = Kind::Lifeboat;
    else if (name.compare(u"android", Qt::CaseInsensitive) == 0)
        *kind = Kind::Android;
    else
        return false;
    return true;
}

QString VirtualHandsetProfile::manufacturer() const
{
    return m_kind == Kind::Android ? QStringLiteral("Google") : QStringLiteral("Lifeboat");
}

QString VirtualHandsetProfile::model() const
{
    return m_kind == Kind::Android ? QStringLiteral("Pixel 7") : QStringLiteral("Virtual Handset");
}

QString VirtualHandsetProfile::deviceVersion() const
{
    return m_kind == Kind::Android ? QStringLiteral("1.0") : QStringLiteral("0.1");
}

QString VirtualHandsetProfile::vendorExtension() const
{
    return m_kind == Kind::Android ? QStringLiteral("microsoft.com: 1.0; android.com: 1.0;")
                                   : QStringLiteral("microsoft.com: 1.0;");
}

quint16 VirtualHandsetProfile::vendorId() const
{
    return m_kind == Kind::Android ? 0x18d1 : 0x1d6b;  // Google; Linux Foundation (gadgets)
}

quint16 VirtualHandsetProfile::productId() const
{
    return m_kind == Kind::Android ? 0x4ee1 : 0x0100;  // Pixel/Nexus MTP
}

QString VirtualHandsetProfile::interfaceName() const
{
    return QStringLiteral("MTP");
}

QList<quint16> VirtualHandsetProfile::operations() const
{
    QList<quint16> ops{OpGetDeviceInfo,     OpOpenSession,        OpCloseSession,
                       OpGetStorageIds,     OpGetStorageInfo,     OpGetObjectHandles,
                       OpGetObjectInfo,     OpGetObject,          OpDeleteObject,
                       OpSendObjectInfo,    OpSendObject,         OpGetDevicePropDesc,
                       OpGetDevicePropValue, OpGetPartialObject,  OpGetPartialObject64,
                       OpGetObjectPropsSupported, OpGetObjectPropDesc, OpGetObjectPropValue,
                       OpGetObjPropList};
    if (m_kind == Kind::Lifeboat)
        ops.append(OpSendObjectPropList);
    return ops;
}

QList<quint16> VirtualHandsetProfile::events() const
{
    return {0x4002, 0x4003, 0x4004, 0x4005, 0x4007, 0x400C};
}

QList<quint16> VirtualHandsetProfile::deviceProperties() const
{
    return {0x5001, 0xD402};
}

QList<quint16> VirtualHandsetProfile::playbackFormats() const
{
    if (m_kind == Kind::Android)
        return {0x3000, 0x3001, 0x3801, 0x380B};
    return {0x3000, 0x3001, 0x3801, 0x380B, 0xBB82, 0xBB83, 0xBE02, 0xBE03};
}

QList<quint16> VirtualHandsetProfile::objectProperties() const
{
    return {0xDC01, 0xDC02, 0xDC04, 0xDC07, 0xDC08, 0xDC09, 0xDC0B, 0xDC41, 0xDC44};
}

bool VirtualHandsetProfile::supportsOperation(quint16 code) const
{
    return operations().contains(code);
}

quint16 VirtualHandsetProfile::formatForFile(const QString &name, QByteArrayView head) const
{
    const QString suffix = name.section(u'.', -1).toLower();
    if (!name.contains(u'.'))
        return 0x3000;
    if (suffix == u"jpg" || suffix == u"jpeg")
        return 0x3801;
    if (suffix == u"png")
        return 0x380B;
    if (m_kind == Kind::Android)
        return 0x3000;
    if (suffix == u"vcf")
        return head.contains(QByteArrayView("VERSION:2.1")) ? 0xBB82 : 0xBB83;
    if (suffix == u"ics")
        return 0xBE03;
    if (suffix == u"vcs")
        return 0xBE02;
    return 0x3000;
}

} // namespace Lifeboat
