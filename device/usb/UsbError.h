#pragma once

#include "common/Error.h"

#include <QCoreApplication>
#include <QString>

namespace Lifeboat {

struct UsbDeviceInfo;

// Turns libusb's error codes and transfer states into Lifeboat errors at the device/ boundary,
// with messages that tell the user what to do, and logs them with libusb's own names.
class UsbError
{
    Q_DECLARE_TR_FUNCTIONS(Lifeboat::UsbError)

public:
    // `code` is a libusb_error (negative); `action` says what failed ("claiming the interface").
    static Error fromLibusb(int code, const UsbDeviceInfo &device, const QString &action);

    // `status` is a libusb_transfer_status other than COMPLETED.
    static Error fromTransferStatus(int status, const UsbDeviceInfo &device,
                                    const QString &endpoint);

    static Error timedOut(const UsbDeviceInfo &device, const QString &endpoint);
    static Error cancelled();
    static Error disconnected(const UsbDeviceInfo &device, const QString &detail);
};

} // namespace Lifeboat
