#include "ArchiveTestData.h"
#include "model/archive/Archive.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace Lifeboat;
namespace Data = Lifeboat::ArchiveTestData;

namespace {

// Tests use libsodium's interactive Argon2id limits: the moderate ones the program uses cost
// about a second and 256 MiB per open, and tests open many archives.
constexpr auto TestStrength = ArchiveKeyring::Strength::InteractiveForTesting;

std::shared_ptr<const SecretBytes> secret(const char *text)
{
    return std::make_shared<const SecretBytes>(SecretBytes::fromBytes(text, qsizetype(qstrlen(text))));
}

ArchiveOptions encrypted(const char *passphrase)
{
    ArchiveOptions options;
    options.passphrase = secret(passphrase);
    options.kdfStrength = TestStrength;
    return options;
}

ArchiveUnlock withPassphrase(const char *passphrase)
{
    return ArchiveUnlock{secret(passphrase), nullptr};
}

ObjectRecord objectRecord(const QString &parent, const QString &name, ItemKind kind, quint64 size,
                          const QByteArray &hash)
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
    if (!writer || !(*writer)->write(data))
        return {};
    auto hash = (*writer)->finish();
    return hash ? *hash : QByteArray();
}

QByteArray readAll(Archive &archive, const QByteArray &hash)
{
    QByteArray out;
    const Status status = archive.readContent(hash, [&out](const char *d, qsizetype n) {
        out.append(d, n);
        return Status();
    });
    return status ? out : QByteArray("<read failed>");
}

QByteArray fileBytes(const QString &path)
{
    QByteArray all;
    for (const QString &file : QStringList{path, path + QStringLiteral("-journal"), path + QStringLiteral("-wal")}) {
        QFile f(file);
        if (f.open(QIODevice::ReadOnly))
            all += f.readAll();
    }
    return all;
}

// What the test archive holds about its owner, to be searched for in the raw file.
const QString OwnerName = QStringLiteral("Annemarie Bergström");
const QString Phone = QStringLiteral("+49 30 98765432");
const QString PhotoName = QStringLiteral("IMG_20240430_holiday.jpg");
const QString Serial = QStringLiteral("SERIAL-R58M12345");
const QString EventTitle = QStringLiteral("Dentist appointment Kleinmachnow");

struct Filled
{
    qint64 snapshot = 0;
    qint64 contactObject = 0;
    qint64 photoObject = 0;
    QByteArray vcfHash;
    QByteArray photoHash;
    QByteArray vcf;
    QByteArray photoBytes;
    QByteArray thumbnail;
};

Filled fill(Archive &archive)
{
    Filled f;
    const qint64 device = *archive.addOrUpdateDevice(
        {0, Serial, QStringLiteral("Acme"), QStringLiteral("Phone 1"), QStringLiteral("Annemarie's phone")});
    f.snapshot = *archive.beginSnapshot(device);
    f.vcf = "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:u1\r\nFN:" + OwnerName.toUtf8() + "\r\nTEL:"
        + Phone.toUtf8() + "\r\nEND:VCARD\r\n";
    f.photoBytes = Data::bytes(7, 2 * 1024 * 1024 + 17);
    f.vcfHash = store(archive, f.vcf);
    f.photoHash = store(archive, f.photoBytes, QStringLiteral("0/DCIM/Camera/%1/123/456").arg(PhotoName));
    f.contactObject = *archive.addObject(f.snapshot, objectRecord(QStringLiteral("Contacts"),
        QStringLiteral("annemarie.vcf"), ItemKind::Contact, quint64(f.vcf.size()), f.vcfHash));
    f.photoObject = *archive.addObject(f.snapshot, objectRecord(QStringLiteral("DCIM/Camera"),
        PhotoName, ItemKind::Photo, quint64(f.photoBytes.size()), f.photoHash));
    const qint64 eventObject = *archive.addObject(f.snapshot, objectRecord(QStringLiteral("Calendar"),
        QStringLiteral("dentist.ics"), ItemKind::Event, 10, store(archive, "0123456789")));
    Contact c;
    c.uid = QStringLiteral("u1");
    c.formattedName = OwnerName;
    c.name.family = QStringLiteral("Bergström");
    c.name.given = QStringLiteral("Annemarie");
    ContactPhone phone;
    phone.number = Phone;
    c.phones.append(phone);
    (void)archive.indexContacts(f.contactObject, {c});
    Event e;
    e.uid = QStringLiteral("e1");
    e.summary = EventTitle;
    (void)archive.indexEvents(eventObject, {e});
    Photo photo;
    photo.name = PhotoName;
    photo.path = QStringLiteral("DCIM/Camera/") + PhotoName;
    photo.size = quint64(f.photoBytes.size());
    photo.width = 4000;
    photo.height = 3000;
    photo.mimeType = QStringLiteral("image/jpeg");
    f.thumbnail = QByteArray("\xff\xd8thumbnail-of-the-holiday-photo", 33);
    photo.thumbnail = f.thumbnail;
    (void)archive.indexPhoto(f.photoObject, photo);
    (void)archive.completeSnapshot(f.snapshot);
    return f;
}

} // namespace

