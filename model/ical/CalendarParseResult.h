#pragma once

#include "model/items/Event.h"
#include "model/items/Todo.h"

#include <QList>
#include <QStringList>

namespace Lifeboat {

// What one calendar object (one or several VCALENDARs) holds. Warnings name things that were
// read with loss (an unknown time zone, a libical repair) but did not stop the import.
struct CalendarParseResult
{
    QList<Event> events;
    QList<Todo> todos;
    QStringList warnings;
};

} // namespace Lifeboat
