#pragma once

#include "device/virtual/ObjectDataSource.h"

#include <QByteArray>

namespace Lifeboat {

// An object whose bytes are held in memory (generated vCards and iCalendars, small writes).
class MemoryDataSource final : public ObjectDataSource
{
public:
    explicit MemoryDataSource(QByteArray bytes);

    quint64 size() const override;
    Result<qsizetype> read(quint64 offset, char *buffer, qsizetype length) const override;

    const QByteArray &bytes() const { return m_bytes; }

private:
    const QByteArray m_bytes;
};

} // namespace Lifeboat
