#include "model/photo/ExifReader.h"

#include "model/photo/ByteReader.h"
#include "model/photo/ExifDateTime.h"

#include <QSet>

#include <vector>

namespace Lifeboat {

namespace {

constexpr int kMaxIfds = 4; // IFD0, Exif, IFD1 and one spare: more is a loop or junk
constexpr quint16 kMaxIfdEntries = 1024; // real IFDs hold a few dozen entries

enum Tag : quint16 {
    TagDateTime = 0x0132,
    TagExifIfd = 0x8769,
    TagThumbnailOffset = 0x0201,
    TagThumbnailLength = 0x0202,
    TagDateTimeOriginal = 0x9003,
    TagDateTimeDigitized = 0x9004,
    TagOffsetTime = 0x9010,
    TagOffsetTimeOriginal = 0x9011,
    TagOffsetTimeDigitized = 0x9012,
    TagSubSecTime = 0x9290,
    TagSubSecTimeOriginal = 0x9291,
    TagSubSecTimeDigitized = 0x9292,
    TagPixelXDimension = 0xA002,
    TagPixelYDimension = 0xA003,
};

enum Type : quint16 { TypeAscii = 2, TypeShort = 3, TypeLong = 4, TypeIfd = 13 };

quint64 typeSize(quint16 type)
{
    switch (type) {
    case 1:
    case 2:
    case 6:
    case 7: return 1; // BYTE, ASCII, SBYTE, UNDEFINED
    case 3:
    case 8: return 2; // SHORT, SSHORT
    case 4:
    case 9:
    case 11:
    case 13: return 4; // LONG, SLONG, FLOAT, IFD
    case 5:
    case 10:
    case 12: return 8; // RATIONAL, SRATIONAL, DOUBLE
    default: return 0;
    }
}

struct Entry
{
    quint16 tag = 0;
    quint16 type = 0;
    quint32 count = 0;
    quint64 valueOffset = 0; // where the value lies in the TIFF data, checked in range
};

struct Ifd
{
    std::vector<Entry> entries;
    quint32 next = 0;
};

class IfdWalker
{
public:
    IfdWalker(const ByteReader &reader, QStringList &problems)
        : m_reader(reader)
        , m_problems(problems)
    {
    }

    std::optional<Ifd> read(quint32 offset, const char *name)
    {
        if (m_visited.contains(offset)) {
            note(QStringLiteral("%1 at offset %2 was already read: IFD loop")
                     .arg(QLatin1String(name))
                     .arg(offset));
            return std::nullopt;
        }
        if (m_visited.size() >= kMaxIfds) {
            note(QStringLiteral("more than %1 IFDs, %2 ignored")
                     .arg(kMaxIfds)
                     .arg(QLatin1String(name)));
            return std::nullopt;
        }
        m_visited.insert(offset);
        const auto count = m_reader.u16(offset);
        if (!count) {
            note(QStringLiteral("%1 offset %2 is outside the %3 bytes of EXIF data")
                     .arg(QLatin1String(name))
                     .arg(offset)
                     .arg(m_reader.size()));
            return std::nullopt;
        }
        if (*count > kMaxIfdEntries) {
            note(QStringLiteral("%1 claims %2 entries").arg(QLatin1String(name)).arg(*count));
            return std::nullopt;
        }
        Ifd ifd;
        for (quint16 i = 0; i < *count; ++i) {
            const quint64 at = quint64(offset) + 2 + 12 * quint64(i);
            if (!m_reader.contains(at, 12)) {
                note(QStringLiteral("%1 entry %2 of %3 runs past the end")
                         .arg(QLatin1String(name))
                         .arg(i)
                         .arg(*count));
                return ifd;
            }
            if (auto entry = readEntry(at))
                ifd.entries.push_back(*entry);
        }
        ifd.next = m_reader.u32(quint64(offset) + 2 + 12 * quint64(*count)).value_or(0);
        return ifd;
    }

private:
    std::optional<Entry> readEntry(quint64 at)
    {
        Entry e;
        e.tag = *m_reader.u16(at);
        e.type = *m_reader.u16(at + 2);
        e.count = *m_reader.u32(at + 4);
        const quint64 size = typeSize(e.type) * e.count; // at most 8 * 2^32: no overflow
        if (size == 0)
            return std::nullopt; // unknown type or empty value: nothing we could use
        e.valueOffset = size <= 4 ? at + 8 : *m_reader.u32(at + 8);
        if (!m_reader.contains(e.valueOffset, size)) {
            note(QStringLiteral("tag 0x%1: %2 bytes at offset %3 are outside the EXIF data")
                     .arg(e.tag, 4, 16, QLatin1Char('0'))
                     .arg(size)
                     .arg(e.valueOffset));
            return std::nullopt;
        }
        return e;
    }

    void note(const QString &problem) { m_problems.append(problem); }

