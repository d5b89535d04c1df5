#include "CliRunner.h"
#include "VirtualHandsetFixture.h"
#include "app/jobs/BackupJob.h"
#include "app/jobs/RestoreJob.h"

#include <QJsonArray>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Lifeboat;
using namespace Lifeboat::TestSupport;

// Every lifeboat-cli command run in-process against a virtual handset serving a folder:
// text, JSON and exit codes.
class tst_CliCommands : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void backupTextAndJson();
    void snapshotsAndShow();
    void showSearch();
    void diffBetweenSnapshots();
    void exportIsReadByIndependentParsers();
    void restoreAndDryRun();
    void verifyFindsDamage();
    void usageErrors_data();
    void usageErrors();
    void failureExitCodes();

private:
    QString archive() const { return m_tmp.filePath(QStringLiteral("phone.lifeboat")); }
    QTemporaryDir m_tmp;
    QString m_phone;
};

void tst_CliCommands::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // A handset folder filled from a small demo set (contacts with non-ASCII names included).
    m_phone = m_tmp.filePath(QStringLiteral("phone"));
    QVERIFY(QDir().mkpath(m_phone));
    auto scratch = Archive::create(m_tmp.filePath(QStringLiteral("scratch.lifeboat")));
    QVERIFY(scratch);
    VirtualHandsetOptions demo;
    demo.demo.contacts = 20;
    demo.demo.events = 10;
    demo.demo.todos = 5;
    demo.demo.photos = 4;
    VirtualHandset source = openVirtualHandset(demo);
    const BackupReport backup = BackupJob(*source.handset, **scratch).run();
    QCOMPARE(backup.state, SnapshotState::Complete);
    VirtualHandset folder = openFolderHandset(m_phone, VirtualHandsetProfile::Kind::Lifeboat);
    QVERIFY(!RestoreJob(**scratch, backup.snapshotId, *folder.handset).run().error);
}

void tst_CliCommands::backupTextAndJson()
{
    const QString device = QStringLiteral("virtual:") + m_phone;
    const CliRun text = runCli({QStringLiteral("backup"), QStringLiteral("--device"), device,
                                QStringLiteral("--archive"), archive()});
    QCOMPARE(text.code, ExitCode::Success);
    QVERIFY2(text.out.contains(u"into snapshot 1"), qPrintable(text.out));
    QVERIFY(text.out.contains(u"Restore it:"));
    QVERIFY(text.err.isEmpty());  // no terminal: no progress

    const CliRun json = runCli({QStringLiteral("backup"), QStringLiteral("--device"), device,
                                QStringLiteral("--archive"), archive(), QStringLiteral("--format"),
                                QStringLiteral("json")});
    QCOMPARE(json.code, ExitCode::Success);
    const QJsonObject report = json.json();
    QCOMPARE(report.value(u"snapshot").toInt(), 2);
    QCOMPARE(report.value(u"state").toString(), QStringLiteral("complete"));
    QCOMPARE(report.value(u"objects_transferred").toInt(), 0);
    QCOMPARE(report.value(u"bytes_transferred").toInt(), 0);
    QVERIFY(report.value(u"objects").toInt() > 30);
    QCOMPARE(report.value(u"counts").toObject().value(u"todos").toInt(), 5);
    QCOMPARE(report.value(u"counts").toObject().value(u"photos").toInt(), 4);
    QVERIFY(report.value(u"device").toObject().value(u"serial").toString().startsWith(u"VIRTUAL-"));
}

