#include "model/photo/PhotoMetadataReader.h"

#include "model/ModelLog.h"
#include "model/photo/HeifMetadataReader.h"
#include "model/photo/JpegMetadataReader.h"
#include "model/photo/PhotoHead.h"
#include "model/photo/PngMetadataReader.h"

namespace Lifeboat {

namespace {

constexpr quint64 kSignatureSize = 12; // enough for "....ftyp" plus a major brand
constexpr quint64 kMaxFtypSize = 4096;

bool isJpeg(QByteArrayView head)
{
    return head.startsWith("\xFF\xD8\xFF");
}

bool isPng(QByteArrayView head)
{
    return head.startsWith("\x89PNG\r\n\x1A\n");
}

bool isFtyp(QByteArrayView head)
{
    return head.size() >= 8 && head.sliced(4, 4) == QByteArrayView("ftyp");
}

// Too short to tell, or an ftyp box whose brand list goes on past the head: how many bytes
// would settle it; 0 when more bytes would not help.
quint64 signatureBytesWanted(QByteArrayView head)
{
    if (quint64(head.size()) < kSignatureSize)
        return kSignatureSize;
    if (!isFtyp(head))
        return 0;
    const quint64 ftypSize = quint64(quint8(head[0])) << 24 | quint64(quint8(head[1])) << 16
        | quint64(quint8(head[2])) << 8 | quint64(quint8(head[3]));
    return ftypSize > quint64(head.size()) && ftypSize <= kMaxFtypSize ? ftypSize : 0;
}

} // namespace

QString PhotoMetadataReader::mimeTypeOf(QByteArrayView head)
{
    if (isJpeg(head))
        return QStringLiteral("image/jpeg");
    if (isPng(head))
        return QStringLiteral("image/png");
    return HeifMetadataReader::mimeTypeOf(head);
}

Result<PhotoReading> PhotoMetadataReader::read(QByteArrayView head, quint64 fileSize)
{
    if (quint64(head.size()) > fileSize)
        return Error(
            ErrorCode::Internal, tr("Lifeboat made a mistake reading a photo."),
            QStringLiteral("head of %1 bytes for a file of %2").arg(head.size()).arg(fileSize));
    const PhotoHead photoHead(head, fileSize);
    Result<PhotoReading> result = PhotoReading();
    if (isJpeg(head)) {
        result = JpegMetadataReader::read(photoHead);
    } else if (isPng(head)) {
        result = PngMetadataReader::read(photoHead);
    } else if (!HeifMetadataReader::mimeTypeOf(head).isEmpty()) {
        result = HeifMetadataReader::read(photoHead);
    } else if (const quint64 wanted = signatureBytesWanted(head);
               wanted && !photoHead.isWholeFile()) {
        return photoHead.ranOut(PhotoReading(), wanted, QStringLiteral("file signature"));
    } else {
        return Error(
            ErrorCode::InvalidData,
            tr("This file is not a JPEG, PNG or HEIF photo, so Lifeboat shows it without "
               "a date or preview."),
            QStringLiteral("unknown signature %1")
                .arg(QString::fromLatin1(
                    head.first(std::min<qsizetype>(head.size(), 12)).toByteArray().toHex())));
    }
    if (result && !result->problems.isEmpty())
        qCDebug(lcModel) << "photo metadata:" << result->problems.join(QStringLiteral("; "));
    return result;
}

} // namespace Lifeboat
