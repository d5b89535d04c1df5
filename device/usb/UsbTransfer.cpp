#include "device/usb/UsbTransfer.h"

#include <libusb.h>

namespace Lifeboat {

UsbTransfer::UsbTransfer(libusb_device_handle *handle, quint8 endpoint, Kind kind, int capacity)
    : m_transfer(libusb_alloc_transfer(0)), m_buffer(qMax(capacity, 0), Qt::Uninitialized),
      m_kind(kind)
{
    m_transfer->dev_handle = handle;
    m_transfer->endpoint = endpoint;
    m_transfer->callback = &UsbTransfer::onCompleted;
    m_transfer->user_data = this;
    switch (kind) {
    case Kind::Bulk: m_transfer->type = LIBUSB_TRANSFER_TYPE_BULK; break;
    case Kind::Interrupt: m_transfer->type = LIBUSB_TRANSFER_TYPE_INTERRUPT; break;
    case Kind::Control: m_transfer->type = LIBUSB_TRANSFER_TYPE_CONTROL; break;
    }
}

UsbTransfer::~UsbTransfer()
{
    libusb_free_transfer(m_transfer);
}

int UsbTransfer::submit(int length, unsigned int timeoutMs, bool addZeroPacket, const char *external)
{
    m_completed = 0;
    m_cancelRequested = false;
    consumed = 0;
    m_requested = length;
    // libusb takes a non-const pointer for every direction; an OUT transfer only reads it.
    m_transfer->buffer = external ? reinterpret_cast<unsigned char *>(const_cast<char *>(external))
                                  : buffer();
    m_transfer->length = length;
    m_transfer->timeout = timeoutMs;
    m_transfer->flags = addZeroPacket ? LIBUSB_TRANSFER_ADD_ZERO_PACKET : 0;
    m_transfer->actual_length = 0;
    const int result = libusb_submit_transfer(m_transfer);
    m_inFlight = result == LIBUSB_SUCCESS;
    return result;
}

void UsbTransfer::cancel()
{
    if (!m_inFlight || m_completed || m_cancelRequested)
        return;
    m_cancelRequested = true;
    libusb_cancel_transfer(m_transfer);
}

int UsbTransfer::status() const
{
    return m_transfer->status;
}

int UsbTransfer::actualLength() const
{
    return m_transfer->actual_length;
}

void UsbTransfer::onCompleted(libusb_transfer *transfer)
{
    static_cast<UsbTransfer *>(transfer->user_data)->m_completed = 1;
}

} // namespace Lifeboat
