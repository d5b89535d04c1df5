#include "ArchiveTestData.h"
#include "model/archive/Archive.h"
#include "model/archive/ArchiveSearch.h"
#include "model/archive/ContentWriter.h"
#include "model/archive/Sha256.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <csignal>
#include <sqlite3.h>
#include <sys/stat.h>
#include <thread>

using namespace Lifeboat;
namespace Data = Lifeboat::ArchiveTestData;

namespace {

const QString CrashChildArgument = QStringLiteral("--archive-crash-child");
constexpr int CrashObjectCount = 4;
constexpr quint64 CrashObjectSize = 20ull << 20;

ObjectRecord objectRecord(const QString &parent, const QString &name, ItemKind kind,
                          quint64 size, const QByteArray &hash)
{
    ObjectRecord o;
    o.storageId = 0x10001;
    o.storageDescription = QStringLiteral("Internal shared storage");
    o.parentPath = parent;
    o.name = name;
    o.format = kind == ItemKind::Photo ? 0x3801 : 0x3000;
    o.size = size;
    o.modified = QDateTime(QDate(2024, 5, 1), QTime(12, 0), Qt::UTC);
    o.kind = kind;
    o.contentHash = hash;
    return o;
}

QByteArray store(Archive &archive, const QByteArray &data, const QString &key = {})
{
    auto writer = archive.beginContent(key);
    if (!writer)
        return {};
    // Continue where an earlier run stopped, as a backup does.
    if (!(*writer)->write(data.mid(qsizetype((*writer)->resumeOffset()))))
        return {};
    auto hash = (*writer)->finish();
    return hash ? *hash : QByteArray();
}

QByteArray readAll(Archive &archive, const QByteArray &hash, quint64 offset = 0)
{
    QByteArray out;
    Status status = archive.readContent(hash, [&out](const char *d, qsizetype n) {
        out.append(d, n);
        return Status();
    }, offset);
    return status ? out : QByteArray("<read failed>");
}

qint64 sqlInt(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt *statement = nullptr;
    sqlite3_prepare_v2(db, sql, -1, &statement, nullptr);
    const qint64 value = sqlite3_step(statement) == SQLITE_ROW ? sqlite3_column_int64(statement, 0) : -1;
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return value;
}

bool sqlExec(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr);
    const bool ok = sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close(db);
    return ok;
}

Contact contact(const QString &uid, const QString &name, const QString &phone)
{
    Contact c;
    c.uid = uid;
    c.formattedName = name;
    c.name.family = name.section(u' ', -1);
    c.name.given = name.section(u' ', 0, 0);
    ContactPhone number;
    number.number = phone;
    number.types = {QStringLiteral("cell")};
    c.phones.append(number);
    return c;
}

// The crash child: writes CrashObjectCount objects into a new snapshot and kills itself with
// SIGKILL after `killAfter` writes (or, with -1, right after completing the snapshot).
int runCrashChild(const QString &path, int killAfter)
{
    auto archive = Archive::open(path);
    if (!archive)
        return 2;
    auto snapshot = (*archive)->beginSnapshot(1);
    if (!snapshot)
        return 3;
    int writes = 0;
    for (int i = 0; i < CrashObjectCount; ++i) {
        auto writer = (*archive)->beginContent(QStringLiteral("crash/%1").arg(i));
        if (!writer)
            return 4;
        QByteArray buffer(256 * 1024, Qt::Uninitialized);
        for (quint64 offset = 0; offset < CrashObjectSize; offset += quint64(buffer.size())) {
            Data::fill(100 + quint64(i), offset, buffer.data(), buffer.size());
            if (!(*writer)->write(buffer))
                return 5;
            if (++writes == killAfter)
                std::raise(SIGKILL);
        }
        auto hash = (*writer)->finish();
        if (!hash)
            return 6;
        if (!(*archive)->addObject(*snapshot, objectRecord(QStringLiteral("DCIM"),
                                                           QStringLiteral("big%1.jpg").arg(i),
                                                           ItemKind::Photo, CrashObjectSize, *hash)))
            return 7;
    }
    if (!(*archive)->completeSnapshot(*snapshot))
        return 8;
    std::raise(SIGKILL);
    return 9;
}

} // namespace

class tst_Archive : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void lifeCycle();
    void completeRefusesMissingContent();
    void rebuildIndex();
    void searchQuoting_data();
    void searchQuoting();
    void streamsLargeObjectWithFlatMemory();
    void deduplicatesAcrossSnapshots();
    void storesChunksHashedElsewhere_data();
    void storesChunksHashedElsewhere();
    void refusesPiecesThatAreNotChunks();
    void diff();
    void verifyFindsChangedByte();
    void refusesNewerArchive();
    void refusesForeignFiles_data();
    void refusesForeignFiles();
    void refusesDamagedTable();
    void survivesKill_data();
    void survivesKill();
    void diskFullIsClean();
    void privatePermissions_data();
    void privatePermissions();
    void readerWhileWriting();
    void earlyWritebackKeepsOneDescriptorPerFile();

private:
    QTemporaryDir m_dir;
    int m_fileCounter = 0;
    QString newPath() { return m_dir.filePath(QStringLiteral("a%1.lifeboat").arg(++m_fileCounter)); }
};

void tst_Archive::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCOMPARE(Sha256::hash(QByteArray("abc")),
             QCryptographicHash::hash("abc", QCryptographicHash::Sha256));
}

