#pragma once

#include "common/Result.h"
#include "model/items/Contact.h"
#include "model/vcard/VCardContentLine.h"
#include "model/vcard/VCardText.h"

#include <QCoreApplication>

namespace Lifeboat {

class VCardCharsetDecoder;
class VCardWarnings;

// Decodes the parameters and the value of one property: transfer encoding, charset, the
// TYPE / PREF parameters in all their spellings (`;CELL;PREF`, `TYPE=a,b`, `TYPE=a;TYPE=b`,
// `PREF=1`), and base64 payloads within the photo size limit.
class VCardValueDecoder
{
    Q_DECLARE_TR_FUNCTIONS(Lifeboat::VCardValueDecoder)

public:
    struct TypedParameters
    {
        QStringList types; // lower case, without "pref"
        bool preferred = false;
        bool uriValue = false; // VALUE=uri
        QList<VCardParameter> extra;
    };

    VCardValueDecoder(VCardCharsetDecoder &charsets, VCardWarnings &warnings,
                      qsizetype maxBinaryBytes);

    void setDialect(VCardText::Dialect dialect) { m_dialect = dialect; }
    VCardText::Dialect dialect() const { return m_dialect; }
    // The charset for properties of this card that name none and are not UTF-8.
    void setCardCharset(const QByteArray &charset) { m_cardCharset = charset; }

    // The value as text: quoted-printable and charset decoded, escapes untouched.
    QString text(const VCardContentLine &line);
    // The value unescaped, for single text values.
    QString unescapedText(const VCardContentLine &line);

    TypedParameters typedParameters(const VCardContentLine &line) const;

    // All parameters as strings; ENCODING and CHARSET are left out when `dropDecoded`.
    static QList<VCardParameter> parameters(const VCardContentLine &line, bool dropDecoded);

    // Decodes base64 (whitespace ignored). Fails with LimitExceeded above the binary limit;
    // returns false (after a warning) when the text is not base64.
    Result<bool> base64(QByteArrayView encoded, qsizetype lineNumber, QByteArray *decoded);

    static QString parameterText(const QByteArray &bytes);

private:
    VCardCharsetDecoder &m_charsets;
    VCardWarnings &m_warnings;
    qsizetype m_maxBinaryBytes;
    VCardText::Dialect m_dialect = VCardText::Dialect::V30;
    QByteArray m_cardCharset;
};

} // namespace Lifeboat
