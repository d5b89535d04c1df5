#include "CalendarTestSupport.h"

#include "model/ical/ICalendarMerger.h"
#include "model/ical/ICalendarReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Lifeboat;
using namespace Lifeboat::Test;

class TestICalendarMerger : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsComponentsAndZonesOnce();
    void roundTripIsIdentical();
    void outputReadByIndependentParser();
    void addsMissingTimeZones_data();
    void addsMissingTimeZones();
    void bareComponentsOldMacAndCalendarProperties();
};

static int occurrencesOf(const QByteArray &text, const QByteArray &needle)
{
    return int(text.count(needle));
}

void TestICalendarMerger::keepsComponentsAndZonesOnce()
{
    ICalendarMerger merger;
    for (const QString &file : kGoodFixtures)
        QVERIFY2(merger.add(calendarFixture(file)).ok(), qPrintable(file));
    QVERIFY(merger.add(calendarFixture(QStringLiteral("outlook_windows_tz.ics"))).ok());  // added twice

    const QByteArray events = merger.eventsCalendar();
    const QByteArray todos = merger.todosCalendar();
    QCOMPARE(merger.eventCount(), 3 + 4 + 1 + 5 + 5 + 0 + 1 + 3 + 2 + 3);
    QCOMPARE(merger.todoCount(), 0 + 1 + 4 + 1 + 2);
    QCOMPARE(occurrencesOf(events, "BEGIN:VEVENT"), merger.eventCount());
    QCOMPARE(occurrencesOf(todos, "BEGIN:VTODO"), merger.todoCount());
    QCOMPARE(occurrencesOf(events, "BEGIN:VCALENDAR"), 1);
    QCOMPARE(occurrencesOf(todos, "BEGIN:VTODO"), occurrencesOf(todos, "END:VTODO"));
    QVERIFY(!events.contains("BEGIN:VTODO"));
    QVERIFY(!todos.contains("BEGIN:VEVENT"));

    // Each zone a component uses, exactly once; none that only the to-dos' file had.
    QCOMPARE(occurrencesOf(events, "TZID:W. Europe Standard Time\r\n"), 1);
    QCOMPARE(occurrencesOf(events, "TZID:Pacific Standard Time\r\n"), 1);
    QCOMPARE(occurrencesOf(events, "TZID:Customized Time Zone\r\n"), 1);
    QCOMPARE(occurrencesOf(events, "TZID:Europe/Berlin\r\n"), 1);
    QCOMPARE(occurrencesOf(events, "TZID:America/New_York\r\n"), 1);
    QCOMPARE(occurrencesOf(events, "BEGIN:VTIMEZONE"), 5);
    QCOMPARE(occurrencesOf(todos, "BEGIN:VTIMEZONE"), 0);

    // X- properties, VALARM contents and calendar properties survive.
    for (const char *kept : {"X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-APPLE-STRUCTURED-LOCATION",
                             "X-WR-ALARMUID:9C8B7A6D-5E4F-4321-8765-0FEDCBA98765", "ACKNOWLEDGED:20240620T203100Z",
                             "X-GOOGLE-CONFERENCE:https://meet.google.com/abc-defg-hij", "X-WR-CALNAME:Family",
                             "X-EPOCAGENDAENTRYTYPE:ANNIVERSARY", "X-SYMBIAN-LUID:42", "X-IRMC-LUID:000000000012"}) {
        QVERIFY2(events.contains(kept), kept);
    }
    QVERIFY(todos.contains("X-LIFEBOAT-TEST:kept"));
    QVERIFY(todos.contains("ATTACH;FMTTYPE=audio/basic:http://example.com/pub/audio-\r\n files/ssbanner.aud\r\n"));  // as written
    QVERIFY(!events.contains("X-LIC-ERROR"));
    QVERIFY(!events.contains("\r\nMETHOD:"));
    QCOMPARE(occurrencesOf(events, "\r\nVERSION:"), 1);
}

void TestICalendarMerger::roundTripIsIdentical()
{
    ICalendarMerger merger;
    QList<Event> events;
    QList<Todo> todos;
    for (const QString &file : kGoodFixtures) {
        const CalendarParseResult parsed = parseOrFail(file);
        events += parsed.events;
        todos += parsed.todos;
        QVERIFY(merger.add(calendarFixture(file)).ok());
    }
    const Result<CalendarParseResult> eventsAgain = ICalendarReader::parse(merger.eventsCalendar());
    const Result<CalendarParseResult> todosAgain = ICalendarReader::parse(merger.todosCalendar());
    QVERIFY(eventsAgain && todosAgain);
    QVERIFY2(eventsAgain->warnings.isEmpty(), qPrintable(eventsAgain->warnings.join(u'\n')));
    QCOMPARE(eventsAgain->events.size(), events.size());
    QCOMPARE(todosAgain->todos.size(), todos.size());
    for (qsizetype i = 0; i < events.size(); ++i) {
        const Event &before = events.at(i);
        const Event &after = eventsAgain->events.at(i);
        QCOMPARE(after.uid, before.uid);
        QCOMPARE(after.summary, before.summary);
        QCOMPARE(after.start.dateTime.toUTC(), before.start.dateTime.toUTC());
        QCOMPARE(after.start.kind, before.start.kind);
        QCOMPARE(after.end.dateTime.toUTC(), before.end.dateTime.toUTC());
        QCOMPARE(after.recurrenceRule, before.recurrenceRule);
        QCOMPARE(after.exceptionDates.size(), before.exceptionDates.size());
        QCOMPARE(after.alarms, before.alarms);
        QCOMPARE(after.description, before.description);
        QCOMPARE(after.location, before.location);
    }
    QCOMPARE(todosAgain->todos, todos);
}