class tst_ArchiveEncryption : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void roundTrip();
    void needsPassphrase();
    void lastBackupTimeWithoutPassphrase_data();
    void lastBackupTimeWithoutPassphrase();
    void wrongPassphrase();
    void changePassphrase();
    void unlockWithKeyOfOpenArchive();
    void noPlaintextInFile_data();
    void noPlaintextInFile();
    void plainArchiveUnchanged();
    void tamperedChunkDetected();
    void swappedChunksDetected();
    void keyedContentIds();
    void resumeAfterInterruption();

private:
    QString newPath() { return m_dir.filePath(QStringLiteral("a%1.lifeboat").arg(++m_count)); }
    QTemporaryDir m_dir;
    int m_count = 0;
};

void tst_ArchiveEncryption::roundTrip()
{
    const QString path = newPath();
    Filled f;
    {
        auto created = Archive::create(path, encrypted("correct horse"));
        QVERIFY2(created, qPrintable(created ? QString() : created.error().toString()));
        QVERIFY((*created)->isEncrypted());
        f = fill(**created);
        // The writer's own connection browses what it wrote.
        QCOMPARE((*created)->contacts(f.snapshot)->size(), 1);
    }
    QVERIFY(*Archive::isEncrypted(path));
    auto opened = Archive::open(path, Archive::OpenMode::ReadOnly, withPassphrase("correct horse"));
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().toString()));
    Archive &archive = **opened;
    QCOMPARE(archive.devices()->first().serialNumber, Serial);
    QCOMPARE(archive.devices()->first().friendlyName, QStringLiteral("Annemarie's phone"));
    QCOMPARE(archive.snapshot(f.snapshot)->state, SnapshotState::Complete);
    QCOMPARE(archive.snapshot(f.snapshot)->counts, (KindCounts{1, 1, 0, 1, 0}));
    const QList<ObjectRecord> objects = *archive.snapshotObjects(f.snapshot);
    QCOMPARE(objects.size(), 3);
    // Sorted by path, as in an unencrypted archive.
    QCOMPARE(objects[0].path(), QStringLiteral("Calendar/dentist.ics"));
    QCOMPARE(objects[2].path(), QStringLiteral("DCIM/Camera/") + PhotoName);
    QCOMPARE(readAll(archive, f.vcfHash), f.vcf);
    QCOMPARE(readAll(archive, f.photoHash), f.photoBytes);
    auto contacts = archive.contacts(f.snapshot);
    QCOMPARE(contacts->size(), 1);
    QCOMPARE(contacts->first().item.formattedName, OwnerName);
    QCOMPARE(contacts->first().item.phones.first().number, Phone);
    QCOMPARE(archive.events(f.snapshot)->first().item.summary, EventTitle);
    QCOMPARE(archive.photos(f.snapshot)->first().item.name, PhotoName);
    QCOMPARE(*archive.photoThumbnail(f.photoObject), f.thumbnail);
    auto hits = archive.search(f.snapshot, QStringLiteral("bergstr"));
    QVERIFY(hits);
    QCOMPARE(hits->size(), 1);
    QCOMPARE(hits->first().uid, QStringLiteral("u1"));
    QCOMPARE(archive.search(f.snapshot, QStringLiteral("holiday"))->first().objectId, f.photoObject);
    QCOMPARE(archive.search(f.snapshot, QStringLiteral("kleinmachnow"))->size(), 1);
    auto report = archive.verify();
    QVERIFY(report);
    QVERIFY2(report->ok(), qPrintable(report->problems.join(u'\n')));

    // A second backup into the encrypted archive finds the same device and reuses the object row.
    auto writer = Archive::open(path, Archive::OpenMode::ReadWrite, withPassphrase("correct horse"));
    QVERIFY(writer);
    const qint64 device = *(*writer)->addOrUpdateDevice({0, Serial, {}, {}, {}});
    QCOMPARE(device, archive.devices()->first().id);
    const qint64 second = *(*writer)->beginSnapshot(device);
    auto again = (*writer)->addObject(second, objects[2]);
    QVERIFY(again);
    QCOMPARE(*again, f.photoObject);
    QVERIFY((*writer)->completeSnapshot(second));
    auto diff = (*writer)->diff(f.snapshot, second);
    QVERIFY(diff);
    QCOMPARE(diff->kinds[ItemKind::Contact].removedItems.size(), 1);
    QCOMPARE(diff->kinds[ItemKind::Contact].removedItems.first().title, OwnerName);
}

