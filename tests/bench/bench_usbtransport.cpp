// Throughput of UsbTransport through libusb and the umockdev bridge: bulk IN from a function that
// streams whole packets, bulk OUT into one that discards them. Prints MB/s; not part of ctest.
//
//   bench_usbtransport [MiB]   (default 256)

#include "device/usb/UsbContext.h"
#include "device/usb/UsbTransport.h"
#include "device/usb/umockdev/UmockdevServer.h"
#include "device/virtual/UsbFunction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

#include <cstdio>

using namespace Lifeboat;
using namespace std::chrono_literals;

namespace {

class StreamingFunction final : public UsbFunction
{
public:
    Identity identity() const override
    {
        Identity id;
        id.vendorId = 0x1d6b;
        id.productId = 0x0104;
        id.product = QStringLiteral("Bench");
        id.interfaceName = QStringLiteral("MTP");
        return id;
    }
    int maxPacketSize() const override { return 512; }
    OutStatus bulkOut(QByteArrayView) override { return OutStatus::Accepted; }
    InResult bulkIn(qsizetype maxBytes) override
    {
        InResult result;
        result.status = InResult::Status::Data;
        if (m_chunk.size() < maxBytes)
            m_chunk = QByteArray(maxBytes, 'b');
        result.data = m_chunk.left(maxBytes);
        return result;
    }
    InResult interruptIn() override { return {}; }
    ControlResult control(quint8, quint8, quint16, quint16, QByteArrayView, quint16) override
    {
        ControlResult result;
        result.stalled = true;
        return result;
    }
    void clearHalt(bool) override {}
    void reset() override {}
    bool connected() const override { return true; }

private:
    QByteArray m_chunk;
};

} // namespace

int main(int argc, char **argv)
{
    UmockdevServer server;  // before any thread
    QCoreApplication app(argc, argv);
    const qint64 total = (argc > 1 ? QByteArray(argv[1]).toLongLong() : 256) * 1024 * 1024;
    StreamingFunction function;
    if (!server.plug(function).ok())
        return 1;
    Result<std::unique_ptr<UsbContext>> context = UsbContext::create();
    if (!context)
        return 1;
    std::unique_ptr<UsbTransport> transport;
    for (int attempt = 0; attempt < 250 && !transport; ++attempt) {
        Result<QList<UsbDeviceInfo>> devices = (*context)->findMtpDevices();
        if (devices && !devices->isEmpty()) {
            Result<std::unique_ptr<UsbTransport>> opened = (*context)->open(devices->first());
            if (opened)
                transport = std::move(opened).value();
        }
        if (!transport)
            QThread::msleep(20);
    }
    if (!transport) {
        std::fprintf(stderr, "virtual device not found\n");
        return 1;
    }

    QByteArray buffer(1024 * 1024, Qt::Uninitialized);
    QElapsedTimer timer;
    timer.start();
    qint64 received = 0;
    while (received < total) {
        Result<qsizetype> got = transport->bulkIn(buffer.data(), buffer.size(), 5s);
        if (!got) {
            std::fprintf(stderr, "%s\n", qPrintable(got.error().toString()));
            return 1;
        }
        received += *got;
    }
    const double inSeconds = double(timer.nsecsElapsed()) / 1e9;
    std::printf("bulk IN : %lld MiB in %.2f s = %.1f MB/s (%d x %d KiB in flight)\n",
                received >> 20, inSeconds, double(received) / 1e6 / inSeconds,
                UsbTransport::kReadAhead, UsbTransport::kTransferSize / 1024);

    timer.restart();
    qint64 sent = 0;
    while (sent < total) {
        if (!transport->bulkOut(buffer, false, 5s).ok())
            return 1;
        sent += buffer.size();
    }
    const double outSeconds = double(timer.nsecsElapsed()) / 1e9;
    std::printf("bulk OUT: %lld MiB in %.2f s = %.1f MB/s\n", sent >> 20, outSeconds,
                double(sent) / 1e6 / outSeconds);
    transport.reset();
    server.unplug();
    return 0;
}
