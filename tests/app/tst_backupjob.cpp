#include "app/ForwardingHandset.h"
#include "app/jobs/BackupJob.h"
#include "VirtualHandsetFixture.h"

#include <QTemporaryDir>
#include <QTest>

#include <mutex>

#include <sys/resource.h>

using namespace Lifeboat;
using namespace Lifeboat::TestSupport;

// BackupJob against the virtual handset through the real MTP initiator and a real archive file.
class tst_BackupJob : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void demoBackupIndexesEveryKind();
    void unchangedHandsetTransfersNothing_data();
    void unchangedHandsetTransfersNothing();
    void changedObjectIsTransferredAgain();
    void kindsLimitWhatIsCopied();
    void cancelLeavesCancelledSnapshotAndResumes();
    void unplugMidBackupResumes_data();
    void unplugMidBackupResumes();
    void lockedHandsetWaitsForUnlock();
    void lockedHandsetGivesUpWithClearError();
    void readsAheadOneObjectAtATime();
    void fullDiskIsReportedWhileReading();
};

static VirtualHandsetOptions smallDemo()
{
    VirtualHandsetOptions options;
    options.demo.contacts = 40;
    options.demo.events = 20;
    options.demo.todos = 10;
    options.demo.photos = 8;
    options.demo.photoSize = 300 * 1024;
    options.serialNumber = QStringLiteral("DEMO-TEST");
    return options;
}

void tst_BackupJob::demoBackupIndexesEveryKind()
{
    QTemporaryDir tmp;
    auto archive = Archive::create(tmp.filePath(QStringLiteral("a.lifeboat")));
    QVERIFY(archive);
    VirtualHandset v = openVirtualHandset(smallDemo());
    QVERIFY(v.handset);
    int progressCalls = 0;
    BackupJob job(*v.handset, **archive);
    job.setProgressHandler([&](const JobProgress &) { ++progressCalls; });
    const BackupReport report = job.run();
    QVERIFY2(!report.error, qPrintable(report.error ? report.error->toString() : QString()));
    QCOMPARE(report.state, SnapshotState::Complete);
    QCOMPARE(report.device.serialNumber, QStringLiteral("DEMO-TEST"));
    QVERIFY(report.counts.contacts >= 40);  // one object per contact in the Lifeboat layout
    QVERIFY(report.counts.events >= 20);
    QCOMPARE(report.counts.todos, 10);
    QCOMPARE(report.counts.photos, 8);
    QCOMPARE(report.objectsTransferred, report.objects);
    QVERIFY(report.bytesTransferred >= 8 * 300 * 1024);
    QVERIFY(progressCalls > 0);
    QVERIFY2(report.warnings.isEmpty(), qPrintable(report.warnings.join(u"\n")));

    const auto contacts = (*archive)->contacts(report.snapshotId);
    QVERIFY(contacts);
    QVERIFY(contacts->size() >= 40);
    const auto todos = (*archive)->todos(report.snapshotId);
    QVERIFY(todos);
    QVERIFY(todos->size() >= 10);  // one per Tasks/ object, plus any in the demo's .vcs
    const auto photos = (*archive)->photos(report.snapshotId);
    QVERIFY(photos);
    QCOMPARE(photos->size(), 8);
    for (const IndexedPhoto &photo : *photos) {
        QVERIFY(photo.item.taken.isValid());
        const auto thumbnail = (*archive)->photoThumbnail(photo.objectId);  // from the EXIF data
        QVERIFY(thumbnail && thumbnail->startsWith("\xFF\xD8"));
    }
    const auto verify = (*archive)->verify();
    QVERIFY(verify && verify->ok());
}

void tst_BackupJob::unchangedHandsetTransfersNothing_data()
{
    QTest::addColumn<int>("profile");
    QTest::newRow("lifeboat") << int(VirtualHandsetProfile::Kind::Lifeboat);
    QTest::newRow("android (handles renumbered)") << int(VirtualHandsetProfile::Kind::Android);
}

