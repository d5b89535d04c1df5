#pragma once

// Private to model/ical: writes RFC 5545 content lines (escaped, folded, CRLF).

#include <QByteArray>
#include <QList>
#include <QString>

namespace Lifeboat {

class ICalLineWriter
{
public:
    // TEXT value escaping: backslash, ';', ',' and line breaks (RFC 5545 3.3.11).
    static QString escapeText(const QString &text);
    // A parameter value, quoted when it holds ':', ';' or ',' (RFC 5545 3.2); '"' cannot be
    // represented and is dropped.
    static QString parameterValue(const QString &value);

    void addLine(const QString &line);
    void addProperty(const QString &name, const QList<std::pair<QString, QString>> &params,
                     const QString &value);
    void append(const ICalLineWriter &other) { m_text += other.m_text; }
    const QByteArray &text() const { return m_text; }

private:
    QByteArray m_text;
};

} // namespace Lifeboat
