#include "model/ical/CalendarPreScanner.h"

namespace Lifeboat {

namespace {

// The name of a content line: everything before the first ';' or ':' , trimmed, upper-cased.
QByteArray lineName(QByteArrayView line)
{
    qsizetype end = 0;
    while (end < line.size() && line[end] != ':' && line[end] != ';')
        ++end;
    return line.first(end).trimmed().toByteArray().toUpper();
}

QByteArray lineValue(QByteArrayView line)
{
    const qsizetype colon = line.indexOf(':');
    return colon < 0 ? QByteArray() : line.sliced(colon + 1).trimmed().toByteArray().toUpper();
}

Error limitError(const QString &message, const QString &detail)
{
    return Error(ErrorCode::LimitExceeded, message, detail);
}

} // namespace

Result<QList<CalendarBlock>> CalendarPreScanner::scan(QByteArrayView data,
                                                      const CalendarLimits &limits)
{
    if (data.size() > limits.maxObjectBytes) {
        return limitError(tr("The calendar file is larger than %1 MiB, which Lifeboat does not "
                             "read. It is probably not a calendar.")
                              .arg(limits.maxObjectBytes / (1024 * 1024)),
                          QStringLiteral("size %1").arg(data.size()));
    }

    QList<CalendarBlock> blocks;
    QList<QByteArray> open;         // names of the components we are inside
    QList<int> propertyCounts;      // per open component
    int components = 0;
    qsizetype logicalLineStart = 0; // where the current unfolded line began
    qsizetype lineNumber = 0;
    qsizetype pos = 0;

    while (pos < data.size()) {
        qsizetype eol = pos;
        while (eol < data.size() && data[eol] != '\n' && data[eol] != '\r') {
            if (data[eol] == '\0') {
                return Error(ErrorCode::InvalidData,
                             tr("The calendar file contains binary data and cannot be read."),
                             QStringLiteral("NUL byte at offset %1").arg(eol));
            }
            ++eol;
        }
        qsizetype next = eol;
        if (next < data.size() && data[next] == '\r')
            ++next;
        if (next < data.size() && data[next] == '\n')
            ++next;
        ++lineNumber;
        const QByteArrayView line = data.sliced(pos, eol - pos);
        const bool continuation = !line.isEmpty() && (line[0] == ' ' || line[0] == '\t');
        if (!continuation)
            logicalLineStart = pos;
        if (eol - logicalLineStart > limits.maxLineLength) {
            return limitError(tr("A line in the calendar file is longer than %1 KiB, which "
                                 "Lifeboat does not read.")
                                  .arg(limits.maxLineLength / 1024),
                              QStringLiteral("line %1").arg(lineNumber));
        }
        pos = next;
        if (continuation || line.trimmed().isEmpty())
            continue;

        const QByteArray name = lineName(line);
        if (name == "BEGIN") {
            const QByteArray component = lineValue(line);
            if (open.size() >= limits.maxNestingDepth) {
                return limitError(tr("The calendar file nests components deeper than %1 levels, "
                                     "which Lifeboat does not read.")
                                      .arg(limits.maxNestingDepth),
                                  QStringLiteral("line %1").arg(lineNumber));
            }
            if (++components > limits.maxComponents) {
                return limitError(tr("The calendar file holds more than %1 components, which "
                                     "Lifeboat does not read.")
                                      .arg(limits.maxComponents),
                                  QStringLiteral("line %1").arg(lineNumber));
            }
            if (open.isEmpty()) {
                CalendarBlock block;
                block.begin = line.data() - data.data();
                block.componentName = component;
                blocks.append(block);
            } else {
                ++propertyCounts.last();
            }
            open.append(component);
            propertyCounts.append(0);
        } else if (name == "END") {
            const QByteArray component = lineValue(line);
            if (open.isEmpty() || open.last() != component) {
                return Error(ErrorCode::InvalidData,
                             tr("The calendar file is damaged: its components do not end in "
                                "the order they begin."),
                             QStringLiteral("unexpected END:%1 at line %2")
                                 .arg(QString::fromLatin1(component))
                                 .arg(lineNumber));
            }
            open.removeLast();
            propertyCounts.removeLast();
            if (open.isEmpty())
                blocks.last().end = next;
        } else if (!open.isEmpty()) {
            if (++propertyCounts.last() > limits.maxPropertiesPerComponent) {
                return limitError(tr("A calendar entry has more than %1 properties, which "
                                     "Lifeboat does not read.")
                                      .arg(limits.maxPropertiesPerComponent),
                                  QStringLiteral("line %1").arg(lineNumber));
            }
            if (open.size() == 1 && name == "VERSION" && lineValue(line) == "1.0")
                blocks.last().isVCalendar1 = true;
        }
        // Text outside any component (a mail header, a signature) is ignored.
    }

    if (!open.isEmpty()) {
        return Error(ErrorCode::InvalidData,
                     tr("The calendar file is cut off: it ends before its last entry is complete."),
                     QStringLiteral("missing END:%1").arg(QString::fromLatin1(open.last())));
    }
    if (blocks.isEmpty()) {
        return Error(ErrorCode::InvalidData,
                     tr("The file holds no calendar entries (no BEGIN:VCALENDAR)."),
                     QStringLiteral("no component"));
    }
    return blocks;
}

} // namespace Lifeboat
