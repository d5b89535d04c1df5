#pragma once

#include <QByteArray>

namespace Lifeboat {

// Bytes that must not outlive their use: passphrases and keys. The buffer comes from
// sodium_malloc (guard pages, locked against swapping where the system allows) and is wiped when
// the object dies. Move-only, so that no stray copy stays behind in ordinary memory.
class SecretBytes
{
public:
    SecretBytes() = default;
    explicit SecretBytes(qsizetype size);  // zero-filled
    // Copies `size` bytes; the caller wipes its own copy.
    static SecretBytes fromBytes(const void *data, qsizetype size);
    // Takes the bytes of `source` and wipes them there.
    static SecretBytes takeFrom(QByteArray &source);
    ~SecretBytes();
    SecretBytes(SecretBytes &&other) noexcept;
    SecretBytes &operator=(SecretBytes &&other) noexcept;
    SecretBytes(const SecretBytes &) = delete;
    SecretBytes &operator=(const SecretBytes &) = delete;

    unsigned char *data() { return m_data; }
    const unsigned char *data() const { return m_data; }
    const char *constChars() const { return reinterpret_cast<const char *>(m_data); }
    qsizetype size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    bool isNull() const { return m_data == nullptr; }
    SecretBytes clone() const { return fromBytes(m_data, m_size); }

private:
    unsigned char *m_data = nullptr;
    qsizetype m_size = 0;
};

// Wipes a QByteArray's bytes in place (what QByteArray::clear() leaves in freed memory).
void wipe(QByteArray &bytes);

} // namespace Lifeboat
