#include "device/usb/UsbContext.h"

#include "device/DeviceLog.h"
#include "device/usb/UsbError.h"
#include "device/usb/UsbMtpProbe.h"
#include "device/usb/UsbTransport.h"

#include <QCoreApplication>

#include <libusb.h>

namespace Lifeboat {

namespace {

struct DeviceListDeleter
{
    void operator()(libusb_device **list) const { libusb_free_device_list(list, 1); }
};

} // namespace

UsbContext::UsbContext(libusb_context *context) : m_context(context) {}

UsbContext::~UsbContext()
{
    libusb_exit(m_context);
}

Result<std::unique_ptr<UsbContext>> UsbContext::create()
{
    libusb_context *context = nullptr;
    const int result = libusb_init(&context);
    if (result != LIBUSB_SUCCESS) {
        qCWarning(lcDevice) << "libusb_init failed:" << libusb_error_name(result);
        return Error(ErrorCode::NoDevice,
                     QCoreApplication::translate("Lifeboat::UsbContext",
                                                 "USB is not available on this computer."),
                     QStringLiteral("libusb_init: %1").arg(QLatin1String(libusb_error_name(result))));
    }
    if (qEnvironmentVariableIsSet("LIFEBOAT_LIBUSB_DEBUG"))
        libusb_set_option(context, LIBUSB_OPTION_LOG_LEVEL, LIBUSB_LOG_LEVEL_DEBUG);
    qCDebug(lcDevice) << "libusb" << libusbVersion() << "hot-plug:"
                      << (libusb_has_capability(LIBUSB_CAP_HAS_HOTPLUG) != 0);
    return std::unique_ptr<UsbContext>(new UsbContext(context));
}

Result<QList<UsbDeviceInfo>> UsbContext::findMtpDevices()
{
    libusb_device **rawList = nullptr;
    const ssize_t count = libusb_get_device_list(m_context, &rawList);
    if (count < 0)
        return UsbError::fromLibusb(int(count), UsbDeviceInfo{}, QStringLiteral("listing devices"));
    const std::unique_ptr<libusb_device *, DeviceListDeleter> list(rawList);
    QList<UsbDeviceInfo> found;
    for (ssize_t i = 0; i < count; ++i) {
        if (std::optional<UsbDeviceInfo> info = UsbMtpProbe::probe(list.get()[i]))
            found.append(*info);
    }
    return found;
}

Result<std::unique_ptr<UsbTransport>> UsbContext::open(const UsbDeviceInfo &device)
{
    libusb_device **rawList = nullptr;
    const ssize_t count = libusb_get_device_list(m_context, &rawList);
    if (count < 0)
        return UsbError::fromLibusb(int(count), device, QStringLiteral("listing devices"));
    const std::unique_ptr<libusb_device *, DeviceListDeleter> list(rawList);
    for (ssize_t i = 0; i < count; ++i) {
        libusb_device *candidate = list.get()[i];
        if (libusb_get_bus_number(candidate) == device.bus
            && libusb_get_device_address(candidate) == device.address)
            return UsbTransport::open(*this, candidate, device);
    }
    return UsbError::disconnected(device, QStringLiteral("%1 %2 not in the device list")
                                              .arg(device.vidPid(), device.location()));
}

bool UsbContext::hasHotplug() const
{
    return libusb_has_capability(LIBUSB_CAP_HAS_HOTPLUG) != 0;
}

QString UsbContext::libusbVersion()
{
    const libusb_version *version = libusb_get_version();
    return QStringLiteral("%1.%2.%3.%4%5")
        .arg(version->major).arg(version->minor).arg(version->micro).arg(version->nano)
        .arg(QLatin1String(version->rc));
}

} // namespace Lifeboat
