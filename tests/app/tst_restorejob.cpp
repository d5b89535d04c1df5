#include "app/jobs/BackupJob.h"
#include "app/jobs/RestoreJob.h"
#include "VirtualHandsetFixture.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Lifeboat;
using namespace Lifeboat::TestSupport;

// Back up, wipe, restore, back up again — through the real MTP initiator onto a virtual handset
// that serves a folder, so the restored files can be compared byte by byte.
class tst_RestoreJob : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void restoreOntoWipedHandsetIsIdentical_data();
    void restoreOntoWipedHandsetIsIdentical();
    void secondRestoreAddsNothing();
    void dryRunChangesNothing();
    void replaceTouchesOnlyChosenKinds();
    void replaceNeedsConfirmation();
    void singleItems();
    void differentHandsetIsWarned();

private:
    BackupReport backUpDemo(VirtualHandsetProfile::Kind profile = VirtualHandsetProfile::Kind::Lifeboat);

    std::unique_ptr<QTemporaryDir> m_tmp;
    std::unique_ptr<Archive> m_archive;
    QString m_phone;
};

void tst_RestoreJob::init()
{
    m_tmp = std::make_unique<QTemporaryDir>();
    auto archive = Archive::create(m_tmp->filePath(QStringLiteral("a.lifeboat")));
    QVERIFY(archive);
    m_archive = std::move(*archive);
    m_phone = m_tmp->filePath(QStringLiteral("phone"));
    QVERIFY(QDir().mkpath(m_phone));
}

BackupReport tst_RestoreJob::backUpDemo(VirtualHandsetProfile::Kind profile)
{
    VirtualHandsetOptions options;
    options.profile = profile;
    options.demo.contacts = 25;
    options.demo.events = 12;
    options.demo.todos = 6;
    options.demo.photos = 5;
    options.demo.photoSize = 200 * 1024;
    options.serialNumber = QStringLiteral("CUSTOMER-PHONE");
    VirtualHandset v = openVirtualHandset(options);
    if (!v.handset)
        return {};
    return BackupJob(*v.handset, *m_archive).run();
}

void tst_RestoreJob::restoreOntoWipedHandsetIsIdentical_data()
{
    QTest::addColumn<int>("profile");
    QTest::newRow("lifeboat") << int(VirtualHandsetProfile::Kind::Lifeboat);
    QTest::newRow("android") << int(VirtualHandsetProfile::Kind::Android);
}

void tst_RestoreJob::restoreOntoWipedHandsetIsIdentical()
{
    QFETCH(int, profile);
    const auto kind = VirtualHandsetProfile::Kind(profile);
    const BackupReport original = backUpDemo();
    QCOMPARE(original.state, SnapshotState::Complete);

    RestoreReport restored;
    {
        VirtualHandset target = openFolderHandset(m_phone, kind, QStringLiteral("CUSTOMER-PHONE"));
        QVERIFY(target.handset);
        restored = RestoreJob(*m_archive, original.snapshotId, *target.handset).run();
    }
    QVERIFY2(!restored.error, qPrintable(restored.error ? restored.error->toString() : QString()));
    QCOMPARE(restored.restored.size(), original.objects);
    QVERIFY(restored.failed.isEmpty());
    QCOMPARE(restored.counts, original.counts);
    QVERIFY(!restored.differentHandset);

    // Every stored object is on the handset's disk, byte for byte.
    const QMap<QString, QByteArray> files = filesUnder(m_phone);
    const auto objects = m_archive->snapshotObjects(original.snapshotId);
    QVERIFY(objects);
    QCOMPARE(files.size(), objects->size());
    for (const ObjectRecord &object : *objects) {
        QByteArray stored;
        QVERIFY(m_archive->readContent(object.contentHash, [&](const char *d, qsizetype n) {
            stored.append(d, n);
            return Status();
        }));
        QVERIFY2(files.contains(object.path()), qPrintable(object.path()));
        QCOMPARE(files.value(object.path()), stored);
    }

    // Backing up the restored handset gives the same items.
    VirtualHandset again = openFolderHandset(m_phone, kind, QStringLiteral("CUSTOMER-PHONE"));
    const BackupReport second = BackupJob(*again.handset, *m_archive).run();
    QCOMPARE(second.state, SnapshotState::Complete);
    QCOMPARE(second.counts, original.counts);
    const auto before = m_archive->contacts(original.snapshotId);
    const auto after = m_archive->contacts(second.snapshotId);
    QVERIFY(before && after);
    QStringList beforeNames, afterNames;
    for (const IndexedContact &c : *before) beforeNames << c.item.uid + c.item.displayName();
    for (const IndexedContact &c : *after) afterNames << c.item.uid + c.item.displayName();
    beforeNames.sort();
    afterNames.sort();
    QCOMPARE(afterNames, beforeNames);
}

void tst_RestoreJob::secondRestoreAddsNothing()
{
    const BackupReport original = backUpDemo();
    VirtualHandset target = openFolderHandset(m_phone, VirtualHandsetProfile::Kind::Lifeboat);
    const RestoreReport first = RestoreJob(*m_archive, original.snapshotId, *target.handset).run();
    QVERIFY(!first.error);
    const auto filesBefore = filesUnder(m_phone);
    const RestoreReport second = RestoreJob(*m_archive, original.snapshotId, *target.handset).run();
    QVERIFY(!second.error);
    QCOMPARE(second.restored.size(), 0);
    QCOMPARE(second.skipped.size(), original.objects);
    QCOMPARE(second.bytesTransferred, quint64(0));
    QCOMPARE(filesUnder(m_phone), filesBefore);
}

