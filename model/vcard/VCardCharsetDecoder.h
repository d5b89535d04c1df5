#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

#include <memory>

namespace Lifeboat {

// Turns property bytes into text according to a CHARSET parameter. Uses Qt's decoders (with ICU
// they know Windows-1252, Shift_JIS and most others), a built-in Windows-1252 table when Qt
// lacks it, and glibc's iconv as the last resort. One instance per parse caches the decoders.
class VCardCharsetDecoder
{
public:
    VCardCharsetDecoder();
    ~VCardCharsetDecoder();
    VCardCharsetDecoder(const VCardCharsetDecoder &) = delete;
    VCardCharsetDecoder &operator=(const VCardCharsetDecoder &) = delete;

    // Decodes `bytes` written in `charset`. Without a charset, UTF-8 is assumed and bytes that
    // are not UTF-8 are read in `fallbackCharset` if given (feature phones name Shift_JIS on
    // some properties of a card and write the others in it without saying so), else as
    // Windows-1252 (what old 2.1 writers on Windows produce). `known` is set to false if the
    // charset is not known; the text is then decoded as without.
    QString decode(const QByteArray &bytes, const QByteArray &charset, bool *known = nullptr,
                   const QByteArray &fallbackCharset = {});
    static QString decodeUtf8OrWindows1252(const QByteArray &bytes);

    static QString decodeWindows1252(QByteArrayView bytes);

private:
    enum class Method { Qt, Windows1252Table, Iconv, Unknown };
    Method methodFor(const QByteArray &upperCharset);
    static QString decodeIconv(const QByteArray &bytes, const QByteArray &charset, bool *ok);

    QHash<QByteArray, Method> m_methods;
};

} // namespace Lifeboat
