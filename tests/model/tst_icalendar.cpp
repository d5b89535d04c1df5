#include "CalendarTestSupport.h"

#include "model/ical/ICalendarMerger.h"
#include "model/ical/ICalendarReader.h"

#include <QElapsedTimer>
#include <QTest>

#include <atomic>
#include <thread>

using namespace Lifeboat;
using namespace Lifeboat::Test;

class TestICalendar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixtureCounts_data();
    void fixtureCounts();
    void zonedStartTimes_data();
    void zonedStartTimes();
    void textValues_data();
    void textValues();
    void recurrenceProperties();
    void alarms_data();
    void alarms();
    void allDayAndFloating_data();
    void allDayAndFloating();
    void todoFields_data();
    void todoFields();
    void hostileInput_data();
    void hostileInput();
    void bareComponentAndOldMacLineEnds();
    void parallelReadersAgree();
};

void TestICalendar::fixtureCounts_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("events");
    QTest::addColumn<int>("todos");
    QTest::addColumn<QString>("firstSummary");

    QTest::newRow("outlook") << "outlook_windows_tz.ics" << 3 << 0 << "Quartalsplanung";
    QTest::newRow("google") << "google_export.ics" << 4 << 0 << "Swimming";
    QTest::newRow("apple") << "apple_valarm.ics" << 1 << 0 << QStringLiteral("Jazz night \U0001F3B7");
    QTest::newRow("rfc5545 (6 calendars)") << "rfc5545_examples.ics" << 5 << 1 << "Networld+Interop Conference";
    QTest::newRow("all-day") << "allday.ics" << 5 << 0 << "Leap day";
    QTest::newRow("to-dos") << "todos.ics" << 0 << 4 << "";
    QTest::newRow("events and to-dos") << "mixed.ics" << 1 << 1 << "Team sync";
    QTest::newRow("nokia vcs") << "nokia_s60.vcs" << 3 << 2 << QStringLiteral("Zahnarzt Dr. M\u00fcller");
    QTest::newRow("sony ericsson vcs") << "sonyericsson_tz.vcs" << 2 << 0 << "Daily standup";
}

void TestICalendar::fixtureCounts()
{
    QFETCH(QString, file);
    QFETCH(int, events);
    QFETCH(int, todos);
    QFETCH(QString, firstSummary);

    const QByteArray data = calendarFixture(file);
    QVERIFY(!data.isEmpty());
    const Result<CalendarParseResult> result = ICalendarReader::parse(data);
    QVERIFY2(result.ok(), qPrintable(result ? QString() : result.error().toString()));
    QCOMPARE(result->events.size(), events);
    QCOMPARE(result->todos.size(), todos);
    if (events > 0)
        QCOMPARE(result->events.first().summary, firstSummary);
    for (const Event &event : result->events) {
        QVERIFY2(!event.uid.isEmpty(), qPrintable(event.summary));
        QVERIFY2(event.start.isValid(), qPrintable(event.summary));
    }
    QVERIFY2(result->warnings.isEmpty(), qPrintable(result->warnings.join(u'\n')));
}

void TestICalendar::zonedStartTimes_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("uid");
    QTest::addColumn<QDateTime>("utcStart");
    QTest::addColumn<QString>("timeZoneId");

    QTest::newRow("Windows W. Europe, quoted, winter")
        << "outlook_windows_tz.ics"
        << "040000008200E00074C5B7101A82E00800000000D0C1B5A3F26BDA010000000000000000100000009F5E0B3B7B2C5B4D9E8F1A2B3C4D5E6F"
        << QDateTime(QDate(2024, 3, 12), QTime(9, 0), Qt::UTC) << "W. Europe Standard Time";
    QTest::newRow("Windows Pacific, summer")
        << "outlook_windows_tz.ics" << "outlook-pst-0001"
        << QDateTime(QDate(2024, 7, 5), QTime(16, 0), Qt::UTC) << "Pacific Standard Time";
    QTest::newRow("VTIMEZONE only (Customized Time Zone)")
        << "outlook_windows_tz.ics" << "outlook-custom-tz-0002"
        << QDateTime(QDate(2024, 1, 15), QTime(9, 0), Qt::UTC) << "Customized Time Zone";
    QTest::newRow("IANA Berlin (Google)")
        << "google_export.ics" << "3k9l2m8n7o6p5q4r3s2t1u0v9w@google.com"
        << QDateTime(QDate(2024, 1, 8), QTime(17, 0), Qt::UTC) << "Europe/Berlin";
    QTest::newRow("UTC (Google)")
        << "google_export.ics" << "1a2b3c4d5e6f7g8h9i0j@google.com"
        << QDateTime(QDate(2024, 3, 15), QTime(13, 0), Qt::UTC) << "";
    QTest::newRow("IANA New York, summer (Apple)")
        << "apple_valarm.ics" << "6B29FC40-CA47-1067-B31D-00DD010662DA"
        << QDateTime(QDate(2024, 6, 20), QTime(22, 30), Qt::UTC) << "America/New_York";
    QTest::newRow("RFC 5545 New York, winter")
        << "rfc5545_examples.ics" << "guid-1.example.com"
        << QDateTime(QDate(1998, 3, 12), QTime(13, 30), Qt::UTC) << "America/New_York";
}