void tst_Archive::lifeCycle()
{
    const QString path = newPath();
    auto created = Archive::create(path);
    QVERIFY2(created, qPrintable(created ? QString() : created.error().toString()));
    QVERIFY(!Archive::create(path));  // exists
    Archive &archive = **created;

    auto device = archive.addOrUpdateDevice({0, QStringLiteral("SER1"), QStringLiteral("Acme"),
                                             QStringLiteral("Phone 1"), QStringLiteral("Anna's")});
    QVERIFY(device);
    auto again = archive.addOrUpdateDevice({0, QStringLiteral("SER1"), QStringLiteral("Acme"),
                                            QStringLiteral("Phone 1"), QStringLiteral("Renamed")});
    QVERIFY(again);
    QCOMPARE(*again, *device);
    QCOMPARE(archive.devices()->size(), 1);
    QCOMPARE(archive.devices()->first().friendlyName, QStringLiteral("Renamed"));

    auto latest = archive.latestCompleteSnapshot(*device);
    QVERIFY(latest && !latest->has_value());

    auto snapshot = archive.beginSnapshot(*device);
    QVERIFY(snapshot);
    QCOMPARE(archive.snapshot(*snapshot)->state, SnapshotState::Running);

    const QByteArray vcf = "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:u1\r\nFN:Anna Berg\r\nEND:VCARD\r\n";
    const QByteArray photoBytes = Data::bytes(7, 3 * 1024 * 1024 + 17);
    const QByteArray vcfHash = store(archive, vcf);
    const QByteArray photoHash = store(archive, photoBytes, QStringLiteral("photo-key"));
    QCOMPARE(vcfHash, QCryptographicHash::hash(vcf, QCryptographicHash::Sha256));
    QCOMPARE(photoHash, QCryptographicHash::hash(photoBytes, QCryptographicHash::Sha256));
    QVERIFY(*archive.hasContent(photoHash));
    QVERIFY(!*archive.hasContent(QByteArray(32, 'x')));

    auto vcfObject = archive.addObject(*snapshot, objectRecord(QStringLiteral("Contacts"),
        QStringLiteral("all.vcf"), ItemKind::Contact, quint64(vcf.size()), vcfHash));
    auto photoObject = archive.addObject(*snapshot, objectRecord(QStringLiteral("DCIM/Camera"),
        QStringLiteral("IMG_0001.jpg"), ItemKind::Photo, quint64(photoBytes.size()), photoHash));
    auto otherObject = archive.addObject(*snapshot, objectRecord(QStringLiteral("Music"),
        QStringLiteral("song.mp3"), ItemKind::Other, 123, {}));
    QVERIFY(vcfObject && photoObject && otherObject);
    QVERIFY(archive.indexContacts(*vcfObject, {contact(QStringLiteral("u1"), QStringLiteral("Anna Berg"),
                                                       QStringLiteral("+49 30 1234"))}));
    Photo photo;
    photo.name = QStringLiteral("IMG_0001.jpg");
    photo.path = QStringLiteral("DCIM/Camera/IMG_0001.jpg");
    photo.size = quint64(photoBytes.size());
    photo.taken = QDateTime(QDate(2024, 4, 30), QTime(9, 15), Qt::UTC);
    photo.width = 4000;
    photo.height = 3000;
    photo.mimeType = QStringLiteral("image/jpeg");
    photo.thumbnail = QByteArray("\xff\xd8thumb", 7);
    QVERIFY(archive.indexPhoto(*photoObject, photo));
    QVERIFY(archive.completeSnapshot(*snapshot));
    QVERIFY(!archive.completeSnapshot(*snapshot));  // already finished

    auto info = archive.snapshot(*snapshot);
    QVERIFY(info);
    QCOMPARE(info->state, SnapshotState::Complete);
    QCOMPARE(info->counts, (KindCounts{1, 0, 0, 1, 1}));
    QCOMPARE(info->objectCount, 3);
    QCOMPARE(info->totalBytes, quint64(vcf.size() + photoBytes.size() + 123));
    QVERIFY(info->finished.isValid());
    QCOMPARE((*archive.latestCompleteSnapshot(*device))->id, *snapshot);

    auto failed = archive.beginSnapshot(*device);
    QVERIFY(failed);
    QVERIFY(archive.finishSnapshot(*failed, SnapshotState::Cancelled, QStringLiteral("user")));
    QCOMPARE(archive.snapshot(*failed)->state, SnapshotState::Cancelled);
    QCOMPARE(archive.snapshot(*failed)->error, QStringLiteral("user"));
    QCOMPARE((*archive.latestCompleteSnapshot(*device))->id, *snapshot);
    created->reset();

    auto reopened = Archive::open(path, Archive::OpenMode::ReadOnly);
    QVERIFY2(reopened, qPrintable(reopened ? QString() : reopened.error().toString()));
    Archive &reader = **reopened;
    QCOMPARE(reader.snapshots()->size(), 2);
    QCOMPARE(reader.snapshotObjects(*snapshot, ItemKind::Photo)->size(), 1);
    QCOMPARE(reader.snapshotObjects(*snapshot, ItemKind::Photo)->first().path(),
             QStringLiteral("DCIM/Camera/IMG_0001.jpg"));
    QCOMPARE(readAll(reader, photoHash), photoBytes);
    QCOMPARE(readAll(reader, photoHash, 1024 * 1024 + 5), photoBytes.mid(1024 * 1024 + 5));
    QCOMPARE(readAll(reader, vcfHash), vcf);

    auto contacts = reader.contacts(*snapshot);
    QVERIFY(contacts);
    QCOMPARE(contacts->size(), 1);
    QCOMPARE(contacts->first().objectId, *vcfObject);
    QCOMPARE(contacts->first().item.formattedName, QStringLiteral("Anna Berg"));
    QCOMPARE(contacts->first().item.phones.first().number, QStringLiteral("+49 30 1234"));
    auto photos = reader.photos(*snapshot);
    QVERIFY(photos);
    QCOMPARE(photos->size(), 1);
    QCOMPARE(photos->first().item.taken, photo.taken);
    QCOMPARE(photos->first().item.width, 4000);
    QCOMPARE(*reader.photoThumbnail(*photoObject), photo.thumbnail);

    auto hits = reader.search(*snapshot, QStringLiteral("ann"));
    QVERIFY(hits);
    QCOMPARE(hits->size(), 1);
    QCOMPARE(hits->first().kind, ItemKind::Contact);
    QCOMPARE(hits->first().uid, QStringLiteral("u1"));
    QCOMPARE(reader.search(*snapshot, QStringLiteral("IMG_0001"))->first().objectId, *photoObject);
    QVERIFY(reader.search(*failed, QStringLiteral("anna"))->isEmpty());

    QVERIFY(!reader.beginSnapshot(*device));  // read-only
}

void tst_Archive::completeRefusesMissingContent()
{
    auto archive = Archive::create(newPath());
    QVERIFY(archive);
    const qint64 device = *(*archive)->addOrUpdateDevice({0, QStringLiteral("S"), {}, {}, {}});
    const qint64 snapshot = *(*archive)->beginSnapshot(device);
    QVERIFY((*archive)->addObject(snapshot, objectRecord(QStringLiteral("DCIM"), QStringLiteral("x.jpg"),
                                                         ItemKind::Photo, 10, QByteArray(32, '\1'))));
    Status status = (*archive)->completeSnapshot(snapshot);
    QVERIFY(!status);
    QVERIFY(status.error().message().contains(QStringLiteral("DCIM/x.jpg")));
    QCOMPARE((*archive)->snapshot(snapshot)->state, SnapshotState::Running);
}

