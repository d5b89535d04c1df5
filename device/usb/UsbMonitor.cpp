#include "device/usb/UsbMonitor.h"

#include "device/DeviceLog.h"
#include "device/usb/UsbContext.h"
#include "device/usb/UsbMtpProbe.h"

#include <QMetaObject>
#include <QPointer>

#include <libusb.h>

namespace Lifeboat {

UsbMonitor::UsbMonitor(UsbContext &context, QObject *parent)
    : QObject(parent), m_context(context.nativeHandle())
{
    qRegisterMetaType<Lifeboat::UsbDeviceInfo>();
}

UsbMonitor::~UsbMonitor()
{
    stop();
}

void UsbMonitor::start(Mode mode)
{
    if (m_thread.joinable())
        return;
    m_stopRequested = 0;
    m_polling = mode == Mode::Polling || libusb_has_capability(LIBUSB_CAP_HAS_HOTPLUG) == 0;
    if (!m_polling) {
        const int result = libusb_hotplug_register_callback(
            m_context,
            LIBUSB_HOTPLUG_EVENT_DEVICE_ARRIVED | LIBUSB_HOTPLUG_EVENT_DEVICE_LEFT,
            LIBUSB_HOTPLUG_ENUMERATE, LIBUSB_HOTPLUG_MATCH_ANY, LIBUSB_HOTPLUG_MATCH_ANY,
            LIBUSB_HOTPLUG_MATCH_ANY,
            [](libusb_context *context, libusb_device *device, libusb_hotplug_event event,
               void *self) { return onHotplug(context, device, int(event), self); },
            this, &m_hotplugHandle);
        if (result != LIBUSB_SUCCESS) {
            qCWarning(lcDevice) << "Hot-plug registration failed, polling instead:"
                                << libusb_error_name(result);
            m_polling = true;
        }
    }
    qCDebug(lcDevice) << "USB monitor started," << (m_polling ? "polling" : "hot-plug");
    m_thread = std::thread([this] { run(); });
}

void UsbMonitor::stop()
{
    if (!m_thread.joinable())
        return;
    m_stopRequested = 1;
    libusb_interrupt_event_handler(m_context);
    m_thread.join();
    if (!m_polling)
        libusb_hotplug_deregister_callback(m_context, m_hotplugHandle);
    const std::lock_guard lock(m_queueMutex);
    for (const HotplugEvent &event : m_queue)
        libusb_unref_device(event.device);
    m_queue.clear();
}

QList<UsbDeviceInfo> UsbMonitor::devices() const
{
    const std::lock_guard lock(m_devicesMutex);
    return m_devices;
}

int UsbMonitor::onHotplug(libusb_context *, libusb_device *device, int event, void *self)
{
    // Inside libusb's event handling: only note the event, never open or block here.
    auto *monitor = static_cast<UsbMonitor *>(self);
    const std::lock_guard lock(monitor->m_queueMutex);
    monitor->m_queue.push_back({event == LIBUSB_HOTPLUG_EVENT_DEVICE_ARRIVED,
                                libusb_ref_device(device)});
    return 0;
}

void UsbMonitor::run()
{
    auto nextPoll = std::chrono::steady_clock::now();
    while (!m_stopRequested) {
        if (m_polling && std::chrono::steady_clock::now() >= nextPoll) {
            pollDeviceList();
            nextPoll = std::chrono::steady_clock::now() + m_pollInterval;
        }
        handleQueuedEvents();
        timeval tv{0, 200 * 1000};
        libusb_handle_events_timeout_completed(m_context, &tv, &m_stopRequested);
    }
}

void UsbMonitor::handleQueuedEvents()
{
    std::vector<HotplugEvent> events;
    {
        const std::lock_guard lock(m_queueMutex);
        events.swap(m_queue);
    }
    for (const HotplugEvent &event : events) {
        if (event.arrived)
            deviceFound(event.device);
        else
            deviceGone(libusb_get_bus_number(event.device), libusb_get_device_address(event.device));
        libusb_unref_device(event.device);
    }
}

void UsbMonitor::pollDeviceList()
{
    libusb_device **list = nullptr;
    const ssize_t count = libusb_get_device_list(m_context, &list);
    if (count < 0) {
        qCWarning(lcDevice) << "Listing USB devices failed:" << libusb_error_name(int(count));
        return;
    }
    QList<QPair<int, int>> present;
    for (ssize_t i = 0; i < count; ++i) {
        const QPair<int, int> key(libusb_get_bus_number(list[i]), libusb_get_device_address(list[i]));
        present.append(key);
        bool known = m_notMtp.contains(key);
        {
            const std::lock_guard lock(m_devicesMutex);
            for (const UsbDeviceInfo &device : std::as_const(m_devices))
                known = known || (device.bus == key.first && device.address == key.second);
        }
        if (!known)
            deviceFound(list[i]);
    }
    libusb_free_device_list(list, 1);
    m_notMtp.removeIf([&](const QPair<int, int> &key) { return !present.contains(key); });
    for (const UsbDeviceInfo &device : devices()) {
        if (!present.contains(QPair<int, int>(device.bus, device.address)))
            deviceGone(device.bus, device.address);
    }
}

void UsbMonitor::deviceFound(libusb_device *device)
{
    const std::optional<UsbDeviceInfo> info = UsbMtpProbe::probe(device);
    if (!info) {
        m_notMtp.append({libusb_get_bus_number(device), libusb_get_device_address(device)});
        return;
    }
    {
        const std::lock_guard lock(m_devicesMutex);
        for (const UsbDeviceInfo &known : std::as_const(m_devices)) {
            if (known.sameDevice(*info))
                return;
        }
        m_devices.append(*info);
    }
    qCInfo(lcDevice).noquote() << QStringLiteral("Handset arrived: %1 %2 %3 (%4)")
                                      .arg(info->vidPid(), info->location(), info->product,
                                           info->serialNumber);
    QMetaObject::invokeMethod(this, [this, device = *info] { Q_EMIT deviceArrived(device); },
                              Qt::QueuedConnection);
}

void UsbMonitor::deviceGone(int bus, int address)
{
    m_notMtp.removeAll(QPair<int, int>(bus, address));
    std::optional<UsbDeviceInfo> gone;
    {
        const std::lock_guard lock(m_devicesMutex);
        for (qsizetype i = 0; i < m_devices.size(); ++i) {
            if (m_devices[i].bus == bus && m_devices[i].address == address) {
                gone = m_devices.takeAt(i);
                break;
            }
        }
    }
    if (!gone)
        return;
    qCInfo(lcDevice).noquote() << QStringLiteral("Handset left: %1 %2").arg(gone->vidPid(),
                                                                           gone->location());
    QMetaObject::invokeMethod(this, [this, device = *gone] { Q_EMIT deviceLeft(device); },
                              Qt::QueuedConnection);
}

} // namespace Lifeboat
