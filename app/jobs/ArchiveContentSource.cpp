#include "app/jobs/ArchiveContentSource.h"

#include <cstring>

namespace Lifeboat {

namespace {
constexpr qsizetype RefillBytes = 1024 * 1024;
const QString StopMarker = QStringLiteral("lifeboat:buffer-full");
} // namespace

ArchiveContentSource::ArchiveContentSource(Archive &archive, QByteArray contentHash)
    : m_archive(archive)
    , m_hash(std::move(contentHash))
{}

Status ArchiveContentSource::refill()
{
    m_buffer.clear();
    m_bufferPos = 0;
    // The archive pushes from an offset; stop it once a chunk's worth is buffered.
    const Status read = m_archive.readContent(m_hash, [this](const char *data, qsizetype size) -> Status {
        m_buffer.append(data, size);
        if (m_buffer.size() >= RefillBytes)
            return Error(ErrorCode::Cancelled, QString(), StopMarker);
        return {};
    }, m_offset);
    if (!read && read.error().detail() != StopMarker)
        return read;
    if (read.ok() && m_buffer.isEmpty())
        m_atEnd = true;
    m_offset += quint64(m_buffer.size());
    return {};
}

Result<qsizetype> ArchiveContentSource::read(char *buffer, qsizetype capacity)
{
    if (m_bufferPos >= m_buffer.size() && !m_atEnd) {
        if (const Status refilled = refill(); !refilled)
            return refilled.error();
    }
    const qsizetype n = std::min(capacity, m_buffer.size() - m_bufferPos);
    if (n <= 0)
        return qsizetype(0);
    std::memcpy(buffer, m_buffer.constData() + m_bufferPos, size_t(n));
    m_bufferPos += n;
    return n;
}

} // namespace Lifeboat