void tst_Archive::rebuildIndex()
{
    auto created = Archive::create(newPath());
    QVERIFY(created);
    Archive &archive = **created;
    const qint64 snapshot = *archive.beginSnapshot(*archive.addOrUpdateDevice({0, QStringLiteral("S"), {}, {}, {}}));
    // A stand-in parser: one "uid;name" per line, so the test does not depend on the vCard code.
    const QByteArray cards = "c1;Carl Cook\nc2;Dora Dean\n";
    const qint64 object = *archive.addObject(snapshot, objectRecord(QStringLiteral("Contacts"),
        QStringLiteral("all.vcf"), ItemKind::Contact, quint64(cards.size()), store(archive, cards)));
    const QByteArray jpeg = Data::bytes(8, 5000);
    const qint64 photoObject = *archive.addObject(snapshot, objectRecord(QStringLiteral("DCIM"),
        QStringLiteral("p.jpg"), ItemKind::Photo, quint64(jpeg.size()), store(archive, jpeg)));
    QVERIFY(archive.indexContacts(object, {contact(QStringLiteral("stale"), QStringLiteral("Old Entry"), {})}));
    QVERIFY(archive.completeSnapshot(snapshot));
    QVERIFY(!archive.addObject(snapshot, objectRecord({}, QStringLiteral("late.jpg"), ItemKind::Photo, 1, jpeg)));

    QList<ItemKind> seen;
    QVERIFY(archive.rebuildIndex([&](ItemKind kind, const ObjectRecord &record, const QByteArray &content) -> Result<ParsedItems> {
        seen << kind;
        ParsedItems items;
        if (kind == ItemKind::Contact) {
            for (const QByteArray &line : content.split('\n')) {
                if (!line.isEmpty())
                    items.contacts << contact(QString::fromUtf8(line.split(';')[0]), QString::fromUtf8(line.split(';')[1]), {});
            }
        } else if (kind == ItemKind::Photo) {
            if (content != jpeg)
                return Error(ErrorCode::InvalidData, QStringLiteral("wrong bytes"));
            Photo photo;
            photo.name = record.name;
            photo.size = quint64(content.size());
            items.photo = photo;
        }
        return items;
    }));
    QCOMPARE(seen.size(), 2);
    auto contacts = archive.contacts(snapshot);
    QVERIFY(contacts);
    QCOMPARE(contacts->size(), 2);
    QCOMPARE(contacts->at(0).item.formattedName, QStringLiteral("Carl Cook"));
    QCOMPARE(contacts->at(1).item.uid, QStringLiteral("c2"));
    QVERIFY(archive.search(snapshot, QStringLiteral("Old"))->isEmpty());
    QCOMPARE(archive.search(snapshot, QStringLiteral("dora"))->size(), 1);
    QCOMPARE(archive.photos(snapshot)->first().objectId, photoObject);
    // Indexing an object again replaces its rows and their search entries.
    QVERIFY(archive.indexContacts(object, {contact(QStringLiteral("z"), QStringLiteral("Zed Zorn"), {})}));
    QVERIFY(archive.indexPhoto(photoObject, Photo{QStringLiteral("renamed.jpg"), {}, 1, {}, {}, 0, 0, {}, {}}));
    QVERIFY(archive.search(snapshot, QStringLiteral("carl"))->isEmpty());
    QVERIFY(archive.search(snapshot, QStringLiteral("p.jpg"))->isEmpty());
    QCOMPARE(archive.search(snapshot, QStringLiteral("zorn"))->size(), 1);
    QCOMPARE(archive.search(snapshot, QStringLiteral("renamed"))->size(), 1);
    QCOMPARE(archive.contacts(snapshot)->size(), 1);
}

void tst_Archive::searchQuoting_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expression");
    QTest::addColumn<int>("hits");
    QTest::newRow("word") << QStringLiteral("berg") << QStringLiteral("\"berg\"*") << 1;
    QTest::newRow("two words") << QStringLiteral(" anna  berg ") << QStringLiteral("\"anna\"* \"berg\"*") << 1;
    QTest::newRow("quote") << QStringLiteral("an\"na") << QStringLiteral("\"an\"\"na\"*") << 0;
    QTest::newRow("operator") << QStringLiteral("anna OR NOT") << QStringLiteral("\"anna\"* \"OR\"* \"NOT\"*") << 0;
    QTest::newRow("column filter") << QStringLiteral("title:anna") << QStringLiteral("\"title:anna\"*") << 0;
    QTest::newRow("syntax") << QStringLiteral("(*) NEAR( ^ -") << QStringLiteral("\"(*)\"* \"NEAR(\"* \"^\"* \"-\"*") << 0;
    QTest::newRow("empty") << QStringLiteral("   ") << QString() << 0;
}

void tst_Archive::searchQuoting()
{
    QFETCH(QString, text);
    QFETCH(QString, expression);
    QFETCH(int, hits);
    QCOMPARE(ArchiveSearch::matchExpression(text), expression);
    auto archive = Archive::create(newPath());
    QVERIFY(archive);
    const qint64 snapshot = *(*archive)->beginSnapshot(*(*archive)->addOrUpdateDevice({0, QStringLiteral("S"), {}, {}, {}}));
    const QByteArray hash = store(**archive, "x");
    const qint64 object = *(*archive)->addObject(snapshot, objectRecord({}, QStringLiteral("c.vcf"), ItemKind::Contact, 1, hash));
    QVERIFY((*archive)->indexContacts(object, {contact(QStringLiteral("u"), QStringLiteral("Anna Berg"), QStringLiteral("1"))}));
    auto result = (*archive)->search(snapshot, text);
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    QCOMPARE(result->size(), hits);
}

