#pragma once

#include "model/items/ItemKind.h"

#include <QString>

#include <array>
#include <optional>

namespace Lifeboat {

// Objects and bytes of one kind: done so far and the total expected.
struct KindProgress
{
    qint64 objectsDone = 0;
    qint64 objectsTotal = 0;
    quint64 bytesDone = 0;
    quint64 bytesTotal = 0;
};

// A snapshot of a job's progress. A plain value: it crosses threads by copy.
struct JobProgress
{
    QString phase;         // translated: "Listing the handset", "Copying photos", ...
    QString currentItem;   // the object in hand, for display
    std::array<KindProgress, 5> kinds{};  // indexed by ItemKind
    qint64 objectsDone = 0;
    qint64 objectsTotal = 0;
    quint64 bytesDone = 0;
    quint64 bytesTotal = 0;
    double bytesPerSecond = 0;
    std::optional<qint64> secondsRemaining;

    KindProgress &kind(ItemKind k) { return kinds[static_cast<size_t>(k)]; }
    const KindProgress &kind(ItemKind k) const { return kinds[static_cast<size_t>(k)]; }
};

} // namespace Lifeboat
