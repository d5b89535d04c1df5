#pragma once

#include "device/usb/UsbDeviceInfo.h"

#include <optional>

struct libusb_device;
struct libusb_device_handle;

namespace Lifeboat {

// Decides whether a USB device offers an MTP interface (MTP.md, "Finding the MTP interface") and
// describes it as plain values. Opens the device briefly to read strings; never claims it.
class UsbMtpProbe
{
public:
    static std::optional<UsbDeviceInfo> probe(libusb_device *device);

    // Reads string descriptor `index` in the device's first language; empty on failure.
    static QString readString(libusb_device_handle *handle, quint8 index);

    // True when the device answers the Microsoft OS string descriptor (0xEE) and its extended
    // compat id for `interfaceNumber` is "MTP".
    static bool hasMicrosoftMtpCompatId(libusb_device_handle *handle, int interfaceNumber);
};

} // namespace Lifeboat
