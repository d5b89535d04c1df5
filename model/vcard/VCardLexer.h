#pragma once

#include "common/Result.h"
#include "model/vcard/VCardContentLine.h"
#include "model/vcard/VCardLimits.h"

#include <QByteArrayView>
#include <QCoreApplication>

namespace Lifeboat {

// Cuts vCard bytes into properties: unfolds continuation lines (CRLF or LF, then a space or a
// tab), joins vCard 2.1 quoted-printable soft line breaks (also when the next line has no
// leading whitespace, as Android writes them) and vCard 2.1 base64 blocks that end with an empty
// line, and splits each property into group, name, parameters and raw value.
class VCardLexer
{
    Q_DECLARE_TR_FUNCTIONS(Lifeboat::VCardLexer)

public:
    VCardLexer(QByteArrayView data, const VCardLimits &limits);

    // Reads the next property into `line`. Returns false at the end of the input. A line that is
    // not a property comes back with an empty `name`. Fails only when a limit is crossed.
    Result<bool> next(VCardContentLine &line);

private:
    struct PhysicalLine
    {
        qsizetype start = 0;
        qsizetype length = 0; // without the line break
        qsizetype next = 0;   // offset of the following line
    };

    Result<bool> peekPhysical(PhysicalLine &line) const;
    Status append(QByteArray &text, QByteArrayView part, qsizetype lineNumber) const;
    Error lineTooLong(qsizetype lineNumber) const;
    QByteArrayView bytes(const PhysicalLine &line) const;

    QByteArrayView m_data;
    VCardLimits m_limits;
    qsizetype m_pos = 0;
    qsizetype m_lineNumber = 0; // of the last consumed physical line
};

} // namespace Lifeboat
