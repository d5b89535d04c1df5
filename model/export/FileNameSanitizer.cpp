#include "model/export/FileNameSanitizer.h"

#include <QStringList>

namespace Lifeboat {

namespace {

constexpr char16_t Replacement = u'_';
// Longer "extensions" are text after a dot, not a file type worth keeping whole.
constexpr int MaxExtensionBytes = 16;

bool isForbidden(char16_t c)
{
    if (c < 0x20 || c == 0x7f)
        return true;
    switch (c) {
    case u'/': case u'\\': case u'<': case u'>': case u':': case u'"': case u'|': case u'?':
    case u'*':
        return true;
    default:
        return false;
    }
}

// Windows refuses these as names, with or without an extension ("con.txt" too).
bool isWindowsDeviceName(const QString &name)
{
    const QString stem = name.section(u'.', 0, 0).trimmed().toUpper();
    static const QStringList reserved{QStringLiteral("CON"), QStringLiteral("PRN"),
                                      QStringLiteral("AUX"), QStringLiteral("NUL")};
    if (reserved.contains(stem))
        return true;
    if (stem.size() == 4 && (stem.startsWith(u"COM") || stem.startsWith(u"LPT"))
        && stem.at(3) >= u'1' && stem.at(3) <= u'9')
        return true;
    return false;
}

// Cuts `text` to at most `maxBytes` of UTF-8 without splitting a character.
QString truncateUtf8(const QString &text, int maxBytes)
{
    int bytes = 0;
    int i = 0;
    while (i < text.size()) {
        const char32_t c = text.at(i).isHighSurrogate() && i + 1 < text.size()
            ? QChar::surrogateToUcs4(text.at(i), text.at(i + 1))
            : text.at(i).unicode();
        const int units = c > 0xffff ? 2 : 1;
        const int width = c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
        if (bytes + width > maxBytes)
            break;
        bytes += width;
        i += units;
    }
    return text.left(i);
}

} // namespace

QString FileNameSanitizer::sanitizeName(const QString &name)
{
    QString result;
    result.reserve(name.size());
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (c.isHighSurrogate() && i + 1 < name.size() && name.at(i + 1).isLowSurrogate()) {
            result.append(c);
            result.append(name.at(++i));
        } else if (c.isSurrogate()) {
            result.append(QChar(QChar::ReplacementCharacter));
        } else if (isForbidden(c.unicode())) {
            result.append(QChar(Replacement));
        } else {
            result.append(c);
        }
    }

    // Leading spaces confuse people; trailing dots and spaces are dropped silently by Windows.
    while (!result.isEmpty() && (result.back() == u' ' || result.back() == u'.'))
        result.chop(1);
    while (!result.isEmpty() && result.front() == u' ')
        result.remove(0, 1);

    if (result.isEmpty())
        return QString(QChar(Replacement));
    if (isWindowsDeviceName(result))
        result.prepend(QChar(Replacement));

    if (result.toUtf8().size() > MaxNameBytes) {
        const qsizetype dot = result.lastIndexOf(u'.');
        QString extension = dot > 0 ? result.mid(dot) : QString();
        if (extension.toUtf8().size() > MaxExtensionBytes)
            extension.clear();
        const QString stem = extension.isEmpty() ? result : result.left(dot);
        result = truncateUtf8(stem, MaxNameBytes - int(extension.toUtf8().size())) + extension;
        // The cut can leave a trailing space or dot, or bare a device name ("CON   …"): once
        // more, now that the name is short enough.
        return sanitizeName(result);
    }
    return result;
}

QString FileNameSanitizer::sanitizeRelativePath(const QString &path)
{
    QStringList parts;
    const QStringList components = path.split(u'/', Qt::SkipEmptyParts);
    for (const QString &component : components)
        parts.append(sanitizeName(component));
    if (parts.isEmpty())
        return QString(QChar(Replacement));
    return parts.join(u'/');
}

QString FileNameSanitizer::numbered(const QString &name, int n)
{
    const qsizetype dot = name.lastIndexOf(u'.');
    const QString suffix = QStringLiteral(" (%1)").arg(n);
    QString extension = dot > 0 ? name.mid(dot) : QString();
    if (extension.toUtf8().size() > MaxExtensionBytes)
        extension.clear();  // "a.long text" has no extension: number its end, as sanitizeName cuts it
    const QString stem = extension.isEmpty() ? name : name.left(dot);
    // A name already at the length limit makes room for the number rather than exceed it.
    const int room = MaxNameBytes - int(suffix.toUtf8().size() + extension.toUtf8().size());
    return truncateUtf8(stem, room) + suffix + extension;
}

} // namespace Lifeboat
