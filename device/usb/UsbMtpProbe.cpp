#include "device/usb/UsbMtpProbe.h"

#include "device/DeviceLog.h"
#include "device/usb/UsbQuirks.h"

#include <libusb.h>

#include <array>
#include <memory>

namespace Lifeboat {

namespace {

constexpr int kStringTimeoutMs = 1000;

struct ConfigDeleter
{
    void operator()(libusb_config_descriptor *config) const { libusb_free_config_descriptor(config); }
};
struct HandleCloser
{
    void operator()(libusb_device_handle *handle) const { libusb_close(handle); }
};

struct Candidate
{
    int number = -1;
    quint8 interfaceClass = 0;
    quint8 stringIndex = 0;
};

// Bulk IN + bulk OUT + interrupt IN: the endpoint shape of every MTP (and PTP) interface.
bool hasMtpEndpoints(const libusb_interface_descriptor &alt)
{
    if (alt.bNumEndpoints != 3)
        return false;
    bool bulkIn = false, bulkOut = false, interruptIn = false;
    for (int i = 0; i < alt.bNumEndpoints; ++i) {
        const libusb_endpoint_descriptor &ep = alt.endpoint[i];
        const int type = ep.bmAttributes & LIBUSB_TRANSFER_TYPE_MASK;
        const bool in = (ep.bEndpointAddress & LIBUSB_ENDPOINT_IN) != 0;
        if (type == LIBUSB_TRANSFER_TYPE_BULK && in)
            bulkIn = true;
        else if (type == LIBUSB_TRANSFER_TYPE_BULK)
            bulkOut = true;
        else if (type == LIBUSB_TRANSFER_TYPE_INTERRUPT && in)
            interruptIn = true;
    }
    return bulkIn && bulkOut && interruptIn;
}

QString portPathOf(libusb_device *device)
{
    std::array<quint8, 8> ports{};
    const int count = libusb_get_port_numbers(device, ports.data(), int(ports.size()));
    QString path = QString::number(libusb_get_bus_number(device));
    for (int i = 0; i < count; ++i)
        path += (i == 0 ? u'-' : u'.') + QString::number(ports[size_t(i)]);
    return path;
}

int speedInMbps(int speed)
{
    switch (speed) {
    case LIBUSB_SPEED_LOW: return 1;
    case LIBUSB_SPEED_FULL: return 12;
    case LIBUSB_SPEED_HIGH: return 480;
    case LIBUSB_SPEED_SUPER: return 5000;
    case LIBUSB_SPEED_SUPER_PLUS: return 10000;
    default: return 0;
    }
}

} // namespace

QString UsbMtpProbe::readString(libusb_device_handle *handle, quint8 index)
{
    if (index == 0)
        return {};
    std::array<unsigned char, 255> buffer{};
    int got = libusb_get_string_descriptor(handle, 0, 0, buffer.data(), int(buffer.size()));
    if (got < 4 || buffer[1] != LIBUSB_DT_STRING)
        return {};
    const quint16 language = quint16(buffer[2] | (buffer[3] << 8));
    got = libusb_get_string_descriptor(handle, index, language, buffer.data(), int(buffer.size()));
    if (got < 2 || buffer[1] != LIBUSB_DT_STRING)
        return {};
    const int length = qMin(got, int(buffer[0]));  // a device may claim more than it sent
    QString text;
    for (int i = 2; i + 1 < length; i += 2)
        text += QChar(char16_t(buffer[size_t(i)] | (buffer[size_t(i) + 1] << 8)));
    return text.trimmed();
}

bool UsbMtpProbe::hasMicrosoftMtpCompatId(libusb_device_handle *handle, int interfaceNumber)
{
    std::array<unsigned char, 255> buffer{};
    // String 0xEE, language 0: "MSFT100" then the vendor request code (Microsoft OS 1.0).
    const int got = libusb_get_string_descriptor(handle, 0xEE, 0, buffer.data(), int(buffer.size()));
    if (got < 18 || buffer[1] != LIBUSB_DT_STRING)
        return false;
    static constexpr char kSignature[] = "MSFT100";
    for (int i = 0; i < 7; ++i) {
        if (buffer[size_t(2 + 2 * i)] != static_cast<unsigned char>(kSignature[i]))
            return false;
    }
    const quint8 vendorCode = buffer[16];
    // Extended compat ID (wIndex 4): 16-byte header, then 24-byte functions.
    std::array<unsigned char, 256> compat{};
    const int length = libusb_control_transfer(
        handle, 0xc0,  // IN, vendor, device
        vendorCode, 0, 4, compat.data(), quint16(compat.size()), kStringTimeoutMs);
    if (length < 16)
        return false;
    const int functions = compat[8];
    for (int i = 0; i < functions; ++i) {
        const int offset = 16 + 24 * i;
        if (offset + 24 > length)
            break;
        const bool mtp = compat[size_t(offset) + 2] == 'M' && compat[size_t(offset) + 3] == 'T'
                         && compat[size_t(offset) + 4] == 'P' && compat[size_t(offset) + 5] == 0;
        // Single-function devices often say interface 0 whatever the MTP interface is.
        if (mtp && (compat[size_t(offset)] == interfaceNumber || functions == 1))
            return true;
    }
    return false;
}

std::optional<UsbDeviceInfo> UsbMtpProbe::probe(libusb_device *device)
{
    libusb_device_descriptor descriptor{};
    if (libusb_get_device_descriptor(device, &descriptor) != LIBUSB_SUCCESS)
        return std::nullopt;
    if (descriptor.bDeviceClass == LIBUSB_CLASS_HUB)
        return std::nullopt;

    UsbDeviceInfo info;
    info.bus = libusb_get_bus_number(device);
    info.address = libusb_get_device_address(device);
    info.portPath = portPathOf(device);
    info.vendorId = descriptor.idVendor;
    info.productId = descriptor.idProduct;
    info.speedMbps = speedInMbps(libusb_get_device_speed(device));
    const std::optional<UsbQuirk> quirk = findUsbQuirk(descriptor.idVendor, descriptor.idProduct);

    libusb_config_descriptor *rawConfig = nullptr;
    if (libusb_get_active_config_descriptor(device, &rawConfig) != LIBUSB_SUCCESS
        && libusb_get_config_descriptor(device, 0, &rawConfig) != LIBUSB_SUCCESS)
        return std::nullopt;
    const std::unique_ptr<libusb_config_descriptor, ConfigDeleter> config(rawConfig);

    Candidate stillImage, vendor;
    for (int i = 0; i < config->bNumInterfaces; ++i) {
        const libusb_interface &interface = config->interface[i];
        if (interface.num_altsetting < 1)
            continue;
        const libusb_interface_descriptor &alt = interface.altsetting[0];
        const bool quirkSaysSo = quirk && quirk->interfaceNumber == alt.bInterfaceNumber;
        if (!hasMtpEndpoints(alt) && !quirkSaysSo)
            continue;
        const Candidate candidate{alt.bInterfaceNumber, alt.bInterfaceClass, alt.iInterface};
        if ((alt.bInterfaceClass == LIBUSB_CLASS_IMAGE && alt.bInterfaceSubClass == 1
             && alt.bInterfaceProtocol == 1) || quirkSaysSo) {
            if (stillImage.number < 0)
                stillImage = candidate;
        } else if (alt.bInterfaceClass == LIBUSB_CLASS_VENDOR_SPEC && vendor.number < 0) {
            vendor = candidate;
        }
    }
    if (stillImage.number < 0 && vendor.number < 0)
        return std::nullopt;

    libusb_device_handle *rawHandle = nullptr;
    const int opened = libusb_open(device, &rawHandle);
    if (opened != LIBUSB_SUCCESS) {
        qCInfo(lcDevice).noquote() << QStringLiteral("%1 %2: cannot open to read strings: %3")
                                          .arg(info.vidPid(), info.location(),
                                               QLatin1String(libusb_error_name(opened)));
        if (stillImage.number < 0)
            return std::nullopt;  // a vendor interface cannot be confirmed without opening
        info.interfaceNumber = stillImage.number;
        info.accessible = opened != LIBUSB_ERROR_ACCESS;
        return info;
    }
    const std::unique_ptr<libusb_device_handle, HandleCloser> handle(rawHandle);
    info.manufacturer = readString(handle.get(), descriptor.iManufacturer);
    info.product = readString(handle.get(), descriptor.iProduct);
    info.serialNumber = readString(handle.get(), descriptor.iSerialNumber);

    if (stillImage.number >= 0) {
        info.interfaceNumber = stillImage.number;
        info.interfaceName = readString(handle.get(), stillImage.stringIndex);
        return info;
    }
    info.interfaceName = readString(handle.get(), vendor.stringIndex);
    if (info.interfaceName.contains(QLatin1String("MTP"), Qt::CaseInsensitive)
        || hasMicrosoftMtpCompatId(handle.get(), vendor.number)) {
        info.interfaceNumber = vendor.number;
        return info;
    }
    return std::nullopt;
}

} // namespace Lifeboat
