#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace Lifeboat {

// A photo as the browser shows it. The image itself stays in the archive; the index keeps the
// date it was taken (EXIF DateTimeOriginal, else the file's modification time) and a small
// JPEG thumbnail (the one embedded in the EXIF data where the camera wrote one).
struct Photo
{
    QString name;
    QString path;          // on the handset, e.g. DCIM/Camera/IMG_0001.jpg
    quint64 size = 0;
    QDateTime taken;
    QDateTime modified;
    int width = 0;
    int height = 0;
    QString mimeType;      // image/jpeg, image/png, image/heic
    QByteArray thumbnail;  // JPEG bytes, may be empty

    bool operator==(const Photo &) const = default;
};

} // namespace Lifeboat
