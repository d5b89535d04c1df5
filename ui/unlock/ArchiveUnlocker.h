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
// connection, so neither runs Argon2id again.
class ArchiveUnlocker
{
    Q_DECLARE_TR_FUNCTIONS(Lifeboat::ArchiveUnlocker)

public:
    // Returns the passphrase typed, or null when the user cancels. `problem`: why it is asked
    // again (a wrong one before), else empty.
    using Ask = std::function<std::shared_ptr<const SecretBytes>(const QString &archiveName,
                                                                 const QString &problem)>;

    explicit ArchiveUnlocker(QWidget *parent);
    void setAsk(Ask ask) { m_ask = std::move(ask); }

    // `mayAsk` false (scanning the library): an encrypted archive not unlocked yet fails with
    // ErrorCode::Passphrase instead of a dialog per file.
    Result<std::unique_ptr<Archive>> open(const QString &path, bool mayAsk);
    std::shared_ptr<const SecretBytes> keyFor(const QString &path) const { return m_keys.value(path); }

    static constexpr int MaxAttempts = 5;

private:
    Ask m_ask;
    QHash<QString, std::shared_ptr<const SecretBytes>> m_keys;
};

} // namespace Lifeboat