// Reads each file with python3-icalendar and python3-vobject; prints one JSON object per
// VEVENT/VTODO: uid, summary, start (UTC ISO, "floating:" or "date:" ISO) and property names.
static const char *kIndependentReader = R"PY(
import sys, json, datetime, icalendar, vobject
out = []
for path in sys.argv[1:]:
    data = open(path, 'rb').read()
    vobject_count = sum(1 for c in vobject.readComponents(data.decode('utf-8'))
                        for child in c.getChildren() if child.name in ('VEVENT', 'VTODO'))
    items = []
    for cal in icalendar.Calendar.from_ical(data, multiple=True):
        for c in cal.walk():
            if c.name not in ('VEVENT', 'VTODO'):
                continue
            start = ''
            if 'DTSTART' in c:
                dt = c.decoded('DTSTART')
                if isinstance(dt, datetime.datetime):
                    start = dt.astimezone(datetime.timezone.utc).strftime('%Y-%m-%dT%H:%M:%SZ') if dt.tzinfo else 'floating:' + dt.strftime('%Y-%m-%dT%H:%M:%S')
                else:
                    start = 'date:' + dt.isoformat()
            names = sorted(k for k in c.keys())
            alarms = [sorted(a.keys()) for a in c.subcomponents if a.name == 'VALARM']
            items.append({'uid': str(c.get('UID', '')), 'summary': str(c.get('SUMMARY', '')), 'start': start,
                          'properties': names, 'alarms': alarms})
    out.append({'file': path, 'vobject': vobject_count, 'items': items})
print(json.dumps(out))
)PY";

static QString startKey(const CalendarTime &time)
{
    switch (time.kind) {
    case CalendarTime::Kind::Date:
        return QStringLiteral("date:") + time.date.toString(Qt::ISODate);
    case CalendarTime::Kind::Floating:
        return QStringLiteral("floating:") + time.dateTime.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    default:
        return time.dateTime.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
    }
}

void TestICalendarMerger::outputReadByIndependentParser()
{
    const QString python = pythonWithCalendarModules();
    if (python.isEmpty())
        QSKIP("python3 with python3-icalendar and python3-vobject is not installed");

    ICalendarMerger merger;
    QStringList inputs;
    QList<Event> events;
    QList<Todo> todos;
    for (const QString &file : kGoodFixtures) {
        QVERIFY(merger.add(calendarFixture(file)).ok());
        const CalendarParseResult parsed = parseOrFail(file);
        events += parsed.events;
        todos += parsed.todos;
        if (file.endsWith(u".ics"))
            inputs.append(QStringLiteral(LIFEBOAT_TEST_DATA_DIR "/ical/") + file);
    }
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString calendarPath = dir.filePath(QStringLiteral("calendar.ics"));
    const QString todosPath = dir.filePath(QStringLiteral("todos.ics"));
    for (const auto &[path, bytes] : {std::pair{calendarPath, merger.eventsCalendar()},
                                      std::pair{todosPath, merger.todosCalendar()}}) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }

    QString error;
    const QByteArray json = runPython(python, QString::fromUtf8(kIndependentReader),
                                      QStringList{calendarPath, todosPath} + inputs, &error);
    QVERIFY2(!json.isEmpty(), qPrintable(error));
    const QJsonArray files = QJsonDocument::fromJson(json).array();
    QCOMPARE(files.size(), 2 + inputs.size());

    const QJsonArray eventItems = files.at(0).toObject().value(u"items").toArray();
    const QJsonArray todoItems = files.at(1).toObject().value(u"items").toArray();
    QCOMPARE(eventItems.size(), events.size());
    QCOMPARE(files.at(0).toObject().value(u"vobject").toInt(), events.size());
    QCOMPARE(todoItems.size(), todos.size());
    QCOMPARE(files.at(1).toObject().value(u"vobject").toInt(), todos.size());
    for (qsizetype i = 0; i < events.size(); ++i) {
        const QJsonObject item = eventItems.at(i).toObject();
        QCOMPARE(item.value(u"uid").toString(), events.at(i).uid);
        QCOMPARE(item.value(u"summary").toString(), events.at(i).summary);
        QCOMPARE(item.value(u"start").toString(), startKey(events.at(i).start));
    }
    for (qsizetype i = 0; i < todos.size(); ++i)
        QCOMPARE(todoItems.at(i).toObject().value(u"uid").toString(), todos.at(i).uid);

    // Every property (and every VALARM's properties) of every input component is in the export.
    QHash<QString, QJsonObject> exported;
    for (const QJsonArray &items : {eventItems, todoItems}) {
        for (const QJsonValue &item : items) {
            const QJsonObject object = item.toObject();
            exported.insert(object.value(u"uid").toString() + u'|' + object.value(u"start").toString(), object);
        }
    }
    for (qsizetype f = 2; f < files.size(); ++f) {
        for (const QJsonValue &item : files.at(f).toObject().value(u"items").toArray()) {
            const QJsonObject original = item.toObject();
            const QString key = original.value(u"uid").toString() + u'|' + original.value(u"start").toString();
            QVERIFY2(exported.contains(key), qPrintable(key));
            QCOMPARE(exported.value(key).value(u"properties"), original.value(u"properties"));
            QCOMPARE(exported.value(key).value(u"alarms"), original.value(u"alarms"));
        }
    }
}

