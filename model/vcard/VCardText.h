#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace Lifeboat {

// Backslash escaping of vCard text values and the splitting of compound values (N, ADR, ORG)
// into components.
class VCardText
{
public:
    enum class Dialect {
        V21, // only \; \, \\ are escapes; a backslash before anything else is a backslash
        V30, // RFC 2426: \\ \, \; \n \N
        V40, // RFC 6350: like 3.0, but ';' needs escaping only in compound values
    };

    static Dialect dialectForVersion(QStringView version);

    static QString unescape(QStringView text, Dialect dialect);

    // Splits at every `separator` not preceded by an escaping backslash; parts stay escaped.
    static QStringList splitEscaped(QStringView text, QChar separator);

    // Splits a compound value and unescapes each component.
    static QStringList components(QStringView text, Dialect dialect);

    // Every CRLF or lone CR as LF.
    static QString normalizeLineBreaks(QString text);

    // Escapes text for writing. `compound` marks a component of N, ADR or ORG.
    static QString escape(QStringView text, Dialect dialect, bool compound);

    // Turns every line break into the two characters `\n`, for values kept as written.
    static QString escapeLineBreaks(QStringView text);
};

} // namespace Lifeboat
