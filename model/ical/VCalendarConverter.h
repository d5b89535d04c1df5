#pragma once

#include "common/Result.h"
#include "model/ical/CalendarLimits.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>

namespace Lifeboat {

// Converts vCalendar 1.0 (".vcs" from older phones) to iCalendar 2.0 (RFC 5545) text, one
// VCALENDAR per input VCALENDAR. Deterministic: the same input always gives the same bytes.
//
// Converted: DTSTART/DTEND/DUE/COMPLETED/DCREATED/LAST-MODIFIED (an entry whose
// X-EPOCAGENDAENTRYTYPE is EVENT or ANNIVERSARY, or whose DTSTART is a date, becomes all-day),
// QUOTED-PRINTABLE and CHARSET, RRULE (see VCalendarRuleConverter), EXDATE/RDATE lists,
// AALARM/DALARM (and MALARM/PALARM as display alarms) to VALARM, v1 STATUS and TRANSP values,
// CATEGORIES/RESOURCES lists, ATTENDEE with an e-mail address; a missing UID or DTSTAMP is
// derived from the content. X- properties are kept as written.
// Not converted: floating times stay floating (TZ and DAYLIGHT give only a fixed offset, which
// would put recurring entries off by an hour half of the year; TZ is used only to spell UNTIL
// and alarm times consistently); EXRULE, GEO, ATTACH, RNUM and other 1.0-only properties are
// kept as X-LIFEBOAT-VCAL1-<NAME> text so that nothing the handset stored is lost.
class VCalendarConverter
{
    Q_DECLARE_TR_FUNCTIONS(Lifeboat::VCalendarConverter)

public:
    static Result<QByteArray> toICalendar(QByteArrayView vcs, const CalendarLimits &limits = {});
};

} // namespace Lifeboat
