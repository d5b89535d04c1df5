#include "model/photo/HeifMetadataReader.h"

#include "model/photo/ByteReader.h"

#include <algorithm>
#include <optional>
#include <vector>

namespace Lifeboat {

namespace {

constexpr quint32 fourcc(const char (&s)[5])
{
    return quint32(quint8(s[0])) << 24 | quint32(quint8(s[1])) << 16 | quint32(quint8(s[2])) << 8
        | quint32(quint8(s[3]));
}

constexpr quint64 kMaxFtypSize = 4096;
constexpr int kMaxBoxesPerLevel = 4096;

struct Box
{
    quint32 type = 0;
    quint64 start = 0; // first byte of the box header
    quint64 payload = 0; // first byte after the header
    quint64 end = 0;
};

enum class BoxStatus { Ok, NeedMore, Invalid };

// `limit` is where the enclosing box (or the file) ends.
BoxStatus readBox(const ByteReader &reader, quint64 pos, quint64 limit, Box &box)
{
    const auto size32 = reader.u32(pos);
    const auto type = reader.u32(pos + 4);
    if (!size32 || !type)
        return pos + 8 > limit ? BoxStatus::Invalid : BoxStatus::NeedMore;
    quint64 size = *size32;
    quint64 header = 8;
    if (size == 1) {
        const auto large = reader.u64(pos + 8);
        if (!large)
            return BoxStatus::NeedMore;
        size = *large;
        header = 16;
    } else if (size == 0) {
        size = limit - pos; // the box runs to the end of its container
    }
    if (size < header || pos > limit || size > limit - pos)
        return BoxStatus::Invalid;
    box = {*type, pos, pos + header, pos + size};
    return BoxStatus::Ok;
}

// The children of a box that lies wholly inside the reader's bytes.
std::optional<std::vector<Box>> children(const ByteReader &reader, quint64 from, quint64 end)
{
    std::vector<Box> boxes;
    for (quint64 pos = from; pos < end;) {
        Box box;
        if (boxes.size() >= kMaxBoxesPerLevel || readBox(reader, pos, end, box) != BoxStatus::Ok)
            return std::nullopt;
        boxes.push_back(box);
        pos = box.end;
    }
    return boxes;
}

const Box *find(const std::vector<Box> &boxes, quint32 type)
{
    for (const Box &box : boxes) {
        if (box.type == type)
            return &box;
    }
    return nullptr;
}

// ipma: for each item, the 1-based indices of its properties in ipco.
std::vector<quint32> propertiesOf(const ByteReader &reader, const Box &ipma, quint32 itemId)
{
    const auto versionFlags = reader.u32(ipma.payload);
    const auto entries = reader.u32(ipma.payload + 4);
    if (!versionFlags || !entries)
        return {};
    const bool wideIds = (*versionFlags >> 24) >= 1;
    const bool wideIndices = (*versionFlags & 1) != 0;
    quint64 pos = ipma.payload + 8;
    for (quint32 i = 0; i < *entries && pos < ipma.end; ++i) {
        const auto wideId = reader.u32(pos);
        const auto narrowId = reader.u16(pos);
        pos += wideIds ? 4 : 2;
        const auto count = reader.u8(pos++);
        if ((wideIds ? !wideId : !narrowId) || !count
            || pos + quint64(*count) * (wideIndices ? 2 : 1) > ipma.end)
            return {};
        const quint32 id = wideIds ? *wideId : *narrowId;
        std::vector<quint32> indices;
        for (quint8 k = 0; k < *count; ++k) {
            const quint32 value = wideIndices ? *reader.u16(pos) & 0x7FFF : *reader.u8(pos) & 0x7F;
            pos += wideIndices ? 2 : 1;
            indices.push_back(value);
        }
        if (id == itemId)
            return indices;
    }
    return {};
}

std::optional<std::pair<quint32, quint32>> ispeSize(const ByteReader &reader, const Box &ispe)
{
    const auto width = reader.u32(ispe.payload + 4); // after version and flags
    const auto height = reader.u32(ispe.payload + 8);
    if (!width || !height || ispe.payload + 12 > ispe.end || *width == 0 || *height == 0
        || *width > 0x7FFFFFFF || *height > 0x7FFFFFFF)
        return std::nullopt;
    return std::pair(*width, *height);
}

std::optional<std::pair<quint32, quint32>> primarySize(const ByteReader &reader, const Box &meta)
{
    const auto metaChildren = children(reader, meta.payload + 4, meta.end); // meta is a full box
    if (!metaChildren)
        return std::nullopt;
    const Box *iprp = find(*metaChildren, fourcc("iprp"));
    const auto iprpChildren = iprp ? children(reader, iprp->payload, iprp->end) : std::nullopt;
    const Box *ipco = iprpChildren ? find(*iprpChildren, fourcc("ipco")) : nullptr;
    const auto properties = ipco ? children(reader, ipco->payload, ipco->end) : std::nullopt;
    if (!properties)
        return std::nullopt;

    const Box *pitm = find(*metaChildren, fourcc("pitm"));
    const Box *ipma = find(*iprpChildren, fourcc("ipma"));
    if (pitm && ipma) {
        const bool wideId = reader.u8(pitm->payload).value_or(0) >= 1;
        const auto wide = reader.u32(pitm->payload + 4);
        const auto narrow = reader.u16(pitm->payload + 4);
        const bool known = wideId ? wide.has_value() : narrow.has_value();
        const quint32 primary = wideId ? wide.value_or(0) : narrow.value_or(0);
        for (quint32 index :
             known ? propertiesOf(reader, *ipma, primary) : std::vector<quint32>()) {
            if (index >= 1 && index <= properties->size()
                && (*properties)[index - 1].type == fourcc("ispe"))
                return ispeSize(reader, (*properties)[index - 1]);
        }
    }
    // Without a usable association, trust a lone ispe; several (grid tiles, thumbnails) are
    // ambiguous, so report no size rather than a wrong one.
    const Box *lone = nullptr;
    for (const Box &box : *properties) {
        if (box.type == fourcc("ispe")) {
            if (lone)
                return std::nullopt;
            lone = &box;
        }
    }
    return lone ? ispeSize(reader, *lone) : std::nullopt;
}

} // namespace

QString HeifMetadataReader::mimeTypeOf(QByteArrayView head)
{
    const ByteReader reader(head, ByteReader::Order::BigEndian);
    const auto size = reader.u32(0);
    if (!size || reader.u32(4) != fourcc("ftyp") || *size < 16 || *size > kMaxFtypSize)
        return {};
    bool generic = false;
    // The major brand at 8, then the minor version at 12, then compatible brands.
    for (quint64 pos = 8; pos + 4 <= *size; pos += 4) {
        if (pos == 12)
            continue;
        const auto brand = reader.u32(pos);
        if (!brand)
            break;
        switch (*brand) {
        case fourcc("heic"):
        case fourcc("heix"):
        case fourcc("heim"):
        case fourcc("heis"):
        case fourcc("hevc"):
        case fourcc("hevx"): return QStringLiteral("image/heic");
        case fourcc("mif1"):
        case fourcc("msf1"): generic = true; break;
        default: break;
        }
    }
    return generic ? QStringLiteral("image/heif") : QString();
}

Result<PhotoReading> HeifMetadataReader::read(const PhotoHead &head)
{
    PhotoReading reading;
    reading.photo.mimeType = mimeTypeOf(head.bytes());
    reading.photo.size = head.fileSize();
    if (reading.photo.mimeType.isEmpty())
        return head.ranOut(reading, quint64(head.bytes().size()) + 1,
                           QStringLiteral("HEIF ftyp box"));
    const ByteReader reader(head.bytes(), ByteReader::Order::BigEndian);
    quint64 pos = 0;
    for (int i = 0; i < kMaxBoxesPerLevel; ++i) {
        Box box;
        const BoxStatus status = readBox(reader, pos, head.fileSize(), box);
        if (status == BoxStatus::Invalid)
            return PhotoHead::damaged(
                QStringLiteral("HEIF: box at offset %1 does not fit in the file").arg(pos));
        if (status == BoxStatus::NeedMore)
            return head.ranOut(reading, std::min(pos + 16, head.fileSize()),
                               QStringLiteral("HEIF box at offset %1").arg(pos));
        if (box.type == fourcc("meta")) {
            if (!reader.contains(box.start, box.end - box.start))
                return head.ranOut(reading, box.end,
                                   QStringLiteral("HEIF meta box at offset %1").arg(pos));
            if (const auto size = primarySize(reader, box)) {
                reading.photo.width = int(size->first);
                reading.photo.height = int(size->second);
            } else {
                reading.problems.append(
                    QStringLiteral("HEIF: no unambiguous ispe for the primary item"));
            }
            return reading;
        }
        if (box.end >= head.fileSize())
            break;
        pos = box.end;
    }
    reading.problems.append(QStringLiteral("HEIF: no meta box"));
    return reading;
}

} // namespace Lifeboat
