#pragma once

#include "common/Result.h"
#include "model/archive/ArchiveTypes.h"

#include <QSet>

#include <atomic>
#include <functional>

namespace Lifeboat {

class ArchiveCipher;
class ContentStore;
class Database;

using VerifyProgress = std::function<void(quint64 done, quint64 total)>;

// Reads everything back: SQLite's own integrity and foreign-key checks, then every chunk and
// every whole content re-hashed (like `restic check --read-data`), and names the snapshots and
// objects that a damaged or missing content affects.
class ArchiveVerifier
{
public:
    // `cipher`: null for an unencrypted archive.
    ArchiveVerifier(Database &db, const ArchiveCipher *cipher, const ContentStore &content);

    Result<VerifyReport> verify(const VerifyProgress &progress, const std::atomic_bool *cancel);

private:
    Status sqliteChecks(VerifyReport &report);
    Status checkChunks(VerifyReport &report, QSet<qint64> &badChunks);
    Status checkContents(VerifyReport &report, const QSet<qint64> &badChunks);
    Status checkMissingContent(VerifyReport &report, QSet<QByteArray> &missing);
    Status nameAffected(VerifyReport &report, const QSet<QByteArray> &hashes);
    void advance(quint64 bytes);
    bool cancelled() const { return m_cancel && m_cancel->load(); }

    Database &m_db;
    const ArchiveCipher *m_cipher;
    const ContentStore &m_content;
    VerifyProgress m_progress;
    const std::atomic_bool *m_cancel = nullptr;
    quint64 m_done = 0;
    quint64 m_total = 0;
};

} // namespace Lifeboat
