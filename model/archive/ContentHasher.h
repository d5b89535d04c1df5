#pragma once

#include "model/archive/SecretBytes.h"
#include "model/archive/Sha256.h"

#include <QByteArray>

#include <memory>

struct crypto_generichash_blake2b_state;

namespace Lifeboat {

// The content and chunk ids of an archive. Unencrypted: SHA-256, as always. Encrypted: BLAKE2b
// keyed with a key derived from the archive key (ArchiveCipher::contentIdKey), so identical
// content is still stored once within the archive, but its id cannot be matched against the hash
// of a known file, and two archives give the same file different ids.
class ContentHasher
{
public:
    static constexpr qsizetype Size = 32;

    // `key`: null for SHA-256; else it must outlive the hasher (the archive's key does).
    explicit ContentHasher(const SecretBytes *key = nullptr);
    ~ContentHasher();
    ContentHasher(const ContentHasher &) = delete;
    ContentHasher &operator=(const ContentHasher &) = delete;

    void reset();
    void add(const char *data, qsizetype size);
    QByteArray result();  // reset() before reuse

    bool isKeyed() const { return m_key != nullptr; }
    // Adds the bytes, as add(), and returns their own hash, as hash(): a chunk's id while the
    // whole content's hash runs on. In one pass over the bytes where hashesInOnePass().
    QByteArray addAndHash(const char *data, qsizetype size);
    bool hashesInOnePass() const { return !m_key && Sha256::hashesTwoInOnePass(); }
    // One piece at once; thread-safe (a backup's reader thread hashes chunks with it).
    QByteArray hash(const char *data, qsizetype size) const;
    QByteArray hash(const QByteArray &data) const { return hash(data.constData(), data.size()); }

private:
    const SecretBytes *m_key;
    std::unique_ptr<Sha256> m_sha256;
    std::unique_ptr<crypto_generichash_blake2b_state> m_blake2b;
};

} // namespace Lifeboat
