// libFuzzer target for the vCard 2.1 / 3.0 / 4.0 reader, and the writer on whatever it accepts
// (a written card must read back). Seeds: tests/data/vcard.

#include "model/vcard/VCardReader.h"
#include "model/vcard/VCardWriter.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace Lifeboat;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    const Result<VCardParseResult> parsed = VCardReader::parse(input);
    if (!parsed)
        return 0;
    for (const Contact &contact : parsed->contacts) {
        const QByteArray written = VCardWriter::write(contact);
        if (!VCardReader::parse(written))
            std::abort(); // the writer produced something its own reader refuses
    }
    return 0;
}
