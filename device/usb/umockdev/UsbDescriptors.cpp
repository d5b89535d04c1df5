#include "device/usb/umockdev/UsbDescriptors.h"

namespace Lifeboat {

namespace {

enum StringIndex : quint8 { Manufacturer = 1, Product = 2, Serial = 3, Interface = 4 };

void appendWord(QByteArray &out, quint16 value)
{
    out.append(char(value & 0xff));
    out.append(char(value >> 8));
}

void appendEndpoint(QByteArray &out, quint8 address, quint8 attributes, int packetSize,
                    quint8 interval)
{
    out.append(char(7));
    out.append(char(0x05));
    out.append(char(address));
    out.append(char(attributes));
    appendWord(out, quint16(packetSize));
    out.append(char(interval));
}

QByteArray utf16Descriptor(const QString &text)
{
    QByteArray out;
    const QString limited = text.left(126);  // bLength is one byte
    out.append(char(2 + 2 * limited.size()));
    out.append(char(0x03));
    for (const QChar c : limited)
        appendWord(out, c.unicode());
    return out;
}

} // namespace

QByteArray UsbDescriptors::device(const UsbFunction::Identity &identity)
{
    QByteArray out;
    out.append(char(18));
    out.append(char(0x01));
    appendWord(out, 0x0200);          // USB 2.0
    out.append(3, char(0));           // class per interface
    out.append(char(64));             // bMaxPacketSize0
    appendWord(out, identity.vendorId);
    appendWord(out, identity.productId);
    appendWord(out, identity.deviceRelease);
    out.append(char(identity.manufacturer.isEmpty() ? 0 : Manufacturer));
    out.append(char(identity.product.isEmpty() ? 0 : Product));
    out.append(char(identity.serialNumber.isEmpty() ? 0 : Serial));
    out.append(char(1));              // one configuration
    return out;
}

QByteArray UsbDescriptors::configuration(const UsbFunction::Identity &identity, int maxPacketSize)
{
    QByteArray out;
    out.append(char(9));
    out.append(char(0x02));
    appendWord(out, 9 + 9 + 3 * 7);
    out.append(char(1));              // interfaces
    out.append(char(1));              // bConfigurationValue
    out.append(char(0));
    out.append(char(0x80));           // bus powered
    out.append(char(250));            // 500 mA
    out.append(char(9));
    out.append(char(0x04));
    out.append(char(0));              // interface 0
    out.append(char(0));              // alternate 0
    out.append(char(3));              // endpoints
    out.append(char(identity.interfaceClass));
    out.append(char(identity.interfaceSubClass));
    out.append(char(identity.interfaceProtocol));
    out.append(char(identity.interfaceName.isEmpty() ? 0 : Interface));
    appendEndpoint(out, kBulkIn, 0x02, maxPacketSize, 0);
    appendEndpoint(out, kBulkOut, 0x02, maxPacketSize, 0);
    appendEndpoint(out, kInterruptIn, 0x03, kInterruptPacketSize, 6);
    return out;
}

QByteArray UsbDescriptors::sysfs(const UsbFunction::Identity &identity, int maxPacketSize)
{
    return device(identity) + configuration(identity, maxPacketSize);
}

std::optional<QByteArray> UsbDescriptors::string(const UsbFunction::Identity &identity, quint8 index)
{
    switch (index) {
    case 0: return QByteArray("\x04\x03\x09\x04", 4);  // US English
    case Manufacturer: return utf16Descriptor(identity.manufacturer);
    case Product: return utf16Descriptor(identity.product);
    case Serial: return utf16Descriptor(identity.serialNumber);
    case Interface: return utf16Descriptor(identity.interfaceName);
    case 0xEE: {
        if (!identity.microsoftOsDescriptor)
            return std::nullopt;
        QByteArray out = utf16Descriptor(QStringLiteral("MSFT100"));
        out[0] = char(18);
        out.append(char(kMicrosoftVendorCode));
        out.append(char(0));
        return out;
    }
    default: return std::nullopt;
    }
}

QByteArray UsbDescriptors::microsoftCompatId()
{
    QByteArray out;
    const quint32 length = 16 + 24;
    out.append(char(length & 0xff));
    out.append(3, char(0));
    appendWord(out, 0x0100);  // version 1.0
    appendWord(out, 0x0004);  // extended compat id
    out.append(char(1));      // one function
    out.append(7, char(0));
    out.append(char(0));      // first interface
    out.append(char(1));      // reserved, 1 by the specification
    out.append("MTP\0\0\0\0\0", 8);
    out.append(8, char(0));   // sub-compatible id
    out.append(6, char(0));
    return out;
}

} // namespace Lifeboat
