#include "model/photo/PngMetadataReader.h"

#include "model/photo/ByteReader.h"
#include "model/photo/ExifReader.h"

namespace Lifeboat {

namespace {

constexpr quint64 kSignatureSize = 8;
constexpr quint64 kIhdrEnd = kSignatureSize + 8 + 13 + 4; // length, type, data, CRC
constexpr quint32 kMaxDimension = 0x7FFFFFFF; // PNG limit, 2^31 - 1
constexpr int kMaxChunksBeforeImage = 4096;

} // namespace

Result<PhotoReading> PngMetadataReader::read(const PhotoHead &head)
{
    PhotoReading reading;
    reading.photo.mimeType = QStringLiteral("image/png");
    reading.photo.size = head.fileSize();
    const ByteReader reader(head.bytes(), ByteReader::Order::BigEndian);
    if (!reader.contains(0, kIhdrEnd))
        return head.ranOut(reading, kIhdrEnd, QStringLiteral("PNG IHDR chunk"));
    if (reader.u32(8) != 13 || reader.bytes(12, 4) != QByteArrayView("IHDR"))
        return PhotoHead::damaged(QStringLiteral("PNG: the first chunk is not a 13-byte IHDR"));
    const quint32 width = *reader.u32(16);
    const quint32 height = *reader.u32(20);
    if (width == 0 || height == 0 || width > kMaxDimension || height > kMaxDimension)
        return PhotoHead::damaged(QStringLiteral("PNG: IHDR size %1 x %2").arg(width).arg(height));
    reading.photo.width = int(width);
    reading.photo.height = int(height);

    quint64 pos = kIhdrEnd;
    for (int chunk = 0; chunk < kMaxChunksBeforeImage; ++chunk) {
        const auto length = reader.u32(pos);
        const auto type = reader.bytes(pos + 4, 4);
        if (!length || !type)
            return head.ranOut(reading, pos + 8, QStringLiteral("PNG chunk at offset %1").arg(pos));
        if (*type == QByteArrayView("IDAT") || *type == QByteArrayView("IEND"))
            return reading;
        if (*length > kMaxDimension)
            return PhotoHead::damaged(
                QStringLiteral("PNG: chunk length %1 at offset %2").arg(*length).arg(pos));
        const quint64 end = pos + 12 + *length;
        if (*type == QByteArrayView("eXIf")) {
            const auto data = reader.bytes(pos + 8, *length);
            if (!data)
                return head.ranOut(reading, end,
                                   QStringLiteral("PNG eXIf chunk at offset %1").arg(pos));
            const auto exif = ExifReader::read(*data);
            if (exif) {
                reading.problems += exif->problems;
                ExifReader::applyTo(*exif, reading.photo);
            } else {
                reading.problems.append(exif.error().detail());
            }
            return reading; // one eXIf chunk at most
        }
        pos = end;
    }
    reading.problems.append(QStringLiteral("PNG: more than %1 chunks before the image data")
                                .arg(kMaxChunksBeforeImage));
    return reading;
}

} // namespace Lifeboat