void TestICalendar::zonedStartTimes()
{
    QFETCH(QString, file);
    QFETCH(QString, uid);
    QFETCH(QDateTime, utcStart);
    QFETCH(QString, timeZoneId);

    const CalendarParseResult result = parseOrFail(file);
    const Event *event = eventByUid(result, uid);
    QVERIFY(event);
    QCOMPARE(event->start.dateTime.toUTC(), utcStart);
    QCOMPARE(event->start.timeZoneId, timeZoneId);
    QCOMPARE(event->start.kind, timeZoneId.isEmpty() ? CalendarTime::Kind::Utc : CalendarTime::Kind::Zoned);
    QVERIFY(event->end.dateTime > event->start.dateTime);
}

void TestICalendar::textValues_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("uid");
    QTest::addColumn<QString>("description");
    QTest::addColumn<QString>("location");

    QTest::newRow("escaped newlines and commas, folded")
        << "outlook_windows_tz.ics"
        << "040000008200E00074C5B7101A82E00800000000D0C1B5A3F26BDA010000000000000000100000009F5E0B3B7B2C5B4D9E8F1A2B3C4D5E6F"
        << "Agenda:\n1. Budget\n2. Hiring, interns\n\nPlease bring the Q1 numbers.\n" << "Room 4.12";
    QTest::newRow("RFC 5545 folded description")
        << "rfc5545_examples.ics" << "uid1@example.com"
        << "Networld+Interop Conference and Exhibit\nAtlanta World Congress Center\nAtlanta, Georgia" << "";
    QTest::newRow("Apple multi-line location")
        << "apple_valarm.ics" << "6B29FC40-CA47-1067-B31D-00DD010662DA"
        << "" << "Blue Note\n131 W 3rd St, New York, NY 10012, United States";
    QTest::newRow("vCalendar quoted-printable UTF-8")
        << "nokia_s60.vcs" << "CAAAAO7VTR8AAAAA8dhcMwAAAAA="
        << QStringLiteral("Kontrolle\nVersichertenkarte mitbringen; Termin\u00e4nderung 030 123456")
        << "Praxis am Markt";
    QTest::newRow("vCalendar raw UTF-8 with CHARSET")
        << "sonyericsson_tz.vcs" << "" << "" << QStringLiteral("Sportplatz S\u00fcd");
}

void TestICalendar::textValues()
{
    QFETCH(QString, file);
    QFETCH(QString, uid);
    QFETCH(QString, description);
    QFETCH(QString, location);

    const CalendarParseResult result = parseOrFail(file);
    const Event *event = nullptr;
    for (const Event &candidate : result.events) {
        if ((uid.isEmpty() && candidate.location == location) || (!uid.isEmpty() && candidate.uid == uid))
            event = &candidate;
    }
    QVERIFY(event);
    QCOMPARE(event->description, description);
    QCOMPARE(event->location, location);
}

