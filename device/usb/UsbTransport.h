#pragma once

#include "device/transport/Transport.h"
#include "device/usb/UsbDeviceInfo.h"

#include <QSet>

#include <atomic>
#include <chrono>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>

struct libusb_context;
struct libusb_device;
struct libusb_device_handle;

namespace Lifeboat {

class UsbContext;
class UsbTransfer;

// Transport over libusb to one claimed MTP interface.
//
// Bulk IN keeps kReadAhead transfers of kTransferSize bytes in flight so that the bus never
// idles; bytes are delivered in order and a completed short transfer ends the caller's read,
// exactly as one transfer would. Bulk OUT splits large sends into transfers in flight at once.
// Waiting runs libusb's event handling on the calling thread (safe next to UsbMonitor's thread).
class UsbTransport final : public Transport
{
    Q_DISABLE_COPY_MOVE(UsbTransport)

public:
    static constexpr int kReadAhead = 4;
    static constexpr int kTransferSize = 256 * 1024;

    static Result<std::unique_ptr<UsbTransport>> open(UsbContext &context, libusb_device *device,
                                                      const UsbDeviceInfo &info);
    ~UsbTransport() override;

    const UsbDeviceInfo &device() const { return m_device; }

    int maxPacketSize() const override { return m_maxPacketSize; }
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
    using Clock = std::chrono::steady_clock;

    UsbTransport(libusb_context *context, libusb_device_handle *handle, UsbDeviceInfo info);

    // Handles events until `transfer` completes; false when `deadline` passed first.
    bool waitFor(UsbTransfer &transfer, std::optional<Clock::time_point> deadline);
    // Cancels, waits (bounded) and forgets a transfer; leaks it when libusb never completes it.
    void drain(std::unique_ptr<UsbTransfer> transfer);
    void drainReadAhead();
    void drainAfterAbort();
    int submitTracked(UsbTransfer &transfer, int length, unsigned int timeoutMs,
                      bool addZeroPacket = false, const char *external = nullptr);
    void untrack(UsbTransfer &transfer);
    Status fillReadAhead();
    Status sendZeroLengthPacket(std::chrono::milliseconds timeout);
    QString endpointName(quint8 endpoint) const;

    libusb_context *m_context = nullptr;
    libusb_device_handle *m_handle = nullptr;
    UsbDeviceInfo m_device;
    quint8 m_bulkIn = 0;
    quint8 m_bulkOut = 0;
    quint8 m_interruptIn = 0;
    int m_maxPacketSize = 512;
    int m_interruptPacketSize = 64;
    bool m_claimed = false;
    bool m_kernelDriverDetached = false;
    bool m_zeroPacketFlagWorks = true;
    bool m_zeroLengthPending = false;

    std::deque<std::unique_ptr<UsbTransfer>> m_readAhead;
    std::unique_ptr<UsbTransfer> m_interrupt;

    std::atomic<bool> m_aborted = false;
    std::atomic<bool> m_drainNeeded = false;
    std::mutex m_trackedMutex;
    QSet<UsbTransfer *> m_tracked;  // submitted transfers, for abort() from another thread
};

} // namespace Lifeboat
