#include "device/usb/umockdev/UmockdevServer.h"

#include "device/DeviceLog.h"
#include "device/usb/umockdev/UsbDescriptors.h"
#include "device/usb/umockdev/UsbfsEmulator.h"
#include "device/virtual/UsbFunction.h"

#include <umockdev.h>

#include <QCoreApplication>

namespace Lifeboat {

namespace {

using namespace std::chrono_literals;

const char kSysPath[] = "/devices/pci0000:00/0000:00:14.0/usb1/1-1";

QString devNode(int address)
{
    return QStringLiteral("/dev/bus/usb/%1/%2").arg(UmockdevServer::kBus, 3, 10, QLatin1Char('0'))
        .arg(address, 3, 10, QLatin1Char('0'));
}

QString errorText(GError *error)
{
    const QString text = error ? QString::fromUtf8(error->message) : QStringLiteral("unknown error");
    if (error)
        g_error_free(error);
    return text;
}

} // namespace

UmockdevServer::UmockdevServer() : m_testbed(umockdev_testbed_new())
{
    // The root hub, so that the handset has a parent like on a real bus.
    umockdev_testbed_add_from_string(
        m_testbed,
        "P: /devices/pci0000:00/0000:00:14.0/usb1\n"
        "E: SUBSYSTEM=usb\nE: DEVTYPE=usb_device\nE: DRIVER=usb\nE: BUSNUM=001\nE: DEVNUM=001\n"
        "A: busnum=1\\n\nA: devnum=1\\n\nA: speed=480\\n\nA: bConfigurationValue=1\\n\n"
        "H: descriptors=12010002090000406b1d020006050302010109021900010100e0000904000001090000000705810304000c\n",
        nullptr);
}

UmockdevServer::~UmockdevServer()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
        unplugLocked();
    }
    m_wake.notify_all();
    if (m_pump.joinable())
        m_pump.join();
    g_object_unref(m_testbed);
    m_current.reset();
    m_retired.clear();
}

QString UmockdevServer::rootDir() const
{
    gchar *root = umockdev_testbed_get_root_dir(m_testbed);
    const QString dir = QString::fromUtf8(root);
    g_free(root);
    return dir;
}

Status UmockdevServer::plug(UsbFunction &function)
{
    const std::lock_guard lock(m_mutex);
    if (m_current)
        unplugLocked();
    auto emulator = std::make_unique<UsbfsEmulator>(function);
    emulator->setClaimBusy(m_claimBusy);
    emulator->setBusyCheck(m_busyCheck);
    emulator->setZeroPacketCapability(m_zeroPacketCapability);
    const int address = ++m_address;
    const QByteArray node = devNode(address).toUtf8();
    GError *error = nullptr;
    // Attach before adding, so that a client reacting to the "add" uevent can open it.
    if (!umockdev_testbed_attach_ioctl(m_testbed, node.constData(), emulator->handler(), &error)) {
        return Error(ErrorCode::Internal,
                     QCoreApplication::translate("Lifeboat::UmockdevServer",
                                                 "The virtual USB device could not be created."),
                     QStringLiteral("attach_ioctl %1: %2").arg(QString::fromUtf8(node), errorText(error)));
    }
    const QByteArray description =
        QStringLiteral("P: %1\nN: %2\nE: SUBSYSTEM=usb\nE: DEVTYPE=usb_device\nE: DRIVER=usb\n"
                       "E: DEVNAME=/dev/%2\nE: BUSNUM=%3\nE: DEVNUM=%4\nE: ID_MTP_DEVICE=1\n"
                       "A: busnum=%5\\n\nA: devnum=%6\\n\nA: speed=480\\n\n"
                       "A: bConfigurationValue=1\\n\nA: bNumInterfaces= 1\\n\nH: descriptors=%7\n")
            .arg(QLatin1String(kSysPath), QString::fromUtf8(node.mid(5)),
                 QStringLiteral("%1").arg(kBus, 3, 10, QLatin1Char('0')),
                 QStringLiteral("%1").arg(address, 3, 10, QLatin1Char('0')))
            .arg(kBus).arg(address)
            .arg(QString::fromLatin1(UsbDescriptors::sysfs(function.identity(),
                                                           function.maxPacketSize()).toHex()))
            .toUtf8();
    if (!umockdev_testbed_add_from_string(m_testbed, description.constData(), &error)) {
        umockdev_testbed_detach_ioctl(m_testbed, node.constData(), nullptr);
        return Error(ErrorCode::Internal,
                     QCoreApplication::translate("Lifeboat::UmockdevServer",
                                                 "The virtual USB device could not be created."),
                     QStringLiteral("add_from_string: %1").arg(errorText(error)));
    }
    m_current = std::move(emulator);
    qCInfo(lcDevice).noquote() << "Virtual USB device plugged in at" << QString::fromUtf8(node);
    if (!m_pump.joinable())
        m_pump = std::thread([this] { pumpLoop(); });
    return {};
}

void UmockdevServer::unplug()
{
    const std::lock_guard lock(m_mutex);
    unplugLocked();
}

void UmockdevServer::unplugLocked()
{
    if (!m_current)
        return;
    m_current->disconnect();
    const QByteArray sysPath = QByteArray("/sys") + kSysPath;
    umockdev_testbed_uevent(m_testbed, sysPath.constData(), "remove");
    umockdev_testbed_remove_device(m_testbed, sysPath.constData());
    m_retiredBytes += m_current->bytesMoved();
    m_retired.push_back(std::move(m_current));
    qCInfo(lcDevice) << "Virtual USB device unplugged";
}

bool UmockdevServer::isPlugged() const
{
    const std::lock_guard lock(m_mutex);
    return m_current != nullptr;
}

int UmockdevServer::deviceAddress() const
{
    const std::lock_guard lock(m_mutex);
    return m_current ? m_address : 0;
}

void UmockdevServer::setClaimBusy(bool busy)
{
    const std::lock_guard lock(m_mutex);
    m_claimBusy = busy;
    if (m_current)
        m_current->setClaimBusy(busy);
}

void UmockdevServer::setZeroPacketCapability(bool supported)
{
    const std::lock_guard lock(m_mutex);
    m_zeroPacketCapability = supported;
}

void UmockdevServer::setBusyCheck(std::function<bool()> check)
{
    const std::lock_guard lock(m_mutex);
    m_busyCheck = std::move(check);
    if (m_current)
        m_current->setBusyCheck(m_busyCheck);
}

qint64 UmockdevServer::bytesMoved() const
{
    const std::lock_guard lock(m_mutex);
    return m_retiredBytes + (m_current ? m_current->bytesMoved() : 0);
}

void UmockdevServer::pumpLoop()
{
    // Retries URBs the function NAKed, and notices when it wants to be unplugged. The ioctl
    // thread also pumps on every submit and reap, so this only matters while the host waits.
    std::unique_lock lock(m_mutex);
    while (!m_stopping) {
        if (m_current && !m_current->pump())
            unplugLocked();
        m_wake.wait_for(lock, 1ms);
    }
}

} // namespace Lifeboat
