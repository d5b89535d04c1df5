#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace Lifeboat {

// Appends one content line to vCard output: folded so that no physical line is longer than 75
// octets (RFC 2426 / RFC 6350), never inside a UTF-8 sequence, each ended by CRLF.
class VCardLineFolder
{
public:
    static constexpr qsizetype kMaxOctets = 75;

    static void appendFolded(QByteArray &out, QByteArrayView line);
};

} // namespace Lifeboat
