#pragma once

#include "device/virtual/UsbFunction.h"

#include <QByteArray>
#include <QList>

#include <atomic>
#include <deque>
#include <mutex>

namespace Lifeboat {

// A USB function that sends back on bulk IN exactly what it received on bulk OUT, transfer by
// transfer: a short packet (or zero-length packet) that ended an OUT transfer ends the echoed IN
// transfer the same way. Used to test transports and the umockdev bridge without MTP, and by
// `lifeboat-virtual-handset serve --profile echo`.
class EchoUsbFunction final : public UsbFunction
{
public:
    explicit EchoUsbFunction(int maxPacketSize = 512);

    Identity identity() const override { return m_identity; }
    int maxPacketSize() const override { return m_maxPacketSize; }
    OutStatus bulkOut(QByteArrayView packets) override;
    InResult bulkIn(qsizetype maxBytes) override;
    InResult interruptIn() override;
    ControlResult control(quint8 requestType, quint8 request, quint16 value, quint16 index,
                          QByteArrayView dataOut, quint16 lengthIn) override;
    void clearHalt(bool inEndpoint) override;
    void reset() override;
    bool connected() const override { return m_connected; }

    void setIdentity(const Identity &identity) { m_identity = identity; }
    // Faults, settable from any thread.
    void setConnected(bool connected) { m_connected = connected; }
    void setUnplugAfterBytes(qint64 bytes) { m_unplugAfterBytes = bytes; }
    void setStallIn(bool stall) { m_stallIn = stall; }
    void queueEvent(const QByteArray &event);

    // Zero-length packets received on bulk OUT so far.
    int zeroLengthPacketsReceived() const { return m_zlpReceived; }

private:
    struct Transfer
    {
        QByteArray data;
        qsizetype sent = 0;
        bool complete = false;  // the OUT side ended it with a short packet
    };

    bool countAndCheckUnplug(qsizetype bytes);

    Identity m_identity;
    int m_maxPacketSize;
    mutable std::mutex m_mutex;
    std::deque<Transfer> m_transfers;
    qsizetype m_queuedBytes = 0;
    std::deque<QByteArray> m_events;
    std::atomic<bool> m_connected = true;
    std::atomic<bool> m_stallIn = false;
    std::atomic<qint64> m_unplugAfterBytes = -1;
    std::atomic<int> m_zlpReceived = 0;
    qint64 m_bytesMoved = 0;
};

} // namespace Lifeboat
