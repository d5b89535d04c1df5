#include "model/ical/ICalTextSplitter.h"

#include <QRegularExpression>

namespace Lifeboat {

namespace {

struct LogicalLine
{
    QByteArray raw;       // physical lines joined with CRLF, as written
    QByteArray unfolded;  // continuation breaks removed
};

QList<LogicalLine> logicalLines(QByteArrayView text)
{
    QList<LogicalLine> lines;
    for (QByteArray physical : text.toByteArray().split('\n')) {
        if (physical.endsWith('\r'))
            physical.chop(1);
        const bool continuation = !physical.isEmpty() && (physical[0] == ' ' || physical[0] == '\t');
        if (continuation && !lines.isEmpty()) {
            lines.last().raw += "\r\n" + physical;
            lines.last().unfolded += physical.mid(1);
        } else if (!physical.trimmed().isEmpty()) {
            lines.append({physical, physical});
        }
    }
    return lines;
}

QByteArray nameOf(const QByteArray &line)
{
    qsizetype end = 0;
    while (end < line.size() && line[end] != ':' && line[end] != ';')
        ++end;
    return line.first(end).trimmed().toUpper();
}

QByteArray valueOf(const QByteArray &line)
{
    // The value starts after the first ':' outside a quoted parameter value.
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (line[i] == '"')
            quoted = !quoted;
        else if (line[i] == ':' && !quoted)
            return line.mid(i + 1);
    }
    return {};
}

void collectTzidParameters(const QByteArray &line, QSet<QString> *tzids)
{
    static const QRegularExpression parameter(QStringLiteral(";TZID=(?:\"([^\"]*)\"|([^;:]*))"),
                                              QRegularExpression::CaseInsensitiveOption);
    const QString head = QString::fromUtf8(line.left(line.size() - valueOf(line).size()));
    QRegularExpressionMatchIterator it = parameter.globalMatch(head);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        tzids->insert(match.captured(1).isNull() ? match.captured(2) : match.captured(1));
    }
}

} // namespace

ICalTextCalendar ICalTextSplitter::split(QByteArrayView text)
{
    ICalTextCalendar calendar;
    int depth = 0;
    for (const LogicalLine &line : logicalLines(text)) {
        const QByteArray name = nameOf(line.unfolded);
        if (name == "BEGIN") {
            ++depth;
            if (depth == 2) {
                ICalTextComponent component;
                component.kind = valueOf(line.unfolded).trimmed().toUpper();
                calendar.components.append(component);
            }
        }
        if (depth >= 2) {
            ICalTextComponent &component = calendar.components.last();
            component.text += line.raw + "\r\n";
            if (depth == 2 && name == "TZID" && component.kind == "VTIMEZONE")
                component.tzid = QString::fromUtf8(valueOf(line.unfolded).trimmed());
            collectTzidParameters(line.unfolded, &component.usedTzids);
        } else if (depth == 1 && name != "BEGIN" && name != "END") {
            calendar.properties.append(line.raw + "\r\n");
        }
        if (name == "END")
            --depth;
    }
    return calendar;
}

} // namespace Lifeboat
