#include "device/virtual/MtpResponder.h"

#include "device/DeviceLog.h"
#include "device/mtp/PtpWriter.h"
#include "device/virtual/MemoryDataSource.h"

#include <QtEndian>

#include <algorithm>
#include <limits>

namespace Lifeboat {

namespace {

namespace Op = Mtp::Operation;
namespace Rc = Mtp::Response;
using Clock = std::chrono::steady_clock;

constexpr qsizetype MaxCommandBytes = PtpContainer::HeaderSize + 4 * PtpContainer::MaxParams;
constexpr quint32 HostileAnnouncedLength = 0x7FFFFFFF;

} // namespace

MtpResponder::MtpResponder(VirtualHandsetProfile profile,
                           std::vector<std::unique_ptr<VirtualStorage>> storages,
                           VirtualDeviceSettings settings, VirtualHandsetFaults faults,
                           int maxPacketSize)
    : m_faults(std::move(faults)), m_maxPacket(maxPacketSize), m_serialNumber(settings.serialNumber),
      m_ops(profile, std::move(storages), std::move(settings), m_faults), m_in(maxPacketSize)
{
    m_in.setZeroLengthPackets(!m_faults.noZeroLengthPackets);
    if (m_faults.lockedFor.count() != 0) {
        m_ops.setLocked(true);
        m_lockTimed = m_faults.lockedFor.count() > 0;
        m_lockedUntil = Clock::now() + m_faults.lockedFor;
    }
}

MtpResponder::~MtpResponder() = default;

UsbFunction::Identity MtpResponder::identity() const
{
    std::lock_guard lock(m_mutex);
    const VirtualHandsetProfile &profile = m_ops.profile();
    Identity id;
    id.vendorId = profile.vendorId();
    id.productId = profile.productId();
    id.manufacturer = profile.manufacturer();
    id.product = profile.model();
    id.serialNumber = m_serialNumber;
    id.interfaceName = profile.interfaceName();
    return id;
}

int MtpResponder::maxPacketSize() const
{
    return m_maxPacket;
}

bool MtpResponder::connected() const
{
    std::lock_guard lock(m_mutex);
    return m_connected;
}

VirtualHandsetFaults MtpResponder::faults() const
{
    std::lock_guard lock(m_mutex);
    return m_faults;
}

void MtpResponder::setFaults(const VirtualHandsetFaults &faults)
{
    std::lock_guard lock(m_mutex);
    const bool relock = faults.lockedFor != m_faults.lockedFor && faults.lockedFor.count() != 0;
    m_faults = faults;
    m_in.setZeroLengthPackets(!m_faults.noZeroLengthPackets);
    if (relock) {
        m_ops.setLocked(true);
        m_lockTimed = m_faults.lockedFor.count() > 0;
        m_lockedUntil = Clock::now() + m_faults.lockedFor;
    }
}

bool MtpResponder::interfaceBusy() const
{
    std::lock_guard lock(m_mutex);
    return m_faults.interfaceBusy;
}

void MtpResponder::unlock()
{
    std::lock_guard lock(m_mutex);
    unlockLocked();
}

void MtpResponder::unplug()
{
    std::lock_guard lock(m_mutex);
    m_connected = false;
}

VirtualHandsetProfile MtpResponder::profile() const
{
    std::lock_guard lock(m_mutex);
    return m_ops.profile();
}

bool MtpResponder::sessionOpen() const
{
    std::lock_guard lock(m_mutex);
    return m_sessionOpen;
}

quint64 MtpResponder::bulkBytes() const
{
    std::lock_guard lock(m_mutex);
    return m_bulkBytes;
}

int MtpResponder::missingHostZeroLengthPackets() const
{
    std::lock_guard lock(m_mutex);
    return m_missingHostZlps;
}

void MtpResponder::updateTimers()
{
    if (m_lockTimed && m_ops.locked() && Clock::now() >= m_lockedUntil)
        unlockLocked();
}

void MtpResponder::unlockLocked()
{
    if (!m_ops.locked())
        return;
    m_ops.setLocked(false);
    m_lockTimed = false;
    for (quint32 storageId : m_ops.storageIds())
        queueEvent(Mtp::Event::StoreAdded, storageId);
}

void MtpResponder::queueEvent(quint16 code, quint32 param)
{
    m_events.push_back(PtpContainer::event(code, 0, {param}));
}

UsbFunction::InResult MtpResponder::interruptIn()
{
    std::lock_guard lock(m_mutex);
    InResult result;
    if (!m_connected) {
        result.status = InResult::Status::Disconnected;
        return result;
    }
    updateTimers();
    if (m_events.empty())
        return result;  // NAK
    result.status = InResult::Status::Data;
    result.data = m_events.front();
    result.transferEnded = true;
    m_events.pop_front();
    return result;
}

UsbFunction::InResult MtpResponder::bulkIn(qsizetype maxBytes)
{
    std::lock_guard lock(m_mutex);
    InResult result;
    if (!m_connected) {
        result.status = InResult::Status::Disconnected;
        return result;
    }
    updateTimers();
    if (m_inHalted) {
        result.status = InResult::Status::Stall;
        return result;
    }
    if (m_in.isEmpty())
        return result;  // NAK

    constexpr quint64 Unlimited = std::numeric_limits<quint64>::max();
    const quint64 unplugBudget = m_faults.unplugAfterBytes
        ? (*m_faults.unplugAfterBytes > m_bulkBytes ? *m_faults.unplugAfterBytes - m_bulkBytes : 0)
        : Unlimited;
    const quint64 stallBudget = m_faults.stallInAfterBytes && !m_stallDone
        ? (*m_faults.stallInAfterBytes > m_inBytes ? *m_faults.stallInAfterBytes - m_inBytes : 0)
        : Unlimited;
    std::optional<BulkInQueue::Piece> piece = m_in.take(maxBytes, std::min(unplugBudget, stallBudget));
    if (!piece)
        return result;
    if (piece->data.isEmpty() && !piece->transferEnded) {
        // A fault's byte budget is spent.
        if (unplugBudget <= stallBudget) {
            qCInfo(lcDevice, "virtual handset: unplugged after %llu bytes", m_bulkBytes);
            m_connected = false;
            result.status = InResult::Status::Disconnected;
        } else {
            qCInfo(lcDevice, "virtual handset: bulk IN stalled after %llu bytes", m_inBytes);
            m_stallDone = true;
            m_inHalted = true;
            m_in.clear();
            result.status = InResult::Status::Stall;
        }
        return result;
    }
    m_bulkBytes += quint64(piece->data.size());
    m_inBytes += quint64(piece->data.size());
    result.status = InResult::Status::Data;
    result.data = std::move(piece->data);
    result.transferEnded = piece->transferEnded;
    return result;
}

UsbFunction::OutStatus MtpResponder::bulkOut(QByteArrayView packets)
{
    std::lock_guard lock(m_mutex);
    if (!m_connected)
        return OutStatus::Disconnected;
    updateTimers();
    if (m_outHalted)
        return OutStatus::Stall;
    if (m_faults.unplugAfterBytes && m_bulkBytes + quint64(packets.size()) > *m_faults.unplugAfterBytes) {
        qCInfo(lcDevice, "virtual handset: unplugged after %llu bytes", m_bulkBytes);
        m_connected = false;
        return OutStatus::Disconnected;
    }
    m_bulkBytes += quint64(packets.size());

    if (packets.isEmpty()) {
        if (m_hostZlpDue)
            m_hostZlpDue = false;
        else if ((m_outState == OutState::Data || m_outState == OutState::DiscardData)
                 && m_outHeader.lengthUnknown())
            finishData();
        return OutStatus::Accepted;
    }
    if (m_hostZlpDue) {
        // The host did not end its whole-packet container with a ZLP; carry on as devices do.
        ++m_missingHostZlps;
        m_hostZlpDue = false;
    }
    consumeOut(packets, packets.size() % m_maxPacket != 0);
    return OutStatus::Accepted;
}

void MtpResponder::consumeOut(QByteArrayView bytes, bool endsWithShortPacket)
{
    qsizetype pos = 0;
    while (pos < bytes.size()) {
        const qsizetype rest = bytes.size() - pos;
        switch (m_outState) {
        case OutState::Header: {
            const qsizetype take = std::min<qsizetype>(PtpContainer::HeaderSize - m_outContainer.size(), rest);
            m_outContainer.append(bytes.data() + pos, take);
            pos += take;
            if (m_outContainer.size() == PtpContainer::HeaderSize)
                startContainer();
            break;
        }
        case OutState::Command: {
            const qsizetype take = std::min<qsizetype>(qsizetype(m_outHeader.length) - m_outContainer.size(), rest);
            m_outContainer.append(bytes.data() + pos, take);
            pos += take;
            if (m_outContainer.size() == qsizetype(m_outHeader.length))
                finishCommand();
            break;
        }
        case OutState::Data:
        case OutState::DiscardData: {
            qsizetype take = rest;
            if (!m_outHeader.lengthUnknown())
                take = qsizetype(std::min<quint64>(quint64(rest), m_outHeader.length - m_outReceived));
            if (m_outState == OutState::Data)
                m_ops.dataOut(bytes.sliced(pos, take));
            m_outReceived += quint64(take);
            pos += take;
            if (!m_outHeader.lengthUnknown() && m_outReceived == m_outHeader.length) {
                m_hostZlpDue = m_outHeader.length % quint32(m_maxPacket) == 0;
                finishData();
            }
            break;
        }
        }
    }
    if (endsWithShortPacket && m_outHeader.lengthUnknown()
        && (m_outState == OutState::Data || m_outState == OutState::DiscardData))
        finishData();
}

void MtpResponder::startContainer()
{
    const Result<PtpContainerHeader> header = PtpContainer::decodeHeader(m_outContainer);
    if (!header) {
        qCWarning(lcDevice, "virtual handset: bad container from the host: %s",
                  qPrintable(header.error().detail()));
        m_outContainer.clear();
        return;
    }
    m_outHeader = *header;
    m_outReceived = PtpContainer::HeaderSize;
    if (m_outHeader.type == Mtp::ContainerType::Command) {
        if (m_awaitingData) {
            // The host skipped the data phase it announced; that transaction is over.
            qCWarning(lcDevice, "virtual handset: no data phase for transaction %u",
                      m_awaitingData->transactionId);
            m_ops.abandonDataOut();
            m_awaitingData.reset();
        }
        if (m_outHeader.length > MaxCommandBytes) {
            qCWarning(lcDevice, "virtual handset: command container of %u bytes", m_outHeader.length);
            m_outContainer.clear();
            return;
        }
        m_outState = OutState::Command;
        if (m_outContainer.size() == qsizetype(m_outHeader.length))
            finishCommand();
        return;
    }
    if (m_outHeader.type == Mtp::ContainerType::Data) {
        const bool expected = m_awaitingData && m_awaitingData->transactionId == m_outHeader.transactionId;
        if (!expected)
            qCWarning(lcDevice, "virtual handset: unexpected data container (tid %u)", m_outHeader.transactionId);
        m_outState = expected ? OutState::Data : OutState::DiscardData;
        m_outContainer.clear();
        if (!m_outHeader.lengthUnknown() && m_outHeader.length == PtpContainer::HeaderSize)
            finishData();
        return;
    }
    qCWarning(lcDevice, "virtual handset: container of type %d from the host", int(m_outHeader.type));
    m_outContainer.clear();
}

void MtpResponder::finishCommand()
{
    const Result<PtpContainer> command = PtpContainer::decode(m_outContainer);
    m_outContainer.clear();
    m_outState = OutState::Header;
    if (!command) {
        queueResponse(Rc::GeneralError, m_outHeader.transactionId);
        return;
    }
    startTransaction(*command);
}

void MtpResponder::finishData()
{
    const bool wanted = m_outState == OutState::Data;
    m_outState = OutState::Header;
    m_outContainer.clear();
    m_outHeader = PtpContainerHeader();
    if (!m_awaitingData)
        return;
    const PtpContainer command = *m_awaitingData;
    m_awaitingData.reset();
    if (!wanted) {
        m_ops.abandonDataOut();
        queueResponse(Rc::InvalidTransactionID, command.transactionId);
        return;
    }
    queueReply(m_ops.endDataOut(), command.code, command.transactionId);
}

quint16 MtpResponder::checkTransaction(const PtpContainer &command)
{
    if (command.code == Op::OpenSession) {
        // A second OpenSession inside a session is still a transaction of it.
        if (m_sessionOpen && command.transactionId == m_lastTransactionId + 1)
            m_lastTransactionId = command.transactionId;
        return 0;
    }
    if (!m_sessionOpen)
        return command.code == Op::GetDeviceInfo ? 0 : Rc::SessionNotOpen;
    if (command.transactionId != m_lastTransactionId + 1)
        return Rc::InvalidTransactionID;
    m_lastTransactionId = command.transactionId;
    if (command.code != Op::CloseSession && !m_ops.profile().supportsOperation(command.code))
        return Rc::OperationNotSupported;
    return 0;
}

void MtpResponder::startTransaction(const PtpContainer &command)
{
    const quint16 error = checkTransaction(command);
    // A refused command is answered at once, as Android does; a data phase the host sends
    // anyway is read and dropped.
    if (error == 0 && MtpOperations::hasDataOut(command.code)) {
        m_awaitingData = command;
        m_ops.beginDataOut(command);
        return;
    }
    if (error != 0) {
        queueResponse(error, command.transactionId);
        return;
    }
    if (command.code == Op::OpenSession) {
        if (m_sessionOpen) {
            queueResponse(Rc::SessionAlreadyOpen, command.transactionId, {m_sessionId});
            return;
        }
        if (command.params.value(0) == 0) {
            queueResponse(Rc::InvalidParameter, command.transactionId);
            return;
        }
        m_sessionOpen = true;
        m_sessionId = command.params.value(0);
        m_lastTransactionId = command.transactionId;
        m_ops.sessionOpened();
        queueResponse(Rc::Ok, command.transactionId);
        return;
    }
    if (command.code == Op::CloseSession) {
        resetSession();
        queueResponse(Rc::Ok, command.transactionId);
        return;
    }
    queueReply(m_ops.handle(command), command.code, command.transactionId);
}

void MtpResponder::queueReply(const MtpReply &reply, quint16 operation, quint32 transactionId)
{
    if (reply.hasData) {
        BulkInQueue::Container data;
        const quint64 payload = reply.endless
            ? std::numeric_limits<quint64>::max() / 2
            : reply.announcedLength.value_or(quint64(reply.data.size()) + reply.sourceLength);
        data.prefix = PtpContainer::dataHeader(operation, transactionId, payload);
        if (m_faults.hostile.oversizedLengths && !reply.source)
            qToLittleEndian(HostileAnnouncedLength, data.prefix.data());
        data.prefix += reply.data;
        data.source = reply.source;
        data.sourceOffset = reply.sourceOffset;
        data.sourceLength = reply.sourceLength;
        data.endless = reply.endless;
        data.headerTransfer = m_faults.headerInOwnPacket ? PtpContainer::HeaderSize : 0;
        m_in.push(std::move(data));
    }
    if (reply.sendResponse)
        queueResponse(reply.code, transactionId, reply.params);
}

void MtpResponder::queueResponse(quint16 code, quint32 transactionId, const QList<quint32> &params)
{
    const quint32 tid = m_faults.hostile.wrongTransactionIds ? transactionId + 1 : transactionId;
    BulkInQueue::Container response;
    response.prefix = PtpContainer::response(code, tid, params);
    m_in.push(std::move(response));
}

void MtpResponder::cancelTransaction()
{
    // As Android does: drop what was queued and send no response for the cancelled transaction.
    m_in.clear();
    m_ops.abandonDataOut();
    m_awaitingData.reset();
    m_outState = OutState::Header;
    m_outContainer.clear();
    m_outHeader = PtpContainerHeader();
    m_hostZlpDue = false;
}

void MtpResponder::resetSession()
{
    cancelTransaction();
    m_sessionOpen = false;
    m_sessionId = 0;
    m_lastTransactionId = 0;
    m_ops.sessionClosed();
}

void MtpResponder::clearHalt(bool inEndpoint)
{
    std::lock_guard lock(m_mutex);
    (inEndpoint ? m_inHalted : m_outHalted) = false;
}

void MtpResponder::reset()
{
    std::lock_guard lock(m_mutex);
    resetSession();
    m_inHalted = false;
    m_outHalted = false;
}

UsbFunction::ControlResult MtpResponder::control(quint8 requestType, quint8 request, quint16 value,
                                                 quint16 index, QByteArrayView dataOut, quint16 lengthIn)
{
    std::lock_guard lock(m_mutex);
    ControlResult result;
    if (!m_connected) {
        result.disconnected = true;
        return result;
    }
    updateTimers();
    if (requestType == Mtp::ClassRequest::TypeOut && request == Mtp::ClassRequest::Cancel) {
        if (dataOut.size() < 6 || qFromLittleEndian<quint16>(dataOut.data()) != Mtp::Event::CancelTransaction) {
            result.stalled = true;
            return result;
        }
        const quint32 tid = qFromLittleEndian<quint32>(dataOut.data() + 2);
        qCInfo(lcDevice, "virtual handset: transaction %u cancelled", tid);
        cancelTransaction();
        if (m_sessionOpen && tid > m_lastTransactionId)
            m_lastTransactionId = tid;
        return result;
    }
    if (requestType == Mtp::ClassRequest::TypeOut && request == Mtp::ClassRequest::DeviceReset) {
        resetSession();
        return result;
    }
    if (requestType == Mtp::ClassRequest::TypeIn && request == Mtp::ClassRequest::GetDeviceStatus) {
        PtpWriter writer;
        writer.u16(4);
        writer.u16(m_inHalted || m_outHalted ? Rc::DeviceBusy : Rc::Ok);
        result.data = writer.take().left(lengthIn);
        return result;
    }
    return microsoftDescriptor(requestType, request, value, index);
}

UsbFunction::ControlResult MtpResponder::microsoftDescriptor(quint8 requestType, quint8 request,
                                                             quint16 value, quint16 index) const
{
    ControlResult result;
    result.stalled = true;
    // GET_DESCRIPTOR string 0xEE: "MSFT100" and the vendor code to ask for feature descriptors.
    if (requestType == 0x80 && request == 0x06 && value == 0x03EE) {
        QByteArray string("\x12\x03", 2);
        for (char c : QByteArray("MSFT100"))
            string += QByteArray(1, c) + QByteArray(1, '\0');
        string += char(MicrosoftVendorCode);
        string += '\0';
        result.stalled = false;
        result.data = string;
        return result;
    }
    // The extended compat ID descriptor: interface 0 is "MTP".
    if ((requestType == 0xC0 || requestType == 0xC1) && request == MicrosoftVendorCode && index == 4) {
        PtpWriter writer;
        writer.u32(40);       // dwLength
        writer.u16(0x0100);   // bcdVersion
        writer.u16(4);        // wIndex
        writer.u8(1);         // bCount
        writer.bytes(QByteArray(7, '\0'));
        writer.u8(0);         // bFirstInterfaceNumber
        writer.u8(1);
        writer.bytes(QByteArray("MTP\0\0\0\0\0", 8));
        writer.bytes(QByteArray(8, '\0'));  // subCompatibleID
        writer.bytes(QByteArray(6, '\0'));
        result.stalled = false;
        result.data = writer.take();
    }
    return result;
}

QString MtpResponder::rootDirectory() const
{
    std::lock_guard lock(m_mutex);
    return m_ops.storages().empty() ? QString() : m_ops.storages().front()->rootDirectory();
}

Result<quint32> MtpResponder::addObjectOnDevice(const QString &path, const QByteArray &bytes)
{
    std::lock_guard lock(m_mutex);
    const Result<quint32> handle = m_ops.addObjectOnDevice(path, bytes);
    if (handle && m_sessionOpen)
        queueEvent(Mtp::Event::ObjectAdded, *handle);
    return handle;
}

Status MtpResponder::removeObjectOnDevice(const QString &path)
{
    std::lock_guard lock(m_mutex);
    const Result<quint32> handle = m_ops.removeObjectOnDevice(path);
    if (!handle)
        return handle.error();
    if (m_sessionOpen)
        queueEvent(Mtp::Event::ObjectRemoved, *handle);
    return {};
}

} // namespace Lifeboat