void tst_CliCommands::snapshotsAndShow()
{
    const CliRun list = runCli({QStringLiteral("snapshots"), QStringLiteral("--archive"), archive(),
                                QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(list.code, ExitCode::Success);
    const QJsonArray snapshots = list.json().value(u"snapshots").toArray();
    QCOMPARE(snapshots.size(), 2);
    QCOMPARE(snapshots.at(0).toObject().value(u"state").toString(), QStringLiteral("complete"));

    const CliRun text = runCli({QStringLiteral("snapshots"), QStringLiteral("--archive"), archive()});
    QCOMPARE(text.code, ExitCode::Success);
    QVERIFY(text.out.contains(u"complete"));

    const CliRun show = runCli({QStringLiteral("show"), QStringLiteral("--archive"), archive(),
                                QStringLiteral("--kind"), QStringLiteral("todos"), QStringLiteral("--format"),
                                QStringLiteral("json")});
    QCOMPARE(show.code, ExitCode::Success);
    QVERIFY(show.json().value(u"todos").toArray().size() >= 5);  // Tasks/ plus the demo .vcs
    QVERIFY(!show.json().contains(u"contacts"));

    const CliRun contacts = runCli({QStringLiteral("show"), QStringLiteral("--archive"), archive(),
                                    QStringLiteral("--kind"), QStringLiteral("contacts")});
    QCOMPARE(contacts.code, ExitCode::Success);
    QVERIFY(contacts.out.startsWith(u"Contacts ("));
}

void tst_CliCommands::showSearch()
{
    const CliRun all = runCli({QStringLiteral("show"), QStringLiteral("--archive"), archive(),
                               QStringLiteral("--kind"), QStringLiteral("contacts"),
                               QStringLiteral("--format"), QStringLiteral("json")});
    const QString name = all.json().value(u"contacts").toArray().at(0).toObject().value(u"name").toString();
    QVERIFY(!name.isEmpty());
    const QString word = name.section(u' ', -1);
    const CliRun hits = runCli({QStringLiteral("show"), QStringLiteral("--archive"), archive(),
                                QStringLiteral("--search"), word, QStringLiteral("--format"),
                                QStringLiteral("json")});
    QCOMPARE(hits.code, ExitCode::Success);
    QVERIFY2(!hits.json().value(u"hits").toArray().isEmpty(), qPrintable(word));
    const CliRun none = runCli({QStringLiteral("show"), QStringLiteral("--archive"), archive(),
                                QStringLiteral("--search"), QStringLiteral("zzqqxx\" OR *")});
    QCOMPARE(none.code, ExitCode::Success);
    QVERIFY(none.out.contains(u"Nothing"));
}

void tst_CliCommands::diffBetweenSnapshots()
{
    const CliRun same = runCli({QStringLiteral("diff"), QStringLiteral("--archive"), archive()});
    QCOMPARE(same.code, ExitCode::Success);
    QVERIFY2(same.out.contains(u"Nothing changed"), qPrintable(same.out));

    QVERIFY(writeFile(m_phone + QStringLiteral("/Contacts/zoe.vcf"),
                      "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Zoë Åberg\r\nN:Åberg;Zoë;;;\r\nUID:zoe-1\r\nEND:VCARD\r\n"));
    const CliRun backup = runCli({QStringLiteral("backup"), QStringLiteral("--device"),
                                  QStringLiteral("virtual:") + m_phone, QStringLiteral("--archive"), archive()});
    QCOMPARE(backup.code, ExitCode::Success);
    const CliRun diff = runCli({QStringLiteral("diff"), QStringLiteral("--archive"), archive(),
                                QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(diff.code, ExitCode::Success);
    const QJsonArray added = diff.json().value(u"kinds").toObject().value(u"contacts").toObject().value(u"added").toArray();
    QCOMPARE(added.size(), 1);
    QCOMPARE(added.at(0).toObject().value(u"uid").toString(), QStringLiteral("zoe-1"));
    const CliRun text = runCli({QStringLiteral("diff"), QStringLiteral("--archive"), archive(),
                                QStringLiteral("1"), QStringLiteral("3")});
    QVERIFY(text.out.contains(u"+ Zoë Åberg"));
}

void tst_CliCommands::exportIsReadByIndependentParsers()
{
    const QString out = m_tmp.filePath(QStringLiteral("export"));
    const CliRun run = runCli({QStringLiteral("export"), QStringLiteral("--archive"), archive(),
                               QStringLiteral("--out"), out, QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(run.code, ExitCode::Success);
    const QJsonObject counts = run.json().value(u"counts").toObject();
    QVERIFY(QFile::exists(out + QStringLiteral("/contacts.vcf")));
    QVERIFY(QFile::exists(out + QStringLiteral("/calendar.ics")));
    QVERIFY(QFile::exists(out + QStringLiteral("/todos.ics")));
    QCOMPARE(QDir(out + QStringLiteral("/photos")).entryList(QDir::Files).size(), 4);

    // Debian's python3 has python3-vobject and python3-icalendar; another python3 earlier on
    // the PATH (pyenv) may not.
    const QString python = QFile::exists(QStringLiteral("/usr/bin/python3"))
        ? QStringLiteral("/usr/bin/python3")
        : QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty())
        QSKIP("python3 is not installed");
    // Debian's python3-vobject and python3-icalendar, independent of Lifeboat's codecs.
    const QString script = QStringLiteral(R"(
import sys, vobject, icalendar
cards = list(vobject.readComponents(open(sys.argv[1], encoding='utf-8').read()))
names = [c.fn.value for c in cards]
cal = icalendar.Calendar.from_ical(open(sys.argv[2], 'rb').read())
events = [c for c in cal.walk('VEVENT')]
todos = [c for c in icalendar.Calendar.from_ical(open(sys.argv[3], 'rb').read()).walk('VTODO')]
assert all(e.get('UID') for e in events + todos)
print(len(cards), len(events), len(todos), 'Zoë Åberg' in names)
)");
    QProcess process;
    process.start(python, {QStringLiteral("-c"), script, out + QStringLiteral("/contacts.vcf"),
                           out + QStringLiteral("/calendar.ics"), out + QStringLiteral("/todos.ics")});
    QVERIFY(process.waitForFinished(60000));
    const QString result = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    QVERIFY2(process.exitCode() == 0, qPrintable(QString::fromUtf8(process.readAllStandardError())));
    QCOMPARE(result, QStringLiteral("%1 %2 %3 True")
                         .arg(counts.value(u"contacts").toInt())
                         .arg(counts.value(u"events").toInt())
                         .arg(counts.value(u"todos").toInt()));
}

void tst_CliCommands::restoreAndDryRun()
{
    const QString target = m_tmp.filePath(QStringLiteral("new-phone"));
    QVERIFY(QDir().mkpath(target));
    const QString device = QStringLiteral("virtual:") + target;
    const CliRun plan = runCli({QStringLiteral("restore"), QStringLiteral("--archive"), archive(),
                                QStringLiteral("--device"), device, QStringLiteral("--dry-run")});
    QCOMPARE(plan.code, ExitCode::Success);
    QVERIFY(plan.out.contains(u"nothing is changed"));
    QVERIFY(filesUnder(target).isEmpty());

    const CliRun restore = runCli({QStringLiteral("restore"), QStringLiteral("--archive"), archive(),
                                   QStringLiteral("--device"), device, QStringLiteral("--format"),
                                   QStringLiteral("json")});
    QCOMPARE(restore.code, ExitCode::Success);
    const QJsonObject report = restore.json();
    QCOMPARE(report.value(u"state").toString(), QStringLiteral("complete"));
    QVERIFY(report.value(u"restored").toArray().size() > 30);
    QCOMPARE(report.value(u"failed").toArray().size(), 0);
    QVERIFY(report.value(u"different_handset").toBool());
    QVERIFY(restore.err.contains(u"another handset"));
    for (const char *key : {"snapshot", "state", "device", "counts", "objects", "objects_transferred",
                            "bytes_transferred", "restored", "skipped", "failed"})
        QVERIFY2(report.contains(QLatin1String(key)), key);
    QCOMPARE(filesUnder(target), filesUnder(m_phone));

    const CliRun replace = runCli({QStringLiteral("restore"), QStringLiteral("--archive"), archive(),
                                   QStringLiteral("--device"), device, QStringLiteral("--mode"),
                                   QStringLiteral("replace")});
    QCOMPARE(replace.code, ExitCode::Usage);
    QVERIFY(replace.err.contains(u"--yes"));
}

void tst_CliCommands::verifyFindsDamage()
{
    const CliRun ok = runCli({QStringLiteral("verify"), QStringLiteral("--archive"), archive()});
    QCOMPARE(ok.code, ExitCode::Success);
    QVERIFY(ok.out.contains(u"intact"));

    // Flip one byte of stored photo content in a copy.
    const QString copy = m_tmp.filePath(QStringLiteral("damaged.lifeboat"));
    QVERIFY(QFile::copy(archive(), copy));
    QByteArray photo;
    {
        auto opened = Archive::open(copy, Archive::OpenMode::ReadOnly);
        QVERIFY(opened);
        const auto photos = (*opened)->snapshotObjects(1, ItemKind::Photo);
        QVERIFY(photos && !photos->isEmpty());
        QVERIFY((*opened)->readContent(photos->first().contentHash, [&](const char *d, qsizetype n) {
            photo.append(d, n);
            return Status();
        }));
    }
    QFile file(copy);
    QVERIFY(file.open(QIODevice::ReadWrite));
    const QByteArray all = file.readAll();
    const QByteArray needle = photo.mid(photo.size() / 2, 64);
    const qsizetype at = all.indexOf(needle);
    QVERIFY(at > 0);
    file.seek(at + 10);
    file.write(QByteArray(1, char(all.at(at + 10) ^ 0x5a)));
    file.close();

    const CliRun damaged = runCli({QStringLiteral("verify"), QStringLiteral("--archive"), copy,
                                   QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(damaged.code, ExitCode::VerificationFailed);
    QCOMPARE(damaged.json().value(u"ok").toBool(), false);
    QVERIFY(!damaged.json().value(u"affected_snapshots").toArray().isEmpty());
    QVERIFY(damaged.json().value(u"affected_objects").toArray().at(0).toObject().value(u"path")
                .toString().startsWith(u"DCIM/"));
}

void tst_CliCommands::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("no device") << QStringList{QStringLiteral("backup")};
    QTest::newRow("bad format") << QStringList{QStringLiteral("snapshots"), QStringLiteral("--archive"),
                                               QStringLiteral("x"), QStringLiteral("--format"), QStringLiteral("xml")};
    QTest::newRow("bad kind") << QStringList{QStringLiteral("backup"), QStringLiteral("--device"),
                                             QStringLiteral("demo"), QStringLiteral("--kinds"), QStringLiteral("music")};
    QTest::newRow("unknown option") << QStringList{QStringLiteral("verify"), QStringLiteral("--frobnicate")};
    QTest::newRow("export without out") << QStringList{QStringLiteral("export"), QStringLiteral("--archive"), QStringLiteral("x")};
    QTest::newRow("bad mode") << QStringList{QStringLiteral("restore"), QStringLiteral("--archive"), QStringLiteral("x"),
                                             QStringLiteral("--device"), QStringLiteral("demo"), QStringLiteral("--mode"), QStringLiteral("all")};
    QTest::newRow("bad snapshot") << QStringList{QStringLiteral("show"), QStringLiteral("--archive"),
                                                 QStringLiteral("PLACEHOLDER"), QStringLiteral("--snapshot"), QStringLiteral("first")};
}

void tst_CliCommands::usageErrors()
{
    QFETCH(QStringList, args);
    args.replaceInStrings(QStringLiteral("PLACEHOLDER"), archive());
    const CliRun run = runCli(args);
    QCOMPARE(run.code, ExitCode::Usage);
    QVERIFY(run.out.isEmpty() || run.out.startsWith(u'{'));
    QVERIFY(!run.err.isEmpty());
}

void tst_CliCommands::failureExitCodes()
{
    const CliRun missing = runCli({QStringLiteral("snapshots"), QStringLiteral("--archive"),
                                   m_tmp.filePath(QStringLiteral("nope.lifeboat"))});
    QCOMPARE(missing.code, ExitCode::Archive);

    const QString garbage = m_tmp.filePath(QStringLiteral("garbage.lifeboat"));
    QVERIFY(writeFile(garbage, QByteArray(4096, 'g')));
    const CliRun notArchive = runCli({QStringLiteral("verify"), QStringLiteral("--archive"), garbage,
                                      QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(notArchive.code, ExitCode::Archive);
    QCOMPARE(notArchive.json().value(u"error").toObject().value(u"code").toString(), QStringLiteral("archive"));

    const CliRun noFolder = runCli({QStringLiteral("backup"), QStringLiteral("--device"),
                                    QStringLiteral("virtual:") + m_tmp.filePath(QStringLiteral("absent")),
                                    QStringLiteral("--archive"), archive()});
    QCOMPARE(noFolder.code, ExitCode::NoDevice);

    const CliRun noHandset = runCli({QStringLiteral("backup"), QStringLiteral("--device"),
                                     QStringLiteral("NO-SUCH-SERIAL-123"), QStringLiteral("--archive"), archive()});
    QCOMPARE(noHandset.code, ExitCode::NoDevice);
}

QTEST_GUILESS_MAIN(tst_CliCommands)
#include "tst_clicommands.moc"
