#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QByteArrayView>

#include <chrono>

namespace Lifeboat {

// The host side of a USB link to one MTP interface: bulk OUT, bulk IN, interrupt IN and the
// control endpoint, with USB's packet rules kept. The MTP initiator is written against this, so
// the same code runs over libusb (UsbTransport) and in-process over a virtual handset
// (LoopbackTransport).
//
// Threading: one thread drives a transport; abort() may be called from any other thread.
class Transport
{
public:
    enum class Endpoint { BulkIn, BulkOut, InterruptIn };

    virtual ~Transport() = default;

    // wMaxPacketSize of the bulk endpoints: 64 at full speed, 512 at high speed, 1024 at super.
    virtual int maxPacketSize() const = 0;

    // Sends `data` as one transfer on bulk OUT. When `endOfContainer` is set and the data fills
    // whole packets, a zero-length packet follows so the device sees the container end.
    // Callers may send a container in several calls (header, then payload pieces); only the
    // last one sets `endOfContainer`.
    virtual Status bulkOut(QByteArrayView data, bool endOfContainer,
                           std::chrono::milliseconds timeout) = 0;

    // Receives one transfer on bulk IN into `buffer` (`capacity` a multiple of maxPacketSize())
    // and returns the number of bytes received. The transfer ends at a short packet (a
    // zero-length packet returns 0) or when the buffer is full, in which case more data of the
    // same container may follow. Implementations may keep transfers in flight between calls,
    // but deliver bytes in order and keep every short-packet boundary.
    virtual Result<qsizetype> bulkIn(char *buffer, qsizetype capacity,
                                     std::chrono::milliseconds timeout) = 0;

    // Waits up to `timeout` for one packet on the interrupt endpoint (an MTP event container).
    // Returns an empty array when none arrived.
    virtual Result<QByteArray> interruptIn(std::chrono::milliseconds timeout) = 0;

    // A control transfer on endpoint 0 (the MTP class requests: cancel, device status, reset).
    // Returns the data stage of an IN request (up to `lengthIn` bytes), or empty.
    virtual Result<QByteArray> control(quint8 requestType, quint8 request, quint16 value,
                                       quint16 index, QByteArrayView dataOut, quint16 lengthIn,
                                       std::chrono::milliseconds timeout) = 0;

    virtual Status clearHalt(Endpoint endpoint) = 0;

    // Makes transfers in progress, and every later call, fail promptly with ErrorCode::Cancelled
    // until resume(). Safe from any thread.
    virtual void abort() = 0;
    virtual void resume() = 0;
};

} // namespace Lifeboat
