#include "model/ical/VCalendarLineReader.h"

#include <QStringDecoder>

namespace Lifeboat {

namespace {

bool isQuotedPrintableLine(const QByteArray &line)
{
    const qsizetype colon = line.indexOf(':');
    return colon > 0 && line.first(colon).toUpper().contains("QUOTED-PRINTABLE");
}

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

} // namespace

QString VCalendarProperty::param(const QString &paramName) const
{
    for (const auto &[key, paramValue] : params) {
        if (key == paramName)
            return paramValue;
    }
    return {};
}

QList<VCalendarProperty> VCalendarLineReader::read(QByteArrayView block)
{
    QList<QByteArray> logicalLines;
    bool continuesQuotedPrintable = false;
    for (const QByteArray &physical : block.toByteArray().split('\n')) {
        QByteArray line = physical;
        if (line.endsWith('\r'))
            line.chop(1);
        if (continuesQuotedPrintable && !logicalLines.isEmpty()) {
            logicalLines.last().append(line);
        } else if (!line.isEmpty() && (line[0] == ' ' || line[0] == '\t') && !logicalLines.isEmpty()) {
            logicalLines.last().append(line.mid(1));
        } else if (!line.trimmed().isEmpty()) {
            logicalLines.append(line);
        } else {
            continue;
        }
        // A soft line break ("=" at the end) is removed here, before decoding.
        QByteArray &current = logicalLines.last();
        continuesQuotedPrintable = isQuotedPrintableLine(current) && current.endsWith('=');
        if (continuesQuotedPrintable)
            current.chop(1);
    }

    QList<VCalendarProperty> properties;
    properties.reserve(logicalLines.size());
    for (const QByteArray &line : logicalLines)
        properties.append(decodeLine(line));
    return properties;
}

VCalendarProperty VCalendarLineReader::decodeLine(const QByteArray &line)
{
    VCalendarProperty property;
    const qsizetype colon = line.indexOf(':');
    const QByteArray head = colon < 0 ? line : line.first(colon);
    const QByteArray rawValue = colon < 0 ? QByteArray() : line.mid(colon + 1);

    const QList<QByteArray> parts = head.split(';');
    property.name = QString::fromLatin1(parts.first().trimmed()).toUpper();
    QString encoding;
    QString charset;
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QByteArray part = parts.at(i).trimmed();
        const qsizetype equals = part.indexOf('=');
        QString key = QString::fromLatin1(equals < 0 ? part : part.first(equals)).toUpper();
        QString value = equals < 0 ? QString() : QString::fromUtf8(part.mid(equals + 1));
        if (equals < 0) {
            // vCalendar 1.0 allows bare parameter values ("QUOTED-PRINTABLE", "BASE64").
            value = key;
            key = (key == u"QUOTED-PRINTABLE" || key == u"BASE64" || key == u"8BIT" || key == u"7BIT")
                ? QStringLiteral("ENCODING") : QStringLiteral("TYPE");
        }
        if (key == u"ENCODING")
            encoding = value.toUpper();
        else if (key == u"CHARSET")
            charset = value;
        else
            property.params.append({key, value});
    }
    const QByteArray bytes = encoding == u"QUOTED-PRINTABLE" ? decodeQuotedPrintable(rawValue) : rawValue;
    property.value = decodeCharset(bytes, charset);
    if (encoding == u"BASE64")
        property.params.append({QStringLiteral("ENCODING"), QStringLiteral("BASE64")});
    return property;
}

QByteArray VCalendarLineReader::decodeQuotedPrintable(QByteArrayView encoded)
{
    QByteArray decoded;
    decoded.reserve(encoded.size());
    for (qsizetype i = 0; i < encoded.size(); ++i) {
        const char c = encoded[i];
        if (c == '=' && i + 2 < encoded.size() && hexValue(encoded[i + 1]) >= 0
            && hexValue(encoded[i + 2]) >= 0) {
            decoded.append(char(hexValue(encoded[i + 1]) * 16 + hexValue(encoded[i + 2])));
            i += 2;
        } else {  // a stray or truncated '=' stays as text
            decoded.append(c);
        }
    }
    return decoded;
}

QString VCalendarLineReader::decodeCharset(const QByteArray &bytes, const QString &charset)
{
    if (!charset.isEmpty()) {
        QStringDecoder decoder(charset.toLatin1().constData());
        if (decoder.isValid())
            return decoder.decode(bytes);
    }
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString text = utf8.decode(bytes);
    // Old phones without CHARSET write their own 8-bit encoding, mostly Latin-1.
    return utf8.hasError() ? QString::fromLatin1(bytes) : text;
}

} // namespace Lifeboat