void tst_Archive::streamsLargeObjectWithFlatMemory()
{
    constexpr quint64 size = 200ull * 1000 * 1000;
    auto archive = Archive::create(newPath());
    QVERIFY(archive);
    const qint64 before = Data::peakRssKiB();
    QVERIFY(before > 0);
    auto writer = (*archive)->beginContent(QStringLiteral("big"));
    QVERIFY(writer);
    QCOMPARE((*writer)->resumeOffset(), quint64(0));
    QVERIFY(Data::stream(**writer, 42, 0, size, 300 * 1024));  // pieces not chunk-aligned
    auto hash = (*writer)->finish();
    QVERIFY(hash);
    QVERIFY((*archive)->commit());

    Sha256 readBack;
    quint64 readBytes = 0;
    QVERIFY((*archive)->readContent(*hash, [&](const char *data, qsizetype n) {
        readBack.add(data, n);
        readBytes += quint64(n);
        return Status();
    }));
    QCOMPARE(readBytes, size);
    QCOMPARE(readBack.result(), *hash);
    const qint64 growthKiB = Data::peakRssKiB() - before;
    qInfo("peak RSS growth while streaming %llu MB: %lld KiB", size / 1000000, growthKiB);
    QVERIFY2(growthKiB < 60 * 1024, qPrintable(QString::number(growthKiB)));
}

void tst_Archive::deduplicatesAcrossSnapshots()
{
    const QString path = newPath();
    auto archive = Archive::create(path);
    QVERIFY(archive);
    const qint64 device = *(*archive)->addOrUpdateDevice({0, QStringLiteral("S"), {}, {}, {}});
    QList<QByteArray> contents{Data::bytes(1, 2500000), Data::bytes(2, 100), Data::bytes(1, 2500000)};
    qint64 firstObject = 0;
    for (int run = 0; run < 2; ++run) {
        const qint64 snapshot = *(*archive)->beginSnapshot(device);
        for (int i = 0; i < contents.size(); ++i) {
            const QByteArray hash = store(**archive, contents[i], QStringLiteral("k%1").arg(i));
            auto object = (*archive)->addObject(snapshot, objectRecord(QStringLiteral("DCIM"),
                QStringLiteral("%1.jpg").arg(i), ItemKind::Photo, quint64(contents[i].size()), hash));
            QVERIFY(object);
            if (i == 0 && run == 0)
                firstObject = *object;
            if (i == 0 && run == 1)
                QCOMPARE(*object, firstObject);  // the unchanged object row is shared
        }
        QVERIFY((*archive)->completeSnapshot(snapshot));
        if (run == 1) {
            // The same resume key finds the finished object: nothing to transfer again.
            auto writer = (*archive)->beginContent(QStringLiteral("k0"));
            QVERIFY(writer && (*writer)->isComplete());
            QCOMPARE((*writer)->resumeOffset(), quint64(contents[0].size()));
            QVERIFY(!(*writer)->write("x", 1));
            QCOMPARE(*(*writer)->finish(), Sha256::hash(contents[0]));
        }
        if (run == 0) {
            // 2500000 bytes: two full chunks and one partial; the copy adds nothing.
            QCOMPARE(sqlInt(path, "SELECT count(*) FROM chunks"), 4);
            QCOMPARE(sqlInt(path, "SELECT count(*) FROM contents"), 2);
        }
    }
    QCOMPARE(sqlInt(path, "SELECT count(*) FROM chunks"), 4);
    QCOMPARE(sqlInt(path, "SELECT count(*) FROM contents"), 2);
    QCOMPARE(sqlInt(path, "SELECT count(*) FROM objects"), 3);
    QCOMPARE(sqlInt(path, "SELECT count(*) FROM snapshot_objects"), 6);
    QCOMPARE(sqlInt(path, "SELECT count(*) FROM pending_chunks"), 0);
}

void tst_Archive::diff()
{
    auto created = Archive::create(newPath());
    QVERIFY(created);
    Archive &archive = **created;
    const qint64 device = *archive.addOrUpdateDevice({0, QStringLiteral("S"), {}, {}, {}});
    auto add = [&archive](qint64 snapshot, const QString &name, ItemKind kind, const QByteArray &data) {
        const QByteArray hash = store(archive, data);
        return *archive.addObject(snapshot, objectRecord(QStringLiteral("D"), name, kind,
                                                         quint64(data.size()), hash));
    };
    const qint64 first = *archive.beginSnapshot(device);
    add(first, QStringLiteral("same.jpg"), ItemKind::Photo, "same");
    add(first, QStringLiteral("edited.jpg"), ItemKind::Photo, "old");
    add(first, QStringLiteral("gone.jpg"), ItemKind::Photo, "gone");
    const qint64 cards1 = add(first, QStringLiteral("all.vcf"), ItemKind::Contact, "cards v1");
    QVERIFY(archive.indexContacts(cards1, {contact(QStringLiteral("keep"), QStringLiteral("Kim Keep"), QStringLiteral("1")),
                                           contact(QStringLiteral("edit"), QStringLiteral("Eve Edit"), QStringLiteral("2")),
                                           contact(QStringLiteral("drop"), QStringLiteral("Dan Drop"), QStringLiteral("3"))}));
    QVERIFY(archive.completeSnapshot(first));

    const qint64 second = *archive.beginSnapshot(device);
    add(second, QStringLiteral("same.jpg"), ItemKind::Photo, "same");
    add(second, QStringLiteral("edited.jpg"), ItemKind::Photo, "new");
    add(second, QStringLiteral("new.jpg"), ItemKind::Photo, "new photo");
    const qint64 cards2 = add(second, QStringLiteral("all.vcf"), ItemKind::Contact, "cards v2");
    QVERIFY(archive.indexContacts(cards2, {contact(QStringLiteral("keep"), QStringLiteral("Kim Keep"), QStringLiteral("1")),
                                           contact(QStringLiteral("edit"), QStringLiteral("Eve Edit"), QStringLiteral("22")),
                                           contact(QStringLiteral("add"), QStringLiteral("Ada Add"), QStringLiteral("4"))}));
    QVERIFY(archive.completeSnapshot(second));

    auto diff = archive.diff(first, second);
    QVERIFY(diff);
    const KindDiff photos = diff->kinds.value(ItemKind::Photo);
    QCOMPARE(photos.addedObjects.size(), 1);
    QCOMPARE(photos.addedObjects.first().name, QStringLiteral("new.jpg"));
    QCOMPARE(photos.removedObjects.size(), 1);
    QCOMPARE(photos.removedObjects.first().name, QStringLiteral("gone.jpg"));
    QCOMPARE(photos.changedObjects.size(), 1);
    QCOMPARE(photos.changedObjects.first().after.name, QStringLiteral("edited.jpg"));
    const KindDiff contacts = diff->kinds.value(ItemKind::Contact);
    QCOMPARE(contacts.changedObjects.size(), 1);
    QCOMPARE(contacts.addedItems.size(), 1);
    QCOMPARE(contacts.addedItems.first().uid, QStringLiteral("add"));
    QCOMPARE(contacts.removedItems.size(), 1);
    QCOMPARE(contacts.removedItems.first().uid, QStringLiteral("drop"));
    QCOMPARE(contacts.changedItems.size(), 1);
    QCOMPARE(contacts.changedItems.first().uid, QStringLiteral("edit"));
    QVERIFY(diff->kinds.value(ItemKind::Event).isEmpty());
    QVERIFY(archive.diff(second, second)->kinds.value(ItemKind::Photo).isEmpty());
}

