#pragma once

#include "model/items/Photo.h"

#include <QStringList>

namespace Lifeboat {

// What a photo metadata reader found in the first bytes of a file. When `bytesWanted` is not
// zero the bytes given were too few: read at least that many from the start of the file and
// call again (what was found so far is in `photo`).
struct PhotoReading
{
    Photo photo;
    quint64 bytesWanted = 0;
    QStringList problems; // untranslated: damaged parts that were skipped, for the log

    bool needsMore() const { return bytesWanted > 0; }
};

} // namespace Lifeboat
