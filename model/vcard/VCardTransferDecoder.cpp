#include "model/vcard/VCardTransferDecoder.h"

namespace Lifeboat {

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

bool isBase64Whitespace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

} // namespace

QByteArray VCardTransferDecoder::decodeQuotedPrintable(QByteArrayView encoded, bool *ok)
{
    *ok = true;
    QByteArray decoded;
    decoded.reserve(encoded.size());
    for (qsizetype i = 0; i < encoded.size(); ++i) {
        const char c = encoded[i];
        if (c != '=') {
            decoded.append(c);
            continue;
        }
        const int high = i + 1 < encoded.size() ? hexValue(encoded[i + 1]) : -1;
        const int low = i + 2 < encoded.size() ? hexValue(encoded[i + 2]) : -1;
        if (high < 0 || low < 0) {
            if (i + 1 == encoded.size())
                continue; // a trailing soft break with nothing after it
            *ok = false;
            decoded.append(c);
            continue;
        }
        decoded.append(char(high * 16 + low));
        i += 2;
    }
    return decoded;
}

qsizetype VCardTransferDecoder::base64DecodedSize(QByteArrayView encoded)
{
    qsizetype significant = 0;
    for (const char c : encoded) {
        if (!isBase64Whitespace(c) && c != '=')
            ++significant;
    }
    return significant / 4 * 3 + (significant % 4 == 0 ? 0 : significant % 4 - 1);
}

bool VCardTransferDecoder::decodeBase64(QByteArrayView encoded, QByteArray *decoded)
{
    QByteArray compact;
    compact.reserve(encoded.size());
    for (const char c : encoded) {
        if (!isBase64Whitespace(c))
            compact.append(c);
    }
    auto result = QByteArray::fromBase64Encoding(compact, QByteArray::AbortOnBase64DecodingErrors);
    if (!result)
        return false;
    *decoded = std::move(result.decoded);
    return true;
}

} // namespace Lifeboat
