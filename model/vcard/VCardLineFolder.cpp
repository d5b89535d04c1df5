#include "model/vcard/VCardLineFolder.h"

namespace Lifeboat {

namespace {

bool isContinuationByte(char c)
{
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

} // namespace

void VCardLineFolder::appendFolded(QByteArray &out, QByteArrayView line)
{
    qsizetype pos = 0;
    qsizetype room = kMaxOctets;
    while (line.size() - pos > room) {
        qsizetype cut = pos + room;
        // Move back to the start of the UTF-8 sequence the cut would split.
        while (cut > pos + 1 && isContinuationByte(line[cut]))
            --cut;
        out.append(line.sliced(pos, cut - pos));
        out.append("\r\n ");
        pos = cut;
        room = kMaxOctets - 1; // the leading space counts
    }
    out.append(line.sliced(pos));
    out.append("\r\n");
}

} // namespace Lifeboat
