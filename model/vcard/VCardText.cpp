#include "model/vcard/VCardText.h"

namespace Lifeboat {

VCardText::Dialect VCardText::dialectForVersion(QStringView version)
{
    if (version.startsWith(u"2."))
        return Dialect::V21;
    if (version.startsWith(u"4."))
        return Dialect::V40;
    return Dialect::V30;
}

QString VCardText::unescape(QStringView text, Dialect dialect)
{
    if (!text.contains(u'\\'))
        return text.toString();
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c != u'\\' || i + 1 == text.size()) {
            out.append(c);
            continue;
        }
        const QChar next = text[i + 1];
        if (next == u'\\' || next == u';' || next == u',') {
            out.append(next);
            ++i;
        } else if (dialect != Dialect::V21 && (next == u'n' || next == u'N')) {
            out.append(u'\n');
            ++i;
        } else if (dialect != Dialect::V21 && next == u':') {
            out.append(next); // not in the RFCs, but some writers escape colons
            ++i;
        } else {
            out.append(c);
        }
    }
    return out;
}

QStringList VCardText::splitEscaped(QStringView text, QChar separator)
{
    QStringList parts;
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'\\') {
            ++i;
        } else if (text[i] == separator) {
            parts.append(text.sliced(start, i - start).toString());
            start = i + 1;
        }
    }
    parts.append(text.sliced(start).toString());
    return parts;
}

QStringList VCardText::components(QStringView text, Dialect dialect)
{
    QStringList parts = splitEscaped(text, u';');
    for (QString &part : parts)
        part = normalizeLineBreaks(unescape(part, dialect));
    return parts;
}

QString VCardText::normalizeLineBreaks(QString text)
{
    if (text.contains(u'\r'))
        text.replace(QLatin1String("\r\n"), QLatin1String("\n")).replace(u'\r', u'\n');
    return text;
}

QString VCardText::escape(QStringView text, Dialect dialect, bool compound)
{
    QString out;
    out.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'\\') {
            out.append(QLatin1String("\\\\"));
        } else if (c == u',') {
            out.append(QLatin1String("\\,"));
        } else if (c == u';' && (compound || dialect != Dialect::V40)) {
            out.append(QLatin1String("\\;"));
        } else if (c == u'\r') {
            out.append(QLatin1String("\\n"));
            if (i + 1 < text.size() && text[i + 1] == u'\n')
                ++i;
        } else if (c == u'\n') {
            out.append(QLatin1String("\\n"));
        } else {
            out.append(c);
        }
    }
    return out;
}

QString VCardText::escapeLineBreaks(QStringView text)
{
    if (!text.contains(u'\n') && !text.contains(u'\r'))
        return text.toString();
    QString out;
    out.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'\r') {
            out.append(QLatin1String("\\n"));
            if (i + 1 < text.size() && text[i + 1] == u'\n')
                ++i;
        } else if (c == u'\n') {
            out.append(QLatin1String("\\n"));
        } else {
            out.append(c);
        }
    }
    return out;
}

} // namespace Lifeboat
