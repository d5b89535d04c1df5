#include "ArchiveOracle.h"
#include "CliRunner.h"
#include "VirtualHandsetFixture.h"
#include "app/jobs/BackupJob.h"
#include "app/jobs/RestoreJob.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Lifeboat;
using namespace Lifeboat::TestSupport;

// Bit rot (RELIABILITY.md): single bytes of stored content flipped in copies of an archive with
// three snapshots. `lifeboat-cli verify` finds every flip, names exactly the snapshots and the
// item that hold the damaged content, and every other snapshot still restores byte for byte.
class tst_BitRot : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void flippedByteIsFound_data();
    void flippedByteIsFound();

private:
    void backUp(const QString &label);
    // Where `content`'s byte at `offset` sits in the archive file: the offset of a window around
    // it that occurs exactly once in the file, or -1.
    qint64 locate(const QByteArray &file, const QByteArray &content, qint64 offset) const;

    QTemporaryDir m_tmp;
    QString m_phone;
    QString m_archive;
    QList<QMap<QString, QByteArray>> m_snapshotFiles;  // what each snapshot holds, by path
};

void tst_BitRot::backUp(const QString &label)
{
    const CliRun run = runCli({QStringLiteral("backup"), QStringLiteral("--device"), QStringLiteral("virtual:") + m_phone,
                               QStringLiteral("--archive"), m_archive});
    QVERIFY2(run.code == ExitCode::Success, qPrintable(label + u": " + run.err));
    m_snapshotFiles.append(filesUnder(m_phone));
}

void tst_BitRot::initTestCase()
{
    m_phone = m_tmp.filePath(QStringLiteral("phone"));
    QVERIFY(QDir().mkpath(m_phone));
    {
        auto scratch = Archive::create(m_tmp.filePath(QStringLiteral("scratch.lifeboat")));
        QVERIFY(scratch);
        VirtualHandsetOptions demo;
        demo.demo.contacts = 12;
        demo.demo.events = 6;
        demo.demo.todos = 3;
        demo.demo.photos = 2;
        demo.demo.photoSize = 2600 * 1024;  // three chunks each
        VirtualHandset source = openVirtualHandset(demo);
        const BackupReport made = BackupJob(*source.handset, **scratch).run();
        QCOMPARE(made.state, SnapshotState::Complete);
        VirtualHandset folder = openFolderHandset(m_phone, VirtualHandsetProfile::Kind::Lifeboat);
        QVERIFY(!RestoreJob(**scratch, made.snapshotId, *folder.handset).run().error);
    }
    m_archive = m_tmp.filePath(QStringLiteral("three.lifeboat"));
    backUp(QStringLiteral("first"));

    // Snapshot 2: one contact edited (its old version stays only in snapshot 1), a new photo.
    const QMap<QString, QByteArray> first = m_snapshotFiles.first();
    QString contact;
    for (auto it = first.cbegin(); it != first.cend(); ++it) {
        if (it.key().startsWith(u"Contacts/")) {
            contact = it.key();
            break;
        }
    }
    QVERIFY(!contact.isEmpty());
    QByteArray edited = first.value(contact);
    edited.replace("END:VCARD", "NOTE:edited after the first backup\r\nEND:VCARD");
    QVERIFY(writeFile(m_phone + u'/' + contact, edited));
    QByteArray photo(1900 * 1024, Qt::Uninitialized);
    QRandomGenerator rng(7);
    rng.fillRange(reinterpret_cast<quint32 *>(photo.data()), photo.size() / 4);
    photo.replace(0, 4, QByteArray("\xff\xd8\xff\xe0", 4));
    QVERIFY(writeFile(m_phone + QStringLiteral("/DCIM/Camera/second.jpg"), photo));
    backUp(QStringLiteral("second"));

    // Snapshot 3: another new photo.
    rng.fillRange(reinterpret_cast<quint32 *>(photo.data()), photo.size() / 4);
    photo.replace(0, 4, QByteArray("\xff\xd8\xff\xe0", 4));
    QVERIFY(writeFile(m_phone + QStringLiteral("/DCIM/Camera/third.jpg"), photo));
    backUp(QStringLiteral("third"));
    QCOMPARE(m_snapshotFiles.size(), 3);
}

qint64 tst_BitRot::locate(const QByteArray &file, const QByteArray &content, qint64 offset) const
{
    // Windows that start at, end at, or surround the byte, as page boundaries split stored
    // data; wider ones where vCards and iCalendars repeat the same lines.
    for (const qint64 wanted : {qint64(48), qint64(160), qint64(512), qint64(content.size())}) {
        const qint64 window = std::min<qint64>(wanted, content.size());
        for (const qint64 before : {window / 2, qint64(0), window - 1}) {
            const qint64 start = std::clamp<qint64>(offset - before, 0, content.size() - window);
            const QByteArray piece = content.mid(start, window);
            const qint64 at = file.indexOf(piece);
            if (at >= 0 && file.indexOf(piece, at + 1) < 0)
                return at + (offset - start);
        }
    }
    return -1;
}

