// Reads one generated object of the virtual handset through LoopbackTransport with GetObject and
// prints the rate. Usage: bench_virtualhandset [size in MiB, default 2048] [buffer KiB, default 1024]

#include "device/mtp/PtpContainer.h"
#include "device/mtp/PtpDatasets.h"
#include "device/mtp/PtpReader.h"
#include "device/transport/LoopbackTransport.h"
#include "device/virtual/VirtualHandsetFactory.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QtEndian>

#include <cstdio>

using namespace Lifeboat;
using namespace std::chrono_literals;

namespace {

bool command(LoopbackTransport &transport, quint16 op, quint32 tid, const QList<quint32> &params)
{
    return transport.bulkOut(PtpContainer::command(op, tid, params), true, 5s).ok();
}

// Reads one container into `out` (keeps only the first `keep` bytes) and returns its size.
qint64 readContainer(LoopbackTransport &transport, QByteArray &buffer, QByteArray *keep)
{
    qint64 total = 0;
    quint32 length = 0;
    for (;;) {
        const Result<qsizetype> n = transport.bulkIn(buffer.data(), buffer.size(), 5s);
        if (!n)
            return -1;
        if (total == 0 && *n >= 4)
            length = qFromLittleEndian<quint32>(buffer.constData());
        if (keep && keep->size() < 1 << 20)
            keep->append(buffer.constData(), *n);
        total += *n;
        const bool ended = *n < buffer.size();
        if (length != 0xFFFFFFFF && total >= qint64(length))
            return total;
        if (length == 0xFFFFFFFF && ended)
            return total;
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const quint64 sizeMiB = args.size() > 1 ? args.at(1).toULongLong() : 2048;
    const qsizetype bufferKiB = args.size() > 2 ? args.at(2).toLongLong() : 1024;

    VirtualHandsetOptions options;
    options.demo.contacts = 0;
    options.demo.events = 0;
    options.demo.todos = 0;
    options.demo.photos = 0;
    options.demo.largeObjectSize = sizeMiB << 20;
    Result<std::unique_ptr<MtpResponder>> handset = createVirtualHandset(options);
    if (!handset) {
        std::fprintf(stderr, "%s\n", qPrintable(handset.error().toString()));
        return 1;
    }
    LoopbackTransport transport(**handset);
    QByteArray buffer(bufferKiB * 1024, Qt::Uninitialized);
    QByteArray container;
    command(transport, Mtp::Operation::OpenSession, 0, {1});
    readContainer(transport, buffer, nullptr);
    command(transport, Mtp::Operation::GetObjectHandles, 1, {0xFFFFFFFF, Mtp::Format::ExifJpeg, 0});
    readContainer(transport, buffer, &container);
    readContainer(transport, buffer, nullptr);
    const QList<quint32> handles = PtpReader(QByteArrayView(container).sliced(12)).u32Array();
    if (handles.isEmpty())
        return 1;

    QElapsedTimer timer;
    timer.start();
    const Result<std::unique_ptr<MtpResponder>> defaultDemo = createVirtualHandset(VirtualHandsetOptions());
    std::printf("default demo set created in %lld ms\n", qlonglong(timer.elapsed()));
    if (!defaultDemo)
        return 1;
    timer.restart();
    command(transport, Mtp::Operation::GetObject, 2, {handles.first()});
    const qint64 bytes = readContainer(transport, buffer, nullptr);
    const qint64 ms = qMax<qint64>(1, timer.elapsed());
    QByteArray response;
    readContainer(transport, buffer, &response);
    std::printf("GetObject of %llu MiB through LoopbackTransport (%lld KiB buffers): %lld bytes in %lld ms, %.0f MB/s; response 0x%04x\n",
                sizeMiB, qlonglong(bufferKiB), qlonglong(bytes), qlonglong(ms), double(bytes) / 1000.0 / double(ms),
                response.size() >= 8 ? qFromLittleEndian<quint16>(response.constData() + 6) : 0);
    return bytes == qint64(sizeMiB << 20) + 12 ? 0 : 1;
}
