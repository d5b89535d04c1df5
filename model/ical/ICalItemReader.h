#pragma once

// Private to model/ical: fills Event / Todo from a parsed VEVENT / VTODO.

#include "model/ical/ICalTimeConverter.h"
#include "model/items/Event.h"
#include "model/items/Todo.h"

#include <libical/ical.h>

namespace Lifeboat {

class ICalItemReader
{
public:
    // Call with the LibicalLock held; `calendar` is the VCALENDAR holding the components.
    ICalItemReader(icalcomponent *calendar, QStringList *warnings);

    Event readEvent(icalcomponent *vevent) const;
    Todo readTodo(icalcomponent *vtodo) const;

private:
    QList<Alarm> readAlarms(icalcomponent *component, const CalendarTime &start,
                            const CalendarTime &end) const;
    static QStringList readCategories(icalcomponent *component);
    static QString textOf(icalcomponent *component, icalproperty_kind kind);
    static QString recurrenceRuleOf(icalcomponent *component);

    ICalTimeConverter m_times;
    QStringList *m_warnings;
};

} // namespace Lifeboat
