#pragma once

#include <QMetaType>
#include <QString>

namespace Lifeboat {

// One USB device with an MTP interface, as plain values: no libusb type leaves device/usb.
// bus + address identify the device while it stays plugged in; portPath ("1-4.2") names the
// socket it is plugged into, which stays the same across re-plugging.
struct UsbDeviceInfo
{
    int bus = 0;
    int address = 0;
    QString portPath;
    quint16 vendorId = 0;
    quint16 productId = 0;
    QString manufacturer;
    QString product;
    QString serialNumber;
    int interfaceNumber = -1;   // the MTP interface
    QString interfaceName;
    int speedMbps = 0;          // 12, 480, 5000 ... ; 0 when unknown
    bool accessible = true;     // false when the device could not be opened (permissions)

    // "18d1:4ee1" — for logs and messages.
    QString vidPid() const
    {
        return QStringLiteral("%1:%2").arg(vendorId, 4, 16, QLatin1Char('0'))
            .arg(productId, 4, 16, QLatin1Char('0'));
    }
    // "bus 1 address 5" — for logs.
    QString location() const
    {
        return QStringLiteral("bus %1 address %2").arg(bus).arg(address);
    }
    bool sameDevice(const UsbDeviceInfo &other) const
    {
        return bus == other.bus && address == other.address;
    }
};

} // namespace Lifeboat

Q_DECLARE_METATYPE(Lifeboat::UsbDeviceInfo)
