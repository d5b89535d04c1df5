#pragma once

#include <QtGlobal>

namespace Lifeboat {

// The deterministic randomness of the demo set: the same seed gives the same handset content
// on every machine and every run (splitmix64).
class DemoRandom
{
public:
    explicit DemoRandom(quint64 seed) : m_state(seed) {}

    quint64 next();
    // Uniform enough for picking from short lists: [0, bound).
    int below(int bound) { return bound <= 0 ? 0 : int(next() % quint64(bound)); }
    bool chance(int percent) { return below(100) < percent; }

    static quint64 mix(quint64 value);
    static quint64 derive(quint64 seed, quint64 stream, quint64 index);

    // The bytes at [offset, offset + length) of an endless pseudo-random stream for `seed`,
    // computed directly from the offset so any piece can be produced on its own.
    static void fill(quint64 seed, quint64 offset, char *buffer, qsizetype length);

private:
    quint64 m_state;
};

} // namespace Lifeboat