void tst_BackupJob::unchangedHandsetTransfersNothing()
{
    QFETCH(int, profile);
    QTemporaryDir tmp;
    auto archive = Archive::create(tmp.filePath(QStringLiteral("a.lifeboat")));
    QVERIFY(archive);
    VirtualHandsetOptions options = smallDemo();
    options.profile = VirtualHandsetProfile::Kind(profile);

    BackupReport first;
    {
        VirtualHandset v = openVirtualHandset(options);
        QVERIFY(v.handset);
        first = BackupJob(*v.handset, **archive).run();
        QCOMPARE(first.state, SnapshotState::Complete);
    }
    // A new session: the Android profile renumbers every handle.
    VirtualHandset v = openVirtualHandset(options);
    QVERIFY(v.handset);
    const BackupReport second = BackupJob(*v.handset, **archive).run();
    QCOMPARE(second.state, SnapshotState::Complete);
    QCOMPARE(second.objects, first.objects);
    QCOMPARE(second.objectsTransferred, 0);
    QCOMPARE(second.bytesTransferred, quint64(0));
    QCOMPARE(second.counts, first.counts);
    const auto diff = (*archive)->diff(first.snapshotId, second.snapshotId);
    QVERIFY(diff);
    for (const KindDiff &kind : diff->kinds)
        QVERIFY(kind.isEmpty());
}

void tst_BackupJob::changedObjectIsTransferredAgain()
{
    QTemporaryDir tmp;
    const QString phone = tmp.filePath(QStringLiteral("phone"));
    QVERIFY(writeFile(phone + QStringLiteral("/Contacts/anna.vcf"),
                      "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anna Berg\r\nN:Berg;Anna;;;\r\nTEL;TYPE=CELL:+46 70 111 22 33\r\nUID:anna-1\r\nEND:VCARD\r\n"));
    QVERIFY(writeFile(phone + QStringLiteral("/Contacts/bo.vcf"),
                      "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bo Ek\r\nN:Ek;Bo;;;\r\nUID:bo-1\r\nEND:VCARD\r\n"));
    auto archive = Archive::create(tmp.filePath(QStringLiteral("a.lifeboat")));
    QVERIFY(archive);
    qint64 firstId = 0;
    {
        VirtualHandset v = openFolderHandset(phone, VirtualHandsetProfile::Kind::Lifeboat);
        const BackupReport first = BackupJob(*v.handset, **archive).run();
        QCOMPARE(first.state, SnapshotState::Complete);
        QCOMPARE(first.counts.contacts, 2);
        firstId = first.snapshotId;
    }
    QVERIFY(writeFile(phone + QStringLiteral("/Contacts/anna.vcf"),
                      "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anna Berg-Lind\r\nN:Berg-Lind;Anna;;;\r\nTEL;TYPE=CELL:+46 70 111 22 33\r\nUID:anna-1\r\nEND:VCARD\r\n"));
    VirtualHandset v = openFolderHandset(phone, VirtualHandsetProfile::Kind::Lifeboat);
    const BackupReport second = BackupJob(*v.handset, **archive).run();
    QCOMPARE(second.state, SnapshotState::Complete);
    QCOMPARE(second.objectsTransferred, 1);
    QCOMPARE(second.objectsReused, 1);
    const auto diff = (*archive)->diff(firstId, second.snapshotId);
    QVERIFY(diff);
    const KindDiff contacts = diff->kinds.value(ItemKind::Contact);
    QCOMPARE(contacts.changedItems.size(), 1);
    QCOMPARE(contacts.changedItems.first().uid, QStringLiteral("anna-1"));
}

void tst_BackupJob::kindsLimitWhatIsCopied()
{
    QTemporaryDir tmp;
    auto archive = Archive::create(tmp.filePath(QStringLiteral("a.lifeboat")));
    QVERIFY(archive);
    VirtualHandset v = openVirtualHandset(smallDemo());
    BackupOptions options;
    options.kinds = {ItemKind::Photo};
    const BackupReport report = BackupJob(*v.handset, **archive, options).run();
    QCOMPARE(report.state, SnapshotState::Complete);
    QCOMPARE(report.counts.photos, 8);
    QCOMPARE(report.counts.contacts, 0);
    QCOMPARE(report.counts.events, 0);
    QCOMPARE(report.objects, 8);
}

