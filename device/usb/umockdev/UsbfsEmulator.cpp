#include "device/usb/umockdev/UsbfsEmulator.h"

#include "device/DeviceLog.h"
#include "device/usb/umockdev/UsbDescriptors.h"

#include <umockdev.h>

#include <linux/ioctl.h>
#include <linux/usbdevice_fs.h>

#include <cerrno>
#include <cstddef>
#include <cstring>

namespace Lifeboat {

namespace {

// Bounds for what a client may ask: nothing here allocates more than this per URB.
constexpr int kMaxUrbBuffer = 16 * 1024 * 1024;
constexpr int kSetupSize = 8;

usbdevfs_urb *header(UMockdevIoctlData *urb)
{
    return reinterpret_cast<usbdevfs_urb *>(urb->data);
}

unsigned char *bufferOf(UMockdevIoctlData *buffer)
{
    return buffer ? buffer->data : nullptr;
}

void unrefData(UMockdevIoctlData *data)
{
    if (data)
        umockdev_ioctl_data_unref(data);
}

} // namespace

UsbfsEmulator::UsbfsEmulator(UsbFunction &function)
    : m_function(function), m_handler(umockdev_ioctl_base_new()),
      m_maxPacketSize(function.maxPacketSize()), m_control(function)
{
    // After the class handler, as libusb's own umockdev test does.
    g_signal_connect_data(m_handler, "handle-ioctl", reinterpret_cast<GCallback>(&onIoctl), this,
                          nullptr, G_CONNECT_AFTER);
}

UsbfsEmulator::~UsbfsEmulator()
{
    g_signal_handlers_disconnect_matched(m_handler, G_SIGNAL_MATCH_DATA, 0, 0, nullptr, nullptr, this);
    const std::lock_guard lock(m_mutex);
    for (UMockdevIoctlClient *client : std::as_const(m_watchedClients)) {
        g_signal_handlers_disconnect_matched(client, G_SIGNAL_MATCH_DATA, 0, 0, nullptr, nullptr,
                                             this);
        g_object_unref(client);
    }
    for (auto *queue : {&m_outQueue, &m_inQueue, &m_interruptQueue, &m_done}) {
        for (Urb &urb : *queue)
            freeUrb(urb);
    }
    for (UMockdevIoctlClient *client : std::as_const(m_waitingReapers))
        g_object_unref(client);
    g_object_unref(m_handler);
}

void UsbfsEmulator::setClaimBusy(bool busy)
{
    const std::lock_guard lock(m_mutex);
    m_claimBusy = busy;
}

void UsbfsEmulator::setZeroPacketCapability(bool supported)
{
    const std::lock_guard lock(m_mutex);
    m_zeroPacketCapability = supported;
}

void UsbfsEmulator::setBusyCheck(std::function<bool()> check)
{
    const std::lock_guard lock(m_mutex);
    m_busyCheck = std::move(check);
}

qint64 UsbfsEmulator::bytesMoved() const
{
    const std::lock_guard lock(m_mutex);
    return m_bytesMoved;
}

bool UsbfsEmulator::pump()
{
    const std::lock_guard lock(m_mutex);
    if (!m_disconnected) {
        pumpLocked();
        if (!m_function.connected())
            m_functionGone = true;
    }
    return !m_functionGone;
}

void UsbfsEmulator::disconnect()
{
    const std::lock_guard lock(m_mutex);
    if (m_disconnected)
        return;
    m_disconnected = true;
    for (auto *queue : {&m_outQueue, &m_inQueue, &m_interruptQueue}) {
        while (!queue->empty()) {
            Urb urb = queue->front();
            queue->pop_front();
            finish(urb, -ENODEV);
        }
    }
    completeReapers();
}

int UsbfsEmulator::onIoctl(UMockdevIoctlBase *, UMockdevIoctlClient *client, void *self)
{
    return static_cast<UsbfsEmulator *>(self)->handleIoctl(client) ? TRUE : FALSE;
}

void UsbfsEmulator::onClientNotify(UMockdevIoctlClient *client, void *, void *self)
{
    // `client-vanished` never fires in umockdev 0.17; the connected property does change.
    if (!umockdev_ioctl_client_get_connected(client))
        static_cast<UsbfsEmulator *>(self)->clientGone(client);
}

void UsbfsEmulator::watchClient(UMockdevIoctlClient *client)
{
    if (m_watchedClients.contains(client))
        return;
    m_watchedClients.append(UMOCKDEV_IOCTL_CLIENT(g_object_ref(client)));
    g_signal_connect_data(client, "notify::connected", reinterpret_cast<GCallback>(&onClientNotify),
                          this, nullptr, GConnectFlags(0));
}

void UsbfsEmulator::clientGone(UMockdevIoctlClient *client)
{
    const std::lock_guard lock(m_mutex);
    for (auto *queue : {&m_outQueue, &m_inQueue, &m_interruptQueue, &m_done}) {
        for (auto it = queue->begin(); it != queue->end();) {
            if (it->client == client) {
                freeUrb(*it);
                it = queue->erase(it);
            } else {
                ++it;
            }
        }
    }
    if (m_claimedBy == client)
        m_claimedBy = nullptr;
    if (m_waitingReapers.removeAll(client) > 0)
        g_object_unref(client);
}

bool UsbfsEmulator::handleIoctl(UMockdevIoctlClient *client)
{
    const gulong request = umockdev_ioctl_client_get_request(client);
    UMockdevIoctlData *arg = umockdev_ioctl_client_get_arg(client);
    const std::lock_guard lock(m_mutex);
    watchClient(client);
    if (m_disconnected && request != USBDEVFS_REAPURBNDELAY && request != USBDEVFS_REAPURB
        && request != USBDEVFS_DISCARDURB && request != USBDEVFS_RELEASEINTERFACE) {
        umockdev_ioctl_client_complete(client, -1, ENODEV);
        return true;
    }
    switch (request) {
    case USBDEVFS_GET_CAPABILITIES: {
        UMockdevIoctlData *caps = umockdev_ioctl_data_resolve(arg, 0, sizeof(quint32), nullptr);
        if (!caps)
            return false;
        // Scatter-gather makes libusb submit each transfer as one URB. Without it libusb splits
        // transfers into 16 KiB URBs with bulk continuation, whose short-packet rules we would
        // have to emulate.
        const quint32 value = (m_zeroPacketCapability ? USBDEVFS_CAP_ZERO_PACKET : 0)
                              | USBDEVFS_CAP_NO_PACKET_SIZE_LIM | USBDEVFS_CAP_BULK_SCATTER_GATHER
                              | USBDEVFS_CAP_REAP_AFTER_DISCONNECT;
        std::memcpy(caps->data, &value, sizeof value);
        umockdev_ioctl_client_complete(client, 0, 0);
        umockdev_ioctl_data_unref(caps);
        return true;
    }
    case USBDEVFS_CLAIMINTERFACE:
        claim(client, arg, false);
        return true;
    case USBDEVFS_RELEASEINTERFACE:
        claim(client, arg, true);
        return true;
    case USBDEVFS_GETDRIVER:
        umockdev_ioctl_client_complete(client, -1, ENODATA);  // no kernel driver bound
        return true;
    case USBDEVFS_SETCONFIGURATION:
    case USBDEVFS_SETINTERFACE:
    case USBDEVFS_RESETEP:
        umockdev_ioctl_client_complete(client, 0, 0);
        return true;
    case USBDEVFS_RESET:
        m_function.reset();
        umockdev_ioctl_client_complete(client, 0, 0);
        return true;
    case USBDEVFS_CLEAR_HALT:
        clearHalt(client, arg);
        return true;
    case USBDEVFS_SUBMITURB:
        submit(client, arg);
        return true;
    case USBDEVFS_REAPURB:
    case USBDEVFS_REAPURBNDELAY:
        reap(client, arg, request == USBDEVFS_REAPURB);
        return true;
    case USBDEVFS_DISCARDURB:
        discard(client, arg);
        return true;
    case USBDEVFS_CONTROL:
        controlIoctl(client, arg);
        return true;
    default:
        qCDebug(lcDevice) << "usbfs emulation: unhandled ioctl" << Qt::hex << request;
        umockdev_ioctl_client_complete(client, -1, ENOTTY);
        return true;
    }
}

void UsbfsEmulator::claim(UMockdevIoctlClient *client, UMockdevIoctlData *arg, bool release)
{
    UMockdevIoctlData *number = umockdev_ioctl_data_resolve(arg, 0, sizeof(unsigned int), nullptr);
    unsigned int interface = 0;
    if (number) {
        std::memcpy(&interface, number->data, sizeof interface);
        umockdev_ioctl_data_unref(number);
    }
    if (!number || interface != 0) {
        umockdev_ioctl_client_complete(client, -1, EINVAL);
        return;
    }
    if (release) {
        if (m_claimedBy == client)
            m_claimedBy = nullptr;
        umockdev_ioctl_client_complete(client, 0, 0);
        return;
    }
    if (m_claimBusy || (m_busyCheck && m_busyCheck()) || (m_claimedBy && m_claimedBy != client)) {
        umockdev_ioctl_client_complete(client, -1, EBUSY);
        return;
    }
    m_claimedBy = client;
    umockdev_ioctl_client_complete(client, 0, 0);
}

void UsbfsEmulator::clearHalt(UMockdevIoctlClient *client, UMockdevIoctlData *arg)
{
    UMockdevIoctlData *endpoint = umockdev_ioctl_data_resolve(arg, 0, sizeof(unsigned int), nullptr);
    if (!endpoint) {
        umockdev_ioctl_client_complete(client, -1, EFAULT);
        return;
    }
    unsigned int address = 0;
    std::memcpy(&address, endpoint->data, sizeof address);
    umockdev_ioctl_data_unref(endpoint);
    m_function.clearHalt((address & 0x80) != 0);
    umockdev_ioctl_client_complete(client, 0, 0);
}

void UsbfsEmulator::submit(UMockdevIoctlClient *client, UMockdevIoctlData *arg)
{
    Urb urb;
    urb.urb = umockdev_ioctl_data_resolve(arg, 0, sizeof(usbdevfs_urb), nullptr);
    if (!urb.urb) {
        umockdev_ioctl_client_complete(client, -1, EFAULT);
        return;
    }
    usbdevfs_urb *h = header(urb.urb);
    const bool control = h->type == USBDEVFS_URB_TYPE_CONTROL;
    const bool knownEndpoint =
        (control && h->endpoint == 0)
        || (h->type == USBDEVFS_URB_TYPE_BULK
            && (h->endpoint == UsbDescriptors::kBulkIn || h->endpoint == UsbDescriptors::kBulkOut))
        || (h->type == USBDEVFS_URB_TYPE_INTERRUPT && h->endpoint == UsbDescriptors::kInterruptIn);
    if (!knownEndpoint || h->buffer_length < (control ? kSetupSize : 0)
        || h->buffer_length > kMaxUrbBuffer) {
        unrefData(urb.urb);
        umockdev_ioctl_client_complete(client, -1, EINVAL);
        return;
    }
    if (h->buffer_length > 0) {
        urb.buffer = umockdev_ioctl_data_resolve(urb.urb, offsetof(usbdevfs_urb, buffer),
                                                 gsize(h->buffer_length), nullptr);
        if (!urb.buffer) {
            unrefData(urb.urb);
            umockdev_ioctl_client_complete(client, -1, EFAULT);
            return;
        }
    }
    // Nothing in the local copy may change before the submit completes: umockdev would write it
    // back now, and later only what differs from what it loaded.
    urb.client = UMOCKDEV_IOCTL_CLIENT(g_object_ref(client));
    umockdev_ioctl_client_complete(client, 0, 0);

    if (control) {
        processControl(urb);
        finish(urb, header(urb.urb)->status);
    } else if (h->type == USBDEVFS_URB_TYPE_INTERRUPT) {
        m_interruptQueue.push_back(urb);
    } else if (h->endpoint & 0x80) {
        m_inQueue.push_back(urb);
    } else {
        m_outQueue.push_back(urb);
    }
    pumpLocked();
}

void UsbfsEmulator::reap(UMockdevIoctlClient *client, UMockdevIoctlData *arg, bool wait,
                         bool pumpFirst)
{
    if (pumpFirst)
        pumpLocked();
    for (auto it = m_done.begin(); it != m_done.end(); ++it) {
        if (it->client != client)
            continue;
        UMockdevIoctlData *target = umockdev_ioctl_data_resolve(arg, 0, sizeof(void *), nullptr);
        if (!target) {
            umockdev_ioctl_client_complete(client, -1, EFAULT);
            return;
        }
        Urb urb = *it;
        m_done.erase(it);
        // Hands our local copy (and its buffer) back; umockdev writes it into the client.
        umockdev_ioctl_data_set_ptr(target, 0, urb.urb);
        umockdev_ioctl_client_complete(client, 0, 0);
        umockdev_ioctl_data_unref(target);
        freeUrb(urb);
        return;
    }
    if (m_disconnected) {
        umockdev_ioctl_client_complete(client, -1, ENODEV);
    } else if (wait) {
        m_waitingReapers.append(UMOCKDEV_IOCTL_CLIENT(g_object_ref(client)));
    } else {
        umockdev_ioctl_client_complete(client, -1, EAGAIN);
    }
}

void UsbfsEmulator::completeReapers()
{
    const QList<UMockdevIoctlClient *> waiting = std::exchange(m_waitingReapers, {});
    for (UMockdevIoctlClient *client : waiting) {
        reap(client, umockdev_ioctl_client_get_arg(client), true, false);
        g_object_unref(client);
    }
}

void UsbfsEmulator::discard(UMockdevIoctlClient *client, UMockdevIoctlData *arg)
{
    if (arg->data_len < int(sizeof(void *))) {
        umockdev_ioctl_client_complete(client, -1, EINVAL);
        return;
    }
    gulong address = 0;
    std::memcpy(&address, arg->data, sizeof(void *));
    for (auto *queue : {&m_outQueue, &m_inQueue, &m_interruptQueue}) {
        for (auto it = queue->begin(); it != queue->end(); ++it) {
            if (it->client != client || it->urb->client_addr != address)
                continue;
            Urb urb = *it;
            queue->erase(it);
            header(urb.urb)->actual_length = urb.filled;
            finish(urb, -ENOENT);
            umockdev_ioctl_client_complete(client, 0, 0);
            completeReapers();
            return;
        }
    }
    umockdev_ioctl_client_complete(client, -1, EINVAL);  // already completed
}

void UsbfsEmulator::controlIoctl(UMockdevIoctlClient *client, UMockdevIoctlData *arg)
{
    UMockdevIoctlData *request = umockdev_ioctl_data_resolve(arg, 0, sizeof(usbdevfs_ctrltransfer),
                                                             nullptr);
    if (!request) {
        umockdev_ioctl_client_complete(client, -1, EFAULT);
        return;
    }
    auto *transfer = reinterpret_cast<usbdevfs_ctrltransfer *>(request->data);
    unsigned char setup[kSetupSize] = {transfer->bRequestType, transfer->bRequest,
                                       quint8(transfer->wValue), quint8(transfer->wValue >> 8),
                                       quint8(transfer->wIndex), quint8(transfer->wIndex >> 8),
                                       quint8(transfer->wLength), quint8(transfer->wLength >> 8)};
    UMockdevIoctlData *data = nullptr;
    if (transfer->wLength > 0) {
        data = umockdev_ioctl_data_resolve(request, offsetof(usbdevfs_ctrltransfer, data),
                                           transfer->wLength, nullptr);
    }
    const int result = (transfer->wLength > 0 && !data)
                           ? -EFAULT
                           : control(setup, bufferOf(data), transfer->wLength);
    umockdev_ioctl_client_complete(client, result < 0 ? -1 : result, result < 0 ? -result : 0);
    unrefData(data);
    umockdev_ioctl_data_unref(request);
}

void UsbfsEmulator::freeUrb(Urb &urb)
{
    unrefData(urb.buffer);
    unrefData(urb.urb);
    if (urb.client)
        g_object_unref(urb.client);
    urb = Urb{};
}

} // namespace Lifeboat
