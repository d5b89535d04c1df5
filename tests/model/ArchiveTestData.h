#pragma once

#include "model/archive/Archive.h"

#include <QByteArray>
#include <QFile>
#include <QString>

#include <cstring>

// Helpers shared by tst_archive and bench_archive: deterministic content made on the fly, so a
// test of a 200 MB object never holds 200 MB.
namespace Lifeboat::ArchiveTestData {

// Fills `buffer` with the bytes at `offset` of the pseudo-random stream `seed` (offset must be
// a multiple of 8). The same (seed, offset) always gives the same bytes.
inline void fill(quint64 seed, quint64 offset, char *buffer, qsizetype size)
{
    quint64 index = offset / 8;
    for (qsizetype i = 0; i < size; i += 8, ++index) {
        quint64 x = (seed + 1) * 0x9E3779B97F4A7C15ull ^ (index * 0xBF58476D1CE4E5B9ull);
        x ^= x >> 31;
        x *= 0x94D049BB133111EBull;
        x ^= x >> 29;
        std::memcpy(buffer + i, &x, std::min<qsizetype>(8, size - i));
    }
}

inline QByteArray bytes(quint64 seed, qsizetype size)
{
    QByteArray data(size, Qt::Uninitialized);
    fill(seed, 0, data.data(), size);
    return data;
}

// Peak resident memory of this process in KiB (VmHWM), or -1.
inline qint64 peakRssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// Streams `size` bytes of stream `seed` from `from` into `writer`, `piece` bytes per write.
inline Status stream(ContentWriter &writer, quint64 seed, quint64 from, quint64 size,
                     qsizetype piece = 256 * 1024)
{
    QByteArray buffer(piece, Qt::Uninitialized);
    for (quint64 offset = from; offset < size; offset += quint64(piece)) {
        const qsizetype n = qsizetype(std::min<quint64>(quint64(piece), size - offset));
        fill(seed, offset, buffer.data(), n);
        if (Status status = writer.write(buffer.constData(), n); !status)
            return status;
    }
    return {};
}

} // namespace Lifeboat::ArchiveTestData
