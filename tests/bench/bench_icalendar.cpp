// Prints how long reading, merging and expanding a large generated calendar takes.
// Usage: bench_icalendar [events]   (default 20000)

#include "model/ical/ICalendarMerger.h"
#include "model/ical/ICalendarReader.h"
#include "model/ical/RecurrenceExpander.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

using namespace Lifeboat;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int events = argc > 1 ? qMax(1, QByteArray(argv[1]).toInt()) : 20000;
    QByteArray calendar = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Lifeboat//bench//EN\r\n";
    for (int i = 0; i < events; ++i) {
        calendar += "BEGIN:VEVENT\r\nUID:bench-" + QByteArray::number(i) + "\r\nDTSTAMP:20240101T000000Z\r\n"
                    "DTSTART;TZID=Europe/Berlin:20240101T100000\r\nDTEND;TZID=Europe/Berlin:20240101T110000\r\n"
                    "RRULE:FREQ=WEEKLY;BYDAY=MO,WE\r\nSUMMARY:Event " + QByteArray::number(i) + "\r\n"
                    "DESCRIPTION:Line one\\nLine two\r\nBEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:-PT15M\r\n"
                    "DESCRIPTION:Reminder\r\nEND:VALARM\r\nEND:VEVENT\r\n";
    }
    calendar += "END:VCALENDAR\r\n";

    QTextStream out(stdout);
    QElapsedTimer timer;
    timer.start();
    const Result<CalendarParseResult> parsed = ICalendarReader::parse(calendar);
    if (!parsed) {
        out << "parse failed: " << parsed.error().toString() << Qt::endl;
        return 1;
    }
    const qint64 parseMs = timer.restart();
    ICalendarMerger merger;
    if (!merger.add(calendar))
        return 1;
    const QByteArray merged = merger.eventsCalendar();
    const qint64 mergeMs = timer.restart();
    qsizetype occurrences = 0;
    const QDateTime from(QDate(2024, 6, 1), QTime(0, 0), Qt::UTC);
    for (const Event &event : parsed->events) {
        const auto month = RecurrenceExpander::occurrences(event, from, from.addMonths(1), 100);
        occurrences += month ? month->size() : 0;
    }
    const qint64 expandMs = timer.elapsed();
    out << calendar.size() / 1024 << " KiB, " << parsed->events.size() << " events\n"
        << "parse:  " << parseMs << " ms\n"
        << "merge:  " << mergeMs << " ms (" << merged.size() / 1024 << " KiB out)\n"
        << "expand: " << expandMs << " ms for one month of every event (" << occurrences << " occurrences)"
        << Qt::endl;
    return 0;
}
