#include "device/virtual/DemoCalendar.h"

#include "device/virtual/DemoRandom.h"

#include <QTimeZone>

namespace Lifeboat {

namespace {

const char *const Summaries[] = {"Dentist", "Team meeting", "Zahnarzt – Kontrolle", "Yoga",
                                 "Lunch with Zoë", "Elternabend", "Flight to Kraków",
                                 "Quarterly review", "Birthday party", "Car service"};
const char *const Tasks[] = {"Renew passport", "Buy milk", "Steuererklärung abgeben",
                             "Call the plumber", "Back up the phone", "Pay rent",
                             "Book holiday", "Return library books"};

const QByteArray Prodid = "PRODID:-//Lifeboat//Virtual Handset 0.1//EN\r\n";

const QByteArray BerlinZone =
    "BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin\r\n"
    "BEGIN:DAYLIGHT\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nTZNAME:CEST\r\n"
    "DTSTART:19700329T020000\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\nEND:DAYLIGHT\r\n"
    "BEGIN:STANDARD\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nTZNAME:CET\r\n"
    "DTSTART:19701025T030000\r\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\nEND:STANDARD\r\n"
    "END:VTIMEZONE\r\n";

// Outlook and Exchange name zones after Windows; the rules are the same as Berlin's.
const QByteArray WindowsZone =
    "BEGIN:VTIMEZONE\r\nTZID:W. Europe Standard Time\r\n"
    "BEGIN:STANDARD\r\nDTSTART:16010101T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\n"
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10\r\nEND:STANDARD\r\n"
    "BEGIN:DAYLIGHT\r\nDTSTART:16010101T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\n"
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3\r\nEND:DAYLIGHT\r\n"
    "END:VTIMEZONE\r\n";

const QByteArray NewYorkZone =
    "BEGIN:VTIMEZONE\r\nTZID:America/New_York\r\n"
    "BEGIN:DAYLIGHT\r\nTZOFFSETFROM:-0500\r\nTZOFFSETTO:-0400\r\nTZNAME:EDT\r\n"
    "DTSTART:19700308T020000\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU\r\nEND:DAYLIGHT\r\n"
    "BEGIN:STANDARD\r\nTZOFFSETFROM:-0400\r\nTZOFFSETTO:-0500\r\nTZNAME:EST\r\n"
    "DTSTART:19701101T020000\r\nRRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU\r\nEND:STANDARD\r\n"
    "END:VTIMEZONE\r\n";

QByteArray stamp(const QDateTime &t)
{
    return t.toString(QStringLiteral("yyyyMMdd'T'HHmmss")).toLatin1();
}

QByteArray Crlf() { return QByteArrayLiteral("\r\n"); }

QByteArray uid(quint64 seed, const char *kind, int index)
{
    return "UID:" + QByteArray(kind) + '-' + QByteArray::number(index) + '-'
           + QByteArray::number(DemoRandom::derive(seed, 4, quint64(index)), 16) + "@lifeboat.invalid\r\n";
}

QByteArray alarm(int minutes)
{
    return "BEGIN:VALARM\r\nACTION:DISPLAY\r\nDESCRIPTION:Reminder\r\nTRIGGER:-PT"
           + QByteArray::number(minutes) + "M\r\nEND:VALARM\r\n";
}

QByteArray calendar(const QByteArray &zones, const QByteArray &components)
{
    return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n" + Prodid + "CALSCALE:GREGORIAN\r\n" + zones
           + components + "END:VCALENDAR\r\n";
}

} // namespace

QString DemoCalendar::eventFileName(int index)
{
    return QStringLiteral("event-%1.ics").arg(index + 1, 4, 10, QLatin1Char('0'));
}

QString DemoCalendar::todoFileName(int index)
{
    return QStringLiteral("todo-%1.ics").arg(index + 1, 4, 10, QLatin1Char('0'));
}

QDateTime DemoCalendar::modified(quint64 seed, int index)
{
    DemoRandom random(DemoRandom::derive(seed, 5, quint64(index)));
    return QDateTime(QDate(2023, 6, 1), QTime(0, 0), QTimeZone::utc())
        .addSecs(qint64(random.next() % (200ull * 24 * 3600)));
}

QByteArray DemoCalendar::event(quint64 seed, int index)
{
    DemoRandom random(DemoRandom::derive(seed, 6, quint64(index)));
    const QByteArray summary = "SUMMARY:" + QByteArray(Summaries[random.below(int(std::size(Summaries)))])
                               + Crlf();
    const QDateTime start(QDate(2024, 1, 1).addDays(random.below(365)),
                          QTime(7 + random.below(12), random.below(4) * 15));
    const QDateTime end = start.addSecs(1800 * (1 + random.below(4)));
    const QByteArray common = uid(seed, "event", index) + "DTSTAMP:20240101T120000Z\r\n" + summary;
    switch (index % 6) {
    case 0:
        return calendar(BerlinZone, "BEGIN:VEVENT\r\n" + common + "DTSTART;TZID=Europe/Berlin:" + stamp(start)
                                        + "\r\nDTEND;TZID=Europe/Berlin:" + stamp(end) + Crlf() + alarm(15)
                                        + "END:VEVENT\r\n");
    case 1:
        return calendar(WindowsZone, "BEGIN:VEVENT\r\n" + common + "DTSTART;TZID=\"W. Europe Standard Time\":"
                                         + stamp(start) + "\r\nDTEND;TZID=\"W. Europe Standard Time\":"
                                         + stamp(end) + "\r\nCLASS:PUBLIC\r\nPRIORITY:5\r\nEND:VEVENT\r\n");
    case 2: {
        const QByteArray day = start.date().toString(QStringLiteral("yyyyMMdd")).toLatin1();
        const QByteArray next = start.date().addDays(1).toString(QStringLiteral("yyyyMMdd")).toLatin1();
        return calendar({}, "BEGIN:VEVENT\r\n" + common + "DTSTART;VALUE=DATE:" + day
                                + "\r\nDTEND;VALUE=DATE:" + next + "\r\nTRANSP:TRANSPARENT\r\nEND:VEVENT\r\n");
    }
    case 3: {
        // A weekly series with one date left out and one occurrence moved by an hour.
        const QDateTime skipped = start.addDays(14);
        const QDateTime moved = start.addDays(21);
        return calendar(BerlinZone,
                        "BEGIN:VEVENT\r\n" + common + "DTSTART;TZID=Europe/Berlin:" + stamp(start)
                            + "\r\nDTEND;TZID=Europe/Berlin:" + stamp(end)
                            + "\r\nRRULE:FREQ=WEEKLY;COUNT=10\r\nEXDATE;TZID=Europe/Berlin:" + stamp(skipped)
                            + Crlf() + alarm(10) + "END:VEVENT\r\n"
                            + "BEGIN:VEVENT\r\n" + common + "RECURRENCE-ID;TZID=Europe/Berlin:" + stamp(moved)
                            + "\r\nDTSTART;TZID=Europe/Berlin:" + stamp(moved.addSecs(3600))
                            + "\r\nDTEND;TZID=Europe/Berlin:" + stamp(end.addDays(21).addSecs(3600))
                            + "\r\nSEQUENCE:1\r\nEND:VEVENT\r\n");
    }
    case 4:
        return calendar({}, "BEGIN:VEVENT\r\n" + common + "DTSTART:" + stamp(start) + "Z\r\nDTEND:" + stamp(end)
                                + "Z\r\nLOCATION:Room 4\\, second floor\r\n"
                                + "DESCRIPTION:Agenda:\\n1. Budget\\n2. Any other business\r\nEND:VEVENT\r\n");
    default:
        return calendar(NewYorkZone, "BEGIN:VEVENT\r\n" + common + "DTSTART;TZID=America/New_York:" + stamp(start)
                                         + "\r\nDTEND;TZID=America/New_York:" + stamp(end)
                                         + "\r\nRRULE:FREQ=MONTHLY;BYMONTHDAY=" + QByteArray::number(start.date().day())
                                         + ";UNTIL=20251231T235959Z\r\n" + alarm(60) + "END:VEVENT\r\n");
    }
}

QByteArray DemoCalendar::todo(quint64 seed, int index)
{
    DemoRandom random(DemoRandom::derive(seed, 7, quint64(index)));
    const QByteArray summary = "SUMMARY:" + QByteArray(Tasks[random.below(int(std::size(Tasks)))]) + Crlf();
    const QDateTime due(QDate(2024, 2, 1).addDays(random.below(300)), QTime(18, 0));
    QByteArray body = "BEGIN:VTODO\r\n" + uid(seed, "todo", index) + "DTSTAMP:20240101T120000Z\r\n" + summary
                      + "PRIORITY:" + QByteArray::number(1 + random.below(9)) + Crlf();
    QByteArray zones;
    switch (index % 4) {
    case 0:
        zones = BerlinZone;
        body += "DUE;TZID=Europe/Berlin:" + stamp(due) + "\r\nSTATUS:NEEDS-ACTION\r\n" + alarm(30);
        break;
    case 1:
        body += "DUE;VALUE=DATE:" + due.date().toString(QStringLiteral("yyyyMMdd")).toLatin1()
                + "\r\nSTATUS:COMPLETED\r\nPERCENT-COMPLETE:100\r\nCOMPLETED:" + stamp(due.addDays(-1)) + "Z\r\n";
        break;
    case 2:
        body += "DTSTART:" + stamp(due.addDays(-7)) + "Z\r\nDUE:" + stamp(due)
                + "Z\r\nRRULE:FREQ=MONTHLY;COUNT=12\r\nSTATUS:IN-PROCESS\r\nPERCENT-COMPLETE:40\r\n";
        break;
    default:
        body += "STATUS:NEEDS-ACTION\r\nDESCRIPTION:No due date\\; whenever.\r\n";
        break;
    }
    return calendar(zones, body + "END:VTODO\r\n");
}

QByteArray DemoCalendar::vCalendar10(quint64 seed)
{
    DemoRandom random(DemoRandom::derive(seed, 8, 0));
    const QByteArray day = QDate(2024, 3, 4).addDays(random.below(7) * 7).toString(QStringLiteral("yyyyMMdd")).toLatin1();
    return "BEGIN:VCALENDAR\r\nVERSION:1.0\r\nPRODID:-//Nokia//Series 40//EN\r\n"
           "BEGIN:VEVENT\r\nUID:vcs-1@lifeboat.invalid\r\n"
           "SUMMARY;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Stra=C3=9Fenfest\r\n"
           "DTSTART:" + day + "T090000Z\r\nDTEND:" + day + "T110000Z\r\n"
           "RRULE:W1 MO #5\r\nAALARM:" + day + "T084500Z;;0;\r\nCATEGORIES:MEETING\r\nEND:VEVENT\r\n"
           "BEGIN:VTODO\r\nUID:vcs-2@lifeboat.invalid\r\nSUMMARY;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Gie=C3=9Fkanne kaufen\r\n"
           "DUE:" + day + "T170000Z\r\nPRIORITY:2\r\nSTATUS:NEEDS ACTION\r\nEND:VTODO\r\n"
           "END:VCALENDAR\r\n";
}

} // namespace Lifeboat
