#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace Lifeboat {

// JPEG encoding for the virtual handset's generated photos (libturbojpeg).
class JpegWriter
{
    Q_DECLARE_TR_FUNCTIONS(Lifeboat::JpegWriter)

public:
    // Compresses packed 8-bit RGB pixels (width * height * 3 bytes), 4:2:0, baseline.
    static Result<QByteArray> compress(const QByteArray &rgb, int width, int height, int quality);

    // The JPEG's segments after SOI, without the JFIF APP0 segment the encoder writes, so that a
    // camera-like EXIF APP1 can be put first.
    static QByteArray bodyAfterSoi(const QByteArray &jpeg);
};

} // namespace Lifeboat