void TestICalendar::recurrenceProperties()
{
    const CalendarParseResult result = parseOrFail(QStringLiteral("google_export.ics"));
    const QString uid = QStringLiteral("3k9l2m8n7o6p5q4r3s2t1u0v9w@google.com");
    const Event *series = eventByUid(result, uid);
    const Event *moved = eventByUid(result, uid, true);
    QVERIFY(series && moved);
    QVERIFY(series->isRecurring());
    QVERIFY2(series->recurrenceRule.contains(u"FREQ=WEEKLY"), qPrintable(series->recurrenceRule));
    QVERIFY(series->recurrenceRule.contains(u"COUNT=10"));
    QVERIFY(series->recurrenceRule.contains(u"BYDAY=MO"));
    QCOMPARE(series->exceptionDates.size(), 2);
    QCOMPARE(series->exceptionDates.at(1).dateTime.toUTC(), QDateTime(QDate(2024, 2, 5), QTime(17, 0), Qt::UTC));
    QCOMPARE(series->sequence, 2);
    QCOMPARE(series->status, QStringLiteral("CONFIRMED"));
    QCOMPARE(series->lastModified, QDateTime(QDate(2024, 1, 2), QTime(12, 0), Qt::UTC));
    QCOMPARE(moved->recurrenceId.dateTime.toUTC(), QDateTime(QDate(2024, 1, 29), QTime(17, 0), Qt::UTC));
    QCOMPARE(moved->start.dateTime.toUTC(), QDateTime(QDate(2024, 1, 30), QTime(18, 0), Qt::UTC));
    QCOMPARE(moved->summary, QStringLiteral("Swimming (moved to Tuesday)"));
    QVERIFY(!moved->isRecurring());
}

void TestICalendar::alarms_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("uid");
    QTest::addColumn<QStringList>("actions");
    QTest::addColumn<QList<int>>("minutesBefore");
    QTest::addColumn<QString>("lastDescription");

    QTest::newRow("Outlook") << "outlook_windows_tz.ics"
        << "040000008200E00074C5B7101A82E00800000000D0C1B5A3F26BDA010000000000000000100000009F5E0B3B7B2C5B4D9E8F1A2B3C4D5E6F"
        << QStringList{QStringLiteral("DISPLAY")} << QList<int>{15} << "Reminder";
    QTest::newRow("Google P0DT0H30M0S") << "google_export.ics" << "3k9l2m8n7o6p5q4r3s2t1u0v9w@google.com"
        << QStringList{QStringLiteral("DISPLAY")} << QList<int>{30} << "This is an event reminder";
    QTest::newRow("Apple relative and absolute") << "apple_valarm.ics" << "6B29FC40-CA47-1067-B31D-00DD010662DA"
        << QStringList{QStringLiteral("AUDIO"), QStringLiteral("DISPLAY")} << QList<int>{60, 120} << "Leave now";
    QTest::newRow("vCalendar AALARM") << "nokia_s60.vcs" << "CAAAAO7VTR8AAAAA8dhcMwAAAAA="
        << QStringList{QStringLiteral("AUDIO")} << QList<int>{15} << "";
    QTest::newRow("vCalendar DALARM on all-day") << "nokia_s60.vcs" << "CAAAAO7VTR8AAAAA8dhcMwAAAAB="
        << QStringList{QStringLiteral("DISPLAY")} << QList<int>{360} << "Buy flowers";
    QTest::newRow("RELATED=END") << "allday.ics" << "floating-breakfast@example.org"
        << QStringList{QStringLiteral("DISPLAY")} << QList<int>{-60} << "Breakfast is over";
}

void TestICalendar::alarms()
{
    QFETCH(QString, file);
    QFETCH(QString, uid);
    QFETCH(QStringList, actions);
    QFETCH(QList<int>, minutesBefore);
    QFETCH(QString, lastDescription);

    const CalendarParseResult result = parseOrFail(file);
    const Event *event = eventByUid(result, uid);
    QVERIFY(event);
    QCOMPARE(event->alarms.size(), actions.size());
    for (qsizetype i = 0; i < actions.size(); ++i) {
        QCOMPARE(event->alarms.at(i).action, actions.at(i));
        QCOMPARE(event->alarms.at(i).triggerMinutesBefore, minutesBefore.at(i));
    }
    QCOMPARE(event->alarms.last().description, lastDescription);
}

void TestICalendar::allDayAndFloating_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("uid");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QDate>("startDate");
    QTest::addColumn<QDate>("endDate");

    const int date = int(CalendarTime::Kind::Date);
    QTest::newRow("leap day") << "allday.ics" << "allday-single@example.org" << date
                              << QDate(2024, 2, 29) << QDate(2024, 3, 1);
    QTest::newRow("two weeks") << "allday.ics" << "allday-multi@example.org" << date
                               << QDate(2024, 7, 22) << QDate(2024, 8, 3);
    QTest::newRow("no DTEND") << "allday.ics" << "allday-nodtend@example.org" << date
                              << QDate(2024, 12, 24) << QDate();
    QTest::newRow("DURATION P3D") << "allday.ics" << "allday-duration@example.org" << date
                                  << QDate(2024, 5, 10) << QDate(2024, 5, 13);
    QTest::newRow("floating") << "allday.ics" << "floating-breakfast@example.org"
                              << int(CalendarTime::Kind::Floating) << QDate(2024, 5, 11) << QDate(2024, 5, 11);
    QTest::newRow("Google all-day") << "google_export.ics" << "easter-monday-2024@google.com" << date
                                    << QDate(2024, 4, 1) << QDate(2024, 4, 2);
    QTest::newRow("Nokia anniversary") << "nokia_s60.vcs" << "CAAAAO7VTR8AAAAA8dhcMwAAAAB=" << date
                                       << QDate(2007, 4, 12) << QDate(2007, 4, 13);
}