// Forwards to a handset and cancels a job once a number of objects have been read: a cancel at
// a known point, independent of timing.
class CancellingHandset final : public Handset
{
public:
    CancellingHandset(Handset &inner, int cancelAfterReads) : m_inner(inner), m_left(cancelAfterReads) {}
    Job *job = nullptr;

    Result<HandsetIdentity> identity() override { return m_inner.identity(); }
    HandsetCapabilities capabilities() const override { return m_inner.capabilities(); }
    Result<QList<HandsetStorage>> storages() override { return m_inner.storages(); }
    Result<QList<HandsetObject>> listObjects(const std::function<void(qsizetype)> &p = {}) override { return m_inner.listObjects(p); }
    Status readObject(const HandsetObject &o, quint64 offset, const ByteSink &sink) override
    {
        if (--m_left == 0 && job)
            job->cancel();
        return m_inner.readObject(o, offset, sink);
    }
    Result<HandsetObject> createFolder(quint32 s, const QString &p) override { return m_inner.createFolder(s, p); }
    Result<HandsetObject> writeObject(quint32 s, const QString &p, const QString &n, quint16 f, quint64 size,
                                      const QDateTime &m, const ByteSource &src) override
    {
        return m_inner.writeObject(s, p, n, f, size, m, src);
    }
    Status deleteObject(const HandsetObject &o) override { return m_inner.deleteObject(o); }
    Result<std::optional<HandsetEvent>> waitForEvent(std::chrono::milliseconds t) override { return m_inner.waitForEvent(t); }
    void cancel() override { m_inner.cancel(); }
    void resetCancel() override { m_inner.resetCancel(); }

private:
    Handset &m_inner;
    int m_left;
};

void tst_BackupJob::cancelLeavesCancelledSnapshotAndResumes()
{
    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("a.lifeboat"));
    auto archive = Archive::create(path);
    QVERIFY(archive);
    VirtualHandset v = openVirtualHandset(smallDemo());
    CancellingHandset cancelling(*v.handset, 30);
    BackupJob job(cancelling, **archive);
    cancelling.job = &job;
    const BackupReport cancelled = job.run();
    QCOMPARE(cancelled.state, SnapshotState::Cancelled);
    QVERIFY(cancelled.error);
    QCOMPARE(cancelled.error->code(), ErrorCode::Cancelled);
    // The 30th read cancels the job. It reads ahead, so the object being stored then may be any
    // of the MaxObjectsAhead before it, and is cancelled too; none after it is kept.
    QVERIFY2(cancelled.objects >= 29 - qint64(BackupJob::MaxObjectsAhead) && cancelled.objects <= 29,
             qPrintable(QString::number(cancelled.objects)));

    archive->reset();
    auto reopened = Archive::open(path);
    QVERIFY(reopened);
    const auto info = (*reopened)->snapshot(cancelled.snapshotId);
    QVERIFY(info);
    QCOMPARE(info->state, SnapshotState::Cancelled);
    QVERIFY((*reopened)->verify()->ok());

    v.handset->resetCancel();
    const BackupReport resumed = BackupJob(*v.handset, **reopened).run();
    QCOMPARE(resumed.state, SnapshotState::Complete);
    QVERIFY(resumed.objectsReused >= cancelled.objects);
    QCOMPARE(resumed.objectsReused + resumed.objectsTransferred, resumed.objects);
}

void tst_BackupJob::unplugMidBackupResumes_data()
{
    QTest::addColumn<quint64>("unplugAfter");
    QTest::newRow("while listing") << quint64(2000);
    QTest::newRow("early") << quint64(60 * 1024);
    QTest::newRow("mid photo") << quint64(900 * 1024);
    QTest::newRow("late") << quint64(2200 * 1024);
}

