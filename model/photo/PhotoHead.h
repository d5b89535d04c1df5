#pragma once

#include "common/Result.h"
#include "model/photo/PhotoReading.h"

#include <QByteArrayView>
#include <QCoreApplication>

namespace Lifeboat {

// The prefix of a photo file that a reader was handed, and the one policy for what to answer
// when a structure runs past it: ask for more while the file has more (up to kMaxSize), report
// a damaged file when the whole file was given, and give up politely beyond kMaxSize.
class PhotoHead
{
    Q_DECLARE_TR_FUNCTIONS(Lifeboat::PhotoHead)
public:
    static constexpr quint64 kMaxSize = 4 * 1024 * 1024;

    PhotoHead(QByteArrayView bytes, quint64 fileSize)
        : m_bytes(bytes)
        , m_fileSize(fileSize)
    {
    }

    QByteArrayView bytes() const { return m_bytes; }
    quint64 fileSize() const { return m_fileSize; }
    bool isWholeFile() const { return quint64(m_bytes.size()) >= m_fileSize; }

    // `required` is the prefix length the reader needs to go on; `what` names the structure,
    // untranslated, for the error detail.
    Result<PhotoReading> ranOut(PhotoReading reading, quint64 required, const QString &what) const;

    static Error damaged(const QString &detail);

private:
    QByteArrayView m_bytes;
    quint64 m_fileSize;
};

} // namespace Lifeboat
