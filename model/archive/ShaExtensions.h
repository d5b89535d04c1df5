#pragma once

#include <cstddef>

namespace Lifeboat::ShaExtensions {

// SHA-256's block function on the x86 SHA extensions (SHA-NI), for Sha256. The state is kept in
// the order the instructions want (ABEF, CDGH), so it is only ever handled through these.
struct State
{
    alignas(16) unsigned char abef[16];
    alignas(16) unsigned char cdgh[16];
};

// Whether this CPU has the SHA extensions (and the SSE4.1 and SSSE3 they are used with).
bool available();

State initial();
// `count` blocks of 64 bytes.
void compress(State &state, const unsigned char *blocks, size_t count);
// The same blocks into two states at once: the message schedule is computed once, and the rounds
// of the two, each waiting on its own previous result, fill each other's gaps. Two hashes of the
// same bytes cost about 1.3 times one instead of 2 (bench_archive prints both).
void compressTwo(State &first, State &second, const unsigned char *blocks, size_t count);
// The hash value, big-endian, once the padding has been compressed.
void digest(const State &state, unsigned char out[32]);

} // namespace Lifeboat::ShaExtensions
