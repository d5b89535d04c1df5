#include "model/archive/Sha256.h"

#include <openssl/evp.h>

#include <atomic>
#include <cstring>

namespace Lifeboat {

namespace {

std::atomic<bool> shaExtensionsAllowed{true};

bool useShaExtensions()
{
    return shaExtensionsAllowed.load(std::memory_order_relaxed) && ShaExtensions::available();
}

} // namespace

Sha256::Sha256()
{
    if (!useShaExtensions())
        m_context = EVP_MD_CTX_new();
    reset();
}

Sha256::~Sha256()
{
    EVP_MD_CTX_free(m_context);
}

void Sha256::setShaExtensionsAllowed(bool allowed)
{
    shaExtensionsAllowed.store(allowed);
}

bool Sha256::hashesTwoInOnePass()
{
    return useShaExtensions();
}

void Sha256::reset()
{
    if (m_context) {
        EVP_DigestInit_ex(m_context, EVP_sha256(), nullptr);
        return;
    }
    m_state = ShaExtensions::initial();
    m_length = 0;
}

void Sha256::takePartialBlock(const unsigned char *&data, qsizetype &size)
{
    const qsizetype filled = qsizetype(m_length % 64);
    const qsizetype take = filled > 0 ? std::min<qsizetype>(size, 64 - filled) : 0;
    if (take == 0)
        return;
    std::memcpy(m_block + filled, data, size_t(take));
    m_length += quint64(take);
    data += take;
    size -= take;
    if (m_length % 64 == 0)
        ShaExtensions::compress(m_state, m_block, 1);
}

void Sha256::keepTail(const unsigned char *data, qsizetype size)
{
    std::memcpy(m_block, data, size_t(size));
    m_length += quint64(size);
}

void Sha256::add(const char *data, qsizetype size)
{
    if (m_context) {
        EVP_DigestUpdate(m_context, data, size_t(size));
        return;
    }
    auto bytes = reinterpret_cast<const unsigned char *>(data);
    takePartialBlock(bytes, size);
    if (size == 0)
        return;
    const qsizetype whole = size / 64;
    ShaExtensions::compress(m_state, bytes, size_t(whole));
    m_length += quint64(whole) * 64;
    keepTail(bytes + whole * 64, size - whole * 64);
}

void Sha256::addToBoth(Sha256 &a, Sha256 &b, const char *data, qsizetype size)
{
    if (a.m_context || b.m_context || a.m_length % 64 != b.m_length % 64) {
        a.add(data, size);
        b.add(data, size);
        return;
    }
    // Each finishes its own partial block (their earlier bytes may differ); then both are at a
    // block boundary of the same bytes.
    auto bytes = reinterpret_cast<const unsigned char *>(data);
    const unsigned char *forB = bytes;
    qsizetype sizeForB = size;
    a.takePartialBlock(bytes, size);
    b.takePartialBlock(forB, sizeForB);
    if (size == 0)
        return;
    const qsizetype whole = size / 64;
    ShaExtensions::compressTwo(a.m_state, b.m_state, bytes, size_t(whole));
    a.m_length += quint64(whole) * 64;
    b.m_length += quint64(whole) * 64;
    a.keepTail(bytes + whole * 64, size - whole * 64);
    b.keepTail(bytes + whole * 64, size - whole * 64);
}

QByteArray Sha256::result()
{
    QByteArray digest(Size, Qt::Uninitialized);
    auto out = reinterpret_cast<unsigned char *>(digest.data());
    if (m_context) {
        unsigned int length = 0;
        EVP_DigestFinal_ex(m_context, out, &length);
        return digest;
    }
    // FIPS 180-4 padding: 0x80, zeros up to 56 bytes into a block, the length in bits
    // big-endian; one block more when fewer than 9 bytes are left in this one.
    const quint64 bits = m_length * 8;
    const qsizetype filled = qsizetype(m_length % 64);
    unsigned char padding[128] = {0x80};
    const qsizetype padded = filled < 56 ? 64 : 128;
    std::memcpy(padding, m_block, size_t(filled));
    padding[filled] = 0x80;
    std::memset(padding + filled + 1, 0, size_t(padded - filled - 1));
    for (int i = 0; i < 8; ++i)
        padding[padded - 1 - i] = static_cast<unsigned char>(bits >> (8 * i));
    ShaExtensions::compress(m_state, padding, size_t(padded / 64));
    ShaExtensions::digest(m_state, out);
    return digest;
}

QByteArray Sha256::hash(const char *data, qsizetype size)
{
    if (useShaExtensions()) {
        Sha256 one;
        one.add(data, size);
        return one.result();
    }
    QByteArray digest(Size, Qt::Uninitialized);
    unsigned int length = 0;
    EVP_Digest(data, size_t(size), reinterpret_cast<unsigned char *>(digest.data()), &length,
               EVP_sha256(), nullptr);
    return digest;
}

} // namespace Lifeboat
