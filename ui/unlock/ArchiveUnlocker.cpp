#include "ui/unlock/ArchiveUnlocker.h"

#include "model/archive/Archive.h"
#include "ui/unlock/PassphraseDialog.h"

#include <QFileInfo>
#include <QPointer>
#include <QWidget>

namespace Lifeboat {

ArchiveUnlocker::ArchiveUnlocker(QWidget *parent)
{
    QPointer<QWidget> guard(parent);
    m_ask = [guard](const QString &archiveName, const QString &problem) {
        return PassphraseDialog::ask(guard, archiveName, problem);
    };
    m_askNew = [guard](const QString &archiveName) {
        return PassphraseDialog::askNew(guard, archiveName);
    };
}

Result<std::unique_ptr<Archive>> ArchiveUnlocker::open(const QString &path, bool mayAsk)
{
    const Result<bool> encrypted = Archive::isEncrypted(path);
    if (!encrypted || !*encrypted)
        return Archive::open(path, Archive::OpenMode::ReadOnly);
    if (const std::shared_ptr<const SecretBytes> key = m_keys.value(path)) {
        Result<std::unique_ptr<Archive>> opened =
            Archive::open(path, Archive::OpenMode::ReadOnly, ArchiveUnlock{nullptr, key});
        if (opened || opened.error().code() != ErrorCode::Passphrase)
            return opened;
        m_keys.remove(path);  // the file was replaced by another archive: ask again
    }
    const QString name = QFileInfo(path).fileName();
    if (!mayAsk)
        return Error(ErrorCode::Passphrase,
                     tr("%1 is encrypted. Open it with File > Open to type its passphrase.").arg(name));
    bool cancelled = false;
    return askAndOpen(path, &cancelled);
}

Result<std::shared_ptr<const SecretBytes>> ArchiveUnlocker::unlockKey(const QString &path)
{
    if (const std::shared_ptr<const SecretBytes> key = m_keys.value(path))
        return key;
    // Opening it (rather than unwrapping the key alone) also checks that it is a readable
    // archive before the backup starts.
    bool cancelled = false;
    Result<std::unique_ptr<Archive>> opened = askAndOpen(path, &cancelled);
    if (!opened) {
        if (cancelled)
            return Error(ErrorCode::Cancelled, opened.error().message(), opened.error().detail());
        return opened.error();
    }
    return (*opened)->archiveKey();
}

Result<std::unique_ptr<Archive>> ArchiveUnlocker::askAndOpen(const QString &path, bool *cancelled)
{
    const QString name = QFileInfo(path).fileName();
    QString problem;
    for (int attempt = 0; attempt < MaxAttempts; ++attempt) {
        const std::shared_ptr<const SecretBytes> passphrase = m_ask(name, problem);
        if (!passphrase) {
            *cancelled = true;
            return Error(ErrorCode::Passphrase,
                         tr("%1 was not opened: it is encrypted and no passphrase was given.").arg(name));
        }
        Result<std::unique_ptr<Archive>> opened =
            Archive::open(path, Archive::OpenMode::ReadOnly, ArchiveUnlock{passphrase, nullptr});
        if (opened) {
            m_keys.insert(path, (*opened)->archiveKey());
            return opened;
        }
        if (opened.error().code() != ErrorCode::Passphrase)
            return opened;
        problem = opened.error().message();
    }
    return Error(ErrorCode::Passphrase,
                 tr("%1 was not opened: the passphrase was wrong %2 times.").arg(name).arg(MaxAttempts));
}

std::shared_ptr<const SecretBytes> ArchiveUnlocker::askNewPassphrase(const QString &archiveName) const
{
    return m_askNew(archiveName);
}

void ArchiveUnlocker::remember(const QString &path, std::shared_ptr<const SecretBytes> key)
{
    if (key)
        m_keys.insert(path, std::move(key));
}

} // namespace Lifeboat
