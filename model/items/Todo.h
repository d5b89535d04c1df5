#pragma once

#include "model/items/CalendarTime.h"
#include "model/items/Event.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace Lifeboat {

// One VTODO (or a vCalendar 1.0 to-do).
struct Todo
{
    enum class Status { None, NeedsAction, InProcess, Completed, Cancelled };

    QString uid;
    QString summary;
    QString description;
    CalendarTime start;
    CalendarTime due;
    QDateTime completed;
    Status status = Status::None;
    int priority = 0;          // 0 undefined, 1 highest .. 9 lowest (RFC 5545)
    int percentComplete = 0;
    QString recurrenceRule;
    QList<Alarm> alarms;
    QStringList categories;
    QDateTime lastModified;

    static QString statusName(Status status);  // NEEDS-ACTION, IN-PROCESS, ...
    QString searchText() const;
    bool operator==(const Todo &) const = default;
};

} // namespace Lifeboat
