#pragma once

#include "model/items/CalendarTime.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Lifeboat {

struct Alarm
{
    QString action;          // DISPLAY, AUDIO, EMAIL
    int triggerMinutesBefore = 0;  // relative to start (or due); negative: after
    QString description;
    bool operator==(const Alarm &) const = default;
};

// One VEVENT (or a vCalendar 1.0 event). A recurring event is one Event with its rule; an
// overridden occurrence is another Event with the same uid and a recurrenceId.
struct Event
{
    QString uid;
    QString summary;
    QString description;
    QString location;
    CalendarTime start;
    CalendarTime end;
    QString recurrenceRule;           // RRULE value as text, empty when not recurring
    QList<CalendarTime> exceptionDates;  // EXDATE
    QList<CalendarTime> extraDates;      // RDATE
    CalendarTime recurrenceId;        // set on an override of one occurrence
    QList<Alarm> alarms;
    QString status;                   // TENTATIVE, CONFIRMED, CANCELLED
    QStringList categories;
    QDateTime lastModified;
    int sequence = 0;

    bool isRecurring() const { return !recurrenceRule.isEmpty() || !extraDates.isEmpty(); }
    QString searchText() const;
    bool operator==(const Event &) const = default;
};

} // namespace Lifeboat
