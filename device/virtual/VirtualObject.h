#pragma once

#include "device/virtual/ObjectDataSource.h"

#include <QDateTime>
#include <QString>

#include <memory>

namespace Lifeboat {

// One object of a virtual storage. `id` is the storage's own stable number; the responder maps
// it to the session's MTP handle (which Android-like profiles renumber every session).
struct VirtualObject
{
    quint32 id = 0;
    quint32 storageId = 0;
    quint32 parentId = 0;   // 0: at the storage's root
    QString name;
    quint16 format = 0;     // MTP object format code
    quint64 size = 0;
    QDateTime modified;     // UTC
    bool isFolder = false;
    int imageWidth = 0;     // photos only
    int imageHeight = 0;
    std::shared_ptr<const ObjectDataSource> data;  // null for folders
};

} // namespace Lifeboat
