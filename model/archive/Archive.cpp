#include "model/archive/Archive.h"

#include "model/archive/ArchiveCopy.h"
#include "model/archive/ArchiveCipher.h"
#include "model/archive/ArchiveDiff.h"
#include "model/archive/ArchiveSearch.h"
#include "model/archive/ArchiveVerifier.h"
#include "model/archive/ContentStore.h"
#include "model/archive/Database.h"
#include "model/archive/ItemIndex.h"
#include "model/archive/Schema.h"
#include "model/archive/SealedIndex.h"
#include "model/archive/SnapshotStore.h"
#include "model/ModelLog.h"

#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Lifeboat {

namespace {

// Creates the empty file owner-only whatever the umask; SQLite gives its -journal and -wal
// files the database file's permissions.
Status createPrivateFile(const QString &path)
{
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        const int error = errno;
        return Error(error == EEXIST ? ErrorCode::Usage : ErrorCode::Archive,
                     error == EEXIST
                         ? Archive::tr("%1 already exists. Choose another name or open it.").arg(path)
                         : Archive::tr("The archive %1 cannot be created. Check that the folder "
                                       "exists and that you may write to it.").arg(path),
                     QString::fromLocal8Bit(std::strerror(error)));
    }
    const bool ok = ::fchmod(fd, 0600) == 0;
    ::close(fd);
    if (!ok)
        return Error(ErrorCode::Archive, Archive::tr("The archive %1 cannot be made private.").arg(path),
                     QString::fromLocal8Bit(std::strerror(errno)));
    return {};
}

} // namespace

Archive::Archive(std::unique_ptr<Database> db, std::shared_ptr<const SecretBytes> key)
    : m_db(std::move(db)),
      m_key(std::move(key)),
      m_cipher(m_key ? std::make_unique<ArchiveCipher>(*m_key) : nullptr),
      m_content(std::make_unique<ContentStore>(*m_db, m_cipher.get())),
      m_snapshots(std::make_unique<SnapshotStore>(*m_db, m_cipher.get())),
      m_index(std::make_unique<ItemIndex>(*m_db)),
      m_sealed(m_cipher ? std::make_unique<SealedIndex>(*m_db, *m_cipher) : nullptr),
      m_search(std::make_unique<ArchiveSearch>(*m_db)),
      m_diff(std::make_unique<ArchiveDiff>(*m_db, *m_snapshots)),
      m_verifier(std::make_unique<ArchiveVerifier>(*m_db, m_cipher.get(), *m_content))
{}

Archive::~Archive()
{
    // What is in the batch is consistent on its own (content is only listed once complete).
    if (m_db && !m_db->isReadOnly()) {
        if (Status status = m_db->commit(); !status)
            qCWarning(lcModel, "closing archive: %s", qPrintable(status.error().toString()));
    }
}

QString Archive::path() const
{
    return m_db->path();
}

