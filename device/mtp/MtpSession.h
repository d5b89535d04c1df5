#pragma once

#include "common/Result.h"
#include "device/mtp/MtpBulkReader.h"
#include "device/mtp/MtpQuirks.h"
#include "device/mtp/PtpContainer.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

#include <atomic>
#include <chrono>
#include <functional>
#include <optional>

namespace Lifeboat {

class Transport;

// Runs PTP/MTP transactions over a Transport: command, optional data phase in either direction
// (streamed, never buffered whole), response, all validated (transaction id, container type,
// operation code, announced lengths). A transaction that fails half-way (timeout, protocol
// error, a sink refusing data, cancel) is cleaned up with the class-request cancel sequence so
// the next transaction starts on a quiet pipe.
//
// A response code other than OK is not an error here: it is returned in Response for the caller
// to map (MtpResponseError). Errors are transport failures and protocol violations.
//
// Threading: one thread runs transactions; cancel() may be called from any thread.
class MtpSession
{
    Q_DECLARE_TR_FUNCTIONS(Lifeboat::MtpSession)
public:
    struct Response
    {
        quint16 code = 0;
        QList<quint32> params;
        bool isOk() const { return code == Mtp::Response::Ok; }
        quint32 param(qsizetype index) const { return params.value(index); }
    };
    using DataSink = std::function<Status(QByteArrayView piece)>;
    // Fills `buffer` with up to `capacity` bytes; returns how many (never 0 before the end).
    using DataSource = std::function<Result<qsizetype>(char *buffer, qsizetype capacity)>;

    static constexpr qsizetype DefaultChunkSize = 256 * 1024;
    // Largest dataset kept in memory (an ObjPropList of ~1 million objects fits).
    static constexpr qsizetype DatasetLimit = 256 * 1024 * 1024;
    static constexpr std::chrono::milliseconds FirstOpenTimeout {5000};
    static constexpr std::chrono::milliseconds NormalTimeout {20000};
    static constexpr std::chrono::milliseconds SlowTimeout {60000};

    explicit MtpSession(Transport &transport);

    void setQuirks(const MtpQuirks &quirks);
    const MtpQuirks &quirks() const { return m_quirks; }
    void setChunkSize(qsizetype bytes);
    // wIndex of the class requests (cancel, device status): the MTP interface's number.
    void setInterfaceNumber(quint16 number) { m_interfaceNumber = number; }
    // For tests: shorter waits in the cancel sequence.
    void setCancelPollInterval(std::chrono::milliseconds interval) { m_pollInterval = interval; }
    // Overrides the per-operation timeout (tests; 0 restores the quirk-dependent default).
    void setTimeoutOverride(std::chrono::milliseconds timeout) { m_timeoutOverride = timeout; }
    std::chrono::milliseconds operationTimeout() const;

    // OpenSession (transaction id 0; later transactions count up from 1). A device that says
    // SessionAlreadyOpen is closed and opened again; if it insists, its session is used.
    Result<Response> openSession(quint32 sessionId = 1);
    Result<Response> closeSession();
    bool isSessionOpen() const { return m_sessionOpen; }

    Result<Response> run(quint16 operation, const QList<quint32> &params = {});
    // Data IN delivered to `sink` as it arrives; `maxUnknownLength` bounds a 0xFFFFFFFF container.
    Result<Response> runIn(quint16 operation, const QList<quint32> &params, const DataSink &sink,
                           quint64 maxUnknownLength = ~quint64(0));
    // Data IN kept in `data` (at most `limit` bytes; more is ErrorCode::LimitExceeded).
    Result<Response> runInBuffered(quint16 operation, const QList<quint32> &params,
                                   QByteArray &data, qsizetype limit = DatasetLimit);
    // Data OUT of exactly `size` bytes pulled from `source`.
    Result<Response> runOut(quint16 operation, const QList<quint32> &params, quint64 size,
                            const DataSource &source);
    Result<Response> runOut(quint16 operation, const QList<quint32> &params, QByteArrayView data);

    // One event from the interrupt endpoint, or nullopt when none arrived within `timeout`.
    Result<std::optional<PtpContainer>> readEvent(std::chrono::milliseconds timeout);

    // Safe from any thread: the transaction in progress ends promptly with ErrorCode::Cancelled
    // (after the cancel sequence), and so does every later one until resetCancel().
    void cancel();
    void resetCancel();
    bool isCancelRequested() const { return m_cancelRequested.load(); }

    // Transactions run so far (round trips), for benchmarks and tests.
    quint64 transactionCount() const { return m_transactionCount; }
    quint32 lastTransactionId() const { return m_lastTransactionId; }

    static Error cancelledError();

private:
    enum class DataPhase { None, In, Out };
    struct Transaction
    {
        quint16 operation = 0;
        QList<quint32> params;
        DataPhase phase = DataPhase::None;
        const DataSink *sink = nullptr;
        quint64 maxUnknownLength = 0;
        quint64 maxKnownLength = ~quint64(0);
        quint64 outSize = 0;
        const DataSource *source = nullptr;
        std::chrono::milliseconds timeout {0};
    };

    Result<Response> transact(const Transaction &transaction);
    Status sendData(const Transaction &transaction, quint32 transactionId);
    Result<Response> receive(const Transaction &transaction, quint32 transactionId);
    Error failTransaction(quint32 transactionId, const Error &error);
    void runCancelSequence(quint32 transactionId);
    quint32 takeTransactionId(quint16 operation);

    Transport &m_transport;
    MtpBulkReader m_reader;
    MtpQuirks m_quirks;
    qsizetype m_chunkSize = DefaultChunkSize;
    std::chrono::milliseconds m_pollInterval {200};
    std::chrono::milliseconds m_timeoutOverride {0};
    quint16 m_interfaceNumber = 0;
    bool m_sessionOpen = false;
    bool m_firstOpen = true;
    quint32 m_nextTransactionId = 1;
    quint32 m_lastTransactionId = 0;
    quint64 m_transactionCount = 0;
    std::atomic<bool> m_cancelRequested {false};
    QByteArray m_outBuffer;
};

} // namespace Lifeboat