void TestICalendar::allDayAndFloating()
{
    QFETCH(QString, file);
    QFETCH(QString, uid);
    QFETCH(int, kind);
    QFETCH(QDate, startDate);
    QFETCH(QDate, endDate);

    const CalendarParseResult result = parseOrFail(file);
    const Event *event = eventByUid(result, uid);
    QVERIFY(event);
    QCOMPARE(int(event->start.kind), kind);
    QCOMPARE(event->start.date, startDate);
    QCOMPARE(event->end.date, endDate);
    QCOMPARE(event->start.isAllDay(), kind == int(CalendarTime::Kind::Date));
}

void TestICalendar::todoFields_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("summary");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("priority");
    QTest::addColumn<int>("percent");
    QTest::addColumn<QDate>("dueDate");
    QTest::addColumn<QDateTime>("completed");

    QTest::newRow("needs action, date due") << "todos.ics" << "Renew passport" << int(Todo::Status::NeedsAction)
        << 1 << 0 << QDate(2024, 4, 15) << QDateTime();
    QTest::newRow("in process") << "todos.ics" << "Paint the fence" << int(Todo::Status::InProcess)
        << 5 << 40 << QDate(2024, 3, 20) << QDateTime();
    QTest::newRow("completed") << "todos.ics" << "File taxes" << int(Todo::Status::Completed) << 9 << 100
        << QDate(2024, 3, 31) << QDateTime(QDate(2024, 3, 28), QTime(19, 15), Qt::UTC);
    QTest::newRow("cancelled") << "todos.ics" << "Old idea" << int(Todo::Status::Cancelled) << 0 << 0
        << QDate() << QDateTime();
    QTest::newRow("RFC 5545 taxes") << "rfc5545_examples.ics" << "Submit Income Taxes"
        << int(Todo::Status::NeedsAction) << 0 << 0 << QDate(1998, 4, 15) << QDateTime();
    QTest::newRow("vCalendar NEEDS ACTION, ISO-8859-1 QP") << "nokia_s60.vcs" << QStringLiteral("Br\u00f6tchen holen")
        << int(Todo::Status::NeedsAction) << 1 << 0 << QDate(2007, 3, 16) << QDateTime();
    QTest::newRow("vCalendar COMPLETED") << "nokia_s60.vcs" << "Tax return" << int(Todo::Status::Completed)
        << 2 << 0 << QDate(2007, 3, 31) << QDateTime(QDate(2007, 3, 29), QTime(17, 0), Qt::UTC);
}

void TestICalendar::todoFields()
{
    QFETCH(QString, file);
    QFETCH(QString, summary);
    QFETCH(int, status);
    QFETCH(int, priority);
    QFETCH(int, percent);
    QFETCH(QDate, dueDate);
    QFETCH(QDateTime, completed);

    const CalendarParseResult result = parseOrFail(file);
    const Todo *todo = nullptr;
    for (const Todo &candidate : result.todos) {
        if (candidate.summary == summary)
            todo = &candidate;
    }
    QVERIFY(todo);
    QCOMPARE(int(todo->status), status);
    QCOMPARE(todo->priority, priority);
    QCOMPARE(todo->percentComplete, percent);
    QCOMPARE(todo->due.date, dueDate);
    QCOMPARE(todo->completed, completed);
}

