#pragma once

#include "common/Result.h"
#include "model/archive/ArchiveKeyring.h"
#include "model/archive/ArchiveTypes.h"
#include "model/archive/ContentWriter.h"
#include "model/archive/SecretBytes.h"

#include <QCoreApplication>
#include <QDateTime>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace Lifeboat {

class ArchiveCipher;
class ArchiveDiff;
class ArchiveSearch;
class ArchiveVerifier;
class ContentHasher;
class ContentStore;
class Database;
class ItemIndex;
class SealedIndex;
class SnapshotStore;

// Journal mode and page size are chosen for the user (see Archive.cpp); the benchmark creates
// archives with the alternatives to measure them.
struct ArchiveOptions
{
    enum class Journal { Rollback, Wal };
    Journal journal = Journal::Rollback;
    int pageSize = 65536;
    // For tests of a full disk: the connection that creates the archive refuses to grow it
    // past this many bytes (SQLITE_FULL, as on a full disk). 0: no limit.
    qint64 maxBytesForTesting = 0;
    // Set: the archive is encrypted under this passphrase (see ArchiveKeyring, ArchiveCipher).
    std::shared_ptr<const SecretBytes> passphrase;
    ArchiveKeyring::Strength kdfStrength = ArchiveKeyring::Strength::Moderate;
};

// How an encrypted archive is opened: with its passphrase, or with the key of the same archive
// already open on another thread (Archive::archiveKey()), which skips a second Argon2id run.
struct ArchiveUnlock
{
    std::shared_ptr<const SecretBytes> passphrase;
    std::shared_ptr<const SecretBytes> archiveKey;
};

// A Lifeboat archive file: the one entry point for jobs, the CLI and the GUI. An Archive is a
// connection and belongs to the thread that uses it; another thread opens its own Archive on the
// same file (a reader may browse while a backup writes).
//
// Writes are batched: they go into an open transaction that commit() ends, and that is also
// committed every ~64 MiB of content and before a snapshot is completed. Whatever a crash
// interrupts, the file stays consistent and committed content is reused by the next run.
class Archive
{
    Q_DECLARE_TR_FUNCTIONS(Lifeboat::Archive)

public:
    enum class OpenMode { ReadOnly, ReadWrite };
    using ParseCallback = std::function<Result<ParsedItems>(ItemKind kind, const ObjectRecord &object,
                                                            const QByteArray &content)>;

    // Creates a new archive (owner-only permissions); fails if the file exists.
    static Result<std::unique_ptr<Archive>> create(const QString &path,
                                                   const ArchiveOptions &options = {});
    // Opens an existing archive after checking that it is one (untrusted input). An encrypted
    // one needs `unlock`: without it, or with a wrong passphrase, the error is
    // ErrorCode::Passphrase. An unencrypted archive ignores `unlock`.
    static Result<std::unique_ptr<Archive>> open(const QString &path,
                                                 OpenMode mode = OpenMode::ReadWrite,
                                                 const ArchiveUnlock &unlock = {});
    // Whether the file is an encrypted archive, so that a caller knows to ask for the
    // passphrase before open(). Reads only the file's table list.
    static Result<bool> isEncrypted(const QString &path);
    // When the newest complete snapshot of the archive at `path` ended (none: no complete
    // one), without a passphrase: snapshot times are not sealed, and reading one column spares
    // a caller that wants only this (the handsets pane) the load of an encrypted index.
    static Result<std::optional<QDateTime>> lastCompleteSnapshotTime(const QString &path);
    ~Archive();
    Archive(const Archive &) = delete;
    Archive &operator=(const Archive &) = delete;

    QString path() const;
    bool isEncrypted() const { return m_cipher != nullptr; }
    // The unwrapped archive key of an encrypted archive (null otherwise), for ArchiveUnlock.
    std::shared_ptr<const SecretBytes> archiveKey() const { return m_key; }
    // Re-wraps the archive key under a new passphrase in one fully synchronous commit; the
    // content is not touched, so this takes one Argon2id run whatever the archive's size.
    Status changePassphrase(const SecretBytes &newPassphrase,
                            ArchiveKeyring::Strength strength = ArchiveKeyring::Strength::Moderate);

    Result<qint64> addOrUpdateDevice(const DeviceRecord &device);
    Result<QList<DeviceRecord>> devices();