void tst_BitRot::flippedByteIsFound_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("version");       // the snapshot (1-based) whose copy of the file is damaged
    QTest::addColumn<QList<qint64>>("affected");
    QTest::addColumn<double>("where");      // position in the file, as a fraction of its size

    const QList<double> spots{0.0, 0.61, 0.999};
    const QMap<QString, QByteArray> first = m_snapshotFiles.value(0);
    const QMap<QString, QByteArray> second = m_snapshotFiles.value(1);
    QString editedContact, sharedContact, event, photo;
    for (auto it = first.cbegin(); it != first.cend(); ++it) {
        if (it.key().startsWith(u"Contacts/")) {
            if (second.value(it.key()) != it.value())
                editedContact = it.key();
            else if (sharedContact.isEmpty())
                sharedContact = it.key();
        } else if (it.key().startsWith(u"Calendar/") && event.isEmpty()) {
            event = it.key();
        } else if (it.key().startsWith(u"DCIM/") && photo.isEmpty()) {
            photo = it.key();
        }
    }
    for (const double where : spots) {
        const int percent = int(where * 100);
        QTest::addRow("edited contact, old version, %d%%", percent) << editedContact << 1 << QList<qint64>{1} << where;
        QTest::addRow("edited contact, new version, %d%%", percent) << editedContact << 2 << QList<qint64>{2, 3} << where;
        QTest::addRow("unchanged contact, %d%%", percent) << sharedContact << 1 << QList<qint64>{1, 2, 3} << where;
        QTest::addRow("event, %d%%", percent) << event << 1 << QList<qint64>{1, 2, 3} << where;
        QTest::addRow("photo, %d%%", percent) << photo << 1 << QList<qint64>{1, 2, 3} << where;
        QTest::addRow("photo of snapshot 2, %d%%", percent) << QStringLiteral("DCIM/Camera/second.jpg") << 2
                                                            << QList<qint64>{2, 3} << where;
        QTest::addRow("photo of snapshot 3, %d%%", percent) << QStringLiteral("DCIM/Camera/third.jpg") << 3
                                                            << QList<qint64>{3} << where;
    }
}

void tst_BitRot::flippedByteIsFound()
{
    QFETCH(QString, path);
    QFETCH(int, version);
    QFETCH(QList<qint64>, affected);
    QFETCH(double, where);
    const QByteArray content = m_snapshotFiles.value(version - 1).value(path);
    QVERIFY2(!content.isEmpty(), qPrintable(path));

    QFile original(m_archive);
    QVERIFY(original.open(QIODevice::ReadOnly));
    QByteArray bytes = original.readAll();
    const qint64 offset = std::min<qint64>(content.size() - 1, qint64(double(content.size()) * where));
    const qint64 at = locate(bytes, content, offset);
    QVERIFY2(at >= 0, qPrintable(QStringLiteral("byte %1 of %2 not found in the archive").arg(offset).arg(path)));
    bytes[at] = char(bytes.at(at) ^ 0x20);

    const QString copy = m_tmp.filePath(QStringLiteral("rotten-%1.lifeboat").arg(QString::fromUtf8(QTest::currentDataTag()).replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9]+")), QStringLiteral("-"))));
    QFile rotten(copy);
    QVERIFY(rotten.open(QIODevice::WriteOnly) && rotten.write(bytes) == bytes.size());
    rotten.close();

    // verify finds it, every time, and names what it affects.
    const CliRun json = runCli({QStringLiteral("verify"), QStringLiteral("--archive"), copy, QStringLiteral("--format"),
                                QStringLiteral("json")});
    QCOMPARE(json.code, ExitCode::VerificationFailed);
    const QJsonObject report = json.json();
    QCOMPARE(report.value(u"ok").toBool(true), false);
    QList<qint64> named;
    for (const QJsonValue id : report.value(u"affected_snapshots").toArray())
        named.append(id.toInteger());
    QCOMPARE(named, affected);
    QStringList items;
    for (const QJsonValue object : report.value(u"affected_objects").toArray())
        items.append(object.toObject().value(u"path").toString());
    items.removeDuplicates();
    QCOMPARE(items, QStringList{path});

    const CliRun text = runCli({QStringLiteral("verify"), QStringLiteral("--archive"), copy});
    QCOMPARE(text.code, ExitCode::VerificationFailed);
    QVERIFY2(text.out.contains(path), qPrintable(text.out));
    for (const qint64 id : affected)
        QVERIFY2(text.out.contains(QStringLiteral("Snapshot %1").arg(id)), qPrintable(text.out));

    // The other snapshots restore byte for byte; an affected one refuses to hand out the damage.
    for (qint64 id = 1; id <= 3; ++id) {
        if (affected.contains(id))
            continue;
        QString problem;
        const QString target = m_tmp.filePath(QStringLiteral("restored-%1-%2").arg(QString::fromUtf8(QTest::currentDataTag()).replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9]+")), QStringLiteral("-"))).arg(id));
        const auto restored = restoreSnapshot(copy, id, target, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(restored, m_snapshotFiles.value(int(id) - 1));
    }
    QFile::remove(copy);
}

QTEST_GUILESS_MAIN(tst_BitRot)
#include "tst_bitrot.moc"
