// libFuzzer target for the iCalendar / vCalendar 1.0 import: the reader, the export merger and
// recurrence expansion of whatever the reader accepts. Seeds: tests/data/ical.
//   fuzz_icalendar -max_total_time=600 corpus/ ../tests/data/ical

#include "model/ical/ICalendarMerger.h"
#include "model/ical/ICalendarReader.h"
#include "model/ical/RecurrenceExpander.h"

#include <cstddef>
#include <cstdint>

using namespace Lifeboat;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    const Result<CalendarParseResult> parsed = ICalendarReader::parse(input);
    if (parsed) {
        const QDateTime from(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC);
        for (const Event &event : parsed->events) {
            const auto occurrences = RecurrenceExpander::occurrences(event, from, from.addYears(2), 200);
            (void)occurrences;
        }
    }
    ICalendarMerger merger;
    if (merger.add(input)) {
        const Result<CalendarParseResult> again = ICalendarReader::parse(merger.eventsCalendar());
        (void)again;
    }
    return 0;
}
