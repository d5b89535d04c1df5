#include "CalendarTestSupport.h"

#include "model/ical/ICalendarReader.h"
#include "model/ical/VCalendarConverter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Lifeboat;
using namespace Lifeboat::Test;

class TestVCalendarConverter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rules_data();
    void rules();
    void properties_data();
    void properties();
    void deterministic();
    void subcomponentsFollowProperties();
    void convertedFixturesReadByIndependentParsers();
};

static QByteArray vcalendar(const QByteArray &componentLines, const QByteArray &kind = "VEVENT",
                            const QByteArray &calendarLines = {})
{
    QByteArray text = "BEGIN:VCALENDAR\r\nVERSION:1.0\r\n" + calendarLines + "BEGIN:" + kind + "\r\n"
        + componentLines + "END:" + kind + "\r\nEND:VCALENDAR\r\n";
    return text;
}

static QStringList unfoldedLines(const QByteArray &text)
{
    QByteArray unfolded = text;
    unfolded.replace("\r\n ", "");
    return QString::fromUtf8(unfolded).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
}

void TestVCalendarConverter::rules_data()
{
    QTest::addColumn<QByteArray>("dtstart");
    QTest::addColumn<QByteArray>("v1Rule");
    QTest::addColumn<QString>("expected");

    const QByteArray floating = "DTSTART:20070315T090000";
    QTest::newRow("D1 #10") << floating << QByteArray("D1 #10") << "RRULE:FREQ=DAILY;COUNT=10";
    QTest::newRow("D2 #0 (forever)") << floating << QByteArray("D2 #0") << "RRULE:FREQ=DAILY;INTERVAL=2";
    QTest::newRow("no duration means #2") << floating << QByteArray("D1") << "RRULE:FREQ=DAILY;COUNT=2";
    QTest::newRow("W1 MO TU #10") << floating << QByteArray("W1 MO TU #10") << "RRULE:FREQ=WEEKLY;COUNT=10;BYDAY=MO,TU";
    QTest::newRow("W1 with end date") << floating << QByteArray("W1 FR 20071231T090000")
                                      << "RRULE:FREQ=WEEKLY;UNTIL=20071231T090000;BYDAY=FR";
    QTest::newRow("UTC start, floating end, TZ") << QByteArray("DTSTART:20070315T080000Z")
                                                 << QByteArray("W1 FR 20071231T090000")
                                                 << "RRULE:FREQ=WEEKLY;UNTIL=20071231T080000Z;BYDAY=FR";
    QTest::newRow("date start, end date-time") << QByteArray("DTSTART:20070315") << QByteArray("D7 20070401T000000")
                                               << "RRULE:FREQ=DAILY;INTERVAL=7;UNTIL=20070401";
    QTest::newRow("MD1 1 15 #0") << floating << QByteArray("MD1 1 15 #0") << "RRULE:FREQ=MONTHLY;BYMONTHDAY=1,15";
    QTest::newRow("MD1 1- and LD") << floating << QByteArray("MD1 1- LD #6") << "RRULE:FREQ=MONTHLY;COUNT=6;BYMONTHDAY=-1,-1";
    QTest::newRow("MP1 2+ TU 1- FR") << floating << QByteArray("MP1 2+ TU 1- FR #0")
                                     << "RRULE:FREQ=MONTHLY;BYDAY=2TU,-1FR";
    QTest::newRow("YM1 6 7 #0") << floating << QByteArray("YM1 6 7 #0") << "RRULE:FREQ=YEARLY;BYMONTH=6,7";
    QTest::newRow("YD1 1 100 #3") << floating << QByteArray("YD1 1 100 #3") << "RRULE:FREQ=YEARLY;COUNT=3;BYYEARDAY=1,100";
    QTest::newRow("lower case") << floating << QByteArray("w1 mo #4") << "RRULE:FREQ=WEEKLY;COUNT=4;BYDAY=MO";
    QTest::newRow("time list ignored") << floating << QByteArray("D1 0900 1700 #3") << "RRULE:FREQ=DAILY;COUNT=3";
    QTest::newRow("nested rule kept as X-") << floating << QByteArray("D1 #2 M5 #3")
                                            << "X-LIFEBOAT-VCAL1-RRULE:D1 #2 M5 #3";
    QTest::newRow("garbage kept as X-") << floating << QByteArray("FREQ=DAILY") << "X-LIFEBOAT-VCAL1-RRULE:FREQ=DAILY";
}

