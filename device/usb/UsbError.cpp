#include "device/usb/UsbError.h"

#include "device/DeviceLog.h"
#include "device/usb/UsbDeviceInfo.h"

#include <libusb.h>

namespace Lifeboat {

namespace {

QString detailFor(const UsbDeviceInfo &device, const QString &what)
{
    return QStringLiteral("%1 %2 (%3): %4")
        .arg(device.vidPid(), device.location(), device.product, what);
}

QString transferStatusName(int status)
{
    switch (status) {
    case LIBUSB_TRANSFER_COMPLETED: return QStringLiteral("LIBUSB_TRANSFER_COMPLETED");
    case LIBUSB_TRANSFER_ERROR: return QStringLiteral("LIBUSB_TRANSFER_ERROR");
    case LIBUSB_TRANSFER_TIMED_OUT: return QStringLiteral("LIBUSB_TRANSFER_TIMED_OUT");
    case LIBUSB_TRANSFER_CANCELLED: return QStringLiteral("LIBUSB_TRANSFER_CANCELLED");
    case LIBUSB_TRANSFER_STALL: return QStringLiteral("LIBUSB_TRANSFER_STALL");
    case LIBUSB_TRANSFER_NO_DEVICE: return QStringLiteral("LIBUSB_TRANSFER_NO_DEVICE");
    case LIBUSB_TRANSFER_OVERFLOW: return QStringLiteral("LIBUSB_TRANSFER_OVERFLOW");
    default: return QStringLiteral("transfer status %1").arg(status);
    }
}

} // namespace

Error UsbError::fromLibusb(int code, const UsbDeviceInfo &device, const QString &action)
{
    const QString detail = detailFor(device, QStringLiteral("%1 failed: %2")
                                                 .arg(action, QLatin1String(libusb_error_name(code))));
    qCWarning(lcDevice).noquote() << detail;
    switch (code) {
    case LIBUSB_ERROR_BUSY:
        return Error(ErrorCode::Busy,
                     tr("Another program is using the handset — usually the desktop's file "
                        "manager (gvfs-mtp on GNOME, kio-mtp on KDE). Close it or eject the "
                        "phone there, then try again."),
                     detail);
    case LIBUSB_ERROR_ACCESS:
        return Error(ErrorCode::DeviceIo,
                     tr("Lifeboat is not allowed to use the handset %1. Install Lifeboat's udev "
                        "rule (or add your user to the group that owns USB devices), then "
                        "unplug the handset and plug it in again.")
                         .arg(device.vidPid()),
                     detail);
    case LIBUSB_ERROR_NO_DEVICE:
    case LIBUSB_ERROR_NOT_FOUND:
        return disconnected(device, detail);
    case LIBUSB_ERROR_TIMEOUT:
        return Error(ErrorCode::DeviceIo,
                     tr("The handset stopped answering. Unplug it, plug it in again and retry."),
                     detail);
    case LIBUSB_ERROR_INTERRUPTED:
        return cancelled();
    case LIBUSB_ERROR_NO_MEM:
        return Error(ErrorCode::Internal, tr("Out of memory while talking to the handset."), detail);
    case LIBUSB_ERROR_NOT_SUPPORTED:
        return Error(ErrorCode::Unsupported,
                     tr("This computer's USB system cannot do what the handset needs."), detail);
    default:
        return Error(ErrorCode::DeviceIo,
                     tr("Talking to the handset failed. Unplug it, plug it in again and retry."),
                     detail);
    }
}

Error UsbError::fromTransferStatus(int status, const UsbDeviceInfo &device, const QString &endpoint)
{
    const QString detail = detailFor(device, QStringLiteral("%1 on %2")
                                                 .arg(transferStatusName(status), endpoint));
    switch (status) {
    case LIBUSB_TRANSFER_CANCELLED:
        return cancelled();
    case LIBUSB_TRANSFER_NO_DEVICE:
        qCWarning(lcDevice).noquote() << detail;
        return disconnected(device, detail);
    case LIBUSB_TRANSFER_TIMED_OUT:
        return timedOut(device, endpoint);
    case LIBUSB_TRANSFER_STALL:
        qCWarning(lcDevice).noquote() << detail;
        return Error(ErrorCode::DeviceIo,
                     tr("The handset refused the transfer. Unplug it, plug it in again and retry."),
                     detail);
    case LIBUSB_TRANSFER_OVERFLOW:
        qCWarning(lcDevice).noquote() << detail;
        return Error(ErrorCode::DeviceIo,
                     tr("The handset sent more data than expected. Unplug it, plug it in again "
                        "and retry."),
                     detail);
    default:
        qCWarning(lcDevice).noquote() << detail;
        return Error(ErrorCode::DeviceIo,
                     tr("A USB transfer to the handset failed. Check the cable, unplug the "
                        "handset, plug it in again and retry."),
                     detail);
    }
}

Error UsbError::timedOut(const UsbDeviceInfo &device, const QString &endpoint)
{
    const QString detail = detailFor(device, QStringLiteral("timed out on %1").arg(endpoint));
    qCInfo(lcDevice).noquote() << detail;
    return Error(ErrorCode::DeviceIo,
                 tr("The handset stopped answering. Unlock it, keep it connected and retry."),
                 detail);
}

Error UsbError::cancelled()
{
    return Error(ErrorCode::Cancelled, tr("Cancelled."), QStringLiteral("transfer cancelled"));
}

Error UsbError::disconnected(const UsbDeviceInfo &device, const QString &detail)
{
    return Error(ErrorCode::NoDevice,
                 tr("The handset was disconnected. Plug it in again and keep it connected "
                    "until Lifeboat has finished."),
                 detail.isEmpty() ? detailFor(device, QStringLiteral("no device")) : detail);
}

} // namespace Lifeboat
