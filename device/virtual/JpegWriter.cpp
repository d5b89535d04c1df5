#include "device/virtual/JpegWriter.h"

#include <turbojpeg.h>

#include <memory>

namespace Lifeboat {

Result<QByteArray> JpegWriter::compress(const QByteArray &rgb, int width, int height, int quality)
{
    if (width <= 0 || height <= 0 || rgb.size() < qsizetype(width) * height * 3)
        return Error(ErrorCode::Internal, tr("A photo of the virtual handset could not be made."),
                     QStringLiteral("bad pixel buffer"));
    const std::unique_ptr<void, int (*)(tjhandle)> handle(tjInitCompress(), tjDestroy);
    if (!handle)
        return Error(ErrorCode::Internal, tr("A photo of the virtual handset could not be made."),
                     QString::fromLocal8Bit(tjGetErrorStr()));
    unsigned char *out = nullptr;
    unsigned long outSize = 0;
    const int rc = tjCompress2(handle.get(), reinterpret_cast<const unsigned char *>(rgb.constData()),
                               width, 0, height, TJPF_RGB, &out, &outSize, TJSAMP_420, quality,
                               TJFLAG_ACCURATEDCT);
    if (rc != 0) {
        const QString detail = QString::fromLocal8Bit(tjGetErrorStr2(handle.get()));
        tjFree(out);
        return Error(ErrorCode::Internal, tr("A photo of the virtual handset could not be made."),
                     detail);
    }
    QByteArray jpeg(reinterpret_cast<const char *>(out), qsizetype(outSize));
    tjFree(out);
    return jpeg;
}

QByteArray JpegWriter::bodyAfterSoi(const QByteArray &jpeg)
{
    qsizetype pos = 2;  // after FF D8
    if (jpeg.size() > pos + 4 && quint8(jpeg[pos]) == 0xFF && quint8(jpeg[pos + 1]) == 0xE0) {
        const qsizetype length = (quint8(jpeg[pos + 2]) << 8) | quint8(jpeg[pos + 3]);
        pos += 2 + length;
    }
    return jpeg.mid(pos);
}

} // namespace Lifeboat
