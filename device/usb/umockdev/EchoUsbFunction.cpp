#include "device/usb/umockdev/EchoUsbFunction.h"

namespace Lifeboat {

namespace {

// Beyond this much unread data the function NAKs, like a device with full buffers.
constexpr qsizetype kMaxQueued = 64 * 1024 * 1024;

} // namespace

EchoUsbFunction::EchoUsbFunction(int maxPacketSize) : m_maxPacketSize(maxPacketSize)
{
    m_identity.vendorId = 0x1d6b;  // Linux Foundation
    m_identity.productId = 0x0104; // multifunction composite gadget
    m_identity.manufacturer = QStringLiteral("Lifeboat");
    m_identity.product = QStringLiteral("Echo Function");
    m_identity.serialNumber = QStringLiteral("ECHO0001");
    m_identity.interfaceName = QStringLiteral("MTP");
}

bool EchoUsbFunction::countAndCheckUnplug(qsizetype bytes)
{
    m_bytesMoved += bytes;
    const qint64 limit = m_unplugAfterBytes;
    if (limit >= 0 && m_bytesMoved >= limit)
        m_connected = false;
    return !m_connected;
}

UsbFunction::OutStatus EchoUsbFunction::bulkOut(QByteArrayView packets)
{
    const std::lock_guard lock(m_mutex);
    if (!m_connected)
        return OutStatus::Disconnected;
    if (m_queuedBytes + packets.size() > kMaxQueued)
        return OutStatus::Nak;
    if (m_transfers.empty() || m_transfers.back().complete)
        m_transfers.push_back({});
    Transfer &transfer = m_transfers.back();
    transfer.data.append(packets.data(), packets.size());
    m_queuedBytes += packets.size();
    if (packets.isEmpty())
        ++m_zlpReceived;
    if (packets.size() % m_maxPacketSize != 0 || packets.isEmpty())
        transfer.complete = true;
    return countAndCheckUnplug(packets.size()) ? OutStatus::Disconnected : OutStatus::Accepted;
}

UsbFunction::InResult EchoUsbFunction::bulkIn(qsizetype maxBytes)
{
    const std::lock_guard lock(m_mutex);
    InResult result;
    if (!m_connected) {
        result.status = InResult::Status::Disconnected;
        return result;
    }
    if (m_stallIn) {
        result.status = InResult::Status::Stall;
        return result;
    }
    if (m_transfers.empty())
        return result;  // NAK
    Transfer &transfer = m_transfers.front();
    const qsizetype left = transfer.data.size() - transfer.sent;
    // Only whole packets until the OUT side has ended the transfer.
    qsizetype n = qMin(left, maxBytes);
    if (!transfer.complete)
        n -= n % m_maxPacketSize;
    if (n == 0 && !transfer.complete)
        return result;  // NAK
    result.status = InResult::Status::Data;
    result.data = transfer.data.mid(transfer.sent, n);
    transfer.sent += n;
    m_queuedBytes -= n;
    // A transfer ends with its short packet, or a zero-length one when it filled whole packets.
    const bool allSent = transfer.complete && transfer.sent == transfer.data.size();
    if (allSent && (n % m_maxPacketSize != 0 || n == 0)) {
        result.transferEnded = true;
        m_transfers.pop_front();
    }
    if (countAndCheckUnplug(n))
        result.status = InResult::Status::Disconnected;
    return result;
}

UsbFunction::InResult EchoUsbFunction::interruptIn()
{
    const std::lock_guard lock(m_mutex);
    InResult result;
    if (!m_connected) {
        result.status = InResult::Status::Disconnected;
    } else if (!m_events.empty()) {
        result.status = InResult::Status::Data;
        result.data = m_events.front();
        result.transferEnded = true;
        m_events.pop_front();
    }
    return result;
}

void EchoUsbFunction::queueEvent(const QByteArray &event)
{
    const std::lock_guard lock(m_mutex);
    m_events.push_back(event);
}

UsbFunction::ControlResult EchoUsbFunction::control(quint8 requestType, quint8 request, quint16,
                                                    quint16, QByteArrayView, quint16 lengthIn)
{
    ControlResult result;
    if (!m_connected) {
        result.disconnected = true;
    } else if (requestType == 0xa1 && request == 0x67) {  // MTP Get Device Status: OK
        result.data = QByteArray("\x04\x00\x01\x20", 4).left(lengthIn);
    } else if (requestType == 0x21 && (request == 0x64 || request == 0x66)) {
        const std::lock_guard lock(m_mutex);  // Cancel / Device Reset: drop what is queued
        m_transfers.clear();
        m_queuedBytes = 0;
    } else {
        result.stalled = true;
    }
    return result;
}

void EchoUsbFunction::clearHalt(bool inEndpoint)
{
    if (inEndpoint)
        m_stallIn = false;
}

void EchoUsbFunction::reset()
{
    const std::lock_guard lock(m_mutex);
    m_transfers.clear();
    m_queuedBytes = 0;
}

} // namespace Lifeboat
