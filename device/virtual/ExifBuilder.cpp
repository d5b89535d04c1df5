#include "device/virtual/ExifBuilder.h"

#include <QList>
#include <QtEndian>

namespace Lifeboat {

namespace {

constexpr quint16 TypeShort = 3, TypeLong = 4, TypeAscii = 2, TypeUndefined = 7;

struct Entry
{
    quint16 tag;
    quint16 type;
    quint32 count;
    QByteArray value;  // already little-endian
};

QByteArray le16(quint16 v)
{
    QByteArray b(2, Qt::Uninitialized);
    qToLittleEndian(v, b.data());
    return b;
}

QByteArray le32(quint32 v)
{
    QByteArray b(4, Qt::Uninitialized);
    qToLittleEndian(v, b.data());
    return b;
}

Entry ascii(quint16 tag, const QString &text)
{
    QByteArray value = text.toLatin1();
    value.append('\0');
    return {tag, TypeAscii, quint32(value.size()), value};
}

Entry shortValue(quint16 tag, quint16 v) { return {tag, TypeShort, 1, le16(v)}; }
Entry longValue(quint16 tag, quint32 v) { return {tag, TypeLong, 1, le32(v)}; }

qsizetype padded(qsizetype n) { return n + (n & 1); }

// Bytes an IFD takes: the entry table, the next-IFD link and the values that do not fit inline.
qsizetype ifdSize(const QList<Entry> &entries)
{
    qsizetype size = 2 + 12 * entries.size() + 4;
    for (const Entry &e : entries) {
        if (e.value.size() > 4)
            size += padded(e.value.size());
    }
    return size;
}

// Entries must be sorted by tag; `offset` is where this IFD sits inside the TIFF data.
QByteArray ifd(const QList<Entry> &entries, quint32 offset, quint32 nextIfd)
{
    QByteArray table = le16(quint16(entries.size()));
    QByteArray values;
    const quint32 valuesStart = offset + 2 + 12 * quint32(entries.size()) + 4;
    for (const Entry &e : entries) {
        table += le16(e.tag) + le16(e.type) + le32(e.count);
        if (e.value.size() <= 4) {
            QByteArray inlineValue = e.value;
            inlineValue.append(4 - inlineValue.size(), '\0');
            table += inlineValue;
        } else {
            table += le32(valuesStart + quint32(values.size()));
            values += e.value;
            if (e.value.size() & 1)
                values.append('\0');
        }
    }
    table += le32(nextIfd);
    return table + values;
}

} // namespace

QByteArray ExifBuilder::segment() const
{
    const QString stamp = taken.toString(QStringLiteral("yyyy:MM:dd HH:mm:ss"));

    QList<Entry> exifIfd{
        {0x9000, TypeUndefined, 4, QByteArray("0232")},
        ascii(0x9003, stamp),
        ascii(0x9004, stamp),
        longValue(0xA002, quint32(width)),
        longValue(0xA003, quint32(height)),
    };
    // IFD0's entries (with a placeholder for the Exif IFD pointer, sized like the real one).
    QList<Entry> ifd0{
        ascii(0x010F, make),
        ascii(0x0110, model),
        shortValue(0x0112, 1),
        ascii(0x0132, stamp),
        longValue(0x8769, 0),
    };
    QList<Entry> ifd1{
        shortValue(0x0103, 6),
        longValue(0x0201, 0),
        longValue(0x0202, quint32(thumbnailJpeg.size())),
    };

    const quint32 ifd0Offset = 8;
    const quint32 exifOffset = ifd0Offset + quint32(ifdSize(ifd0));
    const quint32 ifd1Offset = exifOffset + quint32(ifdSize(exifIfd));
    const quint32 thumbnailOffset = ifd1Offset + quint32(ifdSize(ifd1));
    ifd0[4] = longValue(0x8769, exifOffset);
    ifd1[1] = longValue(0x0201, thumbnailOffset);

    QByteArray tiff("II\x2a\x00", 4);
    tiff += le32(ifd0Offset);
    tiff += ifd(ifd0, ifd0Offset, ifd1Offset);
    tiff += ifd(exifIfd, exifOffset, 0);
    tiff += ifd(ifd1, ifd1Offset, 0);
    tiff += thumbnailJpeg;

    const qsizetype length = 2 + 6 + tiff.size();
    if (length > 0xFFFF)
        return {};
    QByteArray out("\xFF\xE1", 2);
    QByteArray len(2, Qt::Uninitialized);
    qToBigEndian(quint16(length), len.data());
    out += len;
    out += QByteArray("Exif\0\0", 6);
    out += tiff;
    return out;
}

} // namespace Lifeboat
