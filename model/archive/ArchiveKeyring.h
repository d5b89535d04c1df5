#pragma once

#include "common/Result.h"
#include "model/archive/SecretBytes.h"

#include <QCoreApplication>

namespace Lifeboat {

class Database;

// The `encryption` row of an encrypted archive: a random 256-bit archive key, wrapped
// (XChaCha20-Poly1305) under a key that Argon2id derives from the passphrase and a random salt.
// Nothing stored speeds up guessing: there is no hash of the passphrase; a wrong passphrase is
// found only because the wrapped key's tag does not verify, after a full Argon2id run. The
// key-check value is a tag under the archive key itself (256 random bits, not guessable); it
// lets another thread unlock with the key of an archive already open, without Argon2id again.
// Changing the passphrase re-wraps the archive key: nothing else in the file changes.
class ArchiveKeyring
{
    Q_DECLARE_TR_FUNCTIONS(Lifeboat::ArchiveKeyring)

public:
    // libsodium's moderate limits (256 MiB, 3 passes) for every archive; Interactive (64 MiB)
    // only for tests, which create many archives.
    enum class Strength { Moderate, InteractiveForTesting };

    static Result<bool> isEncrypted(Database &db);
    // Writes the row for a new archive (in the open transaction) and returns the archive key.
    static Result<SecretBytes> create(Database &db, const SecretBytes &passphrase, Strength strength);
    static Result<SecretBytes> unlock(Database &db, const SecretBytes &passphrase);
    static Status checkKey(Database &db, const SecretBytes &archiveKey);
    static Status rewrap(Database &db, const SecretBytes &archiveKey,
                         const SecretBytes &newPassphrase, Strength strength);

private:
    static Status write(Database &db, const SecretBytes &archiveKey,
                        const SecretBytes &passphrase, Strength strength, bool replace);
};

} // namespace Lifeboat
