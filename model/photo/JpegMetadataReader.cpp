#include "model/photo/JpegMetadataReader.h"

#include "model/photo/ByteReader.h"
#include "model/photo/ExifReader.h"

namespace Lifeboat {

namespace {

bool isFrameHeader(quint8 marker)
{
    // SOF0..SOF15 except DHT (C4), JPG (C8) and DAC (CC), which share the range.
    return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
}

bool isStandalone(quint8 marker)
{
    return marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7); // TEM, RSTn: no length
}

} // namespace

Result<PhotoReading> JpegMetadataReader::read(const PhotoHead &head)
{
    PhotoReading reading;
    reading.photo.mimeType = QStringLiteral("image/jpeg");
    reading.photo.size = head.fileSize();
    const ByteReader reader(head.bytes(), ByteReader::Order::BigEndian);
    if (reader.u16(0) != 0xFFD8)
        return PhotoHead::damaged(QStringLiteral("JPEG does not start with SOI"));

    bool exifSeen = false;
    quint64 pos = 2;
    for (;;) {
        const auto fill = reader.u8(pos);
        if (!fill)
            return head.ranOut(reading, pos + 4,
                               QStringLiteral("JPEG marker at offset %1").arg(pos));
        if (*fill != 0xFF)
            return PhotoHead::damaged(
                QStringLiteral("JPEG: byte 0x%1 at offset %2 where a marker belongs")
                    .arg(*fill, 2, 16, QLatin1Char('0'))
                    .arg(pos));
        while (reader.u8(pos + 1) == 0xFF) // fill bytes before a marker are allowed
            ++pos;
        const auto marker = reader.u8(pos + 1);
        if (!marker)
            return head.ranOut(reading, pos + 4,
                               QStringLiteral("JPEG marker at offset %1").arg(pos));
        if (*marker == 0xD9 || *marker == 0xDA || *marker == 0xD8 || *marker == 0x00)
            return PhotoHead::damaged(
                QStringLiteral("JPEG: marker 0x%1 at offset %2 before any frame header")
                    .arg(*marker, 2, 16, QLatin1Char('0'))
                    .arg(pos));
        if (isStandalone(*marker)) {
            pos += 2;
            continue;
        }
        const auto length = reader.u16(pos + 2);
        if (!length)
            return head.ranOut(reading, pos + 4,
                               QStringLiteral("JPEG segment length at offset %1").arg(pos));
        if (*length < 2)
            return PhotoHead::damaged(
                QStringLiteral("JPEG: segment length %1 at offset %2").arg(*length).arg(pos));
        const quint64 payload = pos + 4;
        const quint64 end = pos + 2 + *length;

        if (isFrameHeader(*marker)) {
            // P (8 bits), Y (16), X (16). Y == 0 means the height comes in a DNL segment later;
            // keep the EXIF size then rather than read through the scan.
            const auto height = reader.u16(payload + 1);
            const auto width = reader.u16(payload + 3);
            if (*length < 8)
                return PhotoHead::damaged(
                    QStringLiteral("JPEG: frame header of %1 bytes").arg(*length));
            if (!height || !width)
                return head.ranOut(reading, payload + 5,
                                   QStringLiteral("JPEG frame header at offset %1").arg(pos));
            if (*width > 0 && *height > 0) {
                reading.photo.width = *width;
                reading.photo.height = *height;
            }
            return reading;
        }
        if (*marker == 0xE1 && !exifSeen) {
            const auto segment = reader.bytes(payload, *length - 2);
            if (!segment)
                return head.ranOut(reading, end,
                                   QStringLiteral("JPEG APP1 segment at offset %1").arg(pos));
            if (segment->startsWith(QByteArrayView("Exif\0\0", 6))) {
                exifSeen = true;
                const auto exif = ExifReader::read(segment->sliced(6));
                if (exif) {
                    reading.problems += exif->problems;
                    ExifReader::applyTo(*exif, reading.photo);
                } else {
                    reading.problems.append(exif.error().detail());
                }
            }
        }
        pos = end;
    }
}

} // namespace Lifeboat
