#pragma once

// Private to model/ical: one calendar object's bytes -> libical VCALENDAR components.

#include "common/Result.h"
#include "model/ical/CalendarLimits.h"
#include "model/ical/CalendarPreScanner.h"
#include "model/ical/LibicalSupport.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QStringList>

#include <vector>

namespace Lifeboat {

// Pre-scans the object, converts vCalendar 1.0 blocks to iCalendar 2.0, wraps a bare
// VEVENT/VTODO in a VCALENDAR, and has libical parse each block. Call with the LibicalLock held.
class ICalObjectParser
{
    Q_DECLARE_TR_FUNCTIONS(Lifeboat::ICalObjectParser)

public:
    static Result<std::vector<IcalComponentPtr>> parse(QByteArrayView data,
                                                       const CalendarLimits &limits,
                                                       QStringList *warnings);

    // The iCalendar 2.0 text of one pre-scanned block: as written, converted from vCalendar
    // 1.0, or a bare VEVENT/VTODO wrapped in a VCALENDAR. Empty for other top-level components.
    static Result<QByteArray> blockText(QByteArrayView data, const CalendarBlock &block,
                                        const CalendarLimits &limits);

    // Removes the X-LIC-ERROR properties libical adds where it repaired something, reporting
    // each as a warning, so that they are neither shown nor exported.
    static void takeParserErrors(icalcomponent *component, QStringList *warnings);
};

} // namespace Lifeboat
