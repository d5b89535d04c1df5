#include "model/archive/ArchiveKeyring.h"

#include "model/archive/ArchiveCipher.h"
#include "model/archive/Database.h"

#include <sodium.h>

namespace Lifeboat {

namespace {

constexpr int FormatVersion = 1;
constexpr qsizetype SaltSize = crypto_pwhash_SALTBYTES;
// A file from elsewhere names its own Argon2id cost; anything beyond libsodium's "sensitive"
// limits would only let a hostile file make us spend minutes or gigabytes.
constexpr quint64 MaxOpsLimit = crypto_pwhash_OPSLIMIT_SENSITIVE;
constexpr quint64 MaxMemLimit = crypto_pwhash_MEMLIMIT_SENSITIVE;

struct WrapRecord
{
    QByteArray salt;
    quint64 opsLimit = 0;
    quint64 memLimit = 0;
    QByteArray wrappedKey;
    QByteArray keyCheck;
};

// Binds the wrapped key to the parameters it was wrapped with: a file whose limits were
// edited does not unlock.
QByteArray wrapAssociatedData(const WrapRecord &record)
{
    return QByteArrayLiteral("lifeboat archive key v1|") + record.salt.toHex() + '|'
        + QByteArray::number(record.opsLimit) + '|' + QByteArray::number(record.memLimit);
}

const QByteArray KeyCheckAssociatedData = QByteArrayLiteral("lifeboat archive key check v1");

Error damagedRow(const QString &path)
{
    return Error(ErrorCode::Archive,
                 ArchiveKeyring::tr("The encryption data of the archive %1 is damaged; the "
                                    "archive cannot be unlocked. Use a backup copy of the file "
                                    "if you have one.").arg(path),
                 QStringLiteral("encryption row"));
}

Result<WrapRecord> readRecord(Database &db)
{
    Result<Statement *> select = db.prepare(
        "SELECT version, kdf_salt, kdf_opslimit, kdf_memlimit, wrapped_key, key_check "
        "FROM encryption WHERE id = 1");
    if (!select)
        return select.error();
    Result<bool> row = (*select)->step();
    if (!row)
        return row.error();
    if (!*row)
        return damagedRow(db.path());
    const Statement &s = **select;
    WrapRecord record{s.blob(1), quint64(s.int64(2)), quint64(s.int64(3)), s.blob(4), s.blob(5)};
    const qint64 version = s.int64(0);
    (*select)->reset();
    if (version != FormatVersion || record.salt.size() != SaltSize
        || record.wrappedKey.size() != ArchiveCipher::KeySize + ArchiveCipher::Overhead
        || record.keyCheck.size() != ArchiveCipher::Overhead
        || record.opsLimit < crypto_pwhash_OPSLIMIT_MIN || record.opsLimit > MaxOpsLimit
        || record.memLimit < crypto_pwhash_MEMLIMIT_MIN || record.memLimit > MaxMemLimit)
        return damagedRow(db.path());
    return record;
}

Result<SecretBytes> deriveWrappingKey(const SecretBytes &passphrase, const WrapRecord &record)
{
    SecretBytes key(ArchiveCipher::KeySize);
    if (crypto_pwhash(key.data(), quint64(key.size()), passphrase.constChars(),
                      quint64(passphrase.size()),
                      reinterpret_cast<const unsigned char *>(record.salt.constData()),
                      record.opsLimit, size_t(record.memLimit), crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return Error(ErrorCode::Internal,
                     ArchiveKeyring::tr("There is not enough memory to derive the archive key "
                                        "from the passphrase (%1 MiB are needed). Close other "
                                        "programs and try again.")
                         .arg(record.memLimit >> 20),
                     QStringLiteral("crypto_pwhash failed"));
    return key;
}

QByteArray makeKeyCheck(const SecretBytes &archiveKey)
{
    ArchiveCipher cipher(archiveKey);
    return cipher.seal(nullptr, 0, KeyCheckAssociatedData);
}

} // namespace

Result<bool> ArchiveKeyring::isEncrypted(Database &db)
{
    Result<qint64> count = db.queryInt(
        "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'encryption'");
    if (!count)
        return count.error();
    return *count > 0;
}

Status ArchiveKeyring::write(Database &db, const SecretBytes &archiveKey,
                             const SecretBytes &passphrase, Strength strength, bool replace)
{
    WrapRecord record;
    record.salt.resize(SaltSize);
    randombytes_buf(record.salt.data(), size_t(SaltSize));
    record.opsLimit = strength == Strength::Moderate ? crypto_pwhash_OPSLIMIT_MODERATE
                                                     : crypto_pwhash_OPSLIMIT_INTERACTIVE;
    record.memLimit = strength == Strength::Moderate ? crypto_pwhash_MEMLIMIT_MODERATE
                                                     : crypto_pwhash_MEMLIMIT_INTERACTIVE;
    Result<SecretBytes> wrappingKey = deriveWrappingKey(passphrase, record);
    if (!wrappingKey)
        return wrappingKey.error();
    record.wrappedKey.resize(ArchiveCipher::KeySize + ArchiveCipher::Overhead);
    unsigned char *nonce = reinterpret_cast<unsigned char *>(record.wrappedKey.data());
    randombytes_buf(nonce, ArchiveCipher::NonceSize);
    const QByteArray associated = wrapAssociatedData(record);
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        nonce + ArchiveCipher::NonceSize, nullptr, archiveKey.data(), quint64(archiveKey.size()),
        reinterpret_cast<const unsigned char *>(associated.constData()),
        quint64(associated.size()), nullptr, nonce, wrappingKey->data());
    record.keyCheck = makeKeyCheck(archiveKey);

    if (Status status = db.beginWrite(); !status)
        return status;
    Result<Statement *> statement = db.prepare(
        replace ? "UPDATE encryption SET version = ?1, kdf_salt = ?2, kdf_opslimit = ?3, "
                  "kdf_memlimit = ?4, wrapped_key = ?5, key_check = ?6 WHERE id = 1"
                : "INSERT INTO encryption(id, version, kdf_salt, kdf_opslimit, kdf_memlimit, "
                  "wrapped_key, key_check) VALUES(1, ?1, ?2, ?3, ?4, ?5, ?6)");
    if (!statement)
        return statement.error();
    Statement &s = **statement;
    s.bind(1, qint64(FormatVersion));
    s.bindBlob(2, record.salt);
    s.bind(3, qint64(record.opsLimit));
    s.bind(4, qint64(record.memLimit));
    s.bindBlob(5, record.wrappedKey);
    s.bindBlob(6, record.keyCheck);
    return s.run();
}

Result<SecretBytes> ArchiveKeyring::create(Database &db, const SecretBytes &passphrase,
                                           Strength strength)
{
    SecretBytes archiveKey(ArchiveCipher::KeySize);
    randombytes_buf(archiveKey.data(), size_t(archiveKey.size()));
    if (Status status = write(db, archiveKey, passphrase, strength, false); !status)
        return status.error();
    return archiveKey;
}

Status ArchiveKeyring::rewrap(Database &db, const SecretBytes &archiveKey,
                              const SecretBytes &newPassphrase, Strength strength)
{
    return write(db, archiveKey, newPassphrase, strength, true);
}

Result<SecretBytes> ArchiveKeyring::unlock(Database &db, const SecretBytes &passphrase)
{
    Result<WrapRecord> record = readRecord(db);
    if (!record)
        return record.error();
    Result<SecretBytes> wrappingKey = deriveWrappingKey(passphrase, *record);
    if (!wrappingKey)
        return wrappingKey.error();
    SecretBytes archiveKey(ArchiveCipher::KeySize);
    const QByteArray associated = wrapAssociatedData(*record);
    const auto *wrapped = reinterpret_cast<const unsigned char *>(record->wrappedKey.constData());
    unsigned long long written = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            archiveKey.data(), &written, nullptr, wrapped + ArchiveCipher::NonceSize,
            quint64(record->wrappedKey.size() - ArchiveCipher::NonceSize),
            reinterpret_cast<const unsigned char *>(associated.constData()),
            quint64(associated.size()), wrapped, wrappingKey->data())
        != 0)
        return Error(ErrorCode::Passphrase,
                     tr("The passphrase for the archive %1 is wrong. Type it again, exactly as "
                        "it was set (upper and lower case matter).").arg(db.path()),
                     QStringLiteral("wrapped key does not open"));
    if (Status status = checkKey(db, archiveKey); !status)
        return status.error();
    return archiveKey;
}

Status ArchiveKeyring::checkKey(Database &db, const SecretBytes &archiveKey)
{
    Result<WrapRecord> record = readRecord(db);
    if (!record)
        return record.error();
    ArchiveCipher cipher(archiveKey);
    QByteArray empty;
    if (!cipher.open(record->keyCheck.constData(), record->keyCheck.size(),
                     KeyCheckAssociatedData, empty))
        return Error(ErrorCode::Passphrase,
                     tr("The key given for the archive %1 does not unlock it. Open it with its "
                        "passphrase.").arg(db.path()),
                     QStringLiteral("key check does not open"));
    return {};
}

} // namespace Lifeboat