Status Archive::configure(Database &db, const ArchiveOptions *creating)
{
    // Journal mode: rollback journal (TRUNCATE), 64 KiB pages. Measured with
    // `build/bin/bench_archive` (182 photos of 3-8 MB, 1 GB per run, ContentWriter + addObject +
    // completeSnapshot, same disk; two runs on 2 CPUs shared at load ~15, 2026-11-29, so wall
    // rates mostly measure the neighbours; CPU s/GB is the steadier figure):
    //                                         run 1 MB/s  CPU s/GB   run 2 MB/s  CPU s/GB
    //   plain file write + fsync               463 / 178   0.46        142 / 220   1.37
    //   rollback (TRUNCATE), 64 KiB pages      115         2.63         62         3.74
    //   WAL, 64 KiB pages                       61         3.21         59         3.68
    //   rollback (TRUNCATE), 4 KiB pages        69         3.09         71         3.03
    //   WAL, 4 KiB pages                        35         6.02         38         6.34
    // WAL writes every chunk twice (WAL, then the checkpoint) and never won; the
    // rollback journal does not journal pages appended past the old end of the file, which is
    // where chunks go. Its cost is that readers wait while a writer commits (or spills its
    // cache): a 64 MiB batch at a time, covered by the 30 s busy timeout of every connection
    // (Database.cpp), so the GUI can browse during a backup (tst_archive::readerWhileWriting).
    // TRUNCATE rather than DELETE keeps the journal file, and so its 0600 permissions, between
    // commits. 64 KiB against 4 KiB pages was a draw in rollback mode and a clear win under WAL;
    // 64 KiB cuts a 1 MiB chunk into 16 overflow pages instead of 256. Every byte also needs two
    // SHA-256 hashes (chunk key and content key): 0.73 s per GB in one pass (Sha256::addToBoth).
    if (creating) {
        const QByteArray pageSize =
            QStringLiteral("PRAGMA page_size = %1").arg(creating->pageSize).toLatin1();
        if (Status status = db.exec(pageSize.constData()); !status)
            return status;
        if (creating->maxBytesForTesting > 0) {
            const QByteArray limit = QStringLiteral("PRAGMA max_page_count = %1")
                                         .arg(creating->maxBytesForTesting / creating->pageSize)
                                         .toLatin1();
            if (Status status = db.exec(limit.constData()); !status)
                return status;
        }
        const char *journal = creating->journal == ArchiveOptions::Journal::Wal
            ? "PRAGMA journal_mode = WAL"
            : "PRAGMA journal_mode = TRUNCATE";
        if (Status status = db.exec(journal); !status)
            return status;
    } else if (!db.isReadOnly()) {
        // WAL is a property of the file; a rollback mode is per connection and must be set on
        // every connection alike.
        Result<QString> mode = db.queryText("PRAGMA journal_mode");
        if (!mode)
            return mode.error();
        if (*mode != u"wal") {
            if (Status status = db.exec("PRAGMA journal_mode = TRUNCATE"); !status)
                return status;
        }
    }
    // FULL for every commit: with 64 MiB batches the extra journal sync costs nothing
    // measurable, and NORMAL in rollback mode is not power-loss safe on every file system.
    // completeSnapshot() insists on FULL for its own commit regardless.
    return db.exec("PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL; "
                   "PRAGMA cache_size = -16384; PRAGMA temp_store = MEMORY;");
}

Result<std::unique_ptr<Archive>> Archive::create(const QString &path, const ArchiveOptions &options)
{
    if (Status status = createPrivateFile(path); !status)
        return status.error();
    auto fail = [&path](const Error &error) {
        QFile::remove(path);
        return error;
    };
    Result<std::unique_ptr<Database>> db = Database::open(path, Database::Access::ReadWrite);
    if (!db)
        return fail(db.error());
    if (Status status = configure(**db, &options); !status)
        return fail(status.error());
    if (Status status = Schema::create(**db, options.passphrase != nullptr); !status)
        return fail(status.error());
    std::shared_ptr<const SecretBytes> key;
    if (options.passphrase) {
        Result<SecretBytes> created =
            ArchiveKeyring::create(**db, *options.passphrase, options.kdfStrength);
        if (!created)
            return fail(created.error());
        if (Status status = (*db)->commit(); !status)
            return fail(status.error());
        key = std::make_shared<const SecretBytes>(std::move(*created));
    }
    std::unique_ptr<Archive> archive(new Archive(std::move(*db), std::move(key)));
    if (archive->m_sealed) {
        if (Status status = archive->m_sealed->load(); !status)
            return fail(status.error());
    }
    return archive;
}

Result<bool> Archive::isEncrypted(const QString &path)
{
    if (!QFileInfo(path).isFile())
        return Error(ErrorCode::NotFound, tr("The archive %1 does not exist.").arg(path));
    Result<std::unique_ptr<Database>> db = Database::open(path, Database::Access::ReadOnly);
    if (!db)
        return db.error();
    return ArchiveKeyring::isEncrypted(**db);
}

Result<std::optional<QDateTime>> Archive::lastCompleteSnapshotTime(const QString &path)
{
    Result<std::unique_ptr<Database>> db = openExistingFile(path, OpenMode::ReadOnly);
    if (!db)
        return db.error();
    Result<qint64> finished = (*db)->queryInt(
        "SELECT COALESCE(MAX(finished), -1) FROM snapshots WHERE state = 'complete'");
    if (!finished)
        return finished.error();
    if (*finished < 0)
        return std::optional<QDateTime>();
    return std::optional<QDateTime>(QDateTime::fromMSecsSinceEpoch(*finished, Qt::UTC));
}

