#include "model/vcard/VCardContentLine.h"

namespace Lifeboat {

namespace {

bool isVCardValue(const QByteArray &value)
{
    return value.trimmed().compare("VCARD", Qt::CaseInsensitive) == 0;
}

VCardTransferEncoding encodingFromName(const QByteArray &value)
{
    const QByteArray upper = value.trimmed().toUpper();
    if (upper == "QUOTED-PRINTABLE")
        return VCardTransferEncoding::QuotedPrintable;
    if (upper == "BASE64" || upper == "B")
        return VCardTransferEncoding::Base64;
    return VCardTransferEncoding::None;
}

} // namespace

bool VCardContentLine::isBeginVCard() const
{
    return name == "BEGIN" && isVCardValue(value);
}

bool VCardContentLine::isEndVCard() const
{
    return name == "END" && isVCardValue(value);
}

VCardTransferEncoding VCardContentLine::transferEncoding() const
{
    for (const VCardRawParameter &parameter : parameters) {
        // vCard 2.1 writers also use the bare forms `;QUOTED-PRINTABLE` and `;BASE64`.
        if (parameter.name == "ENCODING" || parameter.name.isEmpty()) {
            const VCardTransferEncoding encoding = encodingFromName(parameter.value);
            if (encoding != VCardTransferEncoding::None)
                return encoding;
        }
    }
    return VCardTransferEncoding::None;
}

QByteArray VCardContentLine::charset() const
{
    return parameterValue("CHARSET").trimmed();
}

QByteArray VCardContentLine::parameterValue(const QByteArray &upperName) const
{
    for (const VCardRawParameter &parameter : parameters) {
        if (parameter.name == upperName)
            return parameter.value;
    }
    return {};
}

bool VCardContentLine::hasParameter(const QByteArray &upperName) const
{
    for (const VCardRawParameter &parameter : parameters) {
        if (parameter.name == upperName)
            return true;
    }
    return false;
}

} // namespace Lifeboat
