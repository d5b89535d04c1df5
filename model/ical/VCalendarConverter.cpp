#include "model/ical/VCalendarConverter.h"

#include "model/ModelLog.h"
#include "model/ical/CalendarPreScanner.h"
#include "model/ical/VCalendarComponentConverter.h"
#include "model/ical/VCalendarLineReader.h"

namespace Lifeboat {

Result<QByteArray> VCalendarConverter::toICalendar(QByteArrayView vcs, const CalendarLimits &limits)
{
    const Result<QList<CalendarBlock>> blocks = CalendarPreScanner::scan(vcs, limits);
    if (!blocks)
        return blocks.error();

    ICalLineWriter out;
    int converted = 0;
    for (const CalendarBlock &block : *blocks) {
        if (block.componentName != "VCALENDAR")
            continue;
        const QList<VCalendarProperty> properties =
            VCalendarLineReader::read(vcs.sliced(block.begin, block.end - block.begin));
        VCalendarComponentConverter converter(properties);
        converter.writeCalendar(out);
        for (const QString &note : converter.notes())
            qCDebug(lcModel) << "vCalendar 1.0 conversion:" << note;
        ++converted;
    }
    if (converted == 0) {
        return Error(ErrorCode::InvalidData,
                     tr("The file holds no vCalendar entries (no BEGIN:VCALENDAR)."),
                     QStringLiteral("no VCALENDAR"));
    }
    return out.text();
}

} // namespace Lifeboat
