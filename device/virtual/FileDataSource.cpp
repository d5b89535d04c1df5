#include "device/virtual/FileDataSource.h"

#include <QFile>

#include <algorithm>

namespace Lifeboat {

FileDataSource::FileDataSource(QString path, quint64 size) : m_path(std::move(path)), m_size(size)
{}

quint64 FileDataSource::size() const
{
    return m_size;
}

Result<qsizetype> FileDataSource::read(quint64 offset, char *buffer, qsizetype length) const
{
    if (offset >= m_size || length <= 0)
        return qsizetype(0);
    length = qsizetype(std::min<quint64>(quint64(length), m_size - offset));
    // Opened per read so that no descriptor stays open for thousands of listed objects.
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly) || !file.seek(qint64(offset)))
        return Error(ErrorCode::DeviceIo, tr("The virtual handset cannot read one of its files."),
                     QStringLiteral("%1: %2").arg(m_path, file.errorString()));
    const qint64 n = file.read(buffer, length);
    if (n < 0)
        return Error(ErrorCode::DeviceIo, tr("The virtual handset cannot read one of its files."),
                     QStringLiteral("%1: %2").arg(m_path, file.errorString()));
    return qsizetype(n);
}

} // namespace Lifeboat
