#include "model/photo/PhotoHead.h"

#include <algorithm>

namespace Lifeboat {

Result<PhotoReading> PhotoHead::ranOut(PhotoReading reading, quint64 required,
                                       const QString &what) const
{
    if (isWholeFile() || required > m_fileSize)
        return damaged(QStringLiteral("%1 needs %2 bytes, the file has %3")
                           .arg(what)
                           .arg(required)
                           .arg(m_fileSize));
    if (required > kMaxSize) {
        reading.problems.append(
            QStringLiteral("%1 lies beyond the first %2 bytes, not read").arg(what).arg(kMaxSize));
        return reading;
    }
    // Ask for at least twice as much so that a caller starting small needs few round trips.
    const quint64 doubled = std::min<quint64>(2 * quint64(m_bytes.size()), kMaxSize);
    reading.bytesWanted = std::min(m_fileSize, std::max(required, doubled));
    return reading;
}

Error PhotoHead::damaged(const QString &detail)
{
    return Error(ErrorCode::InvalidData,
                 tr("The photo file is damaged or incomplete, so its date, size and preview "
                    "cannot be read. Copy it from the handset again; if it stays like this, the "
                    "file on the handset is damaged."),
                 detail);
}

} // namespace Lifeboat
