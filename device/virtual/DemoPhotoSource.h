#pragma once

#include "device/virtual/ExifBuilder.h"
#include "device/virtual/ObjectDataSource.h"

#include <QByteArray>

#include <memory>

namespace Lifeboat {

// The encoded picture a generated photo shows; shared by many photos.
struct DemoPicture
{
    QByteArray body;       // JPEG segments after SOI (DQT ... EOI)
    QByteArray thumbnail;  // a whole small JPEG for EXIF IFD1
    int width = 0;
    int height = 0;
};

// A generated photo, a valid JPEG produced on the fly from (seed, index, offset):
//   SOI, EXIF APP1 (with thumbnail), APP15 filler segments up to the wanted size, the picture.
// The filler lets benchmarks ask for gigabytes (4 GiB and more per object) without storing them.
class DemoPhotoSource final : public ObjectDataSource
{
public:
    // `wantedSize` 0 gives the natural size; a size below the natural one gives the natural one.
    DemoPhotoSource(std::shared_ptr<const DemoPicture> picture, ExifBuilder exif,
                    quint64 fillerSeed, quint64 wantedSize);

    quint64 size() const override { return m_size; }
    Result<qsizetype> read(quint64 offset, char *buffer, qsizetype length) const override;

    int width() const { return m_picture->width; }
    int height() const { return m_picture->height; }

private:
    QByteArray head() const;  // SOI + APP1
    void readFiller(quint64 offset, char *buffer, qsizetype length) const;

    std::shared_ptr<const DemoPicture> m_picture;
    ExifBuilder m_exif;
    quint64 m_fillerSeed;
    quint64 m_headSize = 0;
    quint64 m_fillerSize = 0;
    quint64 m_size = 0;
    quint64 m_segmentCount = 0;
    quint64 m_lastAdjust = 0;  // bytes moved from the next-to-last segment to the last
};

} // namespace Lifeboat
