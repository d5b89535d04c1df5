#pragma once

#include <QByteArrayView>
#include <QtGlobal>

#include <optional>

namespace Lifeboat {

// Bounds-checked reads of big- or little-endian integers from untrusted bytes. Every offset
// comes from the file being read, so every read answers "not there" instead of reading past
// the end; offsets are 64-bit so that offset + length cannot wrap.
class ByteReader
{
public:
    enum class Order { BigEndian, LittleEndian };

    explicit ByteReader(QByteArrayView data, Order order = Order::BigEndian)
        : m_data(data)
        , m_order(order)
    {
    }

    quint64 size() const { return quint64(m_data.size()); }
    Order order() const { return m_order; }
    QByteArrayView data() const { return m_data; }

    bool contains(quint64 offset, quint64 length) const
    {
        return offset <= size() && length <= size() - offset;
    }

    std::optional<quint8> u8(quint64 offset) const;
    std::optional<quint16> u16(quint64 offset) const;
    std::optional<quint32> u32(quint64 offset) const;
    std::optional<quint64> u64(quint64 offset) const;
    std::optional<QByteArrayView> bytes(quint64 offset, quint64 length) const;

private:
    QByteArrayView m_data;
    Order m_order;
};

} // namespace Lifeboat
