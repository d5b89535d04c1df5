#pragma once

#include "device/usb/UsbDeviceInfo.h"

#include <QList>
#include <QObject>

#include <atomic>
#include <chrono>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

struct libusb_context;
struct libusb_device;

namespace Lifeboat {

class UsbContext;

// Watches for MTP handsets coming and going. Runs libusb's event handling on its own thread
// (which also completes other users' transfers); uses libusb hot-plug callbacks where the
// platform has them, else polls the device list about once a second. Signals carry plain values
// and are emitted on the thread that owns the monitor.
class UsbMonitor : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsbMonitor)

public:
    enum class Mode { Automatic, Polling };

    explicit UsbMonitor(UsbContext &context, QObject *parent = nullptr);
    ~UsbMonitor() override;

    // Starts watching; handsets already plugged in are reported as arrived.
    void start(Mode mode = Mode::Automatic);
    void stop();
    bool isPolling() const { return m_polling; }
    void setPollInterval(std::chrono::milliseconds interval) { m_pollInterval = interval; }

    // The handsets currently known, from any thread.
    QList<UsbDeviceInfo> devices() const;

Q_SIGNALS:
    void deviceArrived(const Lifeboat::UsbDeviceInfo &device);
    void deviceLeft(const Lifeboat::UsbDeviceInfo &device);

private:
    struct HotplugEvent
    {
        bool arrived = false;
        libusb_device *device = nullptr;  // referenced; unreferenced once handled
    };

    static int onHotplug(libusb_context *context, libusb_device *device, int event, void *self);
    void run();
    void handleQueuedEvents();
    void pollDeviceList();
    void deviceFound(libusb_device *device);
    void deviceGone(int bus, int address);

    libusb_context *m_context = nullptr;
    std::thread m_thread;
    int m_stopRequested = 0;  // libusb_handle_events_timeout_completed() watches it
    bool m_polling = false;
    int m_hotplugHandle = 0;
    std::chrono::milliseconds m_pollInterval{1000};

    std::mutex m_queueMutex;
    std::vector<HotplugEvent> m_queue;

    mutable std::mutex m_devicesMutex;
    QList<UsbDeviceInfo> m_devices;
    QList<QPair<int, int>> m_notMtp;  // (bus, address) probed and found to be something else
};

} // namespace Lifeboat