void TestICalendarMerger::addsMissingTimeZones_data()
{
    QTest::addColumn<QByteArray>("tzidParameter");
    QTest::addColumn<QByteArray>("expectedTzidLine");
    QTest::addColumn<QDateTime>("utcStart");

    QTest::newRow("IANA") << QByteArray("TZID=Europe/Paris") << QByteArray("TZID:Europe/Paris\r\n")
                          << QDateTime(QDate(2024, 7, 1), QTime(8, 0), Qt::UTC);
    QTest::newRow("Windows, quoted") << QByteArray("TZID=\"Romance Standard Time\"")
                                     << QByteArray("TZID:Romance Standard Time\r\n")
                                     << QDateTime(QDate(2024, 7, 1), QTime(8, 0), Qt::UTC);
    QTest::newRow("Mozilla prefix") << QByteArray("TZID=/mozilla.org/20050126_1/America/Chicago")
                                    << QByteArray("TZID:/mozilla.org/20050126_1/America/Chicago\r\n")
                                    << QDateTime(QDate(2024, 7, 1), QTime(15, 0), Qt::UTC);
}

void TestICalendarMerger::addsMissingTimeZones()
{
    QFETCH(QByteArray, tzidParameter);
    QFETCH(QByteArray, expectedTzidLine);
    QFETCH(QDateTime, utcStart);

    const QByteArray object = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\nBEGIN:VEVENT\r\n"
                              "UID:z\r\nDTSTAMP:20240101T000000Z\r\nDTSTART;" + tzidParameter + ":20240701T100000\r\n"
                              "SUMMARY:Zone without VTIMEZONE\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    const Result<CalendarParseResult> direct = ICalendarReader::parse(object);
    QVERIFY(direct && direct->events.size() == 1);
    if (!tzidParameter.contains("Chicago"))
        QCOMPARE(direct->events.first().start.dateTime.toUTC(), utcStart);

    ICalendarMerger merger;
    QVERIFY(merger.add(object).ok());
    QVERIFY(merger.add(object).ok());
    const QByteArray calendar = merger.eventsCalendar();
    QCOMPARE(occurrencesOf(calendar, "BEGIN:VTIMEZONE"), 1);
    QCOMPARE(occurrencesOf(calendar, expectedTzidLine), 1);
    const Result<CalendarParseResult> again = ICalendarReader::parse(calendar);
    QVERIFY(again);
    QCOMPARE(again->events.size(), 2);
    QCOMPARE(again->events.first().start.dateTime.toUTC(), utcStart);
}

void TestICalendarMerger::bareComponentsOldMacAndCalendarProperties()
{
    const QByteArray bare = "BEGIN:VEVENT\r\nUID:bare\r\nDTSTAMP:20240101T000000Z\r\nDTSTART:20240301T100000Z\r\n"
                            "SUMMARY:Bare\r\nEND:VEVENT\r\n";
    ICalendarMerger merger;
    QByteArray oldMac = calendarFixture(QStringLiteral("mixed.ics"));
    oldMac.replace("\r\n", "\r");
    QVERIFY(merger.add(oldMac).ok());
    QCOMPARE(merger.todosCalendar().count("\r\n"), merger.todosCalendar().count("\n"));
    QVERIFY(merger.add(bare).ok());
    QVERIFY(merger.add(calendarFixture(QStringLiteral("google_export.ics"))).ok());
    QVERIFY(merger.add(calendarFixture(QStringLiteral("google_export.ics"))).ok());
    const QByteArray calendar = merger.eventsCalendar();
    QCOMPARE(occurrencesOf(calendar, "X-WR-CALNAME:Family"), 1);
    QCOMPARE(occurrencesOf(calendar, "BEGIN:VEVENT"), 1 + 1 + 2 * 4);
    QCOMPARE(merger.todoCount(), 1);
    QCOMPARE(occurrencesOf(merger.todosCalendar(), "X-WR-CALNAME:Family\r\n"), 1);
}

QTEST_GUILESS_MAIN(TestICalendarMerger)
#include "tst_icalendarmerger.moc"
