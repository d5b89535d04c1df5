#pragma once

#include <QtGlobal>

namespace Lifeboat {

// A PTP UINT128 (PersistentUniqueObjectIdentifier), kept as two halves; little-endian on the wire
// (low half first).
struct PtpU128
{
    quint64 low = 0;
    quint64 high = 0;

    friend bool operator==(const PtpU128 &, const PtpU128 &) = default;
};

} // namespace Lifeboat
