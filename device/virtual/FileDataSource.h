#pragma once

#include "device/virtual/ObjectDataSource.h"

#include <QCoreApplication>
#include <QString>

namespace Lifeboat {

// An object served straight from a file of the directory behind a virtual storage. The size is
// taken when the object is listed, as a handset does; a file that shrinks later reads short.
class FileDataSource final : public ObjectDataSource
{
    Q_DECLARE_TR_FUNCTIONS(Lifeboat::FileDataSource)

public:
    FileDataSource(QString path, quint64 size);

    quint64 size() const override;
    Result<qsizetype> read(quint64 offset, char *buffer, qsizetype length) const override;

    const QString &path() const { return m_path; }

private:
    const QString m_path;
    const quint64 m_size;
};

} // namespace Lifeboat
