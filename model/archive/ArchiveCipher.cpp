#include "model/archive/ArchiveCipher.h"

#include <sodium.h>

#include <cstdlib>

namespace Lifeboat {

namespace {

// crypto_kdf contexts are 8 bytes; each sub-key id is part of the file format.
constexpr char KdfContext[crypto_kdf_CONTEXTBYTES + 1] = "LfbtArch";
enum SubKey : quint64 { Seal = 1, Text = 2, TextNonce = 3, ContentId = 4, Lookup = 5 };

SecretBytes deriveSubKey(const SecretBytes &archiveKey, SubKey id)
{
    SecretBytes key(ArchiveCipher::KeySize);
    if (crypto_kdf_derive_from_key(key.data(), size_t(key.size()), id, KdfContext,
                                   archiveKey.data())
        != 0)
        std::abort();  // only fails for sizes out of range, which are constants here
    return key;
}

const unsigned char *bytes(const char *data)
{
    return reinterpret_cast<const unsigned char *>(data);
}

unsigned char *bytes(char *data)
{
    return reinterpret_cast<unsigned char *>(data);
}

void encrypt(const SecretBytes &key, const unsigned char *nonce, const char *data, qsizetype size,
             const QByteArray &associated, char *out)
{
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        bytes(out), nullptr, bytes(data), quint64(size), bytes(associated.constData()),
        quint64(associated.size()), nullptr, nonce, key.data());
}

} // namespace

static_assert(ArchiveCipher::KeySize == crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
static_assert(ArchiveCipher::NonceSize == crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
static_assert(ArchiveCipher::TagSize == crypto_aead_xchacha20poly1305_ietf_ABYTES);
static_assert(ArchiveCipher::KeySize == crypto_kdf_KEYBYTES);

ArchiveCipher::ArchiveCipher(const SecretBytes &archiveKey)
    : m_sealKey(deriveSubKey(archiveKey, Seal)),
      m_textKey(deriveSubKey(archiveKey, Text)),
      m_textNonceKey(deriveSubKey(archiveKey, TextNonce)),
      m_contentIdKey(deriveSubKey(archiveKey, ContentId)),
      m_lookupKey(deriveSubKey(archiveKey, Lookup))
{}

void ArchiveCipher::sealInto(const char *data, qsizetype size, const QByteArray &associated,
                             QByteArray &out) const
{
    out.resize(size + Overhead);
    unsigned char *nonce = bytes(out.data());
    randombytes_buf(nonce, NonceSize);
    encrypt(m_sealKey, nonce, data, size, associated, out.data() + NonceSize);
}

QByteArray ArchiveCipher::seal(const char *data, qsizetype size, const QByteArray &associated) const
{
    QByteArray out;
    sealInto(data, size, associated, out);
    return out;
}

bool ArchiveCipher::open(const char *sealed, qsizetype size, const QByteArray &associated,
                         QByteArray &out) const
{
    if (size < Overhead)
        return false;
    out.resize(size - Overhead);
    unsigned long long written = 0;
    const int rc = crypto_aead_xchacha20poly1305_ietf_decrypt(
        bytes(out.data()), &written, nullptr, bytes(sealed + NonceSize),
        quint64(size - NonceSize), bytes(associated.constData()), quint64(associated.size()),
        bytes(sealed), m_sealKey.data());
    if (rc != 0) {
        out.clear();
        return false;
    }
    return true;
}

QByteArray ArchiveCipher::sealText(const QString &text, const char *column) const
{
    const QByteArray plain = text.toUtf8();
    const QByteArray associated(column);
    unsigned char nonce[NonceSize];
    crypto_generichash_state state;
    crypto_generichash_init(&state, m_textNonceKey.data(), size_t(m_textNonceKey.size()),
                            sizeof nonce);
    crypto_generichash_update(&state, bytes(associated.constData()),
                              size_t(associated.size()) + 1);  // with its NUL: a separator
    crypto_generichash_update(&state, bytes(plain.constData()), size_t(plain.size()));
    crypto_generichash_final(&state, nonce, sizeof nonce);
    QByteArray out(plain.size() + Overhead, Qt::Uninitialized);
    std::copy(nonce, nonce + NonceSize, bytes(out.data()));
    encrypt(m_textKey, nonce, plain.constData(), plain.size(), associated,
            out.data() + NonceSize);
    return out;
}

std::optional<QString> ArchiveCipher::openText(const QByteArray &sealed, const char *column) const
{
    if (sealed.size() < Overhead)
        return std::nullopt;
    QByteArray plain(sealed.size() - Overhead, Qt::Uninitialized);
    const QByteArray associated(column);
    unsigned long long written = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            bytes(plain.data()), &written, nullptr, bytes(sealed.constData() + NonceSize),
            quint64(sealed.size() - NonceSize), bytes(associated.constData()),
            quint64(associated.size()), bytes(sealed.constData()), m_textKey.data())
        != 0)
        return std::nullopt;
    return QString::fromUtf8(plain);
}

QString ArchiveCipher::lookupId(const QString &text) const
{
    const QByteArray plain = text.toUtf8();
    unsigned char id[32];
    crypto_generichash(id, sizeof id, bytes(plain.constData()), size_t(plain.size()),
                       m_lookupKey.data(), size_t(m_lookupKey.size()));
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(id), sizeof id).toHex());
}

} // namespace Lifeboat
