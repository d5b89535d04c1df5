#include "app/HandsetConnector.h"

#include "app/AppLog.h"
#include "app/ForwardingHandset.h"
#include "device/mtp/MtpHandset.h"
#include "device/usb/UsbContext.h"
#include "device/usb/UsbTransport.h"
#include "device/transport/LoopbackTransport.h"
#include "device/virtual/MtpResponder.h"
#include "device/virtual/VirtualHandsetFactory.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>

namespace Lifeboat {

namespace {

const QString DemoSerial = QStringLiteral("LIFEBOAT-DEMO-0001");

// A handset on USB whose serial number is `serial` or starts with it (case-insensitive).
Result<UsbDeviceInfo> findUsb(UsbContext &context, const QString &serial)
{
    Result<QList<UsbDeviceInfo>> devices = context.findMtpDevices();
    if (!devices)
        return devices.error();
    QList<UsbDeviceInfo> matches;
    for (const UsbDeviceInfo &device : *devices) {
        if (device.serialNumber.compare(serial, Qt::CaseInsensitive) == 0)
            return device;
        if (device.serialNumber.startsWith(serial, Qt::CaseInsensitive))
            matches.append(device);
    }
    if (matches.size() == 1)
        return matches.first();
    if (matches.size() > 1) {
        QStringList serials;
        for (const UsbDeviceInfo &device : std::as_const(matches))
            serials << device.serialNumber;
        return Error(ErrorCode::Usage,
                     HandsetConnector::tr("\"%1\" matches several handsets (%2). Give more of the serial number.")
                         .arg(serial, serials.join(QStringLiteral(", "))));
    }
    return Error(ErrorCode::NoDevice,
                 HandsetConnector::tr("No handset with serial number %1 is connected. Check the "
                                      "cable, unlock the handset and choose \"File transfer\"; "
                                      "lifeboat-cli devices lists what is connected.")
                     .arg(serial));
}

} // namespace

// The in-process virtual handset, reached through Lifeboat's real MTP initiator over a loopback
// transport: the demo exercises the same code as a phone on a cable.
Result<std::unique_ptr<Handset>> HandsetConnector::openVirtual(const VirtualHandsetOptions &options)
{
    Result<std::unique_ptr<MtpResponder>> responder = createVirtualHandset(options);
    if (!responder)
        return responder.error();
    std::shared_ptr<MtpResponder> device(std::move(*responder));
    auto transport = std::make_unique<LoopbackTransport>(*device);
    Result<std::unique_ptr<MtpHandset>> handset = MtpHandset::open(std::move(transport));
    if (!handset)
        return handset.error();
    return std::unique_ptr<Handset>(std::make_unique<ForwardingHandset>(
        std::vector<std::shared_ptr<void>>{device}, std::move(*handset)));
}

Result<std::unique_ptr<Handset>> HandsetConnector::openUsb(const QString &serial)
{
    Result<std::unique_ptr<UsbContext>> context = UsbContext::create();
    if (!context)
        return context.error();
    std::shared_ptr<UsbContext> usb(std::move(*context));
    const Result<UsbDeviceInfo> device = findUsb(*usb, serial);
    if (!device)
        return device.error();
    if (!device->accessible) {
        return Error(ErrorCode::Busy,
                     tr("Lifeboat may not open the handset %1 %2 (%3). Install Lifeboat's udev rule "
                        "(it comes with the package), then unplug and reconnect the handset.")
                         .arg(device->manufacturer, device->product, device->vidPid()));
    }
    Result<std::unique_ptr<UsbTransport>> transport = usb->open(*device);
    if (!transport)
        return transport.error();
    Result<std::unique_ptr<MtpHandset>> handset = MtpHandset::open(std::move(*transport),
                                                                   device->vendorId, device->productId,
                                                                   device->interfaceNumber);
    if (!handset)
        return handset.error();
    qCInfo(lcApp) << "opened" << device->vidPid() << device->location() << device->serialNumber;
    return std::unique_ptr<Handset>(std::make_unique<ForwardingHandset>(
        std::vector<std::shared_ptr<void>>{usb}, std::move(*handset)));
}

Result<QList<HandsetSummary>> HandsetConnector::connectedHandsets()
{
    Result<std::unique_ptr<UsbContext>> context = UsbContext::create();
    if (!context)
        return context.error();
    const Result<QList<UsbDeviceInfo>> devices = (*context)->findMtpDevices();
    if (!devices)
        return devices.error();
    QList<HandsetSummary> summaries;
    for (const UsbDeviceInfo &device : *devices) {
        HandsetSummary summary;
        summary.serialNumber = device.serialNumber;
        summary.manufacturer = device.manufacturer;
        summary.model = device.product;
        summary.location = QStringLiteral("%1, %2").arg(device.vidPid(), device.portPath);
        summary.usable = device.accessible;
        summary.state = device.accessible ? tr("ready")
                                          : tr("no permission: install the udev rule, then reconnect");
        summaries.append(summary);
    }
    return summaries;
}

Result<HandsetSpec> HandsetConnector::parseSpec(const QString &device, const QString &profile)
{
    HandsetSpec spec;
    if (profile != u"lifeboat" && profile != u"android")
        return Error(ErrorCode::Usage, tr("Unknown profile \"%1\": use lifeboat or android.").arg(profile));
    spec.profile = profile;
    if (device == u"demo") {
        spec.kind = HandsetSpec::Kind::Demo;
    } else if (device.startsWith(u"virtual:")) {
        spec.kind = HandsetSpec::Kind::VirtualFolder;
        spec.value = device.mid(8);
        if (spec.value.isEmpty())
            return Error(ErrorCode::Usage, tr("virtual: needs a folder, as in virtual:/tmp/phone."));
    } else if (!device.trimmed().isEmpty()) {
        spec.kind = HandsetSpec::Kind::Usb;
        spec.value = device.trimmed();
    } else {
        return Error(ErrorCode::Usage, tr("Name the handset: a serial number, demo, or virtual:DIR."));
    }
    return spec;
}

Result<std::unique_ptr<Handset>> HandsetConnector::open(const HandsetSpec &spec)
{
    VirtualHandsetOptions options;
    options.profile = spec.profile == u"android" ? VirtualHandsetProfile::Kind::Android
                                                : VirtualHandsetProfile::Kind::Lifeboat;
    switch (spec.kind) {
    case HandsetSpec::Kind::Demo:
        options.serialNumber = DemoSerial;
        options.friendlyName = tr("Demo handset");
        return openVirtual(options);
    case HandsetSpec::Kind::VirtualFolder: {
        const QFileInfo folder(spec.value);
        if (!folder.isDir()) {
            return Error(ErrorCode::NoDevice,
                         tr("There is no folder %1 for the virtual handset to serve. Create it "
                            "first (an empty folder is an empty handset).")
                             .arg(QDir::toNativeSeparators(spec.value)));
        }
        options.rootDirectory = folder.absoluteFilePath();
        // The same folder is the same handset: its serial follows from the path.
        // (a digest, stable across runs and Qt versions, unlike qHash).
        options.serialNumber = QStringLiteral("VIRTUAL-")
            + QString::fromLatin1(QCryptographicHash::hash(folder.canonicalFilePath().toUtf8(),
                                                           QCryptographicHash::Sha256)
                                      .toHex()
                                      .left(8)
                                      .toUpper());
        options.friendlyName = folder.fileName();
        return openVirtual(options);
    }
    case HandsetSpec::Kind::Usb:
        return openUsb(spec.value);
    }
    return Error(ErrorCode::Internal, QStringLiteral("unknown handset kind"));
}

} // namespace Lifeboat
