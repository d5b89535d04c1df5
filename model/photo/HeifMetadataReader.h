#pragma once

#include "common/Result.h"
#include "model/photo/PhotoHead.h"
#include "model/photo/PhotoReading.h"

#include <QString>

namespace Lifeboat {

// Reads the brand from a HEIF file's `ftyp` box (ISO/IEC 23008-12) and, where the structure
// is simple enough, the primary image's size from its `ispe` property (meta/iprp/ipco, tied to
// the item named by `pitm` through `ipma`). The EXIF item is not read: its bytes live
// wherever `iloc` puts them, often after the image data; `taken` stays empty.
class HeifMetadataReader
{
public:
    static Result<PhotoReading> read(const PhotoHead &head);

    // image/heic for the HEVC brands, image/heif for the generic ones, empty if `head` does
    // not start with an ftyp box naming a HEIF brand.
    static QString mimeTypeOf(QByteArrayView head);
};

} // namespace Lifeboat