void tst_Archive::storesChunksHashedElsewhere_data()
{
    QTest::addColumn<qsizetype>("size");
    const qsizetype chunk = ContentWriter::ChunkSize;
    QTest::newRow("empty") << qsizetype(0);
    QTest::newRow("one byte") << qsizetype(1);
    QTest::newRow("a chunk less one") << chunk - 1;
    QTest::newRow("one chunk") << chunk;
    QTest::newRow("a chunk and one") << chunk + 1;
    QTest::newRow("three chunks and five") << 3 * chunk + 5;
}

// A backup hashes chunks on its reader thread and hands them over whole: the archive must end up
// exactly as if the bytes had been written through write().
void tst_Archive::storesChunksHashedElsewhere()
{
    QFETCH(qsizetype, size);
    QTemporaryDir dir;
    auto archive = Archive::create(dir.filePath(QStringLiteral("a.lifeboat")));
    QVERIFY(archive);
    QByteArray data(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        data[i] = char((i * 7 + i / 4096) & 0xff);

    auto writer = (*archive)->beginContent(QStringLiteral("chunked"));
    QVERIFY(writer);
    for (qsizetype at = 0; at < size; at += ContentWriter::ChunkSize) {
        const QByteArray piece = data.mid(at, ContentWriter::ChunkSize);
        (*writer)->hashContent(piece.constData(), piece.size());
        QVERIFY((*writer)->storeChunk(piece.constData(), piece.size(), Sha256::hash(piece)));
    }
    QCOMPARE((*writer)->bytesWritten(), quint64(size));
    const Result<QByteArray> hash = (*writer)->finish();
    QVERIFY(hash);
    QCOMPARE(*hash, QCryptographicHash::hash(data, QCryptographicHash::Sha256));
    QCOMPARE(readAll(**archive, *hash), data);
    // The same bytes written the ordinary way are recognised as the same content.
    QCOMPARE(store(**archive, data), *hash);
    const Result<VerifyReport> report = (*archive)->verify();
    QVERIFY(report);
    QVERIFY2(report->problems.isEmpty(), qPrintable(report->problems.join(u'\n')));
}

void tst_Archive::refusesPiecesThatAreNotChunks()
{
    QTemporaryDir dir;
    auto archive = Archive::create(dir.filePath(QStringLiteral("a.lifeboat")));
    QVERIFY(archive);
    const QByteArray shortPiece(100, 'x');
    const QByteArray tooLong(ContentWriter::ChunkSize + 1, 'y');

    auto writer = (*archive)->beginContent(QStringLiteral("short-then-more"));
    QVERIFY(writer);
    QVERIFY((*writer)->storeChunk(shortPiece.constData(), shortPiece.size(), Sha256::hash(shortPiece)));
    // Nothing may follow the object's last, short chunk: the chunks would no longer line up.
    QVERIFY(!(*writer)->storeChunk(shortPiece.constData(), shortPiece.size(), Sha256::hash(shortPiece)));

    auto second = (*archive)->beginContent(QStringLiteral("too-long"));
    QVERIFY(second);
    QVERIFY(!(*second)->storeChunk(tooLong.constData(), tooLong.size(), Sha256::hash(tooLong)));
    QVERIFY(!(*second)->storeChunk(shortPiece.constData(), shortPiece.size(), QByteArray("not a hash")));
}

void tst_Archive::verifyFindsChangedByte()
{
    const QString path = newPath();
    qint64 damagedSnapshot = 0;
    qint64 cleanSnapshot = 0;
    {
        auto archive = Archive::create(path);
        QVERIFY(archive);
        const qint64 device = *(*archive)->addOrUpdateDevice({0, QStringLiteral("S"), {}, {}, {}});
        damagedSnapshot = *(*archive)->beginSnapshot(device);
        const QByteArray victim = store(**archive, Data::bytes(5, 1500000));
        QVERIFY((*archive)->addObject(damagedSnapshot, objectRecord(QStringLiteral("DCIM"),
            QStringLiteral("victim.jpg"), ItemKind::Photo, 1500000, victim)));
        QVERIFY((*archive)->completeSnapshot(damagedSnapshot));
        cleanSnapshot = *(*archive)->beginSnapshot(device);
        const QByteArray other = store(**archive, Data::bytes(6, 1000));
        QVERIFY((*archive)->addObject(cleanSnapshot, objectRecord(QStringLiteral("DCIM"),
            QStringLiteral("fine.jpg"), ItemKind::Photo, 1000, other)));
        QVERIFY((*archive)->completeSnapshot(cleanSnapshot));
        auto report = (*archive)->verify();
        QVERIFY(report);
        QVERIFY2(report->ok(), qPrintable(report->problems.join(u'\n')));
        QCOMPARE(report->chunksChecked, quint64(3));
        QCOMPARE(report->contentsChecked, quint64(2));
    }
    // Flip one byte inside the second chunk of victim.jpg, in place, in a copy.
    const QString copy = path + QStringLiteral(".copy");
    QVERIFY(QFile::copy(path, copy));
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(copy.toUtf8().constData(), &db), SQLITE_OK);
    const qint64 chunk = sqlInt(copy, "SELECT cc.chunk_id FROM content_chunks cc WHERE cc.seq = 1");
    sqlite3_blob *blob = nullptr;
    QCOMPARE(sqlite3_blob_open(db, "main", "chunks", "data", chunk, 1, &blob), SQLITE_OK);
    char byte = 0;
    QCOMPARE(sqlite3_blob_read(blob, &byte, 1, 1000), SQLITE_OK);
    byte = char(byte ^ 0x01);
    QCOMPARE(sqlite3_blob_write(blob, &byte, 1, 1000), SQLITE_OK);
    sqlite3_blob_close(blob);
    sqlite3_close(db);

    auto archive = Archive::open(copy);
    QVERIFY(archive);
    quint64 lastDone = 0, lastTotal = 0;
    auto report = (*archive)->verify([&](quint64 done, quint64 total) { lastDone = done; lastTotal = total; });
    QVERIFY(report);
    QVERIFY(!report->ok());
    QCOMPARE(lastDone, lastTotal);
    QCOMPARE(report->damagedContents.size(), 1);
    QCOMPARE(report->affectedSnapshots, QList<qint64>{damagedSnapshot});
    QCOMPARE(report->affectedObjects.size(), 1);
    QCOMPARE(report->affectedObjects.first().path(), QStringLiteral("DCIM/victim.jpg"));
    QVERIFY(report->problems.join(u'\n').contains(QStringLiteral("DCIM/victim.jpg")));
    // Reading the damaged content fails clearly; the unaffected snapshot stays usable.
    const QByteArray victimHash = report->damagedContents.first();
    Status read = (*archive)->readContent(victimHash, [](const char *, qsizetype) { return Status(); });
    QVERIFY(!read);
    QCOMPARE(read.error().code(), ErrorCode::VerificationFailed);
    const ObjectRecord fine = (*archive)->snapshotObjects(cleanSnapshot)->first();
    QCOMPARE(readAll(**archive, fine.contentHash), Data::bytes(6, 1000));
}

