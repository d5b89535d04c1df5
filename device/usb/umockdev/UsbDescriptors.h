#pragma once

#include "device/virtual/UsbFunction.h"

#include <QByteArray>

#include <optional>

namespace Lifeboat {

// The descriptors a virtual USB device announces for a UsbFunction: one configuration with one
// interface (bulk IN 0x81, bulk OUT 0x01, interrupt IN 0x82), strings, and the Microsoft OS
// descriptor with the extended compat id "MTP".
class UsbDescriptors
{
public:
    static constexpr quint8 kBulkIn = 0x81;
    static constexpr quint8 kBulkOut = 0x01;
    static constexpr quint8 kInterruptIn = 0x82;
    static constexpr int kInterruptPacketSize = 28;
    // MtpResponder::MicrosoftVendorCode agrees; a function may answer the request itself.
    static constexpr quint8 kMicrosoftVendorCode = 0x54;

    static QByteArray device(const UsbFunction::Identity &identity);
    static QByteArray configuration(const UsbFunction::Identity &identity, int maxPacketSize);
    // What sysfs's binary `descriptors` attribute holds: device, then configuration.
    static QByteArray sysfs(const UsbFunction::Identity &identity, int maxPacketSize);
    // String descriptor `index` (0: the language list, 0xEE: "MSFT100"); nullopt when absent.
    static std::optional<QByteArray> string(const UsbFunction::Identity &identity, quint8 index);
    static QByteArray microsoftCompatId();
};

} // namespace Lifeboat
