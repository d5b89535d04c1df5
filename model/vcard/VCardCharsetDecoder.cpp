#include "model/vcard/VCardCharsetDecoder.h"

#include <QStringDecoder>

#include <cerrno>
#include <cstring>
#include <iconv.h>

namespace Lifeboat {

namespace {

// Windows-1252 0x80..0x9F; 0 marks the five unassigned bytes, which Windows maps to C1 controls.
constexpr char16_t kWindows1252High[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

bool isWindows1252Name(const QByteArray &upper)
{
    return upper == "WINDOWS-1252" || upper == "CP1252" || upper == "X-CP1252"
        || upper == "MS-ANSI";
}

QString decodeUtf8Strict(const QByteArray &bytes, bool *ok)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    *ok = !decoder.hasError();
    return text;
}

} // namespace

VCardCharsetDecoder::VCardCharsetDecoder() = default;
VCardCharsetDecoder::~VCardCharsetDecoder() = default;

QString VCardCharsetDecoder::decodeWindows1252(QByteArrayView bytes)
{
    QString text(bytes.size(), Qt::Uninitialized);
    QChar *out = text.data();
    for (const char c : bytes) {
        const auto byte = static_cast<unsigned char>(c);
        char16_t unit = byte;
        if (byte >= 0x80 && byte < 0xA0 && kWindows1252High[byte - 0x80] != 0)
            unit = kWindows1252High[byte - 0x80];
        *out++ = QChar(unit);
    }
    return text;
}

VCardCharsetDecoder::Method VCardCharsetDecoder::methodFor(const QByteArray &upperCharset)
{
    const auto cached = m_methods.constFind(upperCharset);
    if (cached != m_methods.constEnd())
        return *cached;
    Method method = Method::Unknown;
    if (QStringDecoder(upperCharset.constData()).isValid()) {
        method = Method::Qt;
    } else if (isWindows1252Name(upperCharset)) {
        method = Method::Windows1252Table;
    } else {
        iconv_t probe = iconv_open("UTF-16LE", upperCharset.constData());
        if (probe != reinterpret_cast<iconv_t>(-1)) {
            iconv_close(probe);
            method = Method::Iconv;
        }
    }
    m_methods.insert(upperCharset, method);
    return method;
}

QString VCardCharsetDecoder::decodeIconv(const QByteArray &bytes, const QByteArray &charset,
                                         bool *ok)
{
    iconv_t converter = iconv_open("UTF-16LE", charset.constData());
    if (converter == reinterpret_cast<iconv_t>(-1)) {
        *ok = false;
        return {};
    }
    QString text;
    // UTF-16 needs at most two code units per input byte for every charset iconv knows.
    text.resize(bytes.size() * 2 + 2);
    QByteArray input = bytes;
    char *in = input.data();
    size_t inLeft = size_t(input.size());
    char *out = reinterpret_cast<char *>(text.data());
    size_t outLeft = size_t(text.size()) * 2;
    *ok = true;
    while (inLeft > 0) {
        if (iconv(converter, &in, &inLeft, &out, &outLeft) != size_t(-1))
            break;
        if (errno == E2BIG || outLeft < 2) {
            *ok = false;
            break;
        }
        // An invalid or truncated sequence: emit U+FFFD and go on with the next byte.
        const char16_t replacement = 0xFFFD;
        std::memcpy(out, &replacement, 2);
        out += 2;
        outLeft -= 2;
        ++in;
        --inLeft;
    }
    iconv_close(converter);
    text.resize((reinterpret_cast<QChar *>(out) - text.data()));
    return text;
}

QString VCardCharsetDecoder::decodeUtf8OrWindows1252(const QByteArray &bytes)
{
    bool utf8 = false;
    QString text = decodeUtf8Strict(bytes, &utf8);
    return utf8 ? text : decodeWindows1252(bytes);
}

QString VCardCharsetDecoder::decode(const QByteArray &bytes, const QByteArray &charset, bool *known,
                                    const QByteArray &fallbackCharset)
{
    if (known)
        *known = true;
    const QByteArray upper = charset.trimmed().toUpper();
    if (!upper.isEmpty() && upper != "UTF-8" && upper != "UTF8") {
        switch (methodFor(upper)) {
        case Method::Qt: {
            QStringDecoder decoder(upper.constData());
            return decoder.decode(bytes);
        }
        case Method::Windows1252Table:
            return decodeWindows1252(bytes);
        case Method::Iconv: {
            bool ok = false;
            QString text = decodeIconv(bytes, upper, &ok);
            if (ok)
                return text;
            break;
        }
        case Method::Unknown:
            break;
        }
        if (known)
            *known = false;
    }
    bool utf8 = false;
    QString text = decodeUtf8Strict(bytes, &utf8);
    if (utf8)
        return text;
    if (!fallbackCharset.isEmpty()) {
        bool fallbackKnown = false;
        text = decode(bytes, fallbackCharset, &fallbackKnown);
        if (fallbackKnown)
            return text;
    }
    return decodeWindows1252(bytes);
}

} // namespace Lifeboat
