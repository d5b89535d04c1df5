#include "model/archive/Sha256.h"

#include <openssl/evp.h>

namespace Lifeboat {

Sha256::Sha256() : m_context(EVP_MD_CTX_new())
{
    reset();
}

Sha256::~Sha256()
{
    EVP_MD_CTX_free(m_context);
}

void Sha256::reset()
{
    EVP_DigestInit_ex(m_context, EVP_sha256(), nullptr);
}

void Sha256::add(const char *data, qsizetype size)
{
    EVP_DigestUpdate(m_context, data, size_t(size));
}

QByteArray Sha256::result()
{
    QByteArray digest(Size, Qt::Uninitialized);
    unsigned int length = 0;
    EVP_DigestFinal_ex(m_context, reinterpret_cast<unsigned char *>(digest.data()), &length);
    return digest;
}

QByteArray Sha256::hash(const char *data, qsizetype size)
{
    QByteArray digest(Size, Qt::Uninitialized);
    unsigned int length = 0;
    EVP_Digest(data, size_t(size), reinterpret_cast<unsigned char *>(digest.data()), &length,
               EVP_sha256(), nullptr);
    return digest;
}

} // namespace Lifeboat
