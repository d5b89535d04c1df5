#include "model/archive/ShaExtensions.h"

// Written from FIPS 180-4 (the round constants, the initial value, the message schedule) and
// Intel's description of the SHA extensions: SHA256RNDS2 runs two rounds on the working
// variables held as ABEF and CDGH; SHA256MSG1 and SHA256MSG2 compute the two halves of the
// message schedule four words at a time.

#if defined(__x86_64__) || defined(__i386__)

#include <cpuid.h>
#include <cstdint>
#include <immintrin.h>

#define LIFEBOAT_SHA_TARGET __attribute__((target("sha,sse4.1,ssse3")))

namespace Lifeboat::ShaExtensions {

namespace {

alignas(16) constexpr uint32_t RoundConstants[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};

constexpr uint32_t InitialValue[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                                      0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};

struct Registers
{
    __m128i abef;
    __m128i cdgh;
};

LIFEBOAT_SHA_TARGET inline Registers load(const State &state)
{
    return {_mm_load_si128(reinterpret_cast<const __m128i *>(state.abef)),
            _mm_load_si128(reinterpret_cast<const __m128i *>(state.cdgh))};
}

LIFEBOAT_SHA_TARGET inline void store(const Registers &registers, State &state)
{
    _mm_store_si128(reinterpret_cast<__m128i *>(state.abef), registers.abef);
    _mm_store_si128(reinterpret_cast<__m128i *>(state.cdgh), registers.cdgh);
}

// Each 32-bit word of the message, and of the result, is big-endian.
LIFEBOAT_SHA_TARGET inline __m128i byteSwapWords(__m128i words)
{
    return _mm_shuffle_epi8(words, _mm_set_epi64x(0x0c0d0e0f08090a0bLL, 0x0405060700010203LL));
}

// Compresses every block into each of the N states. The 64 rounds go four at a time: the
// schedule words W[4g..4g+3] (w[g % 4], which held those of group g - 4), plus the constants,
// then two SHA256RNDS2 per state, which swap the roles of its two registers each time.
template <int N>
LIFEBOAT_SHA_TARGET inline __attribute__((always_inline)) void
compressEach(Registers (&states)[N], const unsigned char *block, size_t count)
{
    for (; count > 0; --count, block += 64) {
        Registers saved[N];
        for (int s = 0; s < N; ++s)
            saved[s] = states[s];
        __m128i w[4];
#pragma GCC unroll 16
        for (int g = 0; g < 16; ++g) {
            if (g < 4) {
                w[g] = byteSwapWords(_mm_loadu_si128(reinterpret_cast<const __m128i *>(block + 16 * g)));
            } else {
                // W[i] = s1(W[i-2]) + W[i-7] + s0(W[i-15]) + W[i-16]: MSG1 adds s0 to the oldest
                // four, the aligned words W[i-7..i-4] are added, and MSG2 adds s1 in turn.
                __m128i next = _mm_sha256msg1_epu32(w[g % 4], w[(g + 1) % 4]);
                next = _mm_add_epi32(next, _mm_alignr_epi8(w[(g + 3) % 4], w[(g + 2) % 4], 4));
                w[g % 4] = _mm_sha256msg2_epu32(next, w[(g + 3) % 4]);
            }
            const __m128i k = _mm_add_epi32(
                w[g % 4], _mm_load_si128(reinterpret_cast<const __m128i *>(RoundConstants + 4 * g)));
            const __m128i kHigh = _mm_shuffle_epi32(k, 0x0e);
            for (int s = 0; s < N; ++s)
                states[s].cdgh = _mm_sha256rnds2_epu32(states[s].cdgh, states[s].abef, k);
            for (int s = 0; s < N; ++s)
                states[s].abef = _mm_sha256rnds2_epu32(states[s].abef, states[s].cdgh, kHigh);
        }
        for (int s = 0; s < N; ++s) {
            states[s].abef = _mm_add_epi32(states[s].abef, saved[s].abef);
            states[s].cdgh = _mm_add_epi32(states[s].cdgh, saved[s].cdgh);
        }
    }
}

} // namespace

bool available()
{
    static const bool present = [] {
        unsigned a = 0, b = 0, c = 0, d = 0;
        if (!__get_cpuid(1, &a, &b, &c, &d) || !(c & bit_SSE4_1) || !(c & bit_SSSE3))
            return false;
        if (!__get_cpuid_count(7, 0, &a, &b, &c, &d))
            return false;
        return (b & bit_SHA) != 0;
    }();
    return present;
}

LIFEBOAT_SHA_TARGET State initial()
{
    // H0..H3 and H4..H7 as loaded (the first in the lowest lane) rearranged into ABEF and CDGH
    // (A in the highest lane).
    const __m128i cdab = _mm_shuffle_epi32(
        _mm_loadu_si128(reinterpret_cast<const __m128i *>(InitialValue)), 0xb1);  // C D A B
    const __m128i efgh = _mm_shuffle_epi32(
        _mm_loadu_si128(reinterpret_cast<const __m128i *>(InitialValue + 4)), 0x1b);  // E F G H
    State state;
    store({_mm_alignr_epi8(cdab, efgh, 8), _mm_blend_epi16(efgh, cdab, 0xf0)}, state);
    return state;
}

LIFEBOAT_SHA_TARGET void compress(State &state, const unsigned char *blocks, size_t count)
{
    Registers states[1] = {load(state)};
    compressEach<1>(states, blocks, count);
    store(states[0], state);
}

LIFEBOAT_SHA_TARGET void compressTwo(State &first, State &second, const unsigned char *blocks,
                                     size_t count)
{
    Registers states[2] = {load(first), load(second)};
    compressEach<2>(states, blocks, count);
    store(states[0], first);
    store(states[1], second);
}

LIFEBOAT_SHA_TARGET void digest(const State &state, unsigned char out[32])
{
    const Registers r = load(state);
    const __m128i feba = _mm_shuffle_epi32(r.abef, 0x1b);
    const __m128i dchg = _mm_shuffle_epi32(r.cdgh, 0xb1);
    const __m128i h0to3 = _mm_blend_epi16(feba, dchg, 0xf0);
    const __m128i h4to7 = _mm_alignr_epi8(dchg, feba, 8);
    _mm_storeu_si128(reinterpret_cast<__m128i *>(out), byteSwapWords(h0to3));
    _mm_storeu_si128(reinterpret_cast<__m128i *>(out + 16), byteSwapWords(h4to7));
}

} // namespace Lifeboat::ShaExtensions

#else  // not x86: Sha256 always uses OpenSSL

namespace Lifeboat::ShaExtensions {
bool available() { return false; }
State initial() { return {}; }
void compress(State &, const unsigned char *, size_t) {}
void compressTwo(State &, State &, const unsigned char *, size_t) {}
void digest(const State &, unsigned char *) {}
} // namespace Lifeboat::ShaExtensions

#endif
