#pragma once

#include "common/Result.h"

#include <QString>

#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

typedef struct _UMockdevTestbed UMockdevTestbed;

namespace Lifeboat {

class UsbFunction;
class UsbfsEmulator;

// Presents a UsbFunction as a USB device in a umockdev testbed (see VIRTUAL-USB.md): a sysfs
// entry with its descriptors, an emulated /dev/bus/usb node whose usbfs ioctls UsbfsEmulator
// answers, and "add"/"remove" uevents for hot-plug. Any libusb program running with
// libumockdev-preload and UMOCKDEV_DIR sees the device, in this process or a child.
//
// Create it before Qt or libusb start threads (the testbed sets UMOCKDEV_DIR); one per process.
class UmockdevServer
{
    Q_DISABLE_COPY_MOVE(UmockdevServer)

public:
    static constexpr int kBus = 1;

    UmockdevServer();
    ~UmockdevServer();

    QString rootDir() const;

    // Plugs `function` in (it must outlive the server or the next unplug()). Each plug gets a
    // new device address, as on a real bus.
    Status plug(UsbFunction &function);
    // Unplugs: URBs in flight fail with ENODEV, a "remove" uevent follows. The server unplugs
    // by itself when the function stops being connected().
    void unplug();
    bool isPlugged() const;
    int deviceAddress() const;

    // The next claims of the interface fail with EBUSY (a file manager holding the handset).
    void setClaimBusy(bool busy);
    // For the next plug: whether usbfs offers to append zero-length packets itself.
    void setZeroPacketCapability(bool supported);
    // Asked on every claim while plugged (e.g. MtpResponder::interfaceBusy()).
    void setBusyCheck(std::function<bool()> check);
    qint64 bytesMoved() const;

private:
    void unplugLocked();
    void pumpLoop();

    UMockdevTestbed *m_testbed = nullptr;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::unique_ptr<UsbfsEmulator> m_current;
    std::vector<std::unique_ptr<UsbfsEmulator>> m_retired;  // open file handles may still ask
    bool m_claimBusy = false;
    bool m_zeroPacketCapability = true;
    std::function<bool()> m_busyCheck;
    bool m_stopping = false;
    int m_address = 1;
    qint64 m_retiredBytes = 0;
    std::thread m_pump;
};

} // namespace Lifeboat
