#include "model/ical/ICalLineWriter.h"

namespace Lifeboat {

QString ICalLineWriter::escapeText(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\\' || c == u';' || c == u',') {
            escaped += u'\\';
            escaped += c;
        } else if (c == u'\r') {
            if (i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            escaped += QStringLiteral("\\n");
        } else if (c == u'\n') {
            escaped += QStringLiteral("\\n");
        } else if (c.unicode() < 0x20 && c != u'\t') {
            continue;  // other control characters are not allowed in TEXT
        } else {
            escaped += c;
        }
    }
    return escaped;
}

QString ICalLineWriter::parameterValue(const QString &value)
{
    QString cleaned = value;
    cleaned.remove(u'"');
    cleaned.remove(u'\r');
    cleaned.remove(u'\n');
    if (cleaned.contains(u':') || cleaned.contains(u';') || cleaned.contains(u','))
        return u'"' + cleaned + u'"';
    return cleaned;
}

void ICalLineWriter::addProperty(const QString &name, const QList<std::pair<QString, QString>> &params,
                                 const QString &value)
{
    QString line = name;
    for (const auto &[key, parameter] : params)
        line += u';' + key + u'=' + parameterValue(parameter);
    line += u':' + value;
    addLine(line);
}

void ICalLineWriter::addLine(const QString &line)
{
    // Fold at 75 octets (RFC 5545 3.1) without splitting a UTF-8 sequence.
    const QByteArray utf8 = line.toUtf8();
    qsizetype start = 0;
    qsizetype limit = 75;
    while (utf8.size() - start > limit) {
        qsizetype cut = start + limit;
        while (cut > start + 1 && (uchar(utf8.at(cut)) & 0xC0) == 0x80)
            --cut;
        m_text += utf8.mid(start, cut - start);
        m_text += "\r\n ";
        start = cut;
        limit = 74;  // the leading space counts
    }
    m_text += utf8.mid(start);
    m_text += "\r\n";
}

} // namespace Lifeboat
