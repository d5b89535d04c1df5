#include "device/transport/LoopbackTransport.h"

#include "device/DeviceLog.h"
#include "device/virtual/UsbFunction.h"

#include <algorithm>
#include <cstring>

namespace Lifeboat {

namespace {

using Clock = std::chrono::steady_clock;

// Large enough to keep per-call overhead negligible, small enough that abort() is seen quickly.
constexpr qsizetype MaxSliceBytes = 4 * 1024 * 1024;

} // namespace

LoopbackTransport::LoopbackTransport(UsbFunction &function) : m_function(function) {}

int LoopbackTransport::maxPacketSize() const
{
    return m_function.maxPacketSize();
}

Status LoopbackTransport::bulkOut(QByteArrayView data, bool endOfContainer,
                                  std::chrono::milliseconds timeout)
{
    const qsizetype packet = m_function.maxPacketSize();
    const auto deadline = Clock::now() + timeout;
    const bool zeroLengthPacketDue = endOfContainer && data.size() % packet == 0;

    qsizetype sent = 0;
    bool zeroLengthPacketSent = !zeroLengthPacketDue;
    int attempt = 0;
    while (sent < data.size() || !zeroLengthPacketSent) {
        if (m_aborted.load())
            return cancelledError();
        const bool sendingZeroLengthPacket = sent == data.size();
        qsizetype slice = std::min(MaxSliceBytes, data.size() - sent);
        // Only the very last slice may end with a short packet.
        if (sent + slice < data.size())
            slice -= slice % packet;
        const QByteArrayView piece =
            sendingZeroLengthPacket ? QByteArrayView() : data.sliced(sent, slice);
        switch (m_function.bulkOut(piece)) {
        case UsbFunction::OutStatus::Accepted:
            if (sendingZeroLengthPacket)
                zeroLengthPacketSent = true;
            else
                sent += slice;
            attempt = 0;
            continue;
        case UsbFunction::OutStatus::Nak:
            if (Clock::now() >= deadline)
                return timeoutError("bulk OUT");
            if (!waitAfterNak(attempt++))
                return cancelledError();
            continue;
        case UsbFunction::OutStatus::Stall:
            return stallError("bulk OUT");
        case UsbFunction::OutStatus::Disconnected:
            return disconnectedError();
        }
    }
    return {};
}

Result<qsizetype> LoopbackTransport::bulkIn(char *buffer, qsizetype capacity,
                                           std::chrono::milliseconds timeout)
{
    const qsizetype packet = m_function.maxPacketSize();
    if (capacity <= 0 || capacity % packet != 0)
        return Error(ErrorCode::Internal, tr("Internal error while reading from the handset."),
                     QStringLiteral("bulk IN capacity %1 is not a multiple of %2")
                         .arg(capacity).arg(packet));
    const auto deadline = Clock::now() + timeout;
    qsizetype received = 0;
    int attempt = 0;
    while (received < capacity) {
        if (m_aborted.load())
            return cancelledError();
        const qsizetype want = std::min(MaxSliceBytes, capacity - received);
        UsbFunction::InResult in = m_function.bulkIn(want);
        switch (in.status) {
        case UsbFunction::InResult::Status::Data: {
            const qsizetype n = std::min<qsizetype>(in.data.size(), want);
            std::memcpy(buffer + received, in.data.constData(), size_t(n));
            received += n;
            attempt = 0;
            if (in.transferEnded)
                return received;
            continue;
        }
        case UsbFunction::InResult::Status::Nak:
            if (Clock::now() >= deadline)
                return timeoutError("bulk IN");
            if (!waitAfterNak(attempt++))
                return cancelledError();
            continue;
        case UsbFunction::InResult::Status::Stall:
            return stallError("bulk IN");
        case UsbFunction::InResult::Status::Disconnected:
            return disconnectedError();
        }
    }
    return received;
}

Result<QByteArray> LoopbackTransport::interruptIn(std::chrono::milliseconds timeout)
{
    const auto deadline = Clock::now() + timeout;
    int attempt = 0;
    for (;;) {
        if (m_aborted.load())
            return cancelledError();
        UsbFunction::InResult in = m_function.interruptIn();
        switch (in.status) {
        case UsbFunction::InResult::Status::Data:
            return in.data;
        case UsbFunction::InResult::Status::Nak:
            if (Clock::now() >= deadline)
                return QByteArray();
            if (!waitAfterNak(attempt++))
                return cancelledError();
            continue;
        case UsbFunction::InResult::Status::Stall:
            return stallError("interrupt IN");
        case UsbFunction::InResult::Status::Disconnected:
            return disconnectedError();
        }
    }
}

Result<QByteArray> LoopbackTransport::control(quint8 requestType, quint8 request, quint16 value,
                                              quint16 index, QByteArrayView dataOut,
                                              quint16 lengthIn, std::chrono::milliseconds)
{
    if (m_aborted.load())
        return cancelledError();
    UsbFunction::ControlResult result =
        m_function.control(requestType, request, value, index, dataOut, lengthIn);
    if (result.disconnected)
        return disconnectedError();
    if (result.stalled)
        return stallError("control");
    if (result.data.size() > lengthIn)
        result.data.truncate(lengthIn);
    return result.data;
}

Status LoopbackTransport::clearHalt(Endpoint endpoint)
{
    if (!m_function.connected())
        return disconnectedError();
    m_function.clearHalt(endpoint != Endpoint::BulkOut);
    return {};
}

void LoopbackTransport::abort()
{
    {
        std::lock_guard lock(m_waitMutex);
        m_aborted.store(true);
    }
    m_wake.notify_all();
}

void LoopbackTransport::resume()
{
    m_aborted.store(false);
}

bool LoopbackTransport::waitAfterNak(int attempt)
{
    // Spin briefly first: the virtual handset usually answers on the next poll.
    if (attempt < 4)
        return !m_aborted.load();
    const auto pause = std::chrono::microseconds(std::min(2000, 50 << std::min(attempt - 4, 6)));
    std::unique_lock lock(m_waitMutex);
    m_wake.wait_for(lock, pause, [this] { return m_aborted.load(); });
    return !m_aborted.load();
}

Error LoopbackTransport::cancelledError() const
{
    return Error(ErrorCode::Cancelled, tr("The transfer was cancelled."),
                 QStringLiteral("loopback transport aborted"));
}

Error LoopbackTransport::timeoutError(const char *what) const
{
    return Error(ErrorCode::DeviceIo,
                 tr("The handset stopped answering. Unplug it, plug it in again and retry."),
                 QStringLiteral("%1 timed out").arg(QLatin1String(what)));
}

Error LoopbackTransport::disconnectedError() const
{
    return Error(ErrorCode::NoDevice,
                 tr("The handset was disconnected. Plug it in again and retry."),
                 QStringLiteral("virtual device unplugged"));
}

Error LoopbackTransport::stallError(const char *what) const
{
    qCDebug(lcDevice, "loopback: %s endpoint stalled", what);
    return Error(ErrorCode::DeviceIo,
                 tr("The handset refused a transfer. Unplug it, plug it in again and retry."),
                 QStringLiteral("%1 endpoint stalled").arg(QLatin1String(what)));
}

} // namespace Lifeboat
