#include "model/archive/SecretBytes.h"

#include <sodium.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <utility>

namespace Lifeboat {

SecretBytes::SecretBytes(qsizetype size)
{
    if (sodium_init() < 0)
        std::abort();  // no usable random source: nothing secret can be made safely
    // One byte at least, so that an empty secret is still distinct from a null one.
    m_data = static_cast<unsigned char *>(sodium_malloc(size_t(std::max<qsizetype>(size, 1))));
    if (!m_data)
        std::abort();  // out of memory, as operator new would
    sodium_memzero(m_data, size_t(std::max<qsizetype>(size, 1)));
    m_size = size;
}

SecretBytes SecretBytes::fromBytes(const void *data, qsizetype size)
{
    SecretBytes secret(size);
    if (size > 0)
        std::memcpy(secret.m_data, data, size_t(size));
    return secret;
}

SecretBytes SecretBytes::takeFrom(QByteArray &source)
{
    SecretBytes secret = fromBytes(source.constData(), source.size());
    wipe(source);
    return secret;
}

SecretBytes::~SecretBytes()
{
    if (m_data)
        sodium_free(m_data);  // wipes before it frees
}

SecretBytes::SecretBytes(SecretBytes &&other) noexcept
    : m_data(std::exchange(other.m_data, nullptr)), m_size(std::exchange(other.m_size, 0))
{}

SecretBytes &SecretBytes::operator=(SecretBytes &&other) noexcept
{
    if (this != &other) {
        if (m_data)
            sodium_free(m_data);
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

void wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty() && !bytes.isDetached())
        bytes.detach();  // never wipe a buffer another QByteArray still shows
    if (!bytes.isEmpty())
        sodium_memzero(bytes.data(), size_t(bytes.size()));
    bytes.clear();
}

} // namespace Lifeboat
