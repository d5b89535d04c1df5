#include "model/photo/ByteReader.h"

#include <QtEndian>

namespace Lifeboat {

std::optional<quint8> ByteReader::u8(quint64 offset) const
{
    if (!contains(offset, 1))
        return std::nullopt;
    return quint8(m_data[qsizetype(offset)]);
}

std::optional<quint16> ByteReader::u16(quint64 offset) const
{
    if (!contains(offset, 2))
        return std::nullopt;
    const void *p = m_data.data() + offset;
    return m_order == Order::BigEndian ? qFromBigEndian<quint16>(p) : qFromLittleEndian<quint16>(p);
}

std::optional<quint32> ByteReader::u32(quint64 offset) const
{
    if (!contains(offset, 4))
        return std::nullopt;
    const void *p = m_data.data() + offset;
    return m_order == Order::BigEndian ? qFromBigEndian<quint32>(p) : qFromLittleEndian<quint32>(p);
}

std::optional<quint64> ByteReader::u64(quint64 offset) const
{
    if (!contains(offset, 8))
        return std::nullopt;
    const void *p = m_data.data() + offset;
    return m_order == Order::BigEndian ? qFromBigEndian<quint64>(p) : qFromLittleEndian<quint64>(p);
}

std::optional<QByteArrayView> ByteReader::bytes(quint64 offset, quint64 length) const
{
    if (!contains(offset, length))
        return std::nullopt;
    return m_data.sliced(qsizetype(offset), qsizetype(length));
}

} // namespace Lifeboat
