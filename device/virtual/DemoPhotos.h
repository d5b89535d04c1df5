#pragma once

#include "common/Result.h"
#include "device/virtual/DemoPhotoSource.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>

namespace Lifeboat {

// The photos of the demo set. A few pictures are encoded once per seed; each photo combines one
// of them with its own EXIF (time, camera) and filler, so thousands of photos of any size cost
// only the pictures' memory.
class DemoPhotos
{
public:
    static Result<DemoPhotos> create(quint64 seed);

    QString fileName(int index) const;
    QDateTime takenAt(int index) const;  // UTC (the EXIF time is the same wall-clock time)
    std::shared_ptr<DemoPhotoSource> photo(int index, quint64 wantedSize) const;
    // A small JPEG for contact photos.
    const QByteArray &portrait(int index) const;

private:
    explicit DemoPhotos(quint64 seed) : m_seed(seed) {}

    quint64 m_seed;
    QList<std::shared_ptr<const DemoPicture>> m_pictures;
};

} // namespace Lifeboat
