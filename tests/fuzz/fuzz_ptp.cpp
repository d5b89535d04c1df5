// libFuzzer target for every PTP/MTP parser that reads what a handset sends: DeviceInfo,
// StorageInfo, ObjectInfo, ObjPropList, property values, container headers and containers,
// DateTime strings, and the object tree built from hostile parent handles. The first byte
// chooses the parser, the rest is its input. Seeds: corpus/fuzz_ptp (make_ptp_seeds.py).
//
// Decoded datasets must re-encode stably: encode(decode(encode(x))) == encode(x).

#include "device/mtp/MtpObjectLister.h"
#include "device/mtp/PtpContainer.h"
#include "device/mtp/PtpDatasets.h"
#include "device/mtp/PtpReader.h"

#include <QStringList>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace Lifeboat;

namespace {

[[noreturn]] void fail(const char *what)
{
    std::fprintf(stderr, "PTP invariant broken: %s\n", what);
    std::abort();
}

template<typename Dataset> void roundTrip(QByteArrayView bytes, const char *name)
{
    const Result<Dataset> decoded = Dataset::decode(bytes);
    if (!decoded) {
        if (decoded.error().code() != ErrorCode::DeviceIo)
            fail(name);
        return;
    }
    const QByteArray once = decoded->encode();
    const Result<Dataset> again = Dataset::decode(once);
    if (!again)
        fail(name);
    if (again->encode() != once)
        fail(name);
}

void checkContainer(QByteArrayView bytes)
{
    if (const Result<PtpContainerHeader> header = PtpContainer::decodeHeader(bytes)) {
        if (!header->lengthUnknown() && header->payloadLength() + 12 != header->length)
            fail("container payload length");
    }
    if (const Result<PtpContainer> container = PtpContainer::decode(bytes)) {
        if (container->params.size() > PtpContainer::MaxParams)
            fail("container params");
        if (container->encode() != bytes.toByteArray())
            fail("container re-encoding");
    }
}

void checkValue(QByteArrayView bytes)
{
    if (bytes.size() < 2)
        return;
    const quint16 dataType = quint16(quint8(bytes[0]) | quint8(bytes[1]) << 8);
    const Result<PtpValue> value = PtpValueCodec::decode(dataType, bytes.sliced(2));
    if (value) {
        const QByteArray once = PtpValueCodec::encode(dataType, *value);
        const Result<PtpValue> again = PtpValueCodec::decode(dataType, once);
        if (!again || PtpValueCodec::encode(dataType, *again) != once)
            fail("property value re-encoding");
    }
}

// Records of 16 bytes: handle, storage, parent (u32), format (u16), then a name of 1-2 units
// chosen from a small alphabet that includes the dangerous ones.
void checkTree(QByteArrayView bytes)
{
    static const QStringList names{QString(), QStringLiteral("."), QStringLiteral(".."),
                                   QStringLiteral("a/b"), QString(QChar(0)), QStringLiteral("DCIM"),
                                   QStringLiteral("x"), QStringLiteral("lost+found")};
    QList<MtpObjectLister::Record> records;
    PtpReader reader(bytes);
    while (reader.remaining() >= 16 && records.size() < 2000) {
        MtpObjectLister::Record record;
        record.handle = reader.u32() % 64;
        record.storageId = 0x10001 + reader.u8() % 2;
        reader.skip(3);
        record.parent = reader.u32();
        if (record.parent != 0xFFFFFFFF)
            record.parent %= 64;
        record.format = (reader.u16() & 1) ? Mtp::Format::Association : Mtp::Format::Undefined;
        record.name = names.at(reader.u8() % names.size());
        record.size = reader.u8();
        records.append(record);
    }
    const QList<HandsetObject> objects = MtpObjectLister::buildTree(records);
    if (objects.size() != records.size())
        fail("tree lost objects");
    for (const HandsetObject &object : objects) {
        if (object.parentPath.startsWith(u'/'))
            fail("tree: absolute parent path");
        if (object.parentPath.isEmpty())
            continue;
        for (const QString &component : object.parentPath.split(u'/')) {
            if (component.isEmpty() || component == u"." || component == u".."
                || component.contains(QChar(0)))
                fail("tree: unsafe parent path component");
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const QByteArrayView input(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    switch (data[0] % 8) {
    case 0: roundTrip<PtpDeviceInfo>(input, "DeviceInfo re-encoding"); break;
    case 1: roundTrip<PtpStorageInfo>(input, "StorageInfo re-encoding"); break;
    case 2: roundTrip<PtpObjectInfo>(input, "ObjectInfo re-encoding"); break;
    case 3: roundTrip<PtpObjPropList>(input, "ObjPropList re-encoding"); break;
    case 4: checkContainer(input); break;
    case 5: checkValue(input); break;
    case 6: checkTree(input); break;
    case 7: (void)PtpReader::parseDateTime(QString::fromUtf8(input)); break;
    }
    return 0;
}
