#include "device/virtual/MemoryDataSource.h"

#include <algorithm>
#include <cstring>

namespace Lifeboat {

MemoryDataSource::MemoryDataSource(QByteArray bytes) : m_bytes(std::move(bytes)) {}

quint64 MemoryDataSource::size() const
{
    return quint64(m_bytes.size());
}

Result<qsizetype> MemoryDataSource::read(quint64 offset, char *buffer, qsizetype length) const
{
    if (offset >= size() || length <= 0)
        return qsizetype(0);
    const qsizetype n = std::min<qsizetype>(length, m_bytes.size() - qsizetype(offset));
    std::memcpy(buffer, m_bytes.constData() + offset, size_t(n));
    return n;
}

} // namespace Lifeboat
