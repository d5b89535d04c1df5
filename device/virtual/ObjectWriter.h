#pragma once

#include "common/Result.h"

#include <QtGlobal>

namespace Lifeboat {

// Receives the bytes of one object the host sends (SendObject). Nothing becomes visible until
// finish(); a writer destroyed before then leaves no trace.
class ObjectWriter
{
public:
    virtual ~ObjectWriter() = default;

    virtual Status write(const char *data, qsizetype size) = 0;
    virtual quint64 written() const = 0;
    // The id the object will have; reserved when the writer was made.
    virtual quint32 id() const = 0;

    // Makes the object visible in its storage and returns its id.
    virtual Result<quint32> finish() = 0;
};

} // namespace Lifeboat
