#pragma once

#include "common/Result.h"
#include "device/Handset.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <functional>

namespace Lifeboat {

class MtpSession;
struct PtpDeviceInfo;

// Lists every object on a handset's storages and rebuilds their paths.
//
// Listing: GetObjPropList(all objects, all properties, all depths) in one round trip where the
// device offers it and no quirk forbids it; if that fails or comes back incomplete (an object
// without storage, parent, format, size or name), it falls back to GetObjectHandles plus one
// GetObjectInfo per object (and GetObjectPropValue(ObjectSize) for objects of 4 GiB or more).
//
// Paths: parent handles are hostile too. An object whose parent is unknown, on another storage,
// not a folder, or part of a cycle is listed under the folder "lost+found" at the storage's root
// instead of being dropped (a backup must not silently miss files). Names used as folder
// components are made safe for a '/'-separated path: '/' and NUL become '_', and "", "." and ".."
// become "_", "_." and "_..". HandsetObject::name itself is always the raw name, for the export
// side to sanitise.
class MtpObjectLister
{
    Q_DECLARE_TR_FUNCTIONS(Lifeboat::MtpObjectLister)
public:
    struct Record
    {
        quint32 handle = 0;
        quint32 storageId = 0;
        quint32 parent = 0;
        quint16 format = 0;
        quint64 size = 0;
        QString name;
        QDateTime modified;
    };

    static inline const QString LostAndFound = QStringLiteral("lost+found");
    static constexpr int MaxDepth = 512;

    MtpObjectLister(MtpSession &session, const PtpDeviceInfo &deviceInfo);

    Result<QList<HandsetObject>> list(const QList<quint32> &storageIds,
                                      const std::function<void(qsizetype)> &progress);

    // Whether the last list() used the one-round-trip GetObjPropList.
    bool usedObjPropList() const { return m_usedObjPropList; }

    static QList<HandsetObject> buildTree(const QList<Record> &records);
    static QString safeComponent(const QString &name);

private:
    Result<QList<Record>> listWithObjPropList(const QSet<quint32> &storages);
    Result<QList<Record>> listPerObject(const QList<quint32> &storageIds,
                                        const std::function<void(qsizetype)> &progress);
    Result<QList<quint32>> objectHandles(quint32 storageId, quint32 parent);
    Result<Record> objectInfo(quint32 handle);

    MtpSession &m_session;
    const PtpDeviceInfo &m_deviceInfo;
    bool m_usedObjPropList = false;
};

} // namespace Lifeboat