void tst_ArchiveEncryption::needsPassphrase()
{
    const QString path = newPath();
    QVERIFY(Archive::create(path, encrypted("secret")));
    auto opened = Archive::open(path, Archive::OpenMode::ReadOnly);
    QVERIFY(!opened);
    QCOMPARE(opened.error().code(), ErrorCode::Passphrase);
    QVERIFY2(opened.error().message().contains(QStringLiteral("passphrase")),
             qPrintable(opened.error().message()));
}

void tst_ArchiveEncryption::lastBackupTimeWithoutPassphrase_data()
{
    QTest::addColumn<bool>("encrypt");
    QTest::newRow("encrypted") << true;
    QTest::newRow("plain") << false;
}

// The handsets pane shows the age of the last backup before the passphrase is known.
void tst_ArchiveEncryption::lastBackupTimeWithoutPassphrase()
{
    QFETCH(bool, encrypt);
    const QString path = newPath();
    auto archive = Archive::create(path, encrypt ? encrypted("secret") : ArchiveOptions{});
    QVERIFY(archive);
    QCOMPARE(Archive::lastCompleteSnapshotTime(path).value(), std::optional<QDateTime>());
    const qint64 device = *(*archive)->addOrUpdateDevice(
        {0, QStringLiteral("S1"), QStringLiteral("Acme"), QStringLiteral("One"), QStringLiteral("Phone")});
    const qint64 first = *(*archive)->beginSnapshot(device);
    QVERIFY((*archive)->completeSnapshot(first));
    const qint64 failed = *(*archive)->beginSnapshot(device);
    QVERIFY((*archive)->finishSnapshot(failed, SnapshotState::Failed, QStringLiteral("unplugged")));
    const QDateTime completed = (*archive)->snapshot(first)->finished;
    QVERIFY(completed.isValid());
    QCOMPARE(Archive::lastCompleteSnapshotTime(path).value(), std::optional<QDateTime>(completed));
    QCOMPARE(Archive::lastCompleteSnapshotTime(m_dir.filePath(QStringLiteral("none.lifeboat"))).error().code(),
             ErrorCode::NotFound);
}

void tst_ArchiveEncryption::wrongPassphrase()
{
    const QString path = newPath();
    QVERIFY(Archive::create(path, encrypted("secret")));
    for (const char *wrong : {"Secret", "secret ", "", "secre"}) {
        auto opened = Archive::open(path, Archive::OpenMode::ReadOnly, withPassphrase(wrong));
        QVERIFY2(!opened, wrong);
        QCOMPARE(opened.error().code(), ErrorCode::Passphrase);
        QVERIFY2(opened.error().message().contains(QStringLiteral("wrong")),
                 qPrintable(opened.error().message()));
    }
    QVERIFY(Archive::open(path, Archive::OpenMode::ReadOnly, withPassphrase("secret")));
}