void tst_Archive::refusesNewerArchive()
{
    const QString path = newPath();
    QVERIFY(Archive::create(path));
    QVERIFY(sqlExec(path, "PRAGMA user_version = 2"));
    auto archive = Archive::open(path);
    QVERIFY(!archive);
    QCOMPARE(archive.error().code(), ErrorCode::NewerArchive);
    QVERIFY(archive.error().message().contains(QStringLiteral("newer")));
    QVERIFY(!Archive::open(path, Archive::OpenMode::ReadOnly));
}

void tst_Archive::refusesForeignFiles_data()
{
    QTest::addColumn<QByteArray>("sql");        // applied to a fresh archive; empty: see garbage
    QTest::addColumn<QByteArray>("garbage");    // written instead of an archive when not empty
    QTest::addColumn<QString>("detail");
    QTest::newRow("garbage") << QByteArray() << QByteArray("PK\3\4 not a database at all").repeated(20) << QStringLiteral("header");
    QTest::newRow("empty file") << QByteArray() << QByteArray(" ") << QStringLiteral("header");
    QTest::newRow("other sqlite") << QByteArray("PRAGMA application_id = 0") << QByteArray() << QStringLiteral("application_id");
    QTest::newRow("trigger") << QByteArray("CREATE TRIGGER evil AFTER INSERT ON chunks BEGIN DELETE FROM contents; END")
                             << QByteArray() << QStringLiteral("trigger:evil");
    QTest::newRow("view") << QByteArray("CREATE VIEW v AS SELECT 1") << QByteArray() << QStringLiteral("view:v");
    QTest::newRow("extra table") << QByteArray("CREATE TABLE extra(x)") << QByteArray() << QStringLiteral("table:extra");
    QTest::newRow("missing table") << QByteArray("DROP TABLE photo_index") << QByteArray() << QStringLiteral("photo_index");
    QTest::newRow("changed table") << QByteArray("DROP TABLE devices; CREATE TABLE devices(id INTEGER PRIMARY KEY, serial TEXT NOT NULL UNIQUE, manufacturer TEXT NOT NULL, model TEXT NOT NULL, friendly_name TEXT NOT NULL CHECK(length(friendly_name) > 0))")
                                   << QByteArray() << QStringLiteral("devices");
}

void tst_Archive::refusesForeignFiles()
{
    QFETCH(QByteArray, sql);
    QFETCH(QByteArray, garbage);
    QFETCH(QString, detail);
    const QString path = newPath();
    if (!garbage.isEmpty()) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(garbage);
    } else {
        QVERIFY(Archive::create(path));
        QVERIFY(sqlExec(path, sql.constData()));
    }
    auto archive = Archive::open(path);
    QVERIFY(!archive);
    QCOMPARE(archive.error().code(), ErrorCode::Archive);
    QVERIFY2(archive.error().detail().contains(detail), qPrintable(archive.error().toString()));
}

void tst_Archive::refusesDamagedTable()
{
    const QString path = newPath();
    {
        auto archive = Archive::create(path);
        QVERIFY(archive);
        const qint64 snapshot = *(*archive)->beginSnapshot(*(*archive)->addOrUpdateDevice({0, QStringLiteral("S"), {}, {}, {}}));
        for (int i = 0; i < 50; ++i)
            QVERIFY((*archive)->addObject(snapshot, objectRecord(QStringLiteral("DCIM"), QStringLiteral("%1.jpg").arg(i),
                                                                 ItemKind::Other, 1, {})));
    }
    const qint64 pageSize = sqlInt(path, "PRAGMA page_size");
    const qint64 root = sqlInt(path, "SELECT rootpage FROM sqlite_schema WHERE name = 'objects'");
    QVERIFY(pageSize == 65536 && root > 1);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.seek((root - 1) * pageSize + 8));  // cell pointers of the table's root page
    file.write(QByteArray(16, '\xff'));
    file.close();
    auto archive = Archive::open(path);
    QVERIFY(!archive);
    QCOMPARE(archive.error().code(), ErrorCode::Archive);
    QVERIFY2(archive.error().message().contains(QStringLiteral("damaged")), qPrintable(archive.error().toString()));
    QVERIFY2(archive.error().detail().contains(QStringLiteral("objects")), qPrintable(archive.error().toString()));
}

void tst_Archive::survivesKill_data()
{
    QTest::addColumn<int>("killAfterWrites");
    QTest::addColumn<quint64>("maxResumedBytes");  // what the next run may still have to write
    constexpr quint64 all = CrashObjectCount * CrashObjectSize;
    // 80 writes of 256 KiB = one object; the 64 MiB batch commits during object 3 (4 MiB in).
    QTest::newRow("first write") << 1 << all;
    QTest::newRow("mid first object") << 37 << all;
    QTest::newRow("after two objects") << 170 << all;
    QTest::newRow("after batch commit, mid object") << 270 << all - 3 * CrashObjectSize - 4 * (1 << 20);
    QTest::newRow("after complete") << -1 << quint64(0);
}