void TestVCalendarConverter::rules()
{
    QFETCH(QByteArray, dtstart);
    QFETCH(QByteArray, v1Rule);
    QFETCH(QString, expected);

    const QByteArray input = vcalendar("UID:r\r\n" + dtstart + "\r\nRRULE:" + v1Rule + "\r\n", "VEVENT", "TZ:+01\r\n");
    const Result<QByteArray> converted = VCalendarConverter::toICalendar(input);
    QVERIFY(converted);
    const QStringList lines = unfoldedLines(*converted);
    QVERIFY2(lines.contains(expected), qPrintable(lines.join(u'\n')));
    QCOMPARE(lines.filter(QRegularExpression(QStringLiteral("^RRULE:"))).size(), expected.startsWith(u"RRULE") ? 1 : 0);
    // libical must accept what we wrote.
    const Result<CalendarParseResult> parsed = ICalendarReader::parse(*converted);
    QVERIFY(parsed);
    QVERIFY2(parsed->warnings.isEmpty(), qPrintable(parsed->warnings.join(u'\n')));
}

void TestVCalendarConverter::properties_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("QP soft line break, UTF-8")
        << vcalendar("SUMMARY;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:Caf=C3=A9 =\r\nmit Freunden\r\nDTSTART:20070101T100000\r\n")
        << QStringList{QStringLiteral("SUMMARY:Caf\u00e9 mit Freunden")};
    QTest::newRow("bare QUOTED-PRINTABLE, CRLF in text, escaping")
        << vcalendar("DESCRIPTION;QUOTED-PRINTABLE:a=0D=0Ab, c; d\\e\r\nDTSTART:20070101T100000\r\n")
        << QStringList{QStringLiteral("DESCRIPTION:a\\nb\\, c\\; d\\\\e")};
    QTest::newRow("8-bit Latin-1 without CHARSET")
        << vcalendar("SUMMARY:M\xfcnchen\r\nDTSTART:20070101T100000\r\n")
        << QStringList{QStringLiteral("SUMMARY:M\u00fcnchen")};
    QTest::newRow("folded line (white space)")
        << vcalendar("SUMMARY:Long\r\n  summary\r\nDTSTART:20070101T100000\r\n")
        << QStringList{QStringLiteral("SUMMARY:Long summary")};
    QTest::newRow("to-do NEEDS ACTION, DUE, COMPLETED with TZ")
        << vcalendar("SUMMARY:x\r\nSTATUS:NEEDS ACTION\r\nDUE:20070316T120000\r\nCOMPLETED:20070316T110000\r\nPRIORITY:12\r\n",
                     "VTODO", "TZ:+01\r\n")
        << QStringList{QStringLiteral("STATUS:NEEDS-ACTION"), QStringLiteral("DUE:20070316T120000"),
                       QStringLiteral("COMPLETED:20070316T100000Z"), QStringLiteral("PRIORITY:9")};
    QTest::newRow("event statuses and TRANSP")
        << vcalendar("STATUS:DECLINED\r\nTRANSP:1\r\nDTSTART:20070101T100000\r\n")
        << QStringList{QStringLiteral("STATUS:CANCELLED"), QStringLiteral("TRANSP:TRANSPARENT")};
    QTest::newRow("all-day EVENT written as UTC midnight, no TZ")
        << vcalendar("X-EPOCAGENDAENTRYTYPE:EVENT\r\nDTSTART:20070314T230000Z\r\nDTEND:20070315T225900Z\r\n")
        << QStringList{QStringLiteral("DTSTART;VALUE=DATE:20070315"), QStringLiteral("DTEND;VALUE=DATE:20070316"),
                       QStringLiteral("X-EPOCAGENDAENTRYTYPE:EVENT")};
    QTest::newRow("all-day with TZ:+02")
        << vcalendar("X-EPOCAGENDAENTRYTYPE:EVENT\r\nDTSTART:20070314T220000Z\r\n", "VEVENT", "TZ:+02\r\n")
        << QStringList{QStringLiteral("DTSTART;VALUE=DATE:20070315")};
    QTest::newRow("anniversary without rule repeats yearly")
        << vcalendar("X-EPOCAGENDAENTRYTYPE:ANNIVERSARY\r\nDTSTART:20070412T000000\r\n")
        << QStringList{QStringLiteral("DTSTART;VALUE=DATE:20070412"), QStringLiteral("RRULE:FREQ=YEARLY")};
    QTest::newRow("alarm on a to-do is relative to DUE, snooze")
        << vcalendar("DUE:20070316T120000\r\nDALARM:20070316T113000;PT5M;3;Go\r\n", "VTODO")
        << QStringList{QStringLiteral("ACTION:DISPLAY"), QStringLiteral("DESCRIPTION:Go"),
                       QStringLiteral("TRIGGER:-PT30M"), QStringLiteral("DURATION:PT5M"), QStringLiteral("REPEAT:3")};
    QTest::newRow("alarm without start is absolute UTC")
        << vcalendar("SUMMARY:x\r\nAALARM:20070316T113000Z;;;\r\n", "VTODO")
        << QStringList{QStringLiteral("ACTION:AUDIO"), QStringLiteral("TRIGGER;VALUE=DATE-TIME:20070316T113000Z")};
    QTest::newRow("missing UID and stamp derived, DCREATED")
        << vcalendar("DTSTART:20070101T100000\r\nDCREATED:20061231T120000Z\r\n")
        << QStringList{QStringLiteral("DTSTAMP:20061231T120000Z"), QStringLiteral("CREATED:20061231T120000Z")};
    QTest::newRow("attendee with address, categories")
        << vcalendar("DTSTART:20070101T100000\r\nATTENDEE:John Smith <john@example.com>\r\nCATEGORIES:A;B\r\n")
        << QStringList{QStringLiteral("ATTENDEE;CN=John Smith:mailto:john@example.com"), QStringLiteral("CATEGORIES:A,B")};
    QTest::newRow("1.0-only properties kept as X-")
        << vcalendar("DTSTART:20070101T100000\r\nGEO:37.38,-122.08\r\nX-IRMC-LUID;X-A=1:0012\r\n")
        << QStringList{QStringLiteral("X-LIFEBOAT-VCAL1-GEO:37.38\\,-122.08"), QStringLiteral("X-IRMC-LUID;X-A=1:0012")};
    QTest::newRow("EXDATE list") << vcalendar("DTSTART:20070101T100000\r\nRRULE:D1 #10\r\nEXDATE:20070102T100000;20070103T100000\r\n")
                                 << QStringList{QStringLiteral("EXDATE:20070102T100000,20070103T100000")};
}

