#pragma once

#include "model/archive/SecretBytes.h"

#include <QByteArray>

#include <memory>

struct crypto_generichash_blake2b_state;

namespace Lifeboat {

class Sha256;

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
    // One piece at once; thread-safe (a backup's reader thread hashes chunks with it).
    QByteArray hash(const char *data, qsizetype size) const;
    QByteArray hash(const QByteArray &data) const { return hash(data.constData(), data.size()); }

private:
    const SecretBytes *m_key;
    std::unique_ptr<Sha256> m_sha256;
    std::unique_ptr<crypto_generichash_blake2b_state> m_blake2b;
};

} // namespace Lifeboat
