#include "model/archive/ArchiveVerifier.h"

#include "model/archive/Database.h"
#include "model/archive/ContentHasher.h"
#include "model/archive/ContentStore.h"
#include "model/archive/SnapshotStore.h"

#include <sqlite3.h>

namespace Lifeboat {

namespace {

QString hex(const QByteArray &hash)
{
    return QString::fromLatin1(hash.toHex());
}

} // namespace

ArchiveVerifier::ArchiveVerifier(Database &db, const ArchiveCipher *cipher,
                                 const ContentStore &content)
    : m_db(db), m_cipher(cipher), m_content(content)
{}

void ArchiveVerifier::advance(quint64 bytes)
{
    m_done += bytes;
    if (m_progress)
        m_progress(m_done, m_total);
}

Result<VerifyReport> ArchiveVerifier::verify(const VerifyProgress &progress,
                                             const std::atomic_bool *cancel)
{
    m_progress = progress;
    m_cancel = cancel;
    m_done = 0;
    VerifyReport report;
    // One read transaction: a backup writing meanwhile cannot make chunks and lists disagree.
    if (Status status = m_db.commit(); !status)
        return status.error();
    if (Status status = m_db.exec("BEGIN"); !status)
        return status.error();
    auto end = [this] { (void)m_db.exec("COMMIT"); };

    Result<qint64> total = m_db.queryInt(
        "SELECT (SELECT coalesce(sum(size), 0) FROM chunks) + "
        "(SELECT coalesce(sum(size), 0) FROM contents)");
    if (!total) {
        end();
        return total.error();
    }
    m_total = quint64(*total);

    QSet<qint64> badChunks;
    QSet<QByteArray> affected;
    Status status = sqliteChecks(report);
    if (status)
        status = checkChunks(report, badChunks);
    if (status && !cancelled())
        status = checkContents(report, badChunks);
    if (status && !cancelled())
        status = checkMissingContent(report, affected);
    for (const QByteArray &hash : std::as_const(report.damagedContents))
        affected.insert(hash);
    if (status && !affected.isEmpty())
        status = nameAffected(report, affected);
    end();
    if (!status)
        return status.error();
    report.cancelled = cancelled();
    return report;
}

Status ArchiveVerifier::sqliteChecks(VerifyReport &report)
{
    Result<Statement *> integrity = m_db.prepare("PRAGMA integrity_check(100)");
    if (!integrity)
        return integrity.error();
    for (;;) {
        Result<bool> row = (*integrity)->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        if ((*integrity)->text(0) != u"ok")
            report.problems << QStringLiteral("integrity_check: %1").arg((*integrity)->text(0));
    }
    Result<Statement *> foreignKeys = m_db.prepare("PRAGMA foreign_key_check");
    if (!foreignKeys)
        return foreignKeys.error();
    for (;;) {
        Result<bool> row = (*foreignKeys)->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        report.problems << QStringLiteral("foreign_key_check: %1 row %2 refers to a missing %3")
                               .arg((*foreignKeys)->text(0))
                               .arg((*foreignKeys)->int64(1))
                               .arg((*foreignKeys)->text(2));
    }
    return {};
}

Status ArchiveVerifier::checkChunks(VerifyReport &report, QSet<qint64> &badChunks)
{
    Result<Statement *> select = m_db.prepare("SELECT id, hash, size, data FROM chunks ORDER BY id");
    if (!select)
        return select.error();
    QByteArray buffer;
    for (;;) {
        if (cancelled()) {
            (*select)->reset();
            return {};
        }
        Result<bool> row = (*select)->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        const Statement &s = **select;
        qsizetype size = 0;
        const char *stored = s.blobData(3, &size);
        const char *data = nullptr;
        // Encrypted: the tag proves the bytes are those sealed under this id, the keyed hash
        // that they are the content the id names.
        if (!m_content.openChunk(s.blob(1), stored, size, buffer, &data, &size)
            || size != s.int64(2)) {
            badChunks.insert(s.int64(0));
            report.problems << QStringLiteral("chunk %1 (%2) does not match its hash")
                                   .arg(s.int64(0))
                                   .arg(hex(s.blob(1)));
        }
        ++report.chunksChecked;
        report.bytesChecked += quint64(size);
        advance(quint64(s.int64(2)));
    }
    return {};
}

Status ArchiveVerifier::checkContents(VerifyReport &report, const QSet<qint64> &badChunks)
{
    Result<Statement *> contents =
        m_db.prepare("SELECT id, hash, size, chunk_count FROM contents ORDER BY id");
    if (!contents)
        return contents.error();
    // Chunk rows are read with a statement of their own while `contents` steps.
    sqlite3_stmt *raw = nullptr;
    const char *sql = "SELECT cc.seq, cc.chunk_id, c.data, c.hash FROM content_chunks cc "
                      "LEFT JOIN chunks c ON c.id = cc.chunk_id WHERE cc.content_id = ?1 "
                      "ORDER BY cc.seq";
    if (const int rc = sqlite3_prepare_v2(m_db.handle(), sql, -1, &raw, nullptr); rc != SQLITE_OK)
        return m_db.error(rc, QString::fromUtf8(sql));
    Statement chunks(m_db, raw);
    ContentHasher hash(m_content.contentIdKey());
    QByteArray buffer;
    for (;;) {
        if (cancelled()) {
            (*contents)->reset();
            return {};
        }
        Result<bool> row = (*contents)->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        const qint64 contentId = (*contents)->int64(0);
        const QByteArray expected = (*contents)->blob(1);
        const quint64 expectedSize = quint64((*contents)->int64(2));
        const qint64 expectedCount = (*contents)->int64(3);
        hash.reset();
        quint64 size = 0;
        qint64 count = 0;
        bool usesBadChunk = false;
        chunks.reset();
        chunks.bind(1, contentId);
        for (;;) {
            Result<bool> chunkRow = chunks.step();
            if (!chunkRow)
                return chunkRow.error();
            if (!*chunkRow)
                break;
            qsizetype chunkSize = 0;
            const char *data = chunks.blobData(2, &chunkSize);
            usesBadChunk = usesBadChunk || chunks.int64(0) != count
                || badChunks.contains(chunks.int64(1));
            if (m_cipher) {
                const char *stored = data;
                if (!m_content.openChunk(chunks.blob(3), stored, chunkSize, buffer, &data, &chunkSize)) {
                    usesBadChunk = true;
                    chunkSize = 0;
                }
            }
            hash.add(data, chunkSize);
            size += quint64(chunkSize);
            ++count;
        }
        const QByteArray actual = hash.result();
        if (usesBadChunk || actual != expected || size != expectedSize || count != expectedCount) {
            report.damagedContents.append(expected);
            report.problems << QStringLiteral("content %1 does not match its hash (%2 of %3 bytes, "
                                              "%4 of %5 chunks)")
                                   .arg(hex(expected))
                                   .arg(size)
                                   .arg(expectedSize)
                                   .arg(count)
                                   .arg(expectedCount);
        }
        ++report.contentsChecked;
        report.bytesChecked += size;
        advance(expectedSize);
    }
    return {};
}

Status ArchiveVerifier::checkMissingContent(VerifyReport &report, QSet<QByteArray> &missing)
{
    // A complete snapshot promised all of its objects; a missing content breaks that promise.
    Result<Statement *> select = m_db.prepare(
        "SELECT DISTINCT o.content_hash FROM snapshots s "
        "JOIN snapshot_objects m ON m.snapshot_id = s.id JOIN objects o ON o.id = m.object_id "
        "WHERE s.state = 'complete' AND o.kind <> 4 "
        "AND NOT EXISTS (SELECT 1 FROM contents c WHERE c.hash = o.content_hash)");
    if (!select)
        return select.error();
    for (;;) {
        Result<bool> row = (*select)->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        const QByteArray hash = (*select)->blob(0);
        missing.insert(hash);
        report.problems << QStringLiteral("content %1 is listed by a complete snapshot but not "
                                          "stored").arg(hex(hash));
    }
    return {};
}

Status ArchiveVerifier::nameAffected(VerifyReport &report, const QSet<QByteArray> &hashes)
{
    static const std::string sql = std::string("SELECT m.snapshot_id, ")
        + SnapshotStore::ObjectColumns
        + " FROM objects o JOIN snapshot_objects m ON m.object_id = o.id "
          "WHERE o.content_hash = ?1 ORDER BY m.snapshot_id, o.id";
    Result<Statement *> select = m_db.prepare(sql.c_str());
    if (!select)
        return select.error();
    QSet<qint64> snapshots;
    QSet<qint64> objects;
    for (const QByteArray &hash : hashes) {
        (*select)->reset();
        (*select)->bindBlob(1, hash);
        for (;;) {
            Result<bool> row = (*select)->step();
            if (!row)
                return row.error();
            if (!*row)
                break;
            snapshots.insert((*select)->int64(0));
            const ObjectRecord object = SnapshotStore::readObject(**select, 1, m_cipher);
            QList<qint64> &ofSnapshot = report.affectedObjectsBySnapshot[(*select)->int64(0)];
            if (!ofSnapshot.contains(object.id))
                ofSnapshot.append(object.id);
            if (!objects.contains(object.id)) {
                objects.insert(object.id);
                report.affectedObjects.append(object);
                report.problems << QStringLiteral("object %1 (%2) is damaged")
                                       .arg(object.id)
                                       .arg(object.path());
            }
        }
    }
    report.affectedSnapshots = QList<qint64>(snapshots.cbegin(), snapshots.cend());
    std::sort(report.affectedSnapshots.begin(), report.affectedSnapshots.end());
    for (qint64 id : std::as_const(report.affectedSnapshots))
        report.problems << QStringLiteral("snapshot %1 is affected").arg(id);
    return {};
}

} // namespace Lifeboat
