// UsbfsEmulator, part two: moving URB data between the host and the function, packet rules kept.

#include "device/usb/umockdev/UsbfsEmulator.h"

#include <umockdev.h>

#include <linux/ioctl.h>
#include <linux/usbdevice_fs.h>

#include <cerrno>
#include <cstring>

namespace Lifeboat {

namespace {

constexpr int kSetupSize = 8;

usbdevfs_urb *header(UMockdevIoctlData *urb)
{
    return reinterpret_cast<usbdevfs_urb *>(urb->data);
}

unsigned char *bufferOf(UMockdevIoctlData *buffer)
{
    return buffer ? buffer->data : nullptr;
}

} // namespace

void UsbfsEmulator::pumpLocked()
{
    bool finished = false;
    while (!m_outQueue.empty() && processOut(m_outQueue.front())) {
        finish(m_outQueue.front(), header(m_outQueue.front().urb)->status);
        m_outQueue.pop_front();
        finished = true;
    }
    while (!m_inQueue.empty() && processIn(m_inQueue.front())) {
        finish(m_inQueue.front(), header(m_inQueue.front().urb)->status);
        m_inQueue.pop_front();
        finished = true;
    }
    while (!m_interruptQueue.empty() && processInterrupt(m_interruptQueue.front())) {
        finish(m_interruptQueue.front(), header(m_interruptQueue.front().urb)->status);
        m_interruptQueue.pop_front();
        finished = true;
    }
    if (finished && !m_waitingReapers.isEmpty())
        completeReapers();
}

void UsbfsEmulator::finish(Urb urb, int status)
{
    usbdevfs_urb *h = header(urb.urb);
    h->status = status;
    if (status == -ENODEV)
        h->actual_length = urb.filled;
    m_done.push_back(urb);
}

bool UsbfsEmulator::processOut(Urb &urb)
{
    usbdevfs_urb *h = header(urb.urb);
    const int length = h->buffer_length;
    const bool zeroPacket = (h->flags & USBDEVFS_URB_ZERO_PACKET) && length > 0
                            && length % m_maxPacketSize == 0;
    UsbFunction::OutStatus status = UsbFunction::OutStatus::Accepted;
    if (!urb.dataSent) {
        status = m_function.bulkOut(QByteArrayView(reinterpret_cast<const char *>(bufferOf(urb.buffer)),
                                                   length));
        if (status == UsbFunction::OutStatus::Accepted) {
            urb.dataSent = true;
            urb.filled = length;
            m_bytesMoved += length;
        }
    }
    if (status == UsbFunction::OutStatus::Accepted && zeroPacket)
        status = m_function.bulkOut(QByteArrayView());
    switch (status) {
    case UsbFunction::OutStatus::Accepted:
        h->actual_length = length;
        h->status = 0;
        return true;
    case UsbFunction::OutStatus::Nak:
        return false;
    case UsbFunction::OutStatus::Stall:
        h->actual_length = urb.filled;
        h->status = -EPIPE;
        return true;
    case UsbFunction::OutStatus::Disconnected:
        m_functionGone = true;
        h->status = -ENODEV;
        return true;
    }
    return false;
}

bool UsbfsEmulator::processIn(Urb &urb)
{
    usbdevfs_urb *h = header(urb.urb);
    const int room = h->buffer_length - urb.filled;
    // The host reads whole packets; a buffer smaller than one packet overflows on a long one.
    const int ask = qMax(room - room % m_maxPacketSize, m_maxPacketSize);
    const UsbFunction::InResult result = m_function.bulkIn(ask);
    switch (result.status) {
    case UsbFunction::InResult::Status::Nak:
        return false;
    case UsbFunction::InResult::Status::Stall:
        h->actual_length = urb.filled;
        h->status = -EPIPE;
        return true;
    case UsbFunction::InResult::Status::Disconnected:
        m_functionGone = true;
        h->actual_length = urb.filled;
        h->status = -ENODEV;
        return true;
    case UsbFunction::InResult::Status::Data:
        break;
    }
    const int size = int(qMin<qsizetype>(result.data.size(), room));
    std::memcpy(bufferOf(urb.buffer) + urb.filled, result.data.constData(), size_t(size));
    urb.filled += size;
    m_bytesMoved += size;
    h->actual_length = urb.filled;
    if (result.data.size() > room) {
        h->status = -EOVERFLOW;
        return true;
    }
    const bool shortPacket = result.transferEnded || size % m_maxPacketSize != 0;
    h->status = 0;
    return shortPacket || h->buffer_length - urb.filled < m_maxPacketSize;
}

bool UsbfsEmulator::processInterrupt(Urb &urb)
{
    usbdevfs_urb *h = header(urb.urb);
    const UsbFunction::InResult result = m_function.interruptIn();
    switch (result.status) {
    case UsbFunction::InResult::Status::Nak:
        return false;
    case UsbFunction::InResult::Status::Stall:
        h->status = -EPIPE;
        return true;
    case UsbFunction::InResult::Status::Disconnected:
        m_functionGone = true;
        h->status = -ENODEV;
        return true;
    case UsbFunction::InResult::Status::Data:
        break;
    }
    const int size = int(qMin<qsizetype>(result.data.size(), h->buffer_length));
    std::memcpy(bufferOf(urb.buffer), result.data.constData(), size_t(size));
    urb.filled = size;
    h->actual_length = size;
    h->status = result.data.size() > h->buffer_length ? -EOVERFLOW : 0;
    return true;
}

bool UsbfsEmulator::processControl(Urb &urb)
{
    usbdevfs_urb *h = header(urb.urb);
    unsigned char *buffer = bufferOf(urb.buffer);
    const int result = control(buffer, buffer + kSetupSize, h->buffer_length - kSetupSize);
    h->status = result < 0 ? result : 0;
    h->actual_length = result < 0 ? 0 : result;
    return true;
}

int UsbfsEmulator::control(const unsigned char *setup, unsigned char *data, int capacity)
{
    const int result = m_control.handle(setup, data, capacity);
    if (result == -ENODEV)
        m_functionGone = true;
    return result;
}

} // namespace Lifeboat