void TestVCalendarConverter::properties()
{
    QFETCH(QByteArray, input);
    QFETCH(QStringList, expected);

    const Result<QByteArray> converted = VCalendarConverter::toICalendar(input);
    QVERIFY(converted);
    const QStringList lines = unfoldedLines(*converted);
    for (const QString &line : expected)
        QVERIFY2(lines.contains(line), qPrintable(line + QStringLiteral(" not in\n") + lines.join(u'\n')));
    QVERIFY(lines.contains(QStringLiteral("VERSION:2.0")));
    QCOMPARE(lines.filter(QStringLiteral("UID:")).size(), 1);
    QCOMPARE(lines.filter(QStringLiteral("DTSTAMP:")).size(), 1);
    const Result<CalendarParseResult> parsed = ICalendarReader::parse(*converted);
    QVERIFY(parsed);
    QVERIFY2(parsed->warnings.isEmpty(), qPrintable(parsed->warnings.join(u'\n')));
    QCOMPARE(parsed->events.size() + parsed->todos.size(), 1);
}

void TestVCalendarConverter::deterministic()
{
    const QByteArray vcs = calendarFixture(QStringLiteral("sonyericsson_tz.vcs"));
    const Result<QByteArray> first = VCalendarConverter::toICalendar(vcs);
    const Result<QByteArray> second = VCalendarConverter::toICalendar(vcs);
    QVERIFY(first && second);
    QCOMPARE(*first, *second);
    QVERIFY(first->contains("UID:vcal1-"));
    QVERIFY(!VCalendarConverter::toICalendar("not a calendar").ok());
}

