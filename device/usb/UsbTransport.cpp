#include "device/usb/UsbTransport.h"

#include "device/DeviceLog.h"
#include "device/usb/UsbContext.h"
#include "device/usb/UsbError.h"
#include "device/usb/UsbTransfer.h"

#include <libusb.h>

#include <cstring>
#include <limits>
#include <utility>

namespace Lifeboat {

namespace {

using namespace std::chrono_literals;

constexpr auto kDrainTimeout = 2s;
constexpr auto kEventSlice = 100ms;

struct Endpoints
{
    quint8 bulkIn = 0, bulkOut = 0, interruptIn = 0;
    int maxPacketSize = 0, interruptPacketSize = 0;
};

std::optional<Endpoints> findEndpoints(libusb_device *device, int interfaceNumber)
{
    libusb_config_descriptor *config = nullptr;
    if (libusb_get_active_config_descriptor(device, &config) != LIBUSB_SUCCESS)
        return std::nullopt;
    std::optional<Endpoints> found;
    for (int i = 0; i < config->bNumInterfaces && !found; ++i) {
        const libusb_interface &interface = config->interface[i];
        if (interface.num_altsetting < 1
            || interface.altsetting[0].bInterfaceNumber != interfaceNumber)
            continue;
        const libusb_interface_descriptor &alt = interface.altsetting[0];
        Endpoints endpoints;
        for (int e = 0; e < alt.bNumEndpoints; ++e) {
            const libusb_endpoint_descriptor &ep = alt.endpoint[e];
            const int type = ep.bmAttributes & LIBUSB_TRANSFER_TYPE_MASK;
            const bool in = (ep.bEndpointAddress & LIBUSB_ENDPOINT_IN) != 0;
            const int packet = ep.wMaxPacketSize & 0x7ff;
            if (type == LIBUSB_TRANSFER_TYPE_BULK && in) {
                endpoints.bulkIn = ep.bEndpointAddress;
                endpoints.maxPacketSize = packet;
            } else if (type == LIBUSB_TRANSFER_TYPE_BULK) {
                endpoints.bulkOut = ep.bEndpointAddress;
            } else if (type == LIBUSB_TRANSFER_TYPE_INTERRUPT && in) {
                endpoints.interruptIn = ep.bEndpointAddress;
                endpoints.interruptPacketSize = packet;
            }
        }
        if (endpoints.bulkIn && endpoints.bulkOut && endpoints.interruptIn
            && endpoints.maxPacketSize > 0)
            found = endpoints;
    }
    libusb_free_config_descriptor(config);
    return found;
}

unsigned int toLibusbTimeout(std::chrono::milliseconds timeout)
{
    // libusb's 0 means "wait for ever"; a caller's 0 means "do not wait".
    return unsigned(qBound<qint64>(1, qint64(timeout.count()), qint64(std::numeric_limits<int>::max())));
}

} // namespace

Result<std::unique_ptr<UsbTransport>> UsbTransport::open(UsbContext &context, libusb_device *device,
                                                         const UsbDeviceInfo &info)
{
    const std::optional<Endpoints> endpoints = findEndpoints(device, info.interfaceNumber);
    if (!endpoints) {
        return Error(ErrorCode::Unsupported,
                     UsbError::tr("The handset does not offer file transfer (MTP). On the phone, "
                                  "choose \"File transfer\" in the USB notification."),
                     QStringLiteral("%1 %2: interface %3 lacks the MTP endpoints")
                         .arg(info.vidPid(), info.location()).arg(info.interfaceNumber));
    }
    libusb_device_handle *handle = nullptr;
    int result = libusb_open(device, &handle);
    if (result != LIBUSB_SUCCESS)
        return UsbError::fromLibusb(result, info, QStringLiteral("opening the device"));

    std::unique_ptr<UsbTransport> transport(new UsbTransport(context.nativeHandle(), handle, info));
    transport->m_bulkIn = endpoints->bulkIn;
    transport->m_bulkOut = endpoints->bulkOut;
    transport->m_interruptIn = endpoints->interruptIn;
    transport->m_maxPacketSize = endpoints->maxPacketSize;
    transport->m_interruptPacketSize = qMax(endpoints->interruptPacketSize, 64);

    if (libusb_kernel_driver_active(handle, info.interfaceNumber) == 1) {
        result = libusb_detach_kernel_driver(handle, info.interfaceNumber);
        if (result == LIBUSB_SUCCESS)
            transport->m_kernelDriverDetached = true;
        else if (result != LIBUSB_ERROR_NOT_FOUND && result != LIBUSB_ERROR_NOT_SUPPORTED)
            return UsbError::fromLibusb(result, info, QStringLiteral("detaching the kernel driver"));
    }
    result = libusb_claim_interface(handle, info.interfaceNumber);
    if (result != LIBUSB_SUCCESS) {
        return UsbError::fromLibusb(result, info, QStringLiteral("claiming the MTP interface"));
    }
    transport->m_claimed = true;
    qCInfo(lcDevice).noquote() << QStringLiteral("Claimed MTP interface %1 of %2 %3 (%4), packets of %5 bytes")
                                      .arg(info.interfaceNumber).arg(info.vidPid(), info.location(),
                                                                     info.product)
                                      .arg(transport->m_maxPacketSize);
    return transport;
}

UsbTransport::UsbTransport(libusb_context *context, libusb_device_handle *handle, UsbDeviceInfo info)
    : m_context(context), m_handle(handle), m_device(std::move(info))
{}

UsbTransport::~UsbTransport()
{
    drainReadAhead();
    if (m_interrupt)
        drain(std::move(m_interrupt));
    if (m_claimed) {
        const int released = libusb_release_interface(m_handle, m_device.interfaceNumber);
        if (released != LIBUSB_SUCCESS && released != LIBUSB_ERROR_NO_DEVICE)
            qCWarning(lcDevice) << "Releasing the interface failed:" << libusb_error_name(released);
    }
    if (m_kernelDriverDetached)
        libusb_attach_kernel_driver(m_handle, m_device.interfaceNumber);
    libusb_close(m_handle);
}

QString UsbTransport::endpointName(quint8 endpoint) const
{
    return QStringLiteral("endpoint 0x%1").arg(endpoint, 2, 16, QLatin1Char('0'));
}

int UsbTransport::submitTracked(UsbTransfer &transfer, int length, unsigned int timeoutMs,
                                bool addZeroPacket, const char *external)
{
    const std::lock_guard lock(m_trackedMutex);
    if (m_aborted)
        return LIBUSB_ERROR_INTERRUPTED;
    const int result = transfer.submit(length, timeoutMs, addZeroPacket, external);
    if (result == LIBUSB_SUCCESS)
        m_tracked.insert(&transfer);
    return result;
}

void UsbTransport::untrack(UsbTransfer &transfer)
{
    const std::lock_guard lock(m_trackedMutex);
    m_tracked.remove(&transfer);
    transfer.reap();
}

bool UsbTransport::waitFor(UsbTransfer &transfer, std::optional<Clock::time_point> deadline)
{
    while (!transfer.isCompleted()) {
        if (m_aborted)
            transfer.cancel();
        auto slice = std::chrono::duration_cast<std::chrono::microseconds>(kEventSlice);
        if (deadline) {
            const auto left = std::chrono::duration_cast<std::chrono::microseconds>(*deadline - Clock::now());
            if (left.count() <= 0)
                return false;
            slice = qMin(slice, left);
        }
        timeval tv{};
        tv.tv_sec = time_t(slice.count() / 1000000);
        tv.tv_usec = suseconds_t(slice.count() % 1000000);
        const int result = libusb_handle_events_timeout_completed(m_context, &tv,
                                                                  transfer.completedFlag());
        if (result < 0 && result != LIBUSB_ERROR_INTERRUPTED && result != LIBUSB_ERROR_TIMEOUT)
            qCWarning(lcDevice) << "libusb event handling:" << libusb_error_name(result);
    }
    untrack(transfer);
    return true;
}

void UsbTransport::drain(std::unique_ptr<UsbTransfer> transfer)
{
    if (!transfer || !transfer->inFlight()) {
        if (transfer)
            untrack(*transfer);
        return;
    }
    transfer->cancel();
    if (!waitFor(*transfer, Clock::now() + kDrainTimeout)) {
        // libusb still owns it; freeing it now would crash in the callback later.
        qCWarning(lcDevice) << "A cancelled transfer never completed; leaving it to libusb";
        const std::lock_guard lock(m_trackedMutex);
        m_tracked.remove(transfer.get());
        transfer.release();
    }
}

void UsbTransport::drainReadAhead()
{
    m_zeroLengthPending = false;
    // Cancel all first so that none of them picks up more data while we wait for the others.
    for (const auto &transfer : m_readAhead)
        transfer->cancel();
    while (!m_readAhead.empty()) {
        drain(std::move(m_readAhead.front()));
        m_readAhead.pop_front();
    }
}

void UsbTransport::drainAfterAbort()
{
    if (!m_drainNeeded.exchange(false))
        return;
    drainReadAhead();
    if (m_interrupt)
        drain(std::move(m_interrupt));
}

void UsbTransport::abort()
{
    m_aborted = true;
    m_drainNeeded = true;
    const std::lock_guard lock(m_trackedMutex);
    for (UsbTransfer *transfer : std::as_const(m_tracked))
        transfer->cancel();
    libusb_interrupt_event_handler(m_context);
}

void UsbTransport::resume()
{
    m_aborted = false;
}

Status UsbTransport::fillReadAhead()
{
    while (int(m_readAhead.size()) < kReadAhead) {
        auto transfer = std::make_unique<UsbTransfer>(m_handle, m_bulkIn, UsbTransfer::Kind::Bulk,
                                                      kTransferSize);
        // No libusb timeout: a read-ahead transfer waits for whatever comes next; the caller's
        // timeout applies to the wait.
        const int result = submitTracked(*transfer, kTransferSize, 0);
        if (result == LIBUSB_ERROR_INTERRUPTED)
            return UsbError::cancelled();
        if (result != LIBUSB_SUCCESS) {
            if (!m_readAhead.empty())
                break;  // keep going with what is in flight
            return UsbError::fromLibusb(result, m_device, QStringLiteral("reading from the handset"));
        }
        m_readAhead.push_back(std::move(transfer));
    }
    return {};
}

Result<qsizetype> UsbTransport::bulkIn(char *buffer, qsizetype capacity,
                                       std::chrono::milliseconds timeout)
{
    drainAfterAbort();
    if (m_aborted)
        return UsbError::cancelled();
    if (capacity <= 0)
        return Error(ErrorCode::Internal, UsbError::tr("Internal error: empty read buffer."),
                     QStringLiteral("bulkIn capacity %1").arg(capacity));
    if (std::exchange(m_zeroLengthPending, false))
        return qsizetype(0);
    const auto deadline = Clock::now() + timeout;
    qsizetype total = 0;
    for (;;) {
        if (Status filled = fillReadAhead(); !filled.ok()) {
            drainReadAhead();
            return filled.error();
        }
        UsbTransfer &head = *m_readAhead.front();
        if (!waitFor(head, deadline)) {
            // Data already taken from earlier transfers would be lost with its boundary, so
            // the container is broken either way: report the time-out.
            return UsbError::timedOut(m_device, endpointName(m_bulkIn));
        }
        if (head.status() != LIBUSB_TRANSFER_COMPLETED) {
            const Error error = m_aborted ? UsbError::cancelled()
                                          : UsbError::fromTransferStatus(head.status(), m_device,
                                                                         endpointName(m_bulkIn));
            drainReadAhead();
            return error;
        }
        const int available = head.actualLength() - head.consumed;
        const qsizetype n = qMin<qsizetype>(available, capacity - total);
        if (n > 0)
            std::memcpy(buffer + total, head.buffer() + head.consumed, size_t(n));
        head.consumed += int(n);
        total += n;
        if (head.consumed < head.actualLength())
            return total;  // the caller's buffer is full; the rest waits for the next call
        const bool shortTransfer = head.actualLength() < head.requestedLength();
        const int headLength = head.actualLength();
        // Recycle the exhausted transfer at the back of the queue.
        std::unique_ptr<UsbTransfer> recycled = std::move(m_readAhead.front());
        m_readAhead.pop_front();
        if (!m_aborted && submitTracked(*recycled, kTransferSize, 0) == LIBUSB_SUCCESS)
            m_readAhead.push_back(std::move(recycled));
        // The caller's read ended exactly where a zero-length packet ended this transfer: on the
        // wire that ZLP would arrive as the next read, so hand it out as one.
        if (shortTransfer && total == capacity && headLength > 0
            && headLength % m_maxPacketSize == 0)
            m_zeroLengthPending = true;
        if (shortTransfer || total == capacity)
            return total;
    }
}

Status UsbTransport::sendZeroLengthPacket(std::chrono::milliseconds timeout)
{
    UsbTransfer zlp(m_handle, m_bulkOut, UsbTransfer::Kind::Bulk, 0);
    const int result = submitTracked(zlp, 0, toLibusbTimeout(timeout));
    if (result == LIBUSB_ERROR_INTERRUPTED)
        return UsbError::cancelled();
    if (result != LIBUSB_SUCCESS)
        return UsbError::fromLibusb(result, m_device, QStringLiteral("sending a zero-length packet"));
    waitFor(zlp, std::nullopt);
    if (zlp.status() != LIBUSB_TRANSFER_COMPLETED)
        return UsbError::fromTransferStatus(zlp.status(), m_device, endpointName(m_bulkOut));
    return {};
}

Status UsbTransport::bulkOut(QByteArrayView data, bool endOfContainer,
                             std::chrono::milliseconds timeout)
{
    drainAfterAbort();
    if (m_aborted)
        return UsbError::cancelled();
    const bool needsZlp = endOfContainer && data.size() % m_maxPacketSize == 0;
    if (data.isEmpty())
        return needsZlp ? sendZeroLengthPacket(timeout) : Status{};

    std::deque<std::unique_ptr<UsbTransfer>> inFlight;
    qsizetype submitted = 0;
    bool explicitZlp = false;
    Status status;
    while ((submitted < data.size() || !inFlight.empty()) && status.ok()) {
        while (submitted < data.size() && int(inFlight.size()) < kReadAhead) {
            const int length = int(qMin<qsizetype>(kTransferSize, data.size() - submitted));
            const bool last = submitted + length == data.size();
            auto transfer = std::make_unique<UsbTransfer>(m_handle, m_bulkOut,
                                                          UsbTransfer::Kind::Bulk, 0);
            const bool zeroFlag = last && needsZlp && m_zeroPacketFlagWorks;
            int result = submitTracked(*transfer, length, toLibusbTimeout(timeout), zeroFlag,
                                       data.data() + submitted);
            if (result == LIBUSB_ERROR_NOT_SUPPORTED && zeroFlag) {
                m_zeroPacketFlagWorks = false;
                result = submitTracked(*transfer, length, toLibusbTimeout(timeout), false,
                                       data.data() + submitted);
            }
            if (result != LIBUSB_SUCCESS) {
                status = result == LIBUSB_ERROR_INTERRUPTED
                             ? Status(UsbError::cancelled())
                             : Status(UsbError::fromLibusb(result, m_device,
                                                           QStringLiteral("writing to the handset")));
                break;
            }
            explicitZlp = last && needsZlp && !m_zeroPacketFlagWorks;
            submitted += length;
            inFlight.push_back(std::move(transfer));
        }
        if (inFlight.empty() || !status.ok())
            break;
        UsbTransfer &head = *inFlight.front();
        waitFor(head, std::nullopt);  // libusb applies the timeout to each transfer
        if (head.status() != LIBUSB_TRANSFER_COMPLETED) {
            status = m_aborted ? UsbError::cancelled()
                               : UsbError::fromTransferStatus(head.status(), m_device,
                                                              endpointName(m_bulkOut));
        } else if (head.actualLength() != head.requestedLength()) {
            status = Error(ErrorCode::DeviceIo,
                           UsbError::tr("The handset accepted only part of the data. Unplug it, "
                                        "plug it in again and retry."),
                           QStringLiteral("%1 of %2 bytes written").arg(head.actualLength())
                               .arg(head.requestedLength()));
        }
        inFlight.pop_front();
    }
    while (!inFlight.empty()) {
        drain(std::move(inFlight.front()));
        inFlight.pop_front();
    }
    if (status.ok() && explicitZlp)
        return sendZeroLengthPacket(timeout);
    return status;
}

Result<QByteArray> UsbTransport::interruptIn(std::chrono::milliseconds timeout)
{
    drainAfterAbort();
    if (m_aborted)
        return UsbError::cancelled();
    if (!m_interrupt) {
        m_interrupt = std::make_unique<UsbTransfer>(m_handle, m_interruptIn,
                                                    UsbTransfer::Kind::Interrupt,
                                                    m_interruptPacketSize);
    }
    if (!m_interrupt->inFlight() && !m_interrupt->isCompleted()) {
        const int result = submitTracked(*m_interrupt, m_interruptPacketSize, 0);
        if (result == LIBUSB_ERROR_INTERRUPTED)
            return UsbError::cancelled();
        if (result != LIBUSB_SUCCESS)
            return UsbError::fromLibusb(result, m_device, QStringLiteral("waiting for events"));
    }
    if (!waitFor(*m_interrupt, Clock::now() + timeout))
        return QByteArray();  // stays pending for the next call
    const int status = m_interrupt->status();
    QByteArray event(reinterpret_cast<const char *>(m_interrupt->buffer()),
                     m_interrupt->actualLength());
    m_interrupt.reset();  // the next call submits a fresh one
    if (status != LIBUSB_TRANSFER_COMPLETED)
        return m_aborted ? UsbError::cancelled()
                         : UsbError::fromTransferStatus(status, m_device, endpointName(m_interruptIn));
    return event;
}

Result<QByteArray> UsbTransport::control(quint8 requestType, quint8 request, quint16 value,
                                         quint16 index, QByteArrayView dataOut, quint16 lengthIn,
                                         std::chrono::milliseconds timeout)
{
    drainAfterAbort();
    if (m_aborted)
        return UsbError::cancelled();
    const bool in = (requestType & LIBUSB_ENDPOINT_IN) != 0;
    if (!in && dataOut.size() > 0xffff)
        return Error(ErrorCode::Internal, UsbError::tr("Internal error: control data too long."),
                     QStringLiteral("%1 bytes").arg(dataOut.size()));
    const quint16 length = in ? lengthIn : quint16(dataOut.size());
    UsbTransfer transfer(m_handle, 0, UsbTransfer::Kind::Control, LIBUSB_CONTROL_SETUP_SIZE + length);
    libusb_fill_control_setup(transfer.buffer(), requestType, request, value, index, length);
    if (!in && length > 0)
        std::memcpy(transfer.buffer() + LIBUSB_CONTROL_SETUP_SIZE, dataOut.data(), length);
    const int result = submitTracked(transfer, LIBUSB_CONTROL_SETUP_SIZE + length,
                                     toLibusbTimeout(timeout));
    if (result == LIBUSB_ERROR_INTERRUPTED)
        return UsbError::cancelled();
    if (result != LIBUSB_SUCCESS)
        return UsbError::fromLibusb(result, m_device, QStringLiteral("a control request"));
    waitFor(transfer, std::nullopt);
    if (transfer.status() != LIBUSB_TRANSFER_COMPLETED)
        return m_aborted ? UsbError::cancelled()
                         : UsbError::fromTransferStatus(transfer.status(), m_device,
                                                        QStringLiteral("control endpoint"));
    if (!in)
        return QByteArray();
    return QByteArray(reinterpret_cast<const char *>(transfer.buffer()) + LIBUSB_CONTROL_SETUP_SIZE,
                      qMin(transfer.actualLength(), int(length)));
}

Status UsbTransport::clearHalt(Endpoint endpoint)
{
    quint8 address = m_bulkIn;
    if (endpoint == Endpoint::BulkOut)
        address = m_bulkOut;
    else if (endpoint == Endpoint::InterruptIn)
        address = m_interruptIn;
    if (endpoint == Endpoint::BulkIn)
        drainReadAhead();  // nothing may be queued on a halted endpoint while it is cleared
    const int result = libusb_clear_halt(m_handle, address);
    if (result != LIBUSB_SUCCESS)
        return UsbError::fromLibusb(result, m_device,
                                    QStringLiteral("clearing the halt of %1").arg(endpointName(address)));
    return {};
}

} // namespace Lifeboat
