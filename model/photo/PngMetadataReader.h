#pragma once

#include "common/Result.h"
#include "model/photo/PhotoHead.h"
#include "model/photo/PhotoReading.h"

namespace Lifeboat {

// Reads the size from a PNG's IHDR chunk and the EXIF data from an eXIf chunk placed before
// the image data (PNG 3rd edition / the 2017 extension); stops at the first IDAT.
class PngMetadataReader
{
public:
    static Result<PhotoReading> read(const PhotoHead &head);
};

} // namespace Lifeboat
