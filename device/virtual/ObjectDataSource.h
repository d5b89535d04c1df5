#pragma once

#include "common/Result.h"

#include <QtGlobal>

namespace Lifeboat {

// Supplies the bytes of one object of the virtual handset on demand, so that objects of many
// gigabytes can be served without ever being held in memory. Thread-safe: read() may be called
// from any thread.
class ObjectDataSource
{
public:
    virtual ~ObjectDataSource() = default;

    virtual quint64 size() const = 0;

    // Copies up to `length` bytes starting at `offset` into `buffer`; fewer only at the end.
    virtual Result<qsizetype> read(quint64 offset, char *buffer, qsizetype length) const = 0;
};

} // namespace Lifeboat
