#pragma once

#include "model/archive/SecretBytes.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace Lifeboat {

// What an encrypted archive does with its archive key (libsodium). Sub-keys are derived from
// the archive key, one per purpose, so that no two uses share a key:
// - seal()/open(): XChaCha20-Poly1305 with a random 24-byte nonce, stored as
//   nonce || ciphertext || tag. The associated data names what the bytes belong to (a chunk's
//   id, an index row's object), so bytes moved to another identity fail to open.
// - sealText()/openText(): deterministic, for the columns the archive looks up by equality
//   (object paths, device serials): the nonce is a keyed BLAKE2b of the column and the text,
//   so equal texts give equal bytes and nothing else is revealed.
// - contentIdKey(): the key of the keyed BLAKE2b that replaces SHA-256 as content id, so equal
//   content is still stored once but no one can tell a known file is in the archive.
// - lookupId(): a keyed BLAKE2b of a text as hex, for keys that are only compared (resume keys).
class ArchiveCipher
{
public:
    static constexpr qsizetype KeySize = 32;
    static constexpr qsizetype NonceSize = 24;
    static constexpr qsizetype TagSize = 16;
    static constexpr qsizetype Overhead = NonceSize + TagSize;

    explicit ArchiveCipher(const SecretBytes &archiveKey);
    ArchiveCipher(const ArchiveCipher &) = delete;
    ArchiveCipher &operator=(const ArchiveCipher &) = delete;

    QByteArray seal(const char *data, qsizetype size, const QByteArray &associated) const;
    QByteArray seal(const QByteArray &data, const QByteArray &associated) const
    {
        return seal(data.constData(), data.size(), associated);
    }
    // Seals into `out` (resized, its buffer reused across calls).
    void sealInto(const char *data, qsizetype size, const QByteArray &associated,
                  QByteArray &out) const;
    // false when the bytes are damaged, forged or belong to another identity.
    bool open(const char *sealed, qsizetype size, const QByteArray &associated,
              QByteArray &out) const;

    QByteArray sealText(const QString &text, const char *column) const;
    std::optional<QString> openText(const QByteArray &sealed, const char *column) const;

    QString lookupId(const QString &text) const;
    const SecretBytes &contentIdKey() const { return m_contentIdKey; }

private:
    SecretBytes m_sealKey;
    SecretBytes m_textKey;
    SecretBytes m_textNonceKey;
    SecretBytes m_contentIdKey;
    SecretBytes m_lookupKey;
};

} // namespace Lifeboat