void tst_ArchiveEncryption::changePassphrase()
{
    const QString path = newPath();
    Filled f;
    QByteArray wrappedBefore;
    {
        auto created = Archive::create(path, encrypted("old one"));
        QVERIFY(created);
        f = fill(**created);
    }
    const QByteArray chunksBefore = fileBytes(path);
    {
        auto archive = Archive::open(path, Archive::OpenMode::ReadWrite, withPassphrase("old one"));
        QVERIFY(archive);
        QVERIFY((*archive)->changePassphrase(*secret("new one"), TestStrength));
        auto readOnly = Archive::open(path, Archive::OpenMode::ReadOnly, withPassphrase("new one"));
        QVERIFY(readOnly);
        QVERIFY(!(*readOnly)->changePassphrase(*secret("x"), TestStrength));
    }
    auto old = Archive::open(path, Archive::OpenMode::ReadOnly, withPassphrase("old one"));
    QVERIFY(!old);
    QCOMPARE(old.error().code(), ErrorCode::Passphrase);
    auto opened = Archive::open(path, Archive::OpenMode::ReadOnly, withPassphrase("new one"));
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().toString()));
    QCOMPARE(readAll(**opened, f.photoHash), f.photoBytes);
    QCOMPARE((*opened)->contacts(f.snapshot)->first().item.formattedName, OwnerName);
    // Only the key was re-wrapped: the file is the same size, its content untouched.
    QCOMPARE(fileBytes(path).size(), chunksBefore.size());

    auto plain = Archive::create(newPath());
    QVERIFY(plain);
    const Status refused = (*plain)->changePassphrase(*secret("x"), TestStrength);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code(), ErrorCode::Usage);
}

void tst_ArchiveEncryption::unlockWithKeyOfOpenArchive()
{
    const QString path = newPath();
    auto created = Archive::create(path, encrypted("pass"));
    QVERIFY(created);
    const Filled f = fill(**created);
    auto second = Archive::open(path, Archive::OpenMode::ReadOnly,
                                ArchiveUnlock{nullptr, (*created)->archiveKey()});
    QVERIFY(second);
    QCOMPARE((*second)->contacts(f.snapshot)->size(), 1);

    const QString otherPath = newPath();
    auto other = Archive::create(otherPath, encrypted("pass"));
    QVERIFY(other);
    auto wrongKey = Archive::open(otherPath, Archive::OpenMode::ReadOnly,
                                  ArchiveUnlock{nullptr, (*created)->archiveKey()});
    QVERIFY(!wrongKey);
    QCOMPARE(wrongKey.error().code(), ErrorCode::Passphrase);
}

void tst_ArchiveEncryption::noPlaintextInFile_data()
{
    QTest::addColumn<QByteArray>("needle");
    QTest::newRow("contact name") << OwnerName.toUtf8();
    QTest::newRow("family name") << QStringLiteral("Bergström").toUtf8();
    QTest::newRow("phone number") << Phone.toUtf8();
    QTest::newRow("event title") << EventTitle.toUtf8();
    QTest::newRow("photo file name") << PhotoName.toUtf8();
    QTest::newRow("vcf file name") << QByteArray("annemarie.vcf");
    QTest::newRow("folder") << QByteArray("DCIM/Camera");
    QTest::newRow("storage") << QByteArray("Internal shared storage");
    QTest::newRow("serial") << Serial.toUtf8();
    QTest::newRow("device name") << QByteArray("Annemarie's phone");
    QTest::newRow("thumbnail") << QByteArray("thumbnail-of-the-holiday-photo");
    QTest::newRow("photo bytes") << Data::bytes(7, 2 * 1024 * 1024 + 17).mid(1024 * 1024 + 4096, 64);
    QTest::newRow("vcf bytes") << QByteArray("BEGIN:VCARD");
}

void tst_ArchiveEncryption::noPlaintextInFile()
{
    QFETCH(QByteArray, needle);
    const QString path = newPath();
    {
        auto created = Archive::create(path, encrypted("pass"));
        QVERIFY(created);
        fill(**created);
    }
    const QByteArray raw = fileBytes(path);
    QVERIFY(raw.size() > 2 * 1024 * 1024);
    QVERIFY2(!raw.contains(needle), needle.constData());
    // The check can fail: the same data in an unencrypted archive is found.
    const QString plainPath = newPath();
    {
        auto created = Archive::create(plainPath);
        QVERIFY(created);
        fill(**created);
    }
    QVERIFY(fileBytes(plainPath).contains(needle));
}