void TestICalendar::hostileInput_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("code");

    const int invalid = int(ErrorCode::InvalidData);
    const int limit = int(ErrorCode::LimitExceeded);
    const QByteArray head = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//y//EN\r\nBEGIN:VEVENT\r\nUID:h\r\n";
    const QByteArray tail = "END:VEVENT\r\nEND:VCALENDAR\r\n";

    QTest::newRow("no END") << calendarFixture(QStringLiteral("broken_no_end.ics")) << invalid;
    QTest::newRow("garbage") << calendarFixture(QStringLiteral("broken_garbage.ics")) << invalid;
    QTest::newRow("END out of order") << calendarFixture(QStringLiteral("broken_mismatched.ics")) << invalid;
    QTest::newRow("empty") << QByteArray() << invalid;
    QTest::newRow("END only") << QByteArray("END:VCALENDAR\r\n") << invalid;
    QTest::newRow("NUL byte") << QByteArray(head + "SUMMARY:a\0b\r\n" + tail) << invalid;
    QTest::newRow("nested VALARM bomb (fixture)") << calendarFixture(QStringLiteral("broken_nesting_bomb.ics")) << limit;
    QTest::newRow("nested VCALENDAR bomb, unterminated")
        << QByteArray("BEGIN:VCALENDAR\r\n").repeated(100000) << limit;
    QTest::newRow("nested bomb in vCalendar 1.0")
        << QByteArray("BEGIN:VCALENDAR\r\nVERSION:1.0\r\n" + QByteArray("BEGIN:VEVENT\r\n").repeated(50)
                      + QByteArray("END:VEVENT\r\n").repeated(50) + "END:VCALENDAR\r\n") << limit;
    QTest::newRow("2 MiB line") << QByteArray(head + "DESCRIPTION:" + QByteArray(2 << 20, 'x') + "\r\n" + tail) << limit;
    QTest::newRow("2 MiB folded line")
        << QByteArray(head + "DESCRIPTION:x" + QByteArray("\r\n " + QByteArray(72, 'y')).repeated(30000) + "\r\n" + tail)
        << limit;
    QTest::newRow("3000 properties") << QByteArray(head + QByteArray("X-A:1\r\n").repeated(3000) + tail) << limit;
    QTest::newRow("100001 components")
        << QByteArray("BEGIN:VCALENDAR\r\n" + QByteArray("BEGIN:VEVENT\r\nEND:VEVENT\r\n").repeated(100001)
                      + "END:VCALENDAR\r\n") << limit;
    QTest::newRow("33 MiB object") << QByteArray(head + QByteArray(33 << 20, '\n') + tail) << limit;
}

void TestICalendar::hostileInput()
{
    QFETCH(QByteArray, data);
    QFETCH(int, code);

    QElapsedTimer timer;
    timer.start();
    const Result<CalendarParseResult> result = ICalendarReader::parse(data);
    QVERIFY(!result.ok());
    QCOMPARE(int(result.error().code()), code);
    QVERIFY(!result.error().message().isEmpty());
    QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));

    ICalendarMerger merger;
    QVERIFY(!merger.add(data).ok());
    QCOMPARE(merger.eventCount(), 0);
}

void TestICalendar::bareComponentAndOldMacLineEnds()
{
    // Some handsets store a VEVENT without the VCALENDAR envelope.
    const QByteArray bare = "BEGIN:VEVENT\r\nUID:bare\r\nDTSTAMP:20240101T000000Z\r\nDTSTART:20240301T100000Z\r\n"
                            "SUMMARY:Bare\r\nEND:VEVENT\r\n";
    const Result<CalendarParseResult> parsed = ICalendarReader::parse(bare);
    QVERIFY(parsed);
    QCOMPARE(parsed->events.size(), 1);
    QCOMPARE(parsed->events.first().summary, QStringLiteral("Bare"));

    QByteArray oldMac = calendarFixture(QStringLiteral("mixed.ics"));
    oldMac.replace("\r\n", "\r");
    const Result<CalendarParseResult> mac = ICalendarReader::parse(oldMac);
    QVERIFY(mac);
    QCOMPARE(mac->events.size(), 1);
    QCOMPARE(mac->todos.size(), 1);
    QCOMPARE(mac->todos.first().summary, QStringLiteral("Prepare slides"));
}

void TestICalendar::parallelReadersAgree()
{
    // libical's time zone cache is process-wide; the codec serialises access to it.
    QList<CalendarParseResult> expected;
    for (const QString &file : kGoodFixtures)
        expected.append(parseOrFail(file));
    std::atomic<int> mismatches = 0;
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&] {
            for (int round = 0; round < 5; ++round) {
                for (qsizetype i = 0; i < kGoodFixtures.size(); ++i) {
                    const Result<CalendarParseResult> result = ICalendarReader::parse(calendarFixture(kGoodFixtures.at(i)));
                    if (!result || result->events != expected.at(i).events || result->todos != expected.at(i).todos)
                        ++mismatches;
                }
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    QCOMPARE(mismatches.load(), 0);
}

QTEST_GUILESS_MAIN(TestICalendar)
#include "tst_icalendar.moc"