    Result<qint64> beginSnapshot(qint64 deviceId);
    // Commits the batch, checks that every member's content is stored, and marks the snapshot
    // complete in its own fully synchronous transaction.
    Status completeSnapshot(qint64 snapshotId);
    // Failed or cancelled (Complete is forwarded to completeSnapshot()).
    Status finishSnapshot(qint64 snapshotId, SnapshotState state, const QString &error);
    Result<QList<SnapshotInfo>> snapshots(std::optional<qint64> deviceId = {});
    Result<SnapshotInfo> snapshot(qint64 id);
    Result<std::optional<SnapshotInfo>> latestCompleteSnapshot(qint64 deviceId);
    Result<QList<ObjectRecord>> snapshotObjects(qint64 snapshotId,
                                                std::optional<ItemKind> kind = {});
    Result<ObjectRecord> object(qint64 objectId);

    // resumeKey names the object in flight ("storage/path/size/mtime"); empty: no resume.
    Result<std::unique_ptr<ContentWriter>> beginContent(const QString &resumeKey);
    Result<bool> hasContent(const QByteArray &hash);
    // How this archive computes content ids (ObjectRecord::contentHash), for comparing bytes
    // read elsewhere with stored content: SHA-256, or a keyed hash in an encrypted archive.
    std::unique_ptr<ContentHasher> contentHasher() const;
    // Creates (or reuses an identical) object row and adds it to the snapshot.
    Result<qint64> addObject(qint64 snapshotId, const ObjectRecord &object);
    Status readContent(const QByteArray &hash,
                       const std::function<Status(const char *, qsizetype)> &sink,
                       quint64 offset = 0);

    Status indexContacts(qint64 objectId, const QList<Contact> &contacts);
    Status indexEvents(qint64 objectId, const QList<Event> &events);
    Status indexTodos(qint64 objectId, const QList<Todo> &todos);
    Status indexPhoto(qint64 objectId, const Photo &photo);
    Result<QList<IndexedContact>> contacts(qint64 snapshotId);
    Result<QList<IndexedEvent>> events(qint64 snapshotId);
    Result<QList<IndexedTodo>> todos(qint64 snapshotId);
    Result<QList<IndexedPhoto>> photos(qint64 snapshotId);
    Result<QByteArray> photoThumbnail(qint64 objectId);

    Result<QList<SearchHit>> search(qint64 snapshotId, const QString &text);
    Result<SnapshotDiff> diff(qint64 fromSnapshot, qint64 toSnapshot);
    Result<VerifyReport> verify(const std::function<void(quint64 done, quint64 total)> &progress = {},
                                const std::atomic_bool *cancel = nullptr);
    // Drops the index and rebuilds it from the stored bytes through `parse`, so the archive
    // never depends on a parser. Content beyond RebuildReadLimit is cut (photo metadata sits at
    // the start of the file; larger PIM files are not indexed).
    Status rebuildIndex(const ParseCallback &parse);
    // "Save a copy": a consistent copy of the archive at `target` (owner-only, replaced if it
    // exists) through SQLite's online backup API, safe while another connection writes to it.
    // progress(bytesDone, bytesTotal). See ArchiveCopy.
    Status saveCopy(const QString &target,
                    const std::function<void(quint64 done, quint64 total)> &progress = {},
                    const std::atomic_bool *cancel = nullptr);
    // The same for an archive file that is not open, checked as open() checks it. Needs no
    // passphrase: an encrypted archive is copied as it is, still encrypted.
    static Status saveCopy(const QString &source, const QString &target,
                           const std::function<void(quint64 done, quint64 total)> &progress = {},
                           const std::atomic_bool *cancel = nullptr);
    static constexpr quint64 RebuildReadLimit = 64ull << 20;

    Status commit();

private:
    // The file at `path`, opened and checked to be an archive this version can read (shared by
    // open() and copying a file that is not open).
    static Result<std::unique_ptr<Database>> openExistingFile(const QString &path, OpenMode mode);
    Archive(std::unique_ptr<Database> db, std::shared_ptr<const SecretBytes> key);
    static Result<std::shared_ptr<const SecretBytes>> unlockKey(Database &db,
                                                                const ArchiveUnlock &unlock);
    Status sealIndex(qint64 objectId, ItemKind kind);
    static Status configure(Database &db, const ArchiveOptions *creating);
    Status indexParsed(const ObjectRecord &object, const ParsedItems &items);

    std::unique_ptr<Database> m_db;
    std::shared_ptr<const SecretBytes> m_key;
    std::unique_ptr<ArchiveCipher> m_cipher;  // null: unencrypted
    std::unique_ptr<ContentStore> m_content;
    std::unique_ptr<SnapshotStore> m_snapshots;
    std::unique_ptr<ItemIndex> m_index;
    std::unique_ptr<SealedIndex> m_sealed;  // encrypted archives only
    std::unique_ptr<ArchiveSearch> m_search;
    std::unique_ptr<ArchiveDiff> m_diff;
    std::unique_ptr<ArchiveVerifier> m_verifier;
};

} // namespace Lifeboat
