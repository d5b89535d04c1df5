#pragma once

#include "common/Result.h"
#include "device/usb/UsbDeviceInfo.h"

#include <QList>

#include <memory>

struct libusb_context;

namespace Lifeboat {

class UsbTransport;

// Owns the process's libusb_context. Create one per process user (the application, a test) and
// hand it to UsbMonitor and to whoever opens transports; it must outlive them.
class UsbContext
{
    Q_DISABLE_COPY_MOVE(UsbContext)

public:
    static Result<std::unique_ptr<UsbContext>> create();
    ~UsbContext();

    // Every device that offers an MTP interface, as plain values.
    Result<QList<UsbDeviceInfo>> findMtpDevices();

    // Opens and claims the MTP interface of `device` (found by bus and address).
    Result<std::unique_ptr<UsbTransport>> open(const UsbDeviceInfo &device);

    bool hasHotplug() const;
    static QString libusbVersion();

    // For device/usb only (UsbMonitor, UsbTransport).
    libusb_context *nativeHandle() const { return m_context; }

private:
    explicit UsbContext(libusb_context *context);

    libusb_context *m_context = nullptr;
};

} // namespace Lifeboat