void tst_ArchiveEncryption::plainArchiveUnchanged()
{
    const QString path = newPath();
    Filled f;
    {
        auto created = Archive::create(path);
        QVERIFY(created);
        QVERIFY(!(*created)->isEncrypted());
        QVERIFY(!(*created)->archiveKey());
        f = fill(**created);
    }
    QVERIFY(!*Archive::isEncrypted(path));
    // A passphrase given for an unencrypted archive is not needed and does no harm.
    auto opened = Archive::open(path, Archive::OpenMode::ReadOnly, withPassphrase("unused"));
    QVERIFY(opened);
    QCOMPARE(f.photoHash, QCryptographicHash::hash(f.photoBytes, QCryptographicHash::Sha256));
    QCOMPARE(readAll(**opened, f.photoHash), f.photoBytes);
    QCOMPARE((*opened)->search(f.snapshot, QStringLiteral("bergstr"))->size(), 1);
    // No table of an encrypted archive in a plain one.
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
    sqlite3_stmt *statement = nullptr;
    sqlite3_prepare_v2(db, "SELECT count(*) FROM sqlite_schema WHERE name LIKE 'sealed%' OR name = 'encryption'",
                       -1, &statement, nullptr);
    QCOMPARE(sqlite3_step(statement), SQLITE_ROW);
    QCOMPARE(sqlite3_column_int(statement, 0), 0);
    sqlite3_finalize(statement);
    sqlite3_close(db);
}

namespace {

// Opens the raw file and runs `sql` (statements of the test itself).
bool rawExec(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr);
    const bool ok = sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close(db);
    return ok;
}

VerifyReport verifyWith(const QString &path, const char *passphrase)
{
    const auto failed = [](const Error &error) {
        VerifyReport report;
        report.problems << error.toString();
        return report;
    };
    auto archive = Archive::open(path, Archive::OpenMode::ReadOnly, withPassphrase(passphrase));
    if (!archive)
        return failed(archive.error());
    Result<VerifyReport> report = (*archive)->verify();
    return report ? *report : failed(report.error());
}

} // namespace

void tst_ArchiveEncryption::tamperedChunkDetected()
{
    const QString path = newPath();
    Filled f;
    {
        auto created = Archive::create(path, encrypted("pass"));
        QVERIFY(created);
        f = fill(**created);
    }
    QVERIFY2(verifyWith(path, "pass").ok(), qPrintable(verifyWith(path, "pass").problems.join(u'\n')));
    // One bit of one chunk's ciphertext flipped, in the middle of the photo's second chunk.
    const QString copy = path + QStringLiteral(".copy");
    QVERIFY(QFile::copy(path, copy));
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(copy.toUtf8().constData(), &db), SQLITE_OK);
    sqlite3_stmt *select = nullptr;
    sqlite3_prepare_v2(db, "SELECT chunk_id FROM content_chunks WHERE seq = 1", -1, &select, nullptr);
    QCOMPARE(sqlite3_step(select), SQLITE_ROW);
    const qint64 chunk = sqlite3_column_int64(select, 0);
    sqlite3_finalize(select);
    sqlite3_blob *blob = nullptr;
    QCOMPARE(sqlite3_blob_open(db, "main", "chunks", "data", chunk, 1, &blob), SQLITE_OK);
    char byte = 0;
    QCOMPARE(sqlite3_blob_read(blob, &byte, 1, 5000), SQLITE_OK);
    byte = char(byte ^ 0x10);
    QCOMPARE(sqlite3_blob_write(blob, &byte, 1, 5000), SQLITE_OK);
    sqlite3_blob_close(blob);
    sqlite3_close(db);

    const VerifyReport report = verifyWith(copy, "pass");
    QVERIFY(!report.ok());
    QCOMPARE(report.damagedContents, QList<QByteArray>{f.photoHash});
    QCOMPARE(report.affectedObjects.size(), 1);
    QCOMPARE(report.affectedObjects.first().name, PhotoName);
    QCOMPARE(report.affectedSnapshots, QList<qint64>{f.snapshot});
    auto archive = Archive::open(copy, Archive::OpenMode::ReadOnly, withPassphrase("pass"));
    QVERIFY(archive);
    QCOMPARE(readAll(**archive, f.photoHash), QByteArray("<read failed>"));
    QCOMPARE(readAll(**archive, f.vcfHash), f.vcf);
}

