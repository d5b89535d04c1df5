#include "model/ical/ICalObjectParser.h"

#include "model/ModelLog.h"
#include "model/ical/VCalendarConverter.h"

namespace Lifeboat {

namespace {
constexpr int kMaxWarnings = 100;  // a garbage file must not produce megabytes of warnings

void addWarning(QStringList *warnings, const QString &warning)
{
    if (warnings && warnings->size() < kMaxWarnings)
        warnings->append(warning);
}
bool hasLoneCarriageReturn(QByteArrayView bytes)
{
    for (qsizetype i = bytes.indexOf('\r'); i >= 0 && i < bytes.size(); i = bytes.indexOf('\r', i + 1)) {
        if (i + 1 == bytes.size() || bytes[i + 1] != '\n')
            return true;
    }
    return false;
}

} // namespace

void ICalObjectParser::takeParserErrors(icalcomponent *component, QStringList *warnings)
{
    std::vector<icalproperty *> errors;
    for (icalproperty *p = icalcomponent_get_first_property(component, ICAL_XLICERROR_PROPERTY); p;
         p = icalcomponent_get_next_property(component, ICAL_XLICERROR_PROPERTY)) {
        errors.push_back(p);
    }
    for (icalproperty *error : errors) {
        const QString message = icalText(icalproperty_get_xlicerror(error));
        // RFC 5545 allows an empty TEXT value ("DESCRIPTION:", as Google writes it); libical
        // drops such a property, which loses nothing worth a warning.
        if (!message.startsWith(u"No value for"))
            addWarning(warnings, QStringLiteral("libical: %1").arg(message));
        icalcomponent_remove_property(component, error);
        icalproperty_free(error);
    }
    for (icalcomponent *child = icalcomponent_get_first_component(component, ICAL_ANY_COMPONENT);
         child; child = icalcomponent_get_next_component(component, ICAL_ANY_COMPONENT)) {
        takeParserErrors(child, warnings);
    }
}

Result<QByteArray> ICalObjectParser::blockText(QByteArrayView data, const CalendarBlock &block,
                                              const CalendarLimits &limits)
{
    QByteArrayView bytes = data.sliced(block.begin, block.end - block.begin);
    // Old Mac programs end lines with a lone CR, which neither libical nor the splitter
    // expects; the pre-scan already accepted it as a line end.
    QByteArray normalized;
    if (hasLoneCarriageReturn(bytes)) {
        normalized = bytes.toByteArray();
        normalized.replace("\r\n", "\n");
        normalized.replace('\r', '\n');
        bytes = normalized;
    }
    if (block.componentName == "VCALENDAR" && block.isVCalendar1)
        return VCalendarConverter::toICalendar(bytes, limits);
    if (block.componentName == "VCALENDAR")
        return bytes.toByteArray();
    if (block.componentName == "VEVENT" || block.componentName == "VTODO") {
        // Some phones store a bare component; give it the envelope RFC 5545 requires.
        return QByteArray(QByteArrayLiteral("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"
                                            "PRODID:-//Lifeboat//NONSGML Lifeboat//EN\r\n")
                          + bytes.toByteArray() + QByteArrayLiteral("\r\nEND:VCALENDAR\r\n"));
    }
    return QByteArray();
}

Result<std::vector<IcalComponentPtr>> ICalObjectParser::parse(QByteArrayView data,
                                                             const CalendarLimits &limits,
                                                             QStringList *warnings)
{
    const Result<QList<CalendarBlock>> blocks = CalendarPreScanner::scan(data, limits);
    if (!blocks)
        return blocks.error();

    std::vector<IcalComponentPtr> calendars;
    for (const CalendarBlock &block : *blocks) {
        Result<QByteArray> text = blockText(data, block, limits);
        if (!text)
            return text.error();
        if (text->isEmpty()) {
            addWarning(warnings, QStringLiteral("ignored top-level component %1")
                                     .arg(QString::fromLatin1(block.componentName)));
            continue;
        }
        IcalComponentPtr calendar = parseIcalComponent(*text);
        if (!calendar || icalcomponent_isa(calendar.get()) != ICAL_VCALENDAR_COMPONENT) {
            qCWarning(lcModel) << "libical could not parse a calendar block:"
                               << icalerror_strerror(icalerrno);
            return Error(ErrorCode::InvalidData,
                         tr("The calendar file is damaged and cannot be read."),
                         QStringLiteral("libical: %1 at offset %2")
                             .arg(QString::fromUtf8(icalerror_strerror(icalerrno)))
                             .arg(block.begin));
        }
        takeParserErrors(calendar.get(), warnings);
        calendars.push_back(std::move(calendar));
    }
    return calendars;
}

} // namespace Lifeboat
