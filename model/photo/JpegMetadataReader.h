#pragma once

#include "common/Result.h"
#include "model/photo/PhotoHead.h"
#include "model/photo/PhotoReading.h"

namespace Lifeboat {

// Walks the marker segments of a JPEG (ITU T.81 B.1) from SOI to the frame header (SOFn),
// reading the first APP1 "Exif" segment on the way. Stops at the frame header: the
// entropy-coded data after it is never needed.
class JpegMetadataReader
{
public:
    static Result<PhotoReading> read(const PhotoHead &head);
};

} // namespace Lifeboat
