#include "device/virtual/DemoPhotoSource.h"

#include "device/virtual/DemoRandom.h"

#include <algorithm>
#include <cstring>

namespace Lifeboat {

namespace {

constexpr quint64 SegmentBytes = 2 + 2 + 65533;  // marker, length, the largest payload
constexpr quint64 SegmentHeaderBytes = 4;

} // namespace

DemoPhotoSource::DemoPhotoSource(std::shared_ptr<const DemoPicture> picture, ExifBuilder exif,
                                 quint64 fillerSeed, quint64 wantedSize)
    : m_picture(std::move(picture)), m_exif(std::move(exif)), m_fillerSeed(fillerSeed)
{
    m_exif.thumbnailJpeg = m_picture->thumbnail;
    m_exif.width = m_picture->width;
    m_exif.height = m_picture->height;
    m_headSize = quint64(head().size());
    const quint64 natural = m_headSize + quint64(m_picture->body.size());
    if (wantedSize > natural)
        m_fillerSize = std::max(wantedSize - natural, SegmentHeaderBytes);
    m_size = natural + m_fillerSize;
    if (m_fillerSize > 0) {
        m_segmentCount = (m_fillerSize + SegmentBytes - 1) / SegmentBytes;
        const quint64 last = m_fillerSize - (m_segmentCount - 1) * SegmentBytes;
        // Every segment needs its 4 header bytes; borrow them from the one before.
        if (last < SegmentHeaderBytes)
            m_lastAdjust = SegmentHeaderBytes - last;
    }
}

QByteArray DemoPhotoSource::head() const
{
    return QByteArray("\xFF\xD8", 2) + m_exif.segment();
}

Result<qsizetype> DemoPhotoSource::read(quint64 offset, char *buffer, qsizetype length) const
{
    if (offset >= m_size || length <= 0)
        return qsizetype(0);
    const qsizetype total = qsizetype(std::min<quint64>(quint64(length), m_size - offset));
    qsizetype done = 0;
    while (done < total) {
        const quint64 at = offset + quint64(done);
        const qsizetype want = total - done;
        qsizetype n = 0;
        if (at < m_headSize) {
            const QByteArray h = head();
            n = qsizetype(std::min<quint64>(quint64(want), m_headSize - at));
            std::memcpy(buffer + done, h.constData() + at, size_t(n));
        } else if (at < m_headSize + m_fillerSize) {
            n = qsizetype(std::min<quint64>(quint64(want), m_headSize + m_fillerSize - at));
            readFiller(at - m_headSize, buffer + done, n);
        } else {
            const quint64 bodyAt = at - m_headSize - m_fillerSize;
            n = qsizetype(std::min<quint64>(quint64(want), quint64(m_picture->body.size()) - bodyAt));
            std::memcpy(buffer + done, m_picture->body.constData() + bodyAt, size_t(n));
        }
        done += n;
    }
    return total;
}

void DemoPhotoSource::readFiller(quint64 offset, char *buffer, qsizetype length) const
{
    const quint64 lastStart = (m_segmentCount - 1) * SegmentBytes - m_lastAdjust;
    qsizetype done = 0;
    while (done < length) {
        const quint64 at = offset + quint64(done);
        quint64 start = 0;
        quint64 size = SegmentBytes;
        if (at >= lastStart) {
            start = lastStart;
            size = m_fillerSize - lastStart;
        } else {
            start = (at / SegmentBytes) * SegmentBytes;
            if (m_segmentCount >= 2 && start / SegmentBytes == m_segmentCount - 2)
                size = SegmentBytes - m_lastAdjust;
        }
        const quint64 inSegment = at - start;
        const qsizetype n = qsizetype(std::min<quint64>(quint64(length - done), size - inSegment));
        if (inSegment < SegmentHeaderBytes) {
            const quint16 segmentLength = quint16(size - 2);
            const char header[4] = {'\xFF', '\xEF', char(segmentLength >> 8), char(segmentLength & 0xFF)};
            const qsizetype h = qsizetype(std::min<quint64>(quint64(n), SegmentHeaderBytes - inSegment));
            std::memcpy(buffer + done, header + inSegment, size_t(h));
            DemoRandom::fill(m_fillerSeed, at + quint64(h), buffer + done + h, n - h);
        } else {
            DemoRandom::fill(m_fillerSeed, at, buffer + done, n);
        }
        done += n;
    }
}

} // namespace Lifeboat
