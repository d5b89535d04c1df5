#pragma once

#include "device/mtp/PtpContainer.h"
#include "device/virtual/BulkInQueue.h"
#include "device/virtual/MtpOperations.h"
#include "device/virtual/UsbFunction.h"
#include "device/virtual/VirtualHandsetFaults.h"

#include <chrono>
#include <deque>
#include <mutex>
#include <optional>

namespace Lifeboat {

// The virtual handset: the whole device side of MTP over a USB function. It assembles the host's
// containers from bulk OUT packets (expecting the host's zero-length packets too), keeps sessions
// and transaction ids, answers through MtpOperations, streams object data on bulk IN in pieces,
// sends events on the interrupt endpoint, answers the class requests and the Microsoft OS
// descriptor, and misbehaves as its fault switches say.
//
// Plain calls, no event loop: every method is thread-safe behind one mutex, and time-based
// faults are checked against a steady clock on each call, so the umockdev bridge and
// LoopbackTransport can both serve it.
class MtpResponder final : public UsbFunction
{
public:
    // bRequest of the Microsoft OS feature descriptor request, announced in string 0xEE.
    static constexpr quint8 MicrosoftVendorCode = 0x54;  // the umockdev bridge announces the same

    MtpResponder(VirtualHandsetProfile profile, std::vector<std::unique_ptr<VirtualStorage>> storages,
                 VirtualDeviceSettings settings, VirtualHandsetFaults faults, int maxPacketSize = 512);
    ~MtpResponder() override;
    Q_DISABLE_COPY_MOVE(MtpResponder)

    Identity identity() const override;
    int maxPacketSize() const override;
    OutStatus bulkOut(QByteArrayView packets) override;
    InResult bulkIn(qsizetype maxBytes) override;
    InResult interruptIn() override;
    ControlResult control(quint8 requestType, quint8 request, quint16 value, quint16 index,
                          QByteArrayView dataOut, quint16 lengthIn) override;
    void clearHalt(bool inEndpoint) override;
    void reset() override;
    bool connected() const override;

    VirtualHandsetFaults faults() const;
    // Replaces the switches; a changed lockedFor locks the handset again from now.
    void setFaults(const VirtualHandsetFaults &faults);
    bool interfaceBusy() const;
    void unlock();   // ends a lock now (StoreAdded follows)
    void unplug();   // the cable is pulled: Disconnected everywhere from now on

    VirtualHandsetProfile profile() const;
    bool sessionOpen() const;
    quint64 bulkBytes() const;                   // both directions, since creation
    int missingHostZeroLengthPackets() const;    // host containers that lacked their ZLP
    QString rootDirectory() const;               // the first storage's, empty for the demo set

    // Changes made on the handset itself (the user took a photo), announced with events.
    Result<quint32> addObjectOnDevice(const QString &path, const QByteArray &bytes);
    Status removeObjectOnDevice(const QString &path);

private:
    enum class OutState { Header, Command, Data, DiscardData };

    void updateTimers();
    void unlockLocked();
    void queueEvent(quint16 code, quint32 param);
    void consumeOut(QByteArrayView bytes, bool endsWithShortPacket);
    void startContainer();
    void finishCommand();
    void finishData();
    void startTransaction(const PtpContainer &command);
    quint16 checkTransaction(const PtpContainer &command);
    void queueReply(const MtpReply &reply, quint16 operation, quint32 transactionId);
    void queueResponse(quint16 code, quint32 transactionId, const QList<quint32> &params = {});
    void cancelTransaction();
    void resetSession();
    ControlResult microsoftDescriptor(quint8 requestType, quint8 request, quint16 value,
                                      quint16 index) const;

    mutable std::mutex m_mutex;
    VirtualHandsetFaults m_faults;
    const int m_maxPacket;
    const QString m_serialNumber;
    MtpOperations m_ops;
    BulkInQueue m_in;
    std::deque<QByteArray> m_events;

    bool m_connected = true;
    bool m_inHalted = false;
    bool m_outHalted = false;
    bool m_stallDone = false;
    quint64 m_bulkBytes = 0;
    quint64 m_inBytes = 0;
    bool m_lockTimed = false;
    std::chrono::steady_clock::time_point m_lockedUntil;

    bool m_sessionOpen = false;
    quint32 m_sessionId = 0;
    quint32 m_lastTransactionId = 0;

    OutState m_outState = OutState::Header;
    QByteArray m_outContainer;   // header (and command parameters) being gathered
    PtpContainerHeader m_outHeader;
    quint64 m_outReceived = 0;   // bytes of the current OUT container so far
    bool m_hostZlpDue = false;
    int m_missingHostZlps = 0;
    std::optional<PtpContainer> m_awaitingData;  // command whose data phase is coming
};

} // namespace Lifeboat