void TestVCalendarConverter::subcomponentsFollowProperties()
{
    for (const QString &file : {QStringLiteral("nokia_s60.vcs"), QStringLiteral("sonyericsson_tz.vcs")}) {
        const Result<QByteArray> converted = VCalendarConverter::toICalendar(calendarFixture(file));
        QVERIFY(converted);
        bool afterAlarm = false;
        bool inAlarm = false;
        for (const QString &line : unfoldedLines(*converted)) {
            if (line == u"END:VEVENT" || line == u"END:VTODO") {
                afterAlarm = false;
            } else if (line == u"BEGIN:VALARM") {
                inAlarm = true;
            } else if (line == u"END:VALARM") {
                inAlarm = false;
                afterAlarm = true;
            } else if (afterAlarm && !inAlarm) {
                QFAIL(qPrintable(file + QStringLiteral(": property after VALARM: ") + line));
            }
        }
    }
}

// Counts and summaries through python3-icalendar and python3-vobject.
static const char *kIndependentReader = R"PY(
import sys, json, icalendar, vobject
out = []
for path in sys.argv[1:]:
    data = open(path, 'rb').read()
    summaries = [str(c.get('SUMMARY', '')) for cal in icalendar.Calendar.from_ical(data, multiple=True)
                 for c in cal.walk() if c.name in ('VEVENT', 'VTODO')]
    via_vobject = [child.summary.value for c in vobject.readComponents(data.decode('utf-8'))
                   for child in c.getChildren() if child.name in ('VEVENT', 'VTODO')]
    rules = [str(c.get('RRULE').to_ical().decode()) for cal in icalendar.Calendar.from_ical(data, multiple=True)
             for c in cal.walk() if c.name == 'VEVENT' and 'RRULE' in c]
    out.append({'icalendar': summaries, 'vobject': via_vobject, 'rules': rules})
print(json.dumps(out))
)PY";

void TestVCalendarConverter::convertedFixturesReadByIndependentParsers()
{
    const QString python = pythonWithCalendarModules();
    if (python.isEmpty())
        QSKIP("python3 with python3-icalendar and python3-vobject is not installed");

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QStringList paths;
    QList<QStringList> expectedSummaries;
    for (const QString &file : {QStringLiteral("nokia_s60.vcs"), QStringLiteral("sonyericsson_tz.vcs")}) {
        const Result<QByteArray> converted = VCalendarConverter::toICalendar(calendarFixture(file));
        QVERIFY(converted);
        const Result<CalendarParseResult> parsed = ICalendarReader::parse(*converted);
        QVERIFY(parsed);
        QStringList summaries;
        for (const Event &event : parsed->events)
            summaries.append(event.summary);
        for (const Todo &todo : parsed->todos)
            summaries.append(todo.summary);
        expectedSummaries.append(summaries);
        paths.append(dir.filePath(file + QStringLiteral(".ics")));
        QFile out(paths.last());
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(*converted);
    }
    QString error;
    const QByteArray json = runPython(python, QString::fromUtf8(kIndependentReader), paths, &error);
    QVERIFY2(!json.isEmpty(), qPrintable(error));
    const QJsonArray results = QJsonDocument::fromJson(json).array();
    QCOMPARE(results.size(), paths.size());
    for (qsizetype i = 0; i < paths.size(); ++i) {
        const QJsonObject result = results.at(i).toObject();
        QCOMPARE(result.value(u"icalendar").toVariant().toStringList(), expectedSummaries.at(i));
        QCOMPARE(result.value(u"vobject").toVariant().toStringList(), expectedSummaries.at(i));
    }
    QVERIFY(results.at(0).toObject().value(u"rules").toVariant().toStringList().contains(
        QStringLiteral("FREQ=WEEKLY;COUNT=10;BYDAY=MO,TU")));
}

QTEST_GUILESS_MAIN(TestVCalendarConverter)
#include "tst_vcalendarconverter.moc"
