#pragma once

#include "common/Result.h"
#include "model/ical/CalendarLimits.h"
#include "model/ical/CalendarParseResult.h"

#include <QByteArrayView>

namespace Lifeboat {

// Reads one calendar object: iCalendar 2.0 (RFC 5545) or vCalendar 1.0, one VCALENDAR or
// several concatenated, events and to-dos together. Hostile input is bounded by `limits` and
// rejected with ErrorCode::LimitExceeded or InvalidData. Thread-safe (libical calls are
// serialised internally).
class ICalendarReader
{
public:
    static Result<CalendarParseResult> parse(QByteArrayView data, const CalendarLimits &limits = {});
};

} // namespace Lifeboat
