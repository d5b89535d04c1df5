#include "model/archive/ContentHasher.h"

#include <sodium.h>

namespace Lifeboat {

static_assert(ContentHasher::Size == Sha256::Size);

ContentHasher::ContentHasher(const SecretBytes *key) : m_key(key)
{
    if (m_key)
        m_blake2b = std::make_unique<crypto_generichash_blake2b_state>();
    else
        m_sha256 = std::make_unique<Sha256>();
    reset();
}

ContentHasher::~ContentHasher() = default;

void ContentHasher::reset()
{
    if (m_key)
        crypto_generichash_blake2b_init(m_blake2b.get(), m_key->data(), size_t(m_key->size()), Size);
    else
        m_sha256->reset();
}

void ContentHasher::add(const char *data, qsizetype size)
{
    if (m_key)
        crypto_generichash_blake2b_update(m_blake2b.get(),
                                          reinterpret_cast<const unsigned char *>(data), quint64(size));
    else
        m_sha256->add(data, size);
}

QByteArray ContentHasher::result()
{
    if (!m_key)
        return m_sha256->result();
    QByteArray out(Size, Qt::Uninitialized);
    crypto_generichash_blake2b_final(m_blake2b.get(), reinterpret_cast<unsigned char *>(out.data()),
                                     Size);
    return out;
}

QByteArray ContentHasher::addAndHash(const char *data, qsizetype size)
{
    if (m_key) {
        add(data, size);
        return hash(data, size);
    }
    Sha256 own;
    Sha256::addToBoth(*m_sha256, own, data, size);
    return own.result();
}

QByteArray ContentHasher::hash(const char *data, qsizetype size) const
{
    if (!m_key)
        return Sha256::hash(data, size);
    QByteArray out(Size, Qt::Uninitialized);
    crypto_generichash_blake2b(reinterpret_cast<unsigned char *>(out.data()), Size,
                               reinterpret_cast<const unsigned char *>(data), quint64(size),
                               m_key->data(), size_t(m_key->size()));
    return out;
}

} // namespace Lifeboat
