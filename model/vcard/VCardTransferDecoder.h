#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace Lifeboat {

// Undoes the transfer encodings a property value may carry (ENCODING=QUOTED-PRINTABLE,
// ENCODING=BASE64 / b, data: URIs).
class VCardTransferDecoder
{
public:
    // Decodes quoted-printable; soft line breaks are already joined by the lexer. An `=` not
    // followed by two hex digits is kept as it is and `ok` set to false.
    static QByteArray decodeQuotedPrintable(QByteArrayView encoded, bool *ok);

    // Decodes base64, ignoring whitespace. Returns false if the text is not base64.
    static bool decodeBase64(QByteArrayView encoded, QByteArray *decoded);

    // The decoded size of `encoded` without decoding it, to refuse oversized photos up front.
    static qsizetype base64DecodedSize(QByteArrayView encoded);
};

} // namespace Lifeboat
