#pragma once

#include "common/Result.h"
#include "model/ical/CalendarLimits.h"
#include "model/ical/ICalTextSplitter.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QSet>
#include <QStringList>

namespace Lifeboat {

// Builds the export files from the original bytes of many calendar objects: one VCALENDAR with
// every VEVENT (calendar.ics) and one with every VTODO (todos.ics). Each component is copied
// line for line as the handset wrote it (only line ends become CRLF), so every property,
// parameter, X- property and VALARM is kept, even one libical would repair or drop; an object
// is accepted only when libical can read it. Each VTIMEZONE a kept component needs is written
// once (the first definition seen wins; a zone that no object
// defines is taken from libical's built-in zones when it is an IANA or Windows name).
// vCalendar 1.0 objects are converted to iCalendar 2.0 on the way. One instance belongs to one
// thread; instances on different threads are independent.
class ICalendarMerger
{
    Q_DECLARE_TR_FUNCTIONS(Lifeboat::ICalendarMerger)

public:
    explicit ICalendarMerger(const CalendarLimits &limits = {});

    // Adds every VEVENT and VTODO of one object. A damaged or oversized object is refused as a
    // whole and leaves the merger unchanged.
    Status add(QByteArrayView objectBytes);

    QByteArray eventsCalendar() const;
    QByteArray todosCalendar() const;
    int eventCount() const { return int(m_events.size()); }
    int todoCount() const { return int(m_todos.size()); }
    const QStringList &warnings() const { return m_warnings; }

private:
    QByteArray calendarOf(const QList<ICalTextComponent> &components) const;

    CalendarLimits m_limits;
    QList<ICalTextComponent> m_events;
    QList<ICalTextComponent> m_todos;
    QMap<QString, QByteArray> m_timeZones;   // TZID -> BEGIN:VTIMEZONE ... END:VTIMEZONE
    QList<QByteArray> m_calendarProperties;  // X-WR-CALNAME and the like, each once
    QStringList m_warnings;
};

} // namespace Lifeboat
