#include "model/ical/VCalendarComponentConverter.h"

#include "model/ical/VCalendarRuleConverter.h"

#include <QCryptographicHash>
#include <QRegularExpression>

namespace Lifeboat {

namespace {

// "+01", "+0100", "+01:00", "-5" -> seconds east of UTC.
std::optional<int> parseOffset(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^([+-])(\\d{1,2}):?(\\d{2})?$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const int seconds = match.captured(2).toInt() * 3600 + match.captured(3).toInt() * 60;
    if (seconds > 14 * 3600)
        return std::nullopt;
    return match.captured(1) == u"-" ? -seconds : seconds;
}

QString durationText(qint64 seconds)
{
    const QString sign = seconds < 0 ? QStringLiteral("-") : QString();
    const qint64 magnitude = qAbs(seconds);
    if (magnitude % 60 == 0)
        return sign + QStringLiteral("PT%1M").arg(magnitude / 60);
    return sign + QStringLiteral("PT%1S").arg(magnitude);
}

bool isDuration(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[+-]?P(\\d+W|(\\d+D)?(T(\\d+H)?(\\d+M)?(\\d+S)?)?)$"));
    return text.size() > 2 && pattern.match(text).hasMatch() && !text.endsWith(u'T');
}

QString mappedStatus(const QString &status, bool isTodo)
{
    const QString upper = status.trimmed().toUpper();
    if (isTodo) {
        if (upper == u"NEEDS ACTION" || upper == u"NEEDS-ACTION" || upper == u"SENT" || upper == u"DELEGATED")
            return QStringLiteral("NEEDS-ACTION");
        if (upper == u"COMPLETED")
            return QStringLiteral("COMPLETED");
        if (upper == u"ACCEPTED" || upper == u"IN-PROCESS")
            return QStringLiteral("IN-PROCESS");
        if (upper == u"DECLINED" || upper == u"CANCELLED")
            return QStringLiteral("CANCELLED");
        return {};
    }
    if (upper == u"TENTATIVE" || upper == u"NEEDS ACTION" || upper == u"SENT")
        return QStringLiteral("TENTATIVE");
    if (upper == u"CONFIRMED" || upper == u"ACCEPTED" || upper == u"COMPLETED")
        return QStringLiteral("CONFIRMED");
    if (upper == u"DECLINED" || upper == u"CANCELLED")
        return QStringLiteral("CANCELLED");
    return {};
}

} // namespace

QString VCalendarComponentConverter::utcStamp(const QString &value) const
{
    const std::optional<VCalendarTime> time = VCalendarTime::parse(value);
    return time ? VCalendarTime::toICalUtc(time->toUtc(m_tzOffset)) : QString();
}

struct VCalendarComponentConverter::Entry
{
    bool isTodo = false;
    bool allDay = false;
    std::optional<VCalendarTime> start;
    std::optional<VCalendarTime> due;
    QString summary;
    bool wroteStart = false;
    bool wroteEnd = false;
    ICalLineWriter alarms;  // RFC 5545 puts sub-components after all properties
};

VCalendarComponentConverter::VCalendarComponentConverter(QList<VCalendarProperty> properties)
    : m_properties(std::move(properties))
{}

void VCalendarComponentConverter::writeCalendar(ICalLineWriter &out)
{
    for (const VCalendarProperty &property : std::as_const(m_properties)) {
        if (property.name == u"TZ")
            m_tzOffset = parseOffset(property.value);
    }

    out.addLine(QStringLiteral("BEGIN:VCALENDAR"));
    out.addLine(QStringLiteral("VERSION:2.0"));
    out.addLine(QStringLiteral("PRODID:-//Lifeboat//vCalendar 1.0 conversion//EN"));
    int depth = 0;
    qsizetype componentBegin = -1;
    QString componentKind;
    for (qsizetype i = 0; i < m_properties.size(); ++i) {
        const VCalendarProperty &property = m_properties.at(i);
        if (property.name == u"BEGIN") {
            if (++depth == 2) {
                componentBegin = i + 1;
                componentKind = property.value.trimmed().toUpper();
            }
            continue;
        }
        if (property.name == u"END") {
            if (depth-- == 2) {
                if (componentKind == u"VEVENT" || componentKind == u"VTODO")
                    writeComponent(componentBegin, i, componentKind, out);
                else
                    m_notes.append(QStringLiteral("dropped component %1").arg(componentKind));
            }
            continue;
        }
        if (depth != 1 || property.name == u"VERSION" || property.name == u"PRODID")
            continue;
        writeKept(property, out);
    }
    out.addLine(QStringLiteral("END:VCALENDAR"));
}

void VCalendarComponentConverter::writeComponent(qsizetype begin, qsizetype end, const QString &kind,
                                                 ICalLineWriter &out)
{
    Entry entry;
    entry.isTodo = kind == u"VTODO";
    QString entryType;
    QString uid;
    QString stamp;
    QCryptographicHash contentHash(QCryptographicHash::Sha1);
    bool hasRule = false;
    for (qsizetype i = begin; i < end; ++i) {
        const VCalendarProperty &p = m_properties.at(i);
        contentHash.addData(QByteArray(p.name.toUtf8() + ':' + p.value.toUtf8() + '\n'));
        if (p.name == u"DTSTART" && !entry.start)
            entry.start = VCalendarTime::parse(p.value);
        else if (p.name == u"DUE" && !entry.due)
            entry.due = VCalendarTime::parse(p.value);
        else if (p.name == u"X-EPOCAGENDAENTRYTYPE")
            entryType = p.value.trimmed().toUpper();
        else if (p.name == u"UID")
            uid = p.value;
        else if (p.name == u"SUMMARY")
            entry.summary = p.value;
        else if (p.name == u"RRULE")
            hasRule = true;
        else if (p.name == u"LAST-MODIFIED" || (p.name == u"DCREATED" && stamp.isEmpty()))
            stamp = utcStamp(p.value);
    }
    // Symbian marks all-day entries ("EVENT", "ANNIVERSARY") by type, with midnight times.
    entry.allDay = !entry.isTodo
        && (entryType == u"EVENT" || entryType == u"ANNIVERSARY" || (entry.start && !entry.start->hasTime));

    out.addLine(QStringLiteral("BEGIN:") + kind);
    if (uid.trimmed().isEmpty()) {
        // RFC 5545 requires a UID; derive it from the content so that conversion stays
        // deterministic and a second backup of the same entry gets the same one.
        out.addLine(QStringLiteral("UID:vcal1-%1@lifeboat")
                        .arg(QString::fromLatin1(contentHash.result().toHex())));
    }
    out.addLine(QStringLiteral("DTSTAMP:")
                + (stamp.isEmpty() ? QStringLiteral("19700101T000000Z") : stamp));
    for (qsizetype i = begin; i < end; ++i) {
        const VCalendarProperty &p = m_properties.at(i);
        if (p.name == u"BEGIN" || p.name == u"END")
            continue;  // 1.0 has no nested components; a stray one is dropped
        writeProperty(p, entry, out);
    }
    if (entryType == u"ANNIVERSARY" && !hasRule)
        out.addLine(QStringLiteral("RRULE:FREQ=YEARLY"));
    out.append(entry.alarms);
    out.addLine(QStringLiteral("END:") + kind);
}

QString VCalendarComponentConverter::dateTimeFor(const VCalendarTime &time, const Entry &entry) const
{
    if (entry.allDay)
        return VCalendarTime::toICalDate(time.localDate(m_tzOffset));
    return time.toICalDateTime();
}

QString VCalendarComponentConverter::untilFor(const VCalendarTime &until, const Entry &entry) const
{
    // RFC 5545: UNTIL is a DATE when DTSTART is, UTC when DTSTART is UTC or zoned, floating
    // when DTSTART is floating.
    const std::optional<VCalendarTime> &reference = entry.isTodo && !entry.start ? entry.due : entry.start;
    if (entry.allDay || (reference && !reference->hasTime))
        return VCalendarTime::toICalDate(until.localDate(m_tzOffset));
    if (reference && reference->utc)
        return VCalendarTime::toICalUtc(until.toUtc(m_tzOffset));
    VCalendarTime local = until;
    if (until.utc && until.hasTime) {
        const QDateTime wall = QDateTime(until.date, until.time, Qt::UTC).addSecs(m_tzOffset.value_or(0));
        local.date = wall.date();
        local.time = wall.time();
    }
    local.utc = false;
    return local.toICalDateTime();
}

void VCalendarComponentConverter::writeTime(const QString &name, const VCalendarProperty &property,
                                            Entry &entry, ICalLineWriter &out)
{
    const std::optional<VCalendarTime> time = VCalendarTime::parse(property.value);
    if (!time) {
        m_notes.append(QStringLiteral("unreadable %1 \"%2\"").arg(name, property.value));
        return;
    }
    if (name == u"DTEND" && entry.allDay && entry.start) {
        // An all-day DTEND is exclusive; phones write the last day, at 00:00 or 23:59.
        const QDate first = entry.start->localDate(m_tzOffset);
        // Without TZ, the offset is the one that made the start local midnight.
        const int offset = m_tzOffset.value_or(
            entry.start->utc && entry.start->hasTime
                ? int(entry.start->toUtc(std::nullopt).secsTo(QDateTime(first, QTime(0, 0), Qt::UTC)))
                : 0);
        const QDateTime localEnd = time->utc ? time->toUtc(std::nullopt).addSecs(offset)
                                             : QDateTime(time->date, time->time, Qt::UTC);
        QDate last = time->hasTime ? localEnd.date() : time->date;
        const bool endsAtMidnight = !time->hasTime || localEnd.time() == QTime(0, 0);
        if (!endsAtMidnight || last <= first)
            last = last.addDays(1);
        out.addLine(QStringLiteral("DTEND;VALUE=DATE:") + VCalendarTime::toICalDate(qMax(last, first.addDays(1))));
        return;
    }
    if (entry.allDay || !time->hasTime)
        out.addLine(name + QStringLiteral(";VALUE=DATE:") + VCalendarTime::toICalDate(
                        entry.allDay ? time->localDate(m_tzOffset) : time->date));
    else
        out.addLine(name + u':' + time->toICalDateTime());
}

void VCalendarComponentConverter::writeDateList(const QString &name, const VCalendarProperty &property,
                                                const Entry &entry, ICalLineWriter &out)
{
    QStringList values;
    for (const QString &item : property.value.split(QRegularExpression(QStringLiteral("[;,]")), Qt::SkipEmptyParts)) {
        if (const auto time = VCalendarTime::parse(item))
            values.append(dateTimeFor(*time, entry));
    }
    if (values.isEmpty())
        return;
    out.addLine(name + (entry.allDay ? QStringLiteral(";VALUE=DATE:") : QStringLiteral(":")) + values.join(u','));
}

void VCalendarComponentConverter::writeAlarm(const VCalendarProperty &property, const Entry &entry,
                                             ICalLineWriter &out)
{
    // runTime;snoozeTime;repeatCount;audioContent|displayString|email|procedure
    const QStringList fields = property.value.split(u';');
    const std::optional<VCalendarTime> runTime = VCalendarTime::parse(fields.value(0));
    if (!runTime) {
        m_notes.append(QStringLiteral("%1 without a time dropped").arg(property.name));
        return;
    }
    const std::optional<VCalendarTime> &reference = entry.isTodo && entry.due ? entry.due : entry.start;
    out.addLine(QStringLiteral("BEGIN:VALARM"));
    if (property.name == u"AALARM") {
        out.addLine(QStringLiteral("ACTION:AUDIO"));
    } else {
        out.addLine(QStringLiteral("ACTION:DISPLAY"));
        QString text = fields.mid(3).join(u';').trimmed();
        if (text.isEmpty())
            text = entry.summary.isEmpty() ? QStringLiteral("Reminder") : entry.summary;
        out.addLine(QStringLiteral("DESCRIPTION:") + ICalLineWriter::escapeText(text));
    }
    if (reference) {
        const qint64 seconds = reference->toUtc(m_tzOffset).secsTo(runTime->toUtc(m_tzOffset));
        out.addLine(QStringLiteral("TRIGGER:") + durationText(seconds));
    } else {
        out.addLine(QStringLiteral("TRIGGER;VALUE=DATE-TIME:") + VCalendarTime::toICalUtc(runTime->toUtc(m_tzOffset)));
    }
    const QString snooze = fields.value(1).trimmed().toUpper();
    const int repeat = fields.value(2).trimmed().toInt();
    if (isDuration(snooze) && repeat > 0) {
        out.addLine(QStringLiteral("DURATION:") + snooze);
        out.addLine(QStringLiteral("REPEAT:%1").arg(repeat));
    }
    out.addLine(QStringLiteral("END:VALARM"));
}

void VCalendarComponentConverter::writeKept(const VCalendarProperty &property, ICalLineWriter &out)
{
    const bool isExtension = property.name.startsWith(u"X-");
    const QString name = isExtension ? property.name : QStringLiteral("X-LIFEBOAT-VCAL1-") + property.name;
    static const QRegularExpression validName(QStringLiteral("^[A-Z0-9-]+$"));
    if (!validName.match(name).hasMatch()) {
        m_notes.append(QStringLiteral("dropped line with invalid name \"%1\"").arg(property.name));
        return;
    }
    QList<std::pair<QString, QString>> params;
    for (const auto &[key, value] : property.params) {
        if (validName.match(key).hasMatch())
            params.append({key, value});
    }
    out.addProperty(name, params, ICalLineWriter::escapeText(property.value));
}

void VCalendarComponentConverter::writeProperty(const VCalendarProperty &p, Entry &entry, ICalLineWriter &out)
{
    const QString &name = p.name;
    if (name == u"DTSTART" || name == u"DTEND" || name == u"DUE") {
        bool &written = name == u"DTEND" ? entry.wroteEnd : entry.wroteStart;
        if (name == u"DUE" || !written)
            writeTime(name, p, entry, out);
        if (name != u"DUE")
            written = true;
    } else if (name == u"COMPLETED" || name == u"LAST-MODIFIED" || name == u"DCREATED") {
        if (const auto time = VCalendarTime::parse(p.value)) {
            out.addLine((name == u"DCREATED" ? QStringLiteral("CREATED") : name) + u':'
                        + VCalendarTime::toICalUtc(time->toUtc(m_tzOffset)));
        }
    } else if (name == u"RRULE") {
        QString problem;
        const std::optional<QString> rule = VCalendarRuleConverter::toRRule(
            p.value, [&](const VCalendarTime &until) { return untilFor(until, entry); }, &problem);
        if (rule)
            out.addLine(QStringLiteral("RRULE:") + *rule);
        else
            m_notes.append(problem);
        if (!rule)
            writeKept(p, out);
    } else if (name == u"EXDATE" || name == u"RDATE") {
        writeDateList(name, p, entry, out);
    } else if (name == u"AALARM" || name == u"DALARM" || name == u"MALARM" || name == u"PALARM") {
        writeAlarm(p, entry, entry.alarms);
    } else if (name == u"STATUS") {
        const QString status = mappedStatus(p.value, entry.isTodo);
        if (status.isEmpty())
            writeKept(p, out);
        else
            out.addLine(QStringLiteral("STATUS:") + status);
    } else if (name == u"PRIORITY") {
        bool ok = false;
        const int priority = p.value.trimmed().toInt(&ok);
        if (ok)
            out.addLine(QStringLiteral("PRIORITY:%1").arg(qBound(0, priority, 9)));
    } else if (name == u"TRANSP") {
        const QString value = p.value.trimmed().toUpper();
        out.addLine(QStringLiteral("TRANSP:")
                    + ((value == u"0" || value == u"OPAQUE") ? QStringLiteral("OPAQUE")
                                                              : QStringLiteral("TRANSPARENT")));
    } else if (name == u"CATEGORIES" || name == u"RESOURCES") {
        QStringList items;
        for (const QString &item : p.value.split(u';', Qt::SkipEmptyParts))
            items.append(ICalLineWriter::escapeText(item.trimmed()));
        if (!items.isEmpty())
            out.addLine(name + u':' + items.join(u','));
    } else if (name == u"SUMMARY" || name == u"DESCRIPTION" || name == u"LOCATION" || name == u"UID"
               || name == u"COMMENT" || name == u"CONTACT") {
        out.addLine(name + u':' + ICalLineWriter::escapeText(p.value));
    } else if (name == u"CLASS" || name == u"URL" || name == u"SEQUENCE") {
        out.addLine(name + u':' + p.value.trimmed());
    } else if (name == u"ATTENDEE" && p.value.contains(u'@')) {
        static const QRegularExpression address(QStringLiteral("^(.*?)<?([^<>\\s]+@[^<>\\s]+)>?\\s*$"));
        const QRegularExpressionMatch match = address.match(p.value.trimmed());
        QList<std::pair<QString, QString>> params;
        const QString commonName = match.captured(1).trimmed();
        if (!commonName.isEmpty())
            params.append({QStringLiteral("CN"), commonName});
        QString email = match.captured(2);
        if (email.startsWith(QStringLiteral("mailto:"), Qt::CaseInsensitive))
            email = email.mid(7);
        out.addProperty(name, params, QStringLiteral("mailto:") + email);
    } else {
        writeKept(p, out);
    }
}

} // namespace Lifeboat
