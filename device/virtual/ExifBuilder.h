#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace Lifeboat {

// Builds the EXIF APP1 segment a camera writes: IFD0 (Make, Model, Orientation, DateTime),
// the Exif IFD (ExifVersion, DateTimeOriginal, DateTimeDigitized, pixel dimensions) and IFD1
// with an embedded JPEG thumbnail. Little-endian TIFF ("II"), as phones write it.
class ExifBuilder
{
public:
    QString make;
    QString model;
    QDateTime taken;  // written as local wall-clock time, as cameras do
    int width = 0;
    int height = 0;
    QByteArray thumbnailJpeg;

    // The whole segment: FF E1, length, "Exif\0\0", TIFF. Empty when it would not fit in one
    // segment (a thumbnail too large).
    QByteArray segment() const;
};

} // namespace Lifeboat
