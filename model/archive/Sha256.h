#pragma once

#include <QByteArray>

struct evp_md_ctx_st;

namespace Lifeboat {

// Incremental SHA-256 through OpenSSL's EVP interface, which uses the CPU's SHA extensions.
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void reset();
    void add(const char *data, qsizetype size);
    QByteArray result();  // 32 bytes; the object must be reset() before reuse

    static QByteArray hash(const char *data, qsizetype size);
    static QByteArray hash(const QByteArray &data) { return hash(data.constData(), data.size()); }
    static constexpr qsizetype Size = 32;

private:
    evp_md_ctx_st *m_context;
};

} // namespace Lifeboat