void tst_RestoreJob::dryRunChangesNothing()
{
    const BackupReport original = backUpDemo();
    QVERIFY(writeFile(m_phone + QStringLiteral("/DCIM/Camera/extra.jpg"), QByteArray(1000, 'x')));
    const auto filesBefore = filesUnder(m_phone);
    VirtualHandset target = openFolderHandset(m_phone, VirtualHandsetProfile::Kind::Lifeboat);
    RestoreOptions options;
    options.dryRun = true;
    options.mode = RestoreMode::Replace;
    const RestoreReport plan = RestoreJob(*m_archive, original.snapshotId, *target.handset, options).run();
    QVERIFY(!plan.error);
    QVERIFY(plan.dryRun);
    int writes = 0, deletes = 0;
    for (const RestoreAction &action : plan.plan) {
        writes += action.type == RestoreAction::Type::Write;
        deletes += action.type == RestoreAction::Type::Delete;
    }
    QCOMPARE(writes, original.objects);
    QCOMPARE(deletes, 1);
    QVERIFY(plan.restored.isEmpty());
    QCOMPARE(filesUnder(m_phone), filesBefore);
}

void tst_RestoreJob::replaceTouchesOnlyChosenKinds()
{
    const BackupReport original = backUpDemo();
    VirtualHandset target = openFolderHandset(m_phone, VirtualHandsetProfile::Kind::Lifeboat);
    QVERIFY(!RestoreJob(*m_archive, original.snapshotId, *target.handset).run().error);
    // Things the snapshot does not have: a photo and a contact.
    QVERIFY(writeFile(m_phone + QStringLiteral("/DCIM/Camera/new.jpg"), QByteArray(500, 'p')));
    QVERIFY(writeFile(m_phone + QStringLiteral("/Contacts/new.vcf"),
                      "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:New Person\r\nEND:VCARD\r\n"));
    VirtualHandset fresh = openFolderHandset(m_phone, VirtualHandsetProfile::Kind::Lifeboat);

    RestoreOptions options;
    options.mode = RestoreMode::Replace;
    options.replaceConfirmed = true;
    options.kinds = {ItemKind::Photo};
    const RestoreReport report = RestoreJob(*m_archive, original.snapshotId, *fresh.handset, options).run();
    QVERIFY2(!report.error, qPrintable(report.error ? report.error->toString() : QString()));
    QCOMPARE(report.removed.size(), 1);
    QCOMPARE(report.removed.first().path, QStringLiteral("DCIM/Camera/new.jpg"));
    QVERIFY(!QFile::exists(m_phone + QStringLiteral("/DCIM/Camera/new.jpg")));
    QVERIFY(QFile::exists(m_phone + QStringLiteral("/Contacts/new.vcf")));
}

void tst_RestoreJob::replaceNeedsConfirmation()
{
    const BackupReport original = backUpDemo();
    VirtualHandset target = openFolderHandset(m_phone, VirtualHandsetProfile::Kind::Lifeboat);
    RestoreOptions options;
    options.mode = RestoreMode::Replace;
    const RestoreReport report = RestoreJob(*m_archive, original.snapshotId, *target.handset, options).run();
    QVERIFY(report.error);
    QCOMPARE(report.error->code(), ErrorCode::Usage);
    QVERIFY(filesUnder(m_phone).isEmpty());
}

void tst_RestoreJob::singleItems()
{
    const BackupReport original = backUpDemo();
    const auto photos = m_archive->snapshotObjects(original.snapshotId, ItemKind::Photo);
    QVERIFY(photos && photos->size() >= 2);
    VirtualHandset target = openFolderHandset(m_phone, VirtualHandsetProfile::Kind::Lifeboat);
    RestoreOptions options;
    options.objectIds = {photos->at(1).id};
    const RestoreReport report = RestoreJob(*m_archive, original.snapshotId, *target.handset, options).run();
    QVERIFY(!report.error);
    QCOMPARE(report.restored.size(), 1);
    QCOMPARE(filesUnder(m_phone).keys(), QStringList{photos->at(1).path()});
}

void tst_RestoreJob::differentHandsetIsWarned()
{
    const BackupReport original = backUpDemo();
    VirtualHandset target = openFolderHandset(m_phone, VirtualHandsetProfile::Kind::Lifeboat,
                                              QStringLiteral("REPLACEMENT-PHONE"));
    const RestoreReport report = RestoreJob(*m_archive, original.snapshotId, *target.handset).run();
    QVERIFY(!report.error);
    QVERIFY(report.differentHandset);
    QVERIFY(!report.warnings.isEmpty());
    QVERIFY(report.warnings.first().contains(u"CUSTOMER-PHONE"));
    QCOMPARE(report.restored.size(), original.objects);
}

QTEST_GUILESS_MAIN(tst_RestoreJob)
#include "tst_restorejob.moc"