Result<std::shared_ptr<const SecretBytes>> Archive::unlockKey(Database &db,
                                                              const ArchiveUnlock &unlock)
{
    Result<bool> encrypted = ArchiveKeyring::isEncrypted(db);
    if (!encrypted)
        return encrypted.error();
    if (!*encrypted)
        return std::shared_ptr<const SecretBytes>();
    if (unlock.archiveKey) {
        if (Status status = ArchiveKeyring::checkKey(db, *unlock.archiveKey); !status)
            return status.error();
        return unlock.archiveKey;
    }
    if (!unlock.passphrase)
        return Error(ErrorCode::Passphrase,
                     tr("The archive %1 is encrypted. Give its passphrase to open it.")
                         .arg(db.path()),
                     QStringLiteral("no passphrase"));
    Result<SecretBytes> key = ArchiveKeyring::unlock(db, *unlock.passphrase);
    if (!key)
        return key.error();
    return std::make_shared<const SecretBytes>(std::move(*key));
}

Status Archive::changePassphrase(const SecretBytes &newPassphrase, ArchiveKeyring::Strength strength)
{
    if (!m_key)
        return Error(ErrorCode::Usage,
                     tr("The archive %1 is not encrypted, so it has no passphrase to change.")
                         .arg(path()));
    if (m_db->isReadOnly())
        return Error(ErrorCode::Usage, tr("The archive %1 is open read-only.").arg(path()));
    if (Status status = m_db->commit(); !status)
        return status;
    if (Status status = ArchiveKeyring::rewrap(*m_db, *m_key, newPassphrase, strength); !status) {
        m_db->rollback();
        return status;
    }
    return m_db->commit();
}

Result<std::unique_ptr<Database>> Archive::openExistingFile(const QString &path, OpenMode mode)
{
    if (!QFileInfo(path).isFile())
        return Error(ErrorCode::NotFound, tr("The archive %1 does not exist.").arg(path));
    Result<std::unique_ptr<Database>> db = Database::open(
        path, mode == OpenMode::ReadOnly ? Database::Access::ReadOnly : Database::Access::ReadWrite);
    if (!db)
        return db.error();
    // Checked before anything else reads the file's tables or runs a statement that could
    // write to them (journal mode changes need the file to be a database first).
    if (Status status = Schema::openExisting(**db); !status)
        return status.error();
    return db;
}

Result<std::unique_ptr<Archive>> Archive::open(const QString &path, OpenMode mode,
                                               const ArchiveUnlock &unlock)
{
    Result<std::unique_ptr<Database>> db = openExistingFile(path, mode);
    if (!db)
        return db.error();
    if (Status status = configure(**db, nullptr); !status)
        return status.error();
    Result<std::shared_ptr<const SecretBytes>> key = unlockKey(**db, unlock);
    if (!key)
        return key.error();
    std::unique_ptr<Archive> archive(new Archive(std::move(*db), std::move(*key)));
    if (archive->m_sealed) {
        if (Status status = archive->m_sealed->load(); !status)
            return status.error();
    }
    if (mode == OpenMode::ReadWrite) {
        if (Status status = archive->m_content->dropAnonymousPending(); !status)
            return status.error();
        if (Status status = archive->commit(); !status)
            return status.error();
    }
    return archive;
}

Status Archive::commit()
{
    return m_db->commit();
}

Result<qint64> Archive::addOrUpdateDevice(const DeviceRecord &device)
{
    return m_snapshots->addOrUpdateDevice(device);
}

Result<QList<DeviceRecord>> Archive::devices()
{
    return m_snapshots->devices();
}

Result<qint64> Archive::beginSnapshot(qint64 deviceId)
{
    return m_snapshots->beginSnapshot(deviceId);
}

Status Archive::completeSnapshot(qint64 snapshotId)
{
    return m_snapshots->completeSnapshot(snapshotId);
}

Status Archive::finishSnapshot(qint64 snapshotId, SnapshotState state, const QString &error)
{
    return m_snapshots->finishSnapshot(snapshotId, state, error);
}

Result<QList<SnapshotInfo>> Archive::snapshots(std::optional<qint64> deviceId)
{
    return m_snapshots->snapshots(deviceId);
}

Result<SnapshotInfo> Archive::snapshot(qint64 id)
{
    return m_snapshots->snapshot(id);
}

Result<std::optional<SnapshotInfo>> Archive::latestCompleteSnapshot(qint64 deviceId)
{
    return m_snapshots->latestCompleteSnapshot(deviceId);
}

