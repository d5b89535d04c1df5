#include "model/vcard/VCardValueDecoder.h"

#include "model/vcard/VCardCharsetDecoder.h"
#include "model/vcard/VCardTransferDecoder.h"
#include "model/vcard/VCardWarnings.h"

namespace Lifeboat {

namespace {

bool isTransferWord(const QByteArray &upper)
{
    return upper == "QUOTED-PRINTABLE" || upper == "BASE64" || upper == "B" || upper == "8BIT"
        || upper == "7BIT";
}

void addType(QStringList &types, bool &preferred, const QString &raw)
{
    const QString type = raw.trimmed().toLower();
    if (type.isEmpty())
        return;
    if (type == u"pref")
        preferred = true;
    else if (!types.contains(type))
        types.append(type);
}

} // namespace

VCardValueDecoder::VCardValueDecoder(VCardCharsetDecoder &charsets, VCardWarnings &warnings,
                                     qsizetype maxBinaryBytes)
    : m_charsets(charsets), m_warnings(warnings), m_maxBinaryBytes(maxBinaryBytes)
{}

QString VCardValueDecoder::parameterText(const QByteArray &bytes)
{
    return VCardCharsetDecoder::decodeUtf8OrWindows1252(bytes);
}

QString VCardValueDecoder::text(const VCardContentLine &line)
{
    QByteArray bytes = line.value;
    if (line.transferEncoding() == VCardTransferEncoding::QuotedPrintable) {
        bool ok = true;
        bytes = VCardTransferDecoder::decodeQuotedPrintable(line.value, &ok);
        if (!ok)
            m_warnings.add(tr("Line %1: the quoted-printable value of %2 is damaged; the damaged "
                              "characters were kept as written.")
                               .arg(line.lineNumber)
                               .arg(QString::fromLatin1(line.name)));
    }
    bool known = true;
    QString decoded = m_charsets.decode(bytes, line.charset(), &known, m_cardCharset);
    if (!known)
        m_warnings.add(tr("Line %1: the character set \"%2\" is unknown; the value was read as "
                          "UTF-8.")
                           .arg(line.lineNumber)
                           .arg(QString::fromLatin1(line.charset())));
    return decoded;
}

QString VCardValueDecoder::unescapedText(const VCardContentLine &line)
{
    // Quoted-printable text from Windows and Android carries CRLF; Lifeboat keeps "\n" only,
    // which is what every version's `\n` escape reads back as.
    return VCardText::normalizeLineBreaks(VCardText::unescape(text(line), m_dialect));
}

VCardValueDecoder::TypedParameters
VCardValueDecoder::typedParameters(const VCardContentLine &line) const
{
    TypedParameters result;
    for (const VCardRawParameter &parameter : line.parameters) {
        const QByteArray upperValue = parameter.value.trimmed().toUpper();
        if (parameter.name.isEmpty()) {
            if (!isTransferWord(upperValue) && upperValue != "UTF-8")
                addType(result.types, result.preferred, parameterText(parameter.value));
        } else if (parameter.name == "TYPE") {
            const QStringList values = parameterText(parameter.value).split(u',');
            for (const QString &value : values)
                addType(result.types, result.preferred, value);
        } else if (parameter.name == "PREF" && upperValue == "1") {
            result.preferred = true;
        } else if (parameter.name == "VALUE" && upperValue == "URI") {
            result.uriValue = true;
        } else if (parameter.name != "ENCODING" && parameter.name != "CHARSET") {
            result.extra.append({QString::fromLatin1(parameter.name),
                                 parameterText(parameter.value)});
        }
    }
    return result;
}

QList<VCardParameter> VCardValueDecoder::parameters(const VCardContentLine &line, bool dropDecoded)
{
    QList<VCardParameter> result;
    result.reserve(line.parameters.size());
    for (const VCardRawParameter &parameter : line.parameters) {
        if (dropDecoded) {
            if (parameter.name == "CHARSET")
                continue;
            if ((parameter.name == "ENCODING" || parameter.name.isEmpty())
                && parameter.value.trimmed().toUpper() == "QUOTED-PRINTABLE")
                continue;
        }
        result.append({QString::fromLatin1(parameter.name), parameterText(parameter.value)});
    }
    return result;
}

Result<bool> VCardValueDecoder::base64(QByteArrayView encoded, qsizetype lineNumber,
                                       QByteArray *decoded)
{
    const qsizetype size = VCardTransferDecoder::base64DecodedSize(encoded);
    if (size > m_maxBinaryBytes)
        return Error(ErrorCode::LimitExceeded,
                     tr("The picture on line %1 of the vCard data is larger than %2 bytes. The "
                        "file is damaged or not a contact file.")
                         .arg(lineNumber)
                         .arg(m_maxBinaryBytes),
                     QStringLiteral("vCard line %1: decoded binary of %2 bytes exceeds "
                                    "maxPhotoBytes=%3")
                         .arg(lineNumber)
                         .arg(size)
                         .arg(m_maxBinaryBytes));
    if (!VCardTransferDecoder::decodeBase64(encoded, decoded)) {
        m_warnings.add(tr("Line %1: the base64 data is damaged and was skipped.").arg(lineNumber));
        return false;
    }
    return true;
}

} // namespace Lifeboat