    const ByteReader &m_reader;
    QStringList &m_problems;
    QSet<quint32> m_visited;
};

QByteArray asciiValue(const ByteReader &reader, const Entry &e)
{
    if (e.type != TypeAscii)
        return {};
    QByteArray value = reader.bytes(e.valueOffset, e.count)->toByteArray();
    const qsizetype nul = value.indexOf('\0');
    if (nul >= 0)
        value.truncate(nul);
    return value.trimmed();
}

std::optional<quint32> unsignedValue(const ByteReader &reader, const Entry &e)
{
    if (e.type == TypeShort)
        return reader.u16(e.valueOffset);
    if (e.type == TypeLong || e.type == TypeIfd) // some writers type the Exif IFD pointer as IFD
        return reader.u32(e.valueOffset);
    return std::nullopt;
}

QByteArray validThumbnail(const ByteReader &reader, quint32 offset, quint32 length,
                          QStringList &problems)
{
    if (length == 0 || length > ExifReader::kMaxThumbnailSize) {
        problems.append(QStringLiteral("thumbnail length %1 is not in 1..%2")
                            .arg(length)
                            .arg(ExifReader::kMaxThumbnailSize));
        return {};
    }
    const auto bytes = reader.bytes(offset, length);
    if (!bytes) {
        problems.append(QStringLiteral("thumbnail at offset %1 length %2 is outside the EXIF data")
                            .arg(offset)
                            .arg(length));
        return {};
    }
    QByteArrayView jpeg = *bytes;
    // Some firmware pads the thumbnail to an even or fixed size after its EOI marker.
    while (jpeg.size() > 4 && jpeg.back() == '\0')
        jpeg.chop(1);
    if (!jpeg.startsWith("\xFF\xD8") || !jpeg.endsWith("\xFF\xD9")) {
        problems.append(QStringLiteral("thumbnail at offset %1 is not a whole JPEG").arg(offset));
        return {};
    }
    return jpeg.toByteArray();
}

} // namespace

Result<ExifReader::Fields> ExifReader::read(QByteArrayView tiff)
{
    const auto invalid = [](const QString &detail) {
        return Error(ErrorCode::InvalidData,
                     tr("The photo's EXIF data cannot be read. The photo is kept as it is, "
                        "without its date and thumbnail."),
                     detail);
    };
    if (tiff.size() < 8)
        return invalid(
            QStringLiteral("EXIF data of %1 bytes is shorter than a TIFF header").arg(tiff.size()));
    ByteReader::Order order;
    if (tiff.startsWith("II"))
        order = ByteReader::Order::LittleEndian;
    else if (tiff.startsWith("MM"))
        order = ByteReader::Order::BigEndian;
    else
        return invalid(QStringLiteral("EXIF byte order mark is neither II nor MM"));
    const ByteReader reader(tiff, order);
    if (*reader.u16(2) != 42)
        return invalid(QStringLiteral("TIFF magic number is %1, not 42").arg(*reader.u16(2)));

    Fields fields;
    IfdWalker walker(reader, fields.problems);
    const auto ifd0 = walker.read(*reader.u32(4), "IFD0");
    if (!ifd0)
        return fields;

    std::optional<quint32> exifIfd;
    for (const Entry &e : ifd0->entries) {
        if (e.tag == TagDateTime)
            fields.dateTime = asciiValue(reader, e);
        else if (e.tag == TagExifIfd)
            exifIfd = unsignedValue(reader, e);
    }
    const auto exif = exifIfd ? walker.read(*exifIfd, "Exif IFD") : std::nullopt;
    for (const Entry &e : exif ? exif->entries : std::vector<Entry>()) {
        switch (e.tag) {
        case TagDateTimeOriginal: fields.dateTimeOriginal = asciiValue(reader, e); break;
        case TagDateTimeDigitized: fields.dateTimeDigitized = asciiValue(reader, e); break;
        case TagOffsetTime: fields.offsetTime = asciiValue(reader, e); break;
        case TagOffsetTimeOriginal: fields.offsetTimeOriginal = asciiValue(reader, e); break;
        case TagOffsetTimeDigitized: fields.offsetTimeDigitized = asciiValue(reader, e); break;
        case TagSubSecTime: fields.subSecTime = asciiValue(reader, e); break;
        case TagSubSecTimeOriginal: fields.subSecTimeOriginal = asciiValue(reader, e); break;
        case TagSubSecTimeDigitized: fields.subSecTimeDigitized = asciiValue(reader, e); break;
        case TagPixelXDimension: fields.pixelWidth = unsignedValue(reader, e).value_or(0); break;
        case TagPixelYDimension: fields.pixelHeight = unsignedValue(reader, e).value_or(0); break;
        default: break;
        }
    }

    const auto ifd1 = ifd0->next ? walker.read(ifd0->next, "IFD1") : std::nullopt;
    std::optional<quint32> thumbOffset;
    std::optional<quint32> thumbLength;
    for (const Entry &e : ifd1 ? ifd1->entries : std::vector<Entry>()) {
        if (e.tag == TagThumbnailOffset)
            thumbOffset = unsignedValue(reader, e);
        else if (e.tag == TagThumbnailLength)
            thumbLength = unsignedValue(reader, e);
    }
    if (thumbOffset && thumbLength)
        fields.thumbnail = validThumbnail(reader, *thumbOffset, *thumbLength, fields.problems);
    return fields;
}

void ExifReader::applyTo(const Fields &fields, Photo &photo)
{
    QDateTime taken = ExifDateTime::parse(fields.dateTimeOriginal, fields.subSecTimeOriginal,
                                          fields.offsetTimeOriginal);
    if (!taken.isValid())
        taken = ExifDateTime::parse(fields.dateTimeDigitized, fields.subSecTimeDigitized,
                                    fields.offsetTimeDigitized);
    if (!taken.isValid())
        taken = ExifDateTime::parse(fields.dateTime, fields.subSecTime, fields.offsetTime);
    if (taken.isValid())
        photo.taken = taken;
    if (!fields.thumbnail.isEmpty())
        photo.thumbnail = fields.thumbnail;
    constexpr quint32 maxSide = 1u << 30;
    if (photo.width == 0 && photo.height == 0 && fields.pixelWidth > 0 && fields.pixelHeight > 0
        && fields.pixelWidth < maxSide && fields.pixelHeight < maxSide) {
        photo.width = int(fields.pixelWidth);
        photo.height = int(fields.pixelHeight);
    }
}

} // namespace Lifeboat
