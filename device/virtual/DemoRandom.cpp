#include "device/virtual/DemoRandom.h"

#include <QtEndian>

#include <cstring>

namespace Lifeboat {

quint64 DemoRandom::mix(quint64 z)
{
    z += 0x9E3779B97F4A7C15ull;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

quint64 DemoRandom::next()
{
    const quint64 value = mix(m_state);
    m_state += 0x9E3779B97F4A7C15ull;
    return value;
}

quint64 DemoRandom::derive(quint64 seed, quint64 stream, quint64 index)
{
    return mix(mix(seed ^ (stream * 0xD1B54A32D192ED03ull)) + index);
}

void DemoRandom::fill(quint64 seed, quint64 offset, char *buffer, qsizetype length)
{
    const quint64 key = mix(seed);
    quint64 word = offset / 8;
    qsizetype done = 0;
    const qsizetype skip = qsizetype(offset % 8);
    if (skip != 0 && length > 0) {
        const quint64 value = qToLittleEndian(mix(key + word));
        const qsizetype n = qMin<qsizetype>(8 - skip, length);
        std::memcpy(buffer, reinterpret_cast<const char *>(&value) + skip, size_t(n));
        done += n;
        ++word;
    }
    for (; done + 8 <= length; done += 8, ++word) {
        const quint64 value = qToLittleEndian(mix(key + word));
        std::memcpy(buffer + done, &value, 8);
    }
    if (done < length) {
        const quint64 value = qToLittleEndian(mix(key + word));
        std::memcpy(buffer + done, &value, size_t(length - done));
    }
}

} // namespace Lifeboat
