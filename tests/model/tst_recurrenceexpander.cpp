#include "CalendarTestSupport.h"

#include "model/ical/ICalendarReader.h"
#include "model/ical/RecurrenceExpander.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Lifeboat;
using namespace Lifeboat::Test;

class TestRecurrenceExpander : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void occurrences_data();
    void occurrences();
    void fixtureRulesStopQuickly_data();
    void fixtureRulesStopQuickly();
};

static Event eventFrom(const QByteArray &lines)
{
    const QByteArray text = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\nBEGIN:VEVENT\r\nUID:r\r\n"
        "DTSTAMP:20240101T000000Z\r\n" + lines + "END:VEVENT\r\nEND:VCALENDAR\r\n";
    const Result<CalendarParseResult> parsed = ICalendarReader::parse(text);
    return parsed && parsed->events.size() == 1 ? parsed->events.first() : Event();
}

static QDateTime utc(int y, int m, int d, int h = 0, int min = 0, int s = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min, s), Qt::UTC);
}

void TestRecurrenceExpander::occurrences_data()
{
    QTest::addColumn<QByteArray>("lines");
    QTest::addColumn<QDateTime>("from");
    QTest::addColumn<QDateTime>("to");
    QTest::addColumn<int>("maxCount");
    QTest::addColumn<int>("count");      // -1: an error is expected
    QTest::addColumn<int>("errorCode");
    QTest::addColumn<QDate>("firstDate");
    QTest::addColumn<QDate>("lastDate");
    QTest::addColumn<QDateTime>("firstUtc");  // invalid: not checked
    QTest::addColumn<QDateTime>("lastUtc");

    const int none = -1;
    QTest::newRow("weekly COUNT minus two EXDATEs, Berlin")
        << QByteArray("DTSTART;TZID=Europe/Berlin:20240108T180000\r\nDTEND;TZID=Europe/Berlin:20240108T193000\r\n"
                      "RRULE:FREQ=WEEKLY;COUNT=10;BYDAY=MO\r\nEXDATE;TZID=Europe/Berlin:20240122T180000\r\n"
                      "EXDATE;TZID=Europe/Berlin:20240205T180000\r\n")
        << utc(2024, 1, 1) << utc(2024, 6, 1) << 100 << 8 << none << QDate(2024, 1, 8) << QDate(2024, 3, 11)
        << utc(2024, 1, 8, 17) << utc(2024, 3, 11, 17);
    QTest::newRow("wall clock kept across daylight saving")
        << QByteArray("DTSTART;TZID=Europe/Berlin:20240318T180000\r\nRRULE:FREQ=WEEKLY;COUNT=3\r\n")
        << utc(2024, 1, 1) << utc(2024, 6, 1) << 100 << 3 << none << QDate(2024, 3, 18) << QDate(2024, 4, 1)
        << utc(2024, 3, 18, 17) << utc(2024, 4, 1, 16);
    QTest::newRow("Windows zone name")
        << QByteArray("DTSTART;TZID=Pacific Standard Time:20240301T090000\r\nRRULE:FREQ=MONTHLY;COUNT=2\r\n")
        << utc(2024, 1, 1) << utc(2025, 1, 1) << 100 << 2 << none << QDate(2024, 3, 1) << QDate(2024, 4, 1)
        << utc(2024, 3, 1, 17) << utc(2024, 4, 1, 16);
    QTest::newRow("SECONDLY forever, capped by maxCount")
        << QByteArray("DTSTART:20240101T000000Z\r\nRRULE:FREQ=SECONDLY\r\n")
        << utc(2024, 1, 1) << utc(2024, 1, 2) << 100 << 100 << none << QDate(2024, 1, 1) << QDate(2024, 1, 1)
        << utc(2024, 1, 1) << utc(2024, 1, 1, 0, 1, 39);
    QTest::newRow("SECONDLY forever, window years later")
        << QByteArray("DTSTART:20240101T000000Z\r\nRRULE:FREQ=SECONDLY\r\n")
        << utc(2027, 6, 1) << utc(2027, 6, 2) << 10 << 10 << none << QDate(2027, 6, 1) << QDate(2027, 6, 1)
        << utc(2027, 6, 1) << utc(2027, 6, 1, 0, 0, 9);
    QTest::newRow("SECONDLY with huge COUNT, window years later")
        << QByteArray("DTSTART:20240101T000000Z\r\nRRULE:FREQ=SECONDLY;COUNT=1000000000\r\n")
        << utc(2027, 6, 1) << utc(2027, 6, 2) << 10 << -1 << int(ErrorCode::LimitExceeded)
        << QDate() << QDate() << QDateTime() << QDateTime();
    QTest::newRow("MINUTELY on February 30th is refused")
        << QByteArray("DTSTART:20240101T000000Z\r\nRRULE:FREQ=MINUTELY;BYMONTH=2;BYMONTHDAY=30\r\n")
        << utc(2024, 1, 1) << utc(2025, 1, 1) << 10 << -1 << int(ErrorCode::LimitExceeded)
        << QDate() << QDate() << QDateTime() << QDateTime();
    QTest::newRow("HOURLY on February 29th is refused")
        << QByteArray("DTSTART:19000101T000000Z\r\nRRULE:FREQ=HOURLY;BYMONTH=2;BYMONTHDAY=29;COUNT=1000\r\n")
        << utc(2024, 1, 1) << utc(2025, 1, 1) << 10 << -1 << int(ErrorCode::LimitExceeded)
        << QDate() << QDate() << QDateTime() << QDateTime();
    QTest::newRow("SECONDLY at 9 o'clock, huge COUNT")
        << QByteArray("DTSTART:20000101T000000Z\r\nRRULE:FREQ=SECONDLY;BYHOUR=9;COUNT=1000000000\r\n")
        << utc(2027, 6, 1) << utc(2027, 6, 2) << 10 << -1 << int(ErrorCode::LimitExceeded)
        << QDate() << QDate() << QDateTime() << QDateTime();
    QTest::newRow("SECONDLY at 9 o'clock, open")
        << QByteArray("DTSTART:20000101T000000Z\r\nRRULE:FREQ=SECONDLY;BYHOUR=9\r\n")
        << utc(2027, 6, 1) << utc(2027, 6, 2) << 3 << 3 << none << QDate(2027, 6, 1) << QDate(2027, 6, 1)
        << utc(2027, 6, 1, 9) << utc(2027, 6, 1, 9, 0, 2);
    QTest::newRow("HOURLY on weekdays")
        << QByteArray("DTSTART:20240101T000000Z\r\nRRULE:FREQ=HOURLY;BYDAY=SA\r\n")
        << utc(2024, 1, 1) << utc(2024, 1, 14) << 100 << 48 << none << QDate(2024, 1, 6) << QDate(2024, 1, 13)
        << utc(2024, 1, 6) << utc(2024, 1, 13, 23);
    QTest::newRow("DAILY on February 30th never matches")
        << QByteArray("DTSTART:20240101T000000Z\r\nRRULE:FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30\r\n")
        << utc(2024, 1, 1) << utc(2025, 1, 1) << 10 << 0 << none << QDate() << QDate() << QDateTime() << QDateTime();
    QTest::newRow("HOURLY on April 31st is refused")
        << QByteArray("DTSTART:20240101T000000Z\r\nRRULE:FREQ=HOURLY;BYMONTH=4;BYMONTHDAY=31\r\n")
        << utc(2024, 1, 1) << utc(2025, 1, 1) << 10 << -1 << int(ErrorCode::LimitExceeded)
        << QDate() << QDate() << QDateTime() << QDateTime();
    QTest::newRow("leap days")
        << QByteArray("DTSTART:20240229T120000Z\r\nRRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29\r\n")
        << utc(2024, 1, 1) << utc(2040, 1, 1) << 100 << 4 << none << QDate(2024, 2, 29) << QDate(2036, 2, 29)
        << utc(2024, 2, 29, 12) << utc(2036, 2, 29, 12);
    QTest::newRow("all-day yearly since 1997")
        << QByteArray("DTSTART;VALUE=DATE:19971102\r\nRRULE:FREQ=YEARLY\r\n")
        << utc(2020, 1, 1) << utc(2030, 1, 1) << 100 << 10 << none << QDate(2020, 11, 2) << QDate(2029, 11, 2)
        << QDateTime() << QDateTime();
    QTest::newRow("RDATE added, EXDATE removed")
        << QByteArray("DTSTART:20240101T100000Z\r\nRRULE:FREQ=DAILY;COUNT=5\r\nRDATE:20240110T100000Z\r\n"
                      "EXDATE:20240103T100000Z,20240104T100000Z\r\n")
        << utc(2024, 1, 1) << utc(2024, 2, 1) << 100 << 4 << none << QDate(2024, 1, 1) << QDate(2024, 1, 10)
        << utc(2024, 1, 1, 10) << utc(2024, 1, 10, 10);
    QTest::newRow("floating last day of month")
        << QByteArray("DTSTART:20240131T090000\r\nRRULE:FREQ=MONTHLY;BYMONTHDAY=-1;COUNT=3\r\n")
        << utc(2023, 12, 1) << utc(2024, 12, 1) << 100 << 3 << none << QDate(2024, 1, 31) << QDate(2024, 3, 31)
        << QDateTime() << QDateTime();
    QTest::newRow("daily since 1900 with COUNT (no skipping ahead)")
        << QByteArray("DTSTART:19000101T080000Z\r\nRRULE:FREQ=DAILY;COUNT=50000\r\n")
        << utc(2024, 1, 1) << utc(2024, 2, 1) << 100 << 31 << none << QDate(2024, 1, 1) << QDate(2024, 1, 31)
        << utc(2024, 1, 1, 8) << utc(2024, 1, 31, 8);
    QTest::newRow("single event overlapping the window start")
        << QByteArray("DTSTART:20240101T230000Z\r\nDTEND:20240102T010000Z\r\n")
        << utc(2024, 1, 2) << utc(2024, 1, 3) << 100 << 1 << none << QDate(2024, 1, 1) << QDate(2024, 1, 1)
        << utc(2024, 1, 1, 23) << utc(2024, 1, 1, 23);
    QTest::newRow("single event outside")
        << QByteArray("DTSTART:20240101T230000Z\r\n")
        << utc(2024, 2, 1) << utc(2024, 3, 1) << 100 << 0 << none << QDate() << QDate() << QDateTime() << QDateTime();
    QTest::newRow("unreadable rule")
        << QByteArray("DTSTART:20240101T230000Z\r\nRRULE:FREQ=SOMETIMES\r\n")
        << utc(2024, 1, 1) << utc(2024, 3, 1) << 100 << -1 << int(ErrorCode::InvalidData)
        << QDate() << QDate() << QDateTime() << QDateTime();
}

