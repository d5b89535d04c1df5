#pragma once

#include "common/Result.h"
#include "model/ical/CalendarLimits.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>

namespace Lifeboat {

// One top-level BEGIN..END block of a calendar object, as byte offsets into the scanned data.
struct CalendarBlock
{
    qsizetype begin = 0;
    qsizetype end = 0;           // one past the END line's last byte
    QByteArray componentName;    // VCALENDAR, or VEVENT / VTODO written without a wrapper
    bool isVCalendar1 = false;   // VERSION:1.0 directly inside the block
};

// Checks a calendar object line by line before libical sees it: size, line length, nesting,
// component and property counts, balanced BEGIN/END, no NUL bytes. libical is not hardened
// against such input (deep nesting recurses, huge lines are copied repeatedly), so this is the
// gate. Runs in linear time and allocates only the block list.
class CalendarPreScanner
{
    Q_DECLARE_TR_FUNCTIONS(Lifeboat::CalendarPreScanner)

public:
    static Result<QList<CalendarBlock>> scan(QByteArrayView data, const CalendarLimits &limits);
};

} // namespace Lifeboat
