// libFuzzer target for opening an archive file (untrusted: a file from anywhere may be opened):
// the bytes are written to a file, opened read-only, and its devices, snapshots and their objects
// and items are listed; then it is opened for writing and verified. Seeds: corpus/fuzz_archive (small archives with 1 KiB pages).
//
// LIFEBOAT_FUZZ_MAKE_SEED=<path> fuzz_archive -runs=0 writes such a seed archive to <path>.

#include "model/archive/Archive.h"

#include <QDir>
#include <QFile>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <unistd.h>

using namespace Lifeboat;

namespace {

QString g_path;

void makeSeed(const QString &path)
{
    ArchiveOptions options;
    options.pageSize = 1024;
    Result<std::unique_ptr<Archive>> archive = Archive::create(path, options);
    if (!archive)
        std::abort();
    DeviceRecord device;
    device.serialNumber = QStringLiteral("SEED-0001");
    device.manufacturer = QStringLiteral("Lifeboat");
    device.model = QStringLiteral("Seed");
    const qint64 deviceId = *(*archive)->addOrUpdateDevice(device);
    const qint64 snapshotId = *(*archive)->beginSnapshot(deviceId);
    const QByteArray vcard = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ada Lovelace\r\nN:Lovelace;Ada;;;\r\n"
                             "TEL:+44 20 1234\r\nEND:VCARD\r\n";
    Result<std::unique_ptr<ContentWriter>> begun = (*archive)->beginContent(QString());
    if (!begun)
        std::abort();
    ContentWriter *writer = begun->get();
    if (!writer->write(vcard.constData(), vcard.size()))
        std::abort();
    const Result<QByteArray> hash = writer->finish();
    if (!hash)
        std::abort();
    ObjectRecord object;
    object.storageId = 0x10001;
    object.storageDescription = QStringLiteral("Internal storage");
    object.parentPath = QStringLiteral("Contacts");
    object.name = QStringLiteral("ada.vcf");
    object.format = 0xBA82;
    object.size = quint64(vcard.size());
    object.modified = QDateTime(QDate(2024, 5, 1), QTime(12, 0), Qt::UTC);
    object.kind = ItemKind::Contact;
    object.contentHash = *hash;
    const qint64 objectId = *(*archive)->addObject(snapshotId, object);
    Contact contact;
    contact.formattedName = QStringLiteral("Ada Lovelace");
    if (!(*archive)->indexContacts(objectId, {contact}) || !(*archive)->completeSnapshot(snapshotId))
        std::abort();
}

void listReadOnly()
{
    Result<std::unique_ptr<Archive>> archive = Archive::open(g_path, Archive::OpenMode::ReadOnly);
    if (!archive)
        return;

    Archive &a = **archive;
    (void)a.devices();
    if (const Result<QList<SnapshotInfo>> snapshots = a.snapshots()) {
        for (const SnapshotInfo &snapshot : *snapshots) {
            if (const Result<QList<ObjectRecord>> objects = a.snapshotObjects(snapshot.id)) {
                for (const ObjectRecord &object : *objects)
                    (void)object.path();
            }
            (void)a.contacts(snapshot.id);
            (void)a.events(snapshot.id);
            (void)a.todos(snapshot.id);
            (void)a.photos(snapshot.id);
        }
    }
}

// Opened for writing, as lifeboat-cli does: may repair, must not crash; then verified.
void checkWritable()
{
    Result<std::unique_ptr<Archive>> archive = Archive::open(g_path, Archive::OpenMode::ReadWrite);
    if (archive)
        (void)(*archive)->verify();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    if (const char *seed = std::getenv("LIFEBOAT_FUZZ_MAKE_SEED")) {
        makeSeed(QString::fromLocal8Bit(seed));
        std::exit(0);
    }
    g_path = QDir::temp().filePath(QStringLiteral("lifeboat-fuzz-archive-%1.lifeboat").arg(::getpid()));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    for (const char *suffix : {"", "-journal", "-wal", "-shm"})
        QFile::remove(g_path + QLatin1String(suffix));
    {
        QFile file(g_path);
        if (!file.open(QIODevice::WriteOnly))
            std::abort();
        file.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    listReadOnly();
    checkWritable();
    for (const char *suffix : {"", "-journal", "-wal", "-shm"})
        QFile::remove(g_path + QLatin1String(suffix));
    return 0;
}