void TestRecurrenceExpander::occurrences()
{
    QFETCH(QByteArray, lines);
    QFETCH(QDateTime, from);
    QFETCH(QDateTime, to);
    QFETCH(int, maxCount);
    QFETCH(int, count);
    QFETCH(int, errorCode);
    QFETCH(QDate, firstDate);
    QFETCH(QDate, lastDate);
    QFETCH(QDateTime, firstUtc);
    QFETCH(QDateTime, lastUtc);

    Event event = eventFrom(lines);
    if (lines.contains("FREQ=SOMETIMES"))
        event.recurrenceRule = QStringLiteral("FREQ=SOMETIMES");  // libical drops it while parsing
    QVERIFY(event.start.isValid());
    QElapsedTimer timer;
    timer.start();
    const Result<QList<CalendarTime>> result = RecurrenceExpander::occurrences(event, from, to, maxCount);
    QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
    if (count < 0) {
        QVERIFY(!result.ok());
        QCOMPARE(int(result.error().code()), errorCode);
        return;
    }
    QVERIFY2(result.ok(), qPrintable(result ? QString() : result.error().toString()));
    QCOMPARE(result->size(), count);
    if (count == 0)
        return;
    QCOMPARE(result->first().date, firstDate);
    QCOMPARE(result->last().date, lastDate);
    QCOMPARE(result->first().kind, event.start.kind);
    if (firstUtc.isValid()) {
        QCOMPARE(result->first().dateTime.toUTC(), firstUtc);
        QCOMPARE(result->last().dateTime.toUTC(), lastUtc);
    }
    for (qsizetype i = 1; i < result->size(); ++i)
        QVERIFY(result->at(i - 1).dateTime < result->at(i).dateTime);
}

void TestRecurrenceExpander::fixtureRulesStopQuickly_data()
{
    QTest::addColumn<QString>("uid");
    QTest::addColumn<bool>("ok");
    QTest::newRow("secondly") << "secondly@example.org" << true;
    QTest::newRow("minutely never") << "never@example.org" << false;
    QTest::newRow("daily never") << "never-daily@example.org" << true;
    QTest::newRow("hourly never") << "never-hourly@example.org" << false;
}

void TestRecurrenceExpander::fixtureRulesStopQuickly()
{
    QFETCH(QString, uid);
    QFETCH(bool, ok);

    const Result<CalendarParseResult> parsed = ICalendarReader::parse(calendarFixture(QStringLiteral("infinite_rrule.ics")));
    QVERIFY(parsed);
    const Event *event = eventByUid(*parsed, uid);
    QVERIFY(event);
    QElapsedTimer timer;
    timer.start();
    const Result<QList<CalendarTime>> result = RecurrenceExpander::occurrences(
        *event, utc(2030, 1, 1), utc(2030, 2, 1), 1000);
    QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(result.ok(), ok);
}

QTEST_GUILESS_MAIN(TestRecurrenceExpander)
#include "tst_recurrenceexpander.moc"
