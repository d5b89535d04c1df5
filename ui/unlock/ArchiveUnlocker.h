#pragma once

#include "common/Result.h"
#include "model/archive/SecretBytes.h"

#include <QCoreApplication>
#include <QHash>

#include <functional>
#include <memory>

class QWidget;

namespace Lifeboat {

class Archive;

// Opens archives read-only for the main window, asking for the passphrase of an encrypted one.
// A passphrase is asked once per archive and session: the unwrapped archive key (in
// sodium-allocated memory) is kept until the window closes, and handed to the reader thread's
// connection and to backups, so none of them runs Argon2id again. It also asks for the
// passphrase of a new archive, which a backup from the window creates.
class ArchiveUnlocker
{
    Q_DECLARE_TR_FUNCTIONS(Lifeboat::ArchiveUnlocker)

public:
    // Returns the passphrase typed, or null when the user cancels. `problem`: why it is asked
    // again (a wrong one before), else empty.
    using Ask = std::function<std::shared_ptr<const SecretBytes>(const QString &archiveName,
                                                                 const QString &problem)>;
    // Returns the passphrase chosen (typed twice) for a new archive, or null when cancelled.
    using AskNew = std::function<std::shared_ptr<const SecretBytes>(const QString &archiveName)>;

    explicit ArchiveUnlocker(QWidget *parent);
    void setAsk(Ask ask) { m_ask = std::move(ask); }
    void setAskNew(AskNew askNew) { m_askNew = std::move(askNew); }

    // `mayAsk` false (scanning the library): an encrypted archive not unlocked yet fails with
    // ErrorCode::Passphrase instead of a dialog per file.
    Result<std::unique_ptr<Archive>> open(const QString &path, bool mayAsk);
    // The unwrapped key of the encrypted archive at `path`, for a job that opens it on its own
    // thread: the one kept, else asked for (up to MaxAttempts). ErrorCode::Cancelled when the
    // user cancels the question, ErrorCode::Passphrase after too many wrong ones.
    Result<std::shared_ptr<const SecretBytes>> unlockKey(const QString &path);
    // Asks for the passphrase of an archive about to be created; null when the user cancels.
    std::shared_ptr<const SecretBytes> askNewPassphrase(const QString &archiveName) const;

    std::shared_ptr<const SecretBytes> keyFor(const QString &path) const { return m_keys.value(path); }
    // Keeps the key of an archive unlocked elsewhere (one a backup just created).
    void remember(const QString &path, std::shared_ptr<const SecretBytes> key);
    // Drops the key kept for `path` (it no longer opens the file there): asked again next time.
    void forget(const QString &path) { m_keys.remove(path); }

    static constexpr int MaxAttempts = 5;

private:
    // Asks until the passphrase opens the archive; `cancelled` tells why it failed, if it did.
    Result<std::unique_ptr<Archive>> askAndOpen(const QString &path, bool *cancelled);

    Ask m_ask;
    AskNew m_askNew;
    QHash<QString, std::shared_ptr<const SecretBytes>> m_keys;
};

} // namespace Lifeboat