void tst_ArchiveEncryption::swappedChunksDetected()
{
    const QString path = newPath();
    Filled f;
    {
        auto created = Archive::create(path, encrypted("pass"));
        QVERIFY(created);
        f = fill(**created);
    }
    // Each sealed chunk is authentic on its own; swapped between two ids, neither opens,
    // because a chunk's id is its associated data.
    QVERIFY(rawExec(path, "CREATE TEMP TABLE pair AS SELECT id, data FROM chunks ORDER BY id LIMIT 2; "
                          "UPDATE chunks SET data = (SELECT data FROM pair WHERE pair.id <> chunks.id) "
                          "WHERE id IN (SELECT id FROM pair);"));
    const VerifyReport report = verifyWith(path, "pass");
    QVERIFY(!report.ok());
    QCOMPARE(report.problems.filter(QRegularExpression(QStringLiteral("^chunk \\d+ "))).size(), 2);
    QVERIFY(!report.damagedContents.isEmpty());

    // A sealed index record moved to another object does not open either.
    const QString path2 = newPath();
    {
        auto created = Archive::create(path2, encrypted("pass"));
        QVERIFY(created);
        f = fill(**created);
    }
    QVERIFY(rawExec(path2, "UPDATE sealed_index SET data = (SELECT data FROM sealed_index WHERE kind = 0) "
                           "WHERE kind = 1"));
    const VerifyReport indexReport = verifyWith(path2, "pass");
    QVERIFY(!indexReport.ok());
    QVERIFY2(indexReport.problems.join(u'\n').contains(QStringLiteral("sealed index")),
             qPrintable(indexReport.problems.join(u'\n')));
}

void tst_ArchiveEncryption::keyedContentIds()
{
    const QByteArray photo = Data::bytes(11, 1500000);
    const QByteArray sha256 = QCryptographicHash::hash(photo, QCryptographicHash::Sha256);
    QList<QByteArray> ids;
    for (int i = 0; i < 2; ++i) {
        auto created = Archive::create(newPath(), encrypted("same passphrase"));
        QVERIFY(created);
        const QByteArray id = store(**created, photo);
        QCOMPARE(id.size(), 32);
        QVERIFY(id != sha256);
        // Within one archive equal content has one id, and is stored once.
        QCOMPARE(store(**created, photo), id);
        QCOMPARE(readAll(**created, id), photo);
        QCOMPARE((*created)->contentHasher()->hash(photo), id);
        ids << id;
    }
    QVERIFY(ids[0] != ids[1]);
}

void tst_ArchiveEncryption::resumeAfterInterruption()
{
    // A writer that stopped after two full chunks leaves them pending; the next one under the
    // same key continues from there, in an encrypted archive too.
    const QString path = newPath();
    const QByteArray data = Data::bytes(21, 3 * 1024 * 1024 + 5);
    const QString key = QStringLiteral("0/DCIM/Camera/resume.jpg/123/456");
    {
        auto created = Archive::create(path, encrypted("pass"));
        QVERIFY(created);
        auto writer = (*created)->beginContent(key);
        QVERIFY(writer);
        QVERIFY((*writer)->write(data.left(2 * 1024 * 1024 + 100)));
        QVERIFY((*created)->commit());
    }
    auto archive = Archive::open(path, Archive::OpenMode::ReadWrite, withPassphrase("pass"));
    QVERIFY(archive);
    auto writer = (*archive)->beginContent(key);
    QVERIFY(writer);
    QCOMPARE((*writer)->resumeOffset(), quint64(2 * 1024 * 1024));
    QVERIFY((*writer)->write(data.mid(2 * 1024 * 1024)));
    auto id = (*writer)->finish();
    QVERIFY(id);
    QCOMPARE(*id, (*archive)->contentHasher()->hash(data));
    QCOMPARE(readAll(**archive, *id), data);
    QVERIFY(!fileBytes(path).contains("resume.jpg"));
}

QTEST_GUILESS_MAIN(tst_ArchiveEncryption)
#include "tst_archiveencryption.moc"
