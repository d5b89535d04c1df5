#pragma once

#include "device/usb/umockdev/UsbControlEndpoint.h"
#include "device/virtual/UsbFunction.h"

#include <QList>

#include <deque>
#include <functional>
#include <mutex>

typedef struct _UMockdevIoctlBase UMockdevIoctlBase;
typedef struct _UMockdevIoctlClient UMockdevIoctlClient;
typedef struct _UMockdevIoctlData UMockdevIoctlData;
struct usbfs_ctrlrequest;

namespace Lifeboat {

// Answers the usbfs ioctls of one emulated /dev/bus/usb/BBB/DDD node for a UsbFunction:
// capabilities, claim/release, URB submit/reap/discard, the control endpoint (descriptors,
// Microsoft OS descriptor, class requests). URBs complete asynchronously: an IN URB stays
// pending while the function NAKs and pump() retries it.
//
// Runs on umockdev's ioctl thread and on the caller of pump(); one mutex serialises everything,
// so the function is only ever called from one thread at a time.
class UsbfsEmulator
{
    Q_DISABLE_COPY_MOVE(UsbfsEmulator)

public:
    explicit UsbfsEmulator(UsbFunction &function);
    ~UsbfsEmulator();

    UMockdevIoctlBase *handler() const { return m_handler; }

    // CLAIMINTERFACE fails with EBUSY, as when a file manager holds the handset.
    void setClaimBusy(bool busy);
    // Whether GET_CAPABILITIES reports USBDEVFS_CAP_ZERO_PACKET (old kernels do not; libusb then
    // refuses LIBUSB_TRANSFER_ADD_ZERO_PACKET and the host must send its own zero-length packet).
    void setZeroPacketCapability(bool supported);
    // Asked on every claim too (a function's own "interface busy" fault switch).
    void setBusyCheck(std::function<bool()> check);
    // Retries pending URBs. Returns false when the function asked to be unplugged.
    bool pump();
    // Unplugged: pending URBs complete with -ENODEV, later ioctls fail with ENODEV.
    void disconnect();
    qint64 bytesMoved() const;

private:
    struct Urb
    {
        UMockdevIoctlClient *client = nullptr;  // referenced
        UMockdevIoctlData *urb = nullptr;       // referenced local copy of struct usbdevfs_urb
        UMockdevIoctlData *buffer = nullptr;    // referenced local copy of its buffer, or null
        int filled = 0;
        bool dataSent = false;                  // OUT: data accepted, zero-length packet pending
    };

    static int onIoctl(UMockdevIoctlBase *handler, UMockdevIoctlClient *client, void *self);
    static void onClientNotify(UMockdevIoctlClient *client, void *spec, void *self);
    bool handleIoctl(UMockdevIoctlClient *client);
    void watchClient(UMockdevIoctlClient *client);
    void clientGone(UMockdevIoctlClient *client);

    void submit(UMockdevIoctlClient *client, UMockdevIoctlData *arg);
    void reap(UMockdevIoctlClient *client, UMockdevIoctlData *arg, bool wait, bool pumpFirst = true);
    void discard(UMockdevIoctlClient *client, UMockdevIoctlData *arg);
    void controlIoctl(UMockdevIoctlClient *client, UMockdevIoctlData *arg);
    void claim(UMockdevIoctlClient *client, UMockdevIoctlData *arg, bool release);
    void clearHalt(UMockdevIoctlClient *client, UMockdevIoctlData *arg);

    // Each returns true when the URB is finished (status and length set).
    bool processOut(Urb &urb);
    bool processIn(Urb &urb);
    bool processInterrupt(Urb &urb);
    bool processControl(Urb &urb);
    // The control request in `setup`; returns the data stage, or a negative errno.
    int control(const unsigned char *setup, unsigned char *data, int capacity);
    void pumpLocked();
    void finish(Urb urb, int status);
    void completeReapers();
    void freeUrb(Urb &urb);

    UsbFunction &m_function;
    UMockdevIoctlBase *m_handler = nullptr;
    int m_maxPacketSize = 512;
    UsbControlEndpoint m_control;

    mutable std::mutex m_mutex;
    std::deque<Urb> m_outQueue, m_inQueue, m_interruptQueue;
    std::deque<Urb> m_done;
    QList<UMockdevIoctlClient *> m_waitingReapers;  // REAPURB (blocking) callers, referenced
    QList<UMockdevIoctlClient *> m_watchedClients;  // referenced
    UMockdevIoctlClient *m_claimedBy = nullptr;
    bool m_claimBusy = false;
    bool m_zeroPacketCapability = true;
    std::function<bool()> m_busyCheck;
    bool m_disconnected = false;
    bool m_functionGone = false;
    qint64 m_bytesMoved = 0;
};

} // namespace Lifeboat
