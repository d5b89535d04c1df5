#pragma once

#include "common/Result.h"
#include "model/items/Photo.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QStringList>

namespace Lifeboat {

// Reads the few EXIF fields Lifeboat indexes from a TIFF structure (the payload of a JPEG APP1
// "Exif" segment after its 6-byte header, or a PNG eXIf chunk). Camera firmware writes broken
// EXIF often enough that one bad entry must not cost the rest: only an unreadable TIFF header
// is an error; a bad offset, count or IFD loop drops that entry or IFD and is noted in
// `problems`.
class ExifReader
{
    Q_DECLARE_TR_FUNCTIONS(Lifeboat::ExifReader)
public:
    static constexpr quint32 kMaxThumbnailSize = 64 * 1024;

    struct Fields
    {
        // ASCII values as written, without the trailing NUL; empty when absent.
        QByteArray dateTimeOriginal; // 0x9003
        QByteArray dateTimeDigitized; // 0x9004
        QByteArray dateTime; // 0x0132
        QByteArray offsetTimeOriginal; // 0x9011, e.g. "+02:00"
        QByteArray offsetTimeDigitized; // 0x9012
        QByteArray offsetTime; // 0x9010
        QByteArray subSecTimeOriginal; // 0x9291
        QByteArray subSecTimeDigitized; // 0x9292
        QByteArray subSecTime; // 0x9290
        quint32 pixelWidth = 0; // 0xA002
        quint32 pixelHeight = 0; // 0xA003
        QByteArray thumbnail; // IFD1 JPEGInterchangeFormat, only when it is a whole JPEG
        QStringList problems; // untranslated, for logs and tests
    };

    static Result<Fields> read(QByteArrayView tiff);

    // Sets photo.taken from the first usable of DateTimeOriginal, DateTimeDigitized and
    // DateTime (each with its own OffsetTime* tag), the thumbnail, and the EXIF pixel size
    // where the photo has none yet (the image header, read later, wins).
    static void applyTo(const Fields &fields, Photo &photo);
};

} // namespace Lifeboat