void tst_BackupJob::unplugMidBackupResumes()
{
    QFETCH(quint64, unplugAfter);
    QTemporaryDir tmp;
    auto archive = Archive::create(tmp.filePath(QStringLiteral("a.lifeboat")));
    QVERIFY(archive);
    VirtualHandsetOptions options = smallDemo();
    options.faults.unplugAfterBytes = unplugAfter;
    BackupReport broken;
    {
        VirtualHandset v = openVirtualHandset(options);
        QVERIFY(v.handset);
        broken = BackupJob(*v.handset, **archive).run();
    }
    QVERIFY(broken.error);
    QVERIFY2(broken.error->code() == ErrorCode::NoDevice || broken.error->code() == ErrorCode::DeviceIo,
             qPrintable(broken.error->toString()));
    QVERIFY((*archive)->verify()->ok());

    options.faults = {};
    VirtualHandset v = openVirtualHandset(options);
    const BackupReport resumed = BackupJob(*v.handset, **archive).run();
    QCOMPARE(resumed.state, SnapshotState::Complete);
    // At most what was missing plus the object in flight, which resumes mid-object.
    quint64 total = 0;
    const auto objects = (*archive)->snapshotObjects(resumed.snapshotId);
    QVERIFY(objects);
    for (const ObjectRecord &object : *objects)
        total += object.size;
    const quint64 stored = broken.bytesTransferred;
    QVERIFY2(resumed.bytesTransferred <= total - std::min(stored, total) + 300 * 1024 + 64 * 1024,
             qPrintable(QStringLiteral("resumed %1 of %2 after %3").arg(resumed.bytesTransferred).arg(total).arg(stored)));
    QVERIFY((*archive)->verify()->ok());
}

void tst_BackupJob::lockedHandsetWaitsForUnlock()
{
    QTemporaryDir tmp;
    auto archive = Archive::create(tmp.filePath(QStringLiteral("a.lifeboat")));
    QVERIFY(archive);
    VirtualHandsetOptions options = smallDemo();
    options.faults.lockedFor = std::chrono::milliseconds(600);
    VirtualHandset v = openVirtualHandset(options);
    QVERIFY(v.handset);
    BackupOptions backup;
    backup.unlockWait = std::chrono::seconds(10);
    QStringList phases;
    BackupJob job(*v.handset, **archive, backup);
    job.setProgressHandler([&](const JobProgress &p) {
        if (phases.isEmpty() || phases.last() != p.phase)
            phases << p.phase;
    });
    const BackupReport report = job.run();
    QCOMPARE(report.state, SnapshotState::Complete);
    QVERIFY(phases.join(u'|').contains(u"unlock"));
}

void tst_BackupJob::lockedHandsetGivesUpWithClearError()
{
    QTemporaryDir tmp;
    auto archive = Archive::create(tmp.filePath(QStringLiteral("a.lifeboat")));
    QVERIFY(archive);
    VirtualHandsetOptions options = smallDemo();
    options.faults.lockedFor = std::chrono::milliseconds(-1);
    VirtualHandset v = openVirtualHandset(options);
    QVERIFY(v.handset);
    BackupOptions backup;
    backup.unlockWait = std::chrono::milliseconds(300);
    const BackupReport report = BackupJob(*v.handset, **archive, backup).run();
    QVERIFY(report.error);
    QCOMPARE(report.error->code(), ErrorCode::Locked);
    QVERIFY(report.error->message().contains(u"Unlock"));
    QCOMPARE(report.snapshotId, 0);  // nothing was started
}

// Counts reads that overlap: MTP runs one transaction at a time, so the next object's read may
// start only once the handset has sent the whole of the previous one. Also records the nice
// values the reads ran at.
class OneReadAtATime : public ForwardingHandset
{
public:
    explicit OneReadAtATime(std::unique_ptr<Handset> inner)
        : ForwardingHandset({}, std::move(inner))
    {}

