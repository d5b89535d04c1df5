#include "model/ical/ICalendarReader.h"

#include "model/ical/ICalItemReader.h"
#include "model/ical/ICalObjectParser.h"
#include "model/ical/LibicalSupport.h"

namespace Lifeboat {

Result<CalendarParseResult> ICalendarReader::parse(QByteArrayView data, const CalendarLimits &limits)
{
    CalendarParseResult result;
    LibicalLock lock;
    Result<std::vector<IcalComponentPtr>> calendars = ICalObjectParser::parse(data, limits, &result.warnings);
    if (!calendars)
        return calendars.error();

    for (const IcalComponentPtr &calendar : *calendars) {
        const ICalItemReader items(calendar.get(), &result.warnings);
        for (icalcomponent *c = icalcomponent_get_first_component(calendar.get(), ICAL_VEVENT_COMPONENT);
             c; c = icalcomponent_get_next_component(calendar.get(), ICAL_VEVENT_COMPONENT)) {
            result.events.append(items.readEvent(c));
        }
        for (icalcomponent *c = icalcomponent_get_first_component(calendar.get(), ICAL_VTODO_COMPONENT);
             c; c = icalcomponent_get_next_component(calendar.get(), ICAL_VTODO_COMPONENT)) {
            result.todos.append(items.readTodo(c));
        }
    }
    return result;
}

} // namespace Lifeboat