void tst_Archive::survivesKill()
{
    QFETCH(int, killAfterWrites);
    QFETCH(quint64, maxResumedBytes);
    const QString path = newPath();
    qint64 earlier = 0;
    QByteArray earlierHash;
    const QByteArray earlierData = Data::bytes(99, 2 * 1024 * 1024 + 3);
    {
        auto archive = Archive::create(path);
        QVERIFY(archive);
        QCOMPARE(*(*archive)->addOrUpdateDevice({0, QStringLiteral("S"), {}, {}, {}}), 1);
        earlier = *(*archive)->beginSnapshot(1);
        earlierHash = store(**archive, earlierData, QStringLiteral("earlier"));
        QVERIFY((*archive)->addObject(earlier, objectRecord(QStringLiteral("DCIM"),
            QStringLiteral("old.jpg"), ItemKind::Photo, quint64(earlierData.size()), earlierHash)));
        QVERIFY((*archive)->completeSnapshot(earlier));
    }

    QProcess child;
    child.start(QCoreApplication::applicationFilePath(),
                {CrashChildArgument, path, QString::number(killAfterWrites)});
    QVERIFY(child.waitForFinished(60000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);  // it died by SIGKILL, not by an error

    // A browser opening the archive read-only first still can (the hot journal is rolled back).
    {
        auto reader = Archive::open(path, Archive::OpenMode::ReadOnly);
        QVERIFY2(reader, qPrintable(reader ? QString() : reader.error().toString()));
        QCOMPARE((*reader)->snapshot(earlier)->state, SnapshotState::Complete);
    }
    // The oracle: opens, checks clean, the earlier snapshot intact, no partial snapshot complete.
    auto archive = Archive::open(path);
    QVERIFY2(archive, qPrintable(archive ? QString() : archive.error().toString()));
    auto report = (*archive)->verify();
    QVERIFY(report);
    QVERIFY2(report->ok(), qPrintable(report->problems.join(u'\n')));
    QCOMPARE((*archive)->snapshot(earlier)->state, SnapshotState::Complete);
    QCOMPARE(readAll(**archive, earlierHash), earlierData);
    auto snapshots = (*archive)->snapshots();
    QCOMPARE(snapshots->size(), 2);
    const SnapshotInfo crashed = snapshots->last();
    QCOMPARE(crashed.state, killAfterWrites < 0 ? SnapshotState::Complete : SnapshotState::Running);
    if (killAfterWrites >= 0)
        QCOMPARE((*(*archive)->latestCompleteSnapshot(1))->id, earlier);
    else
        QCOMPARE(crashed.objectCount, CrashObjectCount);

    // The next run: reuses stored content, resumes the object in flight, writes the rest.
    const qint64 next = *(*archive)->beginSnapshot(1);
    quint64 written = 0;
    for (int i = 0; i < CrashObjectCount; ++i) {
        auto writer = (*archive)->beginContent(QStringLiteral("crash/%1").arg(i));
        QVERIFY(writer);
        const quint64 from = (*writer)->resumeOffset();
        QVERIFY(Data::stream(**writer, 100 + quint64(i), from, CrashObjectSize));
        written += CrashObjectSize - from;
        auto hash = (*writer)->finish();
        QVERIFY(hash);
        // The SHA-256 state rebuilt from the stored prefix gives the hash of the whole object.
        Sha256 expected;
        QByteArray buffer(1 << 20, Qt::Uninitialized);
        for (quint64 offset = 0; offset < CrashObjectSize; offset += quint64(buffer.size())) {
            Data::fill(100 + quint64(i), offset, buffer.data(), buffer.size());
            expected.add(buffer.constData(), buffer.size());
        }
        QCOMPARE(*hash, expected.result());
        QVERIFY((*archive)->addObject(next, objectRecord(QStringLiteral("DCIM"), QStringLiteral("big%1.jpg").arg(i),
                                                         ItemKind::Photo, CrashObjectSize, *hash)));
    }
    // The generator gives the same bytes either way, so this counts only what resume saved.
    QVERIFY2(written <= maxResumedBytes, qPrintable(QStringLiteral("%1 > %2").arg(written).arg(maxResumedBytes)));
    QVERIFY((*archive)->completeSnapshot(next));
    report = (*archive)->verify();
    QVERIFY(report && report->ok());
    QCOMPARE(sqlInt(path, "SELECT count(*) FROM pending_chunks"), 0);
    // Every chunk is referenced once: no duplicates of what the crashed run stored.
    QCOMPARE(sqlInt(path, "SELECT count(*) FROM chunks"), CrashObjectCount * 20 + 3);
}

void tst_Archive::diskFullIsClean()
{
    const QString path = newPath();
    const QByteArray small = Data::bytes(20, 1500000);
    qint64 first = 0;
    {
        ArchiveOptions options;
        options.maxBytesForTesting = 16 << 20;
        auto archive = Archive::create(path, options);
        QVERIFY(archive);
        const qint64 device = *(*archive)->addOrUpdateDevice({0, QStringLiteral("S"), {}, {}, {}});
        first = *(*archive)->beginSnapshot(device);
        QVERIFY((*archive)->addObject(first, objectRecord({}, QStringLiteral("small.jpg"), ItemKind::Photo,
                                                          quint64(small.size()), store(**archive, small))));
        QVERIFY((*archive)->completeSnapshot(first));

        const qint64 second = *(*archive)->beginSnapshot(device);
        auto writer = (*archive)->beginContent(QStringLiteral("huge"));
        QVERIFY(writer);
        Status status = Data::stream(**writer, 21, 0, 40 << 20);
        if (status)
            status = (*archive)->commit();
        QVERIFY(!status);
        QCOMPARE(status.error().code(), ErrorCode::DiskFull);
        QVERIFY(status.error().message().contains(QStringLiteral("full")));
        // Recording the failure may itself find no room; either way the snapshot is not complete.
        (void)(*archive)->finishSnapshot(second, SnapshotState::Failed, status.error().message());
    }
    // Once there is room again: the oracle holds and a backup completes.
    auto archive = Archive::open(path);
    QVERIFY2(archive, qPrintable(archive ? QString() : archive.error().toString()));
    auto report = (*archive)->verify();
    QVERIFY(report && report->ok());
    QCOMPARE((*archive)->snapshot(first)->state, SnapshotState::Complete);
    QCOMPARE(readAll(**archive, (*archive)->snapshotObjects(first)->first().contentHash), small);
    QCOMPARE((*(*archive)->latestCompleteSnapshot(1))->id, first);
    QVERIFY((*archive)->snapshots()->at(1).state != SnapshotState::Complete);
    const qint64 third = *(*archive)->beginSnapshot(1);
    QVERIFY((*archive)->addObject(third, objectRecord({}, QStringLiteral("big.jpg"), ItemKind::Photo, 20 << 20,
                                                      [&] {
                                                          auto w = (*archive)->beginContent(QStringLiteral("huge"));
                                                          (void)Data::stream(**w, 21, (*w)->resumeOffset(), 20 << 20);
                                                          return *(*w)->finish();
                                                      }())));
    QVERIFY((*archive)->completeSnapshot(third));
}

void tst_Archive::privatePermissions_data()
{
    QTest::addColumn<bool>("wal");
    QTest::newRow("rollback journal") << false;
    QTest::newRow("wal") << true;
}

void tst_Archive::privatePermissions()
{
    QFETCH(bool, wal);
    const QString path = newPath();
    const mode_t oldMask = ::umask(0);
    ArchiveOptions options;
    options.journal = wal ? ArchiveOptions::Journal::Wal : ArchiveOptions::Journal::Rollback;
    auto archive = Archive::create(path, options);
    QVERIFY(archive);
    const qint64 device = *(*archive)->addOrUpdateDevice({0, QStringLiteral("S"), {}, {}, {}});
    QVERIFY((*archive)->beginSnapshot(device));
    store(**archive, Data::bytes(3, 3000000));  // a batch is open: the journal file exists
    ::umask(oldMask);
    const QString journal = path + (wal ? QStringLiteral("-wal") : QStringLiteral("-journal"));
    for (const QString &file : {path, journal}) {
        struct stat info = {};
        QVERIFY2(::stat(QFile::encodeName(file).constData(), &info) == 0, qPrintable(file));
        QCOMPARE(info.st_mode & 0777, mode_t(0600));
    }
    QVERIFY((*archive)->commit());
}

void tst_Archive::readerWhileWriting()
{
    const QString path = newPath();
    QByteArray firstHash;
    const QByteArray firstData = Data::bytes(11, 5 * 1024 * 1024);
    {
        auto archive = Archive::create(path);
        QVERIFY(archive);
        const qint64 snapshot = *(*archive)->beginSnapshot(*(*archive)->addOrUpdateDevice({0, QStringLiteral("S"), {}, {}, {}}));
        firstHash = store(**archive, firstData);
        QVERIFY((*archive)->addObject(snapshot, objectRecord({}, QStringLiteral("a.jpg"), ItemKind::Photo,
                                                             quint64(firstData.size()), firstHash)));
        QVERIFY((*archive)->completeSnapshot(snapshot));
    }
    std::atomic_bool writing = true;
    std::atomic_bool writerOk = true;
    std::thread writer([&] {
        auto archive = Archive::open(path);
        if (!archive) {
            writerOk = false;
            writing = false;
            return;
        }
        const qint64 snapshot = *(*archive)->beginSnapshot(1);
        for (int i = 0; i < 40 && writerOk; ++i) {  // 40 photos of 4 MiB, committed in batches
            auto content = (*archive)->beginContent(QStringLiteral("w%1").arg(i));
            writerOk = content && Data::stream(**content, 500 + quint64(i), 0, 4 << 20).ok();
            auto hash = (*content)->finish();
            writerOk = writerOk && hash
                && (*archive)->addObject(snapshot, objectRecord({}, QStringLiteral("p%1.jpg").arg(i),
                                                                ItemKind::Photo, 4 << 20, *hash)).ok();
            if (i % 8 == 7)
                writerOk = writerOk && (*archive)->commit().ok();
        }
        writerOk = writerOk && (*archive)->completeSnapshot(snapshot).ok();
        writing = false;
    });
    auto reader = Archive::open(path, Archive::OpenMode::ReadOnly);
    QVERIFY2(reader, qPrintable(reader ? QString() : reader.error().toString()));
    int reads = 0;
    QString failure;
    while (writing && failure.isEmpty()) {
        auto snapshots = (*reader)->snapshots();
        if (!snapshots)
            failure = snapshots.error().toString();
        else if (readAll(**reader, firstHash) != firstData)
            failure = QStringLiteral("content read failed");
        ++reads;
    }
    writer.join();
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QVERIFY(writerOk);
    QVERIFY2(reads >= 3, qPrintable(QString::number(reads)));
    QCOMPARE((*reader)->snapshots()->last().state, SnapshotState::Complete);
    QCOMPARE((*reader)->snapshots()->last().objectCount, 40);
}

static int openDescriptors()
{
    return int(QDir(QStringLiteral("/proc/self/fd")).entryList(QDir::Files | QDir::System).size());
}

void tst_Archive::earlyWritebackKeepsOneDescriptorPerFile()
{
#ifdef __linux__
    // Every backup into the same archive nudges the kernel's writeback through a descriptor of
    // the file that is never closed (EarlyWriteback.cpp says why): one per file, not per backup.
    const QString path = newPath();
    QVERIFY(Archive::create(path));
    const int before = openDescriptors();
    for (int run = 0; run < 5; ++run) {
        auto archive = Archive::open(path);
        QVERIFY(archive);
        const QByteArray bytes = Data::bytes(40 + quint64(run), 9 * 1024 * 1024);  // past a kick
        const QByteArray hash = store(**archive, bytes);
        QVERIFY(!hash.isEmpty());
        QVERIFY((*archive)->commit());
        QCOMPARE(readAll(**archive, hash), bytes);
    }
    QCOMPARE(openDescriptors(), before + 1);
#else
    QSKIP("Early writeback is Linux only.");
#endif
}

int main(int argc, char **argv)
{
    if (argc == 4 && QString::fromLocal8Bit(argv[1]) == CrashChildArgument)
        return runCrashChild(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]).toInt());
    QCoreApplication app(argc, argv);
    tst_Archive test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_archive.moc"
