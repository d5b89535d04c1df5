#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <atomic>

struct libusb_device_handle;
struct libusb_transfer;

namespace Lifeboat {

// One asynchronous libusb transfer and its buffer. The completion callback only records the
// result (it runs inside libusb's event handling, possibly on another thread); the owner waits
// for it with libusb_handle_events_timeout_completed() on completedFlag().
//
// Never destroy a submitted transfer: cancel it and wait for completion first.
class UsbTransfer
{
    Q_DISABLE_COPY_MOVE(UsbTransfer)

public:
    enum class Kind { Bulk, Interrupt, Control };

    UsbTransfer(libusb_device_handle *handle, quint8 endpoint, Kind kind, int capacity);
    ~UsbTransfer();

    // Submits a transfer of `length` bytes from the own buffer (IN, control) or from `external`
    // (bulk OUT without copying; it must stay valid until completion). 0 or a libusb_error.
    int submit(int length, unsigned int timeoutMs, bool addZeroPacket = false,
               const char *external = nullptr);
    // Asks libusb to cancel; completion still arrives (as CANCELLED) and must be waited for.
    void cancel();

    bool inFlight() const { return m_inFlight && !m_completed; }
    bool isCompleted() const { return m_completed != 0; }
    int *completedFlag() { return &m_completed; }
    // After completion: the libusb_transfer_status, and the bytes moved.
    int status() const;
    int actualLength() const;
    int requestedLength() const { return m_requested; }
    // Marks the completion as seen, so that the transfer can be submitted again.
    void reap() { m_inFlight = false; }

    unsigned char *buffer() { return reinterpret_cast<unsigned char *>(m_buffer.data()); }
    // Bytes of a completed IN transfer already handed to the caller.
    int consumed = 0;

private:
    static void onCompleted(libusb_transfer *transfer);

    libusb_transfer *m_transfer = nullptr;
    QByteArray m_buffer;
    Kind m_kind;
    int m_requested = 0;
    int m_completed = 0;
    // Read by abort() on another thread.
    std::atomic<bool> m_inFlight = false;
    std::atomic<bool> m_cancelRequested = false;
};

} // namespace Lifeboat
