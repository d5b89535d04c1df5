#pragma once

// Private to model/ical: the property mapping of VCalendarConverter, for one VCALENDAR.

#include "model/ical/ICalLineWriter.h"
#include "model/ical/VCalendarLineReader.h"
#include "model/ical/VCalendarTime.h"

#include <QStringList>

#include <optional>

namespace Lifeboat {

class VCalendarComponentConverter
{
public:
    // `properties` are the decoded lines of one VCALENDAR, BEGIN and END lines included.
    explicit VCalendarComponentConverter(QList<VCalendarProperty> properties);

    void writeCalendar(ICalLineWriter &out);
    const QStringList &notes() const { return m_notes; }

private:
    struct Entry;  // one VEVENT / VTODO being written

    void writeComponent(qsizetype begin, qsizetype end, const QString &kind, ICalLineWriter &out);
    void writeProperty(const VCalendarProperty &property, Entry &entry, ICalLineWriter &out);
    void writeTime(const QString &name, const VCalendarProperty &property, Entry &entry, ICalLineWriter &out);
    void writeDateList(const QString &name, const VCalendarProperty &property, const Entry &entry,
                       ICalLineWriter &out);
    void writeAlarm(const VCalendarProperty &property, const Entry &entry, ICalLineWriter &out);
    void writeKept(const VCalendarProperty &property, ICalLineWriter &out);
    QString untilFor(const VCalendarTime &until, const Entry &entry) const;
    QString dateTimeFor(const VCalendarTime &time, const Entry &entry) const;
    QString utcStamp(const QString &value) const;

    QList<VCalendarProperty> m_properties;
    std::optional<int> m_tzOffset;  // seconds east of UTC, from the calendar's TZ
    QStringList m_notes;
};

} // namespace Lifeboat
