#pragma once

#include "common/Result.h"
#include "model/photo/PhotoReading.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

namespace Lifeboat {

// Reads what the photo index keeps (date taken, pixel size, type, embedded thumbnail) from the
// first bytes of a JPEG, PNG or HEIF file, so that a backup can index a photo while its bytes
// stream past. Give it the first kDefaultHeadSize bytes (or the whole file when smaller) and
// the file's full size; when the answer needsMore(), read that many bytes from the start and
// call again. Input is untrusted: every offset and length is checked, nothing is read past
// `head`, and damage gives an InvalidData error or a note in `problems`, never a crash.
class PhotoMetadataReader
{
    Q_DECLARE_TR_FUNCTIONS(Lifeboat::PhotoMetadataReader)
public:
    static constexpr qsizetype kDefaultHeadSize = 256 * 1024;

    // Fills photo.mimeType, size, width, height, taken and thumbnail; name, path and modified
    // are the caller's.
    static Result<PhotoReading> read(QByteArrayView head, quint64 fileSize);

    // By signature: image/jpeg, image/png, image/heic, image/heif; empty when unknown.
    static QString mimeTypeOf(QByteArrayView head);
};

} // namespace Lifeboat
