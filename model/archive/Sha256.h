#pragma once

#include "model/archive/ShaExtensions.h"

#include <QByteArray>

struct evp_md_ctx_st;

namespace Lifeboat {

// Incremental SHA-256. On a CPU with the SHA extensions it runs its own block function
// (ShaExtensions), as fast as OpenSSL's and able to advance two hashes of the same bytes in one
// pass (addToBoth); elsewhere it goes through OpenSSL's EVP interface.
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

    // Feeds `a` and `b` the same bytes; with the SHA extensions, in one pass when both have been
    // fed as many bytes modulo 64 (a chunk's hash begun where the whole object's reached a chunk
    // boundary), at 0.73 s per GB instead of 1.17 (bench_archive, 2026-11-29). Otherwise one after
    // the other; the result is the same either way.
    static void addToBoth(Sha256 &a, Sha256 &b, const char *data, qsizetype size);
    // Whether addToBoth() saves a pass on this machine.
    static bool hashesTwoInOnePass();

    static QByteArray hash(const char *data, qsizetype size);
    static QByteArray hash(const QByteArray &data) { return hash(data.constData(), data.size()); }
    static constexpr qsizetype Size = 32;

    // Tests run both ways on one machine: false makes hashers created afterwards use OpenSSL.
    static void setShaExtensionsAllowed(bool allowed);

private:
    // With the SHA extensions. takePartialBlock() completes a block begun by earlier bytes from
    // the front of `data` (advancing it) and compresses it once full; keepTail() keeps bytes
    // short of a block, at a block boundary, for later.
    void takePartialBlock(const unsigned char *&data, qsizetype &size);
    void keepTail(const unsigned char *data, qsizetype size);

    evp_md_ctx_st *m_context = nullptr;  // without the SHA extensions: OpenSSL's
    ShaExtensions::State m_state;
    unsigned char m_block[64];
    quint64 m_length = 0;  // bytes added
};

} // namespace Lifeboat
