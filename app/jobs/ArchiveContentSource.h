#pragma once

#include "model/archive/Archive.h"

#include <QByteArray>

namespace Lifeboat {

// Reads one stored object from the archive piece by piece, for writers that pull their data
// (a handset's writeObject). Holds at most one chunk in memory.
class ArchiveContentSource
{
public:
    ArchiveContentSource(Archive &archive, QByteArray contentHash);

    // Fills up to `capacity` bytes; returns 0 at the end.
    Result<qsizetype> read(char *buffer, qsizetype capacity);

private:
    Status refill();

    Archive &m_archive;
    QByteArray m_hash;
    QByteArray m_buffer;
    qsizetype m_bufferPos = 0;
    quint64 m_offset = 0;  // of the end of m_buffer in the content
    bool m_atEnd = false;
};

} // namespace Lifeboat
