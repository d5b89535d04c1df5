#pragma once

#include <QtGlobal>

namespace Lifeboat {

// Bounds on what the iCalendar / vCalendar code accepts from a handset or a file. libical is not
// hardened against huge or deeply nested input, so CalendarPreScanner checks these before any
// byte reaches it. The defaults are far above anything a phone or a desktop program writes.
struct CalendarLimits
{
    qsizetype maxObjectBytes = 32 * 1024 * 1024;  // one stored object (may hold many VCALENDARs)
    qsizetype maxLineLength = 1024 * 1024;        // one unfolded content line (inline ATTACH)
    int maxComponents = 100000;                   // BEGIN lines in one object
    int maxPropertiesPerComponent = 2000;
    int maxNestingDepth = 6;                      // VCALENDAR > VTIMEZONE > STANDARD is 3
    int maxRecurrenceCount = 10000;               // occurrences returned by one expansion
    int maxRecurrenceIterations = 100000;         // rule instances examined (270 years of days)
};

} // namespace Lifeboat