Result<QList<ObjectRecord>> Archive::snapshotObjects(qint64 snapshotId, std::optional<ItemKind> kind)
{
    return m_snapshots->snapshotObjects(snapshotId, kind);
}

Result<ObjectRecord> Archive::object(qint64 objectId)
{
    return m_snapshots->object(objectId);
}

Result<std::unique_ptr<ContentWriter>> Archive::beginContent(const QString &resumeKey)
{
    return m_content->beginContent(resumeKey);
}

Result<bool> Archive::hasContent(const QByteArray &hash)
{
    return m_content->hasContent(hash);
}

Result<qint64> Archive::addObject(qint64 snapshotId, const ObjectRecord &object)
{
    return m_snapshots->addObject(snapshotId, object);
}

Status Archive::readContent(const QByteArray &hash,
                            const std::function<Status(const char *, qsizetype)> &sink,
                            quint64 offset)
{
    return m_content->read(hash, sink, offset);
}

Status Archive::indexContacts(qint64 objectId, const QList<Contact> &contacts)
{
    if (Status status = m_index->indexContacts(objectId, contacts); !status)
        return status;
    return sealIndex(objectId, ItemKind::Contact);
}

Status Archive::indexEvents(qint64 objectId, const QList<Event> &events)
{
    if (Status status = m_index->indexEvents(objectId, events); !status)
        return status;
    return sealIndex(objectId, ItemKind::Event);
}

Status Archive::indexTodos(qint64 objectId, const QList<Todo> &todos)
{
    if (Status status = m_index->indexTodos(objectId, todos); !status)
        return status;
    return sealIndex(objectId, ItemKind::Todo);
}

Status Archive::indexPhoto(qint64 objectId, const Photo &photo)
{
    if (Status status = m_index->indexPhoto(objectId, photo); !status)
        return status;
    return sealIndex(objectId, ItemKind::Photo);
}

Status Archive::sealIndex(qint64 objectId, ItemKind kind)
{
    return m_sealed ? m_sealed->persist(objectId, kind) : Status();
}

Result<QList<IndexedContact>> Archive::contacts(qint64 snapshotId)
{
    return m_index->contacts(snapshotId);
}

Result<QList<IndexedEvent>> Archive::events(qint64 snapshotId)
{
    return m_index->events(snapshotId);
}

Result<QList<IndexedTodo>> Archive::todos(qint64 snapshotId)
{
    return m_index->todos(snapshotId);
}

Result<QList<IndexedPhoto>> Archive::photos(qint64 snapshotId)
{
    return m_index->photos(snapshotId);
}

Result<QByteArray> Archive::photoThumbnail(qint64 objectId)
{
    return m_sealed ? m_sealed->thumbnail(objectId) : m_index->photoThumbnail(objectId);
}

Result<QList<SearchHit>> Archive::search(qint64 snapshotId, const QString &text)
{
    return m_search->search(snapshotId, text);
}

Result<SnapshotDiff> Archive::diff(qint64 fromSnapshot, qint64 toSnapshot)
{
    return m_diff->diff(fromSnapshot, toSnapshot);
}

Result<VerifyReport> Archive::verify(const std::function<void(quint64, quint64)> &progress,
                                     const std::atomic_bool *cancel)
{
    Result<VerifyReport> report = m_verifier->verify(progress, cancel);
    if (report && m_sealed && !report->cancelled) {
        Result<qint64> damaged = m_sealed->countDamaged();
        if (!damaged)
            return damaged.error();
        if (*damaged > 0)
            report->problems << QStringLiteral("%1 sealed index records do not open (run a "
                                               "rebuild of the index)").arg(*damaged);
    }
    return report;
}

std::unique_ptr<ContentHasher> Archive::contentHasher() const
{
    return std::make_unique<ContentHasher>(m_content->contentIdKey());
}

Status Archive::saveCopy(const QString &target, const std::function<void(quint64, quint64)> &progress,
                         const std::atomic_bool *cancel)
{
    return ArchiveCopy::save(*m_db, target, progress, cancel);
}

Status Archive::saveCopy(const QString &source, const QString &target,
                         const std::function<void(quint64, quint64)> &progress,
                         const std::atomic_bool *cancel)
{
    Result<std::unique_ptr<Database>> db = openExistingFile(source, OpenMode::ReadOnly);
    if (!db)
        return db.error();
    return ArchiveCopy::save(**db, target, progress, cancel);
}

} // namespace Lifeboat
