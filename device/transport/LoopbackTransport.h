#pragma once

#include "device/transport/Transport.h"

#include <QCoreApplication>

#include <atomic>
#include <condition_variable>
#include <mutex>

namespace Lifeboat {

class UsbFunction;

// A Transport that talks in-process to a UsbFunction (the virtual handset), keeping USB's packet
// rules: a transfer ends at a short packet, a container that fills whole packets is followed by a
// zero-length packet, a NAK means "ask again later". Data crosses in large slices, not packet by
// packet, so hundreds of MB/s pass through it.
//
// The function is not owned and must outlive the transport.
class LoopbackTransport final : public Transport
{
    Q_DECLARE_TR_FUNCTIONS(Lifeboat::LoopbackTransport)

public:
    explicit LoopbackTransport(UsbFunction &function);

    int maxPacketSize() const override;
    Status bulkOut(QByteArrayView data, bool endOfContainer,
                   std::chrono::milliseconds timeout) override;
    Result<qsizetype> bulkIn(char *buffer, qsizetype capacity,
                             std::chrono::milliseconds timeout) override;
    Result<QByteArray> interruptIn(std::chrono::milliseconds timeout) override;
    Result<QByteArray> control(quint8 requestType, quint8 request, quint16 value, quint16 index,
                               QByteArrayView dataOut, quint16 lengthIn,
                               std::chrono::milliseconds timeout) override;
    Status clearHalt(Endpoint endpoint) override;
    void abort() override;
    void resume() override;

private:
    // Sleeps a little after a NAK (longer the longer the NAKs go on); false when aborted.
    bool waitAfterNak(int attempt);
    Error cancelledError() const;
    Error timeoutError(const char *what) const;
    Error disconnectedError() const;
    Error stallError(const char *what) const;

    UsbFunction &m_function;
    std::atomic<bool> m_aborted{false};
    std::mutex m_waitMutex;
    std::condition_variable m_wake;
};

} // namespace Lifeboat