    Status readObject(const HandsetObject &object, quint64 offset, const ByteSink &sink) override
    {
        if (m_reading.fetch_add(1) != 0)
            ++m_overlaps;
        {
            const std::lock_guard lock(m_mutex);
            m_read << object.path();
            m_niceValues.insert(getpriority(PRIO_PROCESS, 0));
        }
        const Status status = ForwardingHandset::readObject(object, offset, sink);
        m_reading.fetch_sub(1);
        return status;
    }

    int overlaps() const { return m_overlaps.load(); }
    QSet<int> niceValues() const
    {
        const std::lock_guard lock(m_mutex);
        return m_niceValues;
    }
    QStringList read() const
    {
        const std::lock_guard lock(m_mutex);
        return m_read;
    }

private:
    std::atomic_int m_reading{0};
    std::atomic_int m_overlaps{0};
    mutable std::mutex m_mutex;
    QStringList m_read;
    QSet<int> m_niceValues;
};

void tst_BackupJob::readsAheadOneObjectAtATime()
{
    QTemporaryDir tmp;
    auto archive = Archive::create(tmp.filePath(QStringLiteral("a.lifeboat")));
    QVERIFY(archive);
    VirtualHandsetOptions options = smallDemo();
    // More chunks than the read-ahead's queues hold: the handset is still sending when the
    // first ones are stored.
    options.demo.photos = 3;
    options.demo.photoSize = 48 * 1024 * 1024;
    static_assert(ObjectReadAhead::UnhashedPieces + ObjectReadAhead::HashedPieces < 48);
    VirtualHandset v = openVirtualHandset(options);
    QVERIFY(v.handset);
    OneReadAtATime handset(std::move(v.handset));
    const BackupReport report = BackupJob(handset, **archive).run();
    QCOMPARE(report.state, SnapshotState::Complete);
    QCOMPARE(handset.overlaps(), 0);
    // The reading threads keep the job's priority (only the hashing ones yield to the storing
    // thread): a small object's reader is all there is to it.
    QCOMPARE(handset.niceValues(), QSet<int>{getpriority(PRIO_PROCESS, 0)});
    // Every object read once, and stored.
    QStringList read = handset.read();
    QCOMPARE(read.size(), report.objectsTransferred);
    QCOMPARE(QSet<QString>(read.begin(), read.end()).size(), read.size());
    const auto objects = (*archive)->snapshotObjects(report.snapshotId);
    QVERIFY(objects);
    QStringList stored;
    for (const ObjectRecord &object : *objects)
        stored << object.path();
    stored.sort();
    read.sort();
    QCOMPARE(stored, read);
    const auto verify = (*archive)->verify();
    QVERIFY(verify && verify->ok());
}

void tst_BackupJob::fullDiskIsReportedWhileReading()
{
    // The archive fills up while the handset is still sending a large photo: the error is the
    // full disk, not the cancellation that stops the reading threads.
    QTemporaryDir tmp;
    ArchiveOptions small;
    small.maxBytesForTesting = 24 << 20;
    auto archive = Archive::create(tmp.filePath(QStringLiteral("a.lifeboat")), small);
    QVERIFY(archive);
    VirtualHandsetOptions options = smallDemo();
    options.demo.photos = 1;
    options.demo.photoSize = 64 * 1024 * 1024;
    VirtualHandset v = openVirtualHandset(options);
    QVERIFY(v.handset);
    const BackupReport report = BackupJob(*v.handset, **archive).run();
    QCOMPARE(report.state, SnapshotState::Failed);
    QVERIFY(report.error);
    QVERIFY2(report.error->code() == ErrorCode::DiskFull, qPrintable(report.error->toString()));
    QVERIFY(report.bytesTransferred < options.demo.photoSize);
    QVERIFY((*archive)->verify()->ok());
}

QTEST_GUILESS_MAIN(tst_BackupJob)
#include "tst_backupjob.moc"
