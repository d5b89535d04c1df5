#include "device/mtp/MtpObjectLister.h"

#include "device/DeviceLog.h"
#include "device/mtp/MtpResponseError.h"
#include "device/mtp/MtpSession.h"
#include "device/mtp/PtpDatasets.h"
#include "device/mtp/PtpReader.h"

#include <algorithm>

namespace Lifeboat {

namespace {

enum Field : unsigned {
    HasStorage = 1,
    HasFormat = 2,
    HasSize = 4,
    HasName = 8,
    HasParent = 16,
    HasEverything = 31,
};

bool isRoot(quint32 parent)
{
    return parent == 0 || parent == 0xFFFFFFFF;
}

} // namespace

MtpObjectLister::MtpObjectLister(MtpSession &session, const PtpDeviceInfo &deviceInfo)
    : m_session(session)
    , m_deviceInfo(deviceInfo)
{
}

Result<QList<HandsetObject>> MtpObjectLister::list(const QList<quint32> &storageIds,
                                                   const std::function<void(qsizetype)> &progress)
{
    m_usedObjPropList = false;
    const QSet<quint32> storages(storageIds.cbegin(), storageIds.cend());
    if (m_deviceInfo.supportsOperation(Mtp::Operation::GetObjPropList)
        && !m_session.quirks().brokenObjPropList) {
        Result<QList<Record>> records = listWithObjPropList(storages);
        if (records) {
            m_usedObjPropList = true;
            if (progress)
                progress(records->size());
            return buildTree(*records);
        }
        if (records.error().code() == ErrorCode::Cancelled
            || records.error().code() == ErrorCode::NoDevice)
            return records.error();
        qCInfo(lcDevice).noquote() << "MTP: GetObjPropList unusable, listing object by object:"
                                   << records.error().toString();
    }
    const Result<QList<Record>> records = listPerObject(storageIds, progress);
    if (!records)
        return records.error();
    return buildTree(*records);
}

Result<QList<MtpObjectLister::Record>>
MtpObjectLister::listWithObjPropList(const QSet<quint32> &storages)
{
    QByteArray data;
    const Result<MtpSession::Response> response = m_session.runInBuffered(
        Mtp::Operation::GetObjPropList, {Mtp::AllObjects, 0, 0xFFFFFFFF, 0, 0xFFFFFFFF}, data);
    if (!response)
        return response.error();
    if (!response->isOk())
        return MtpResponseError::fromResponse(response->code, Mtp::Operation::GetObjPropList);
    const Result<PtpObjPropList> list = PtpObjPropList::decode(data);
    if (!list)
        return list.error();

    QList<Record> records;
    QList<unsigned> seen;
    QHash<quint32, qsizetype> indexOf;
    for (const PtpObjProp &element : list->elements) {
        auto found = indexOf.constFind(element.handle);
        qsizetype index;
        if (found == indexOf.cend()) {
            index = records.size();
            indexOf.insert(element.handle, index);
            Record record;
            record.handle = element.handle;
            records.append(record);
            seen.append(0);
        } else {
            index = *found;
        }
        Record &record = records[index];
        switch (element.property) {
        case Mtp::ObjectProp::StorageID:
            record.storageId = quint32(element.toInteger());
            seen[index] |= HasStorage;
            break;
        case Mtp::ObjectProp::ObjectFormat:
            record.format = quint16(element.toInteger());
            seen[index] |= HasFormat;
            break;
        case Mtp::ObjectProp::ObjectSize:
            record.size = element.toInteger();
            seen[index] |= HasSize;
            break;
        case Mtp::ObjectProp::ObjectFileName:
            record.name = element.toString();
            seen[index] |= HasName;
            break;
        case Mtp::ObjectProp::ParentObject:
            record.parent = quint32(element.toInteger());
            seen[index] |= HasParent;
            break;
        case Mtp::ObjectProp::DateModified:
            record.modified = PtpReader::parseDateTime(element.toString());
            break;
        default: break;
        }
    }
    QList<Record> wanted;
    wanted.reserve(records.size());
    for (qsizetype i = 0; i < records.size(); ++i) {
        if ((seen.at(i) & HasEverything) != HasEverything)
            return MtpBulkReader::protocolError(
                QStringLiteral("GetObjPropList: object 0x%1 lacks essential properties (0x%2)")
                    .arg(records.at(i).handle, 8, 16, QLatin1Char('0'))
                    .arg(seen.at(i), 2, 16, QLatin1Char('0')));
        if (storages.contains(records.at(i).storageId))
            wanted.append(records.at(i));
    }
    return wanted;
}

Result<QList<quint32>> MtpObjectLister::objectHandles(quint32 storageId, quint32 parent)
{
    QByteArray data;
    const Result<MtpSession::Response> response
        = m_session.runInBuffered(Mtp::Operation::GetObjectHandles, {storageId, 0, parent}, data);
    if (!response)
        return response.error();
    if (!response->isOk())
        return MtpResponseError::fromResponse(response->code, Mtp::Operation::GetObjectHandles);
    PtpReader reader(data);
    QList<quint32> handles = reader.u32Array();
    if (!reader.ok())
        return MtpBulkReader::protocolError(QStringLiteral("GetObjectHandles: ")
                                            + reader.failure());
    return handles;
}

Result<MtpObjectLister::Record> MtpObjectLister::objectInfo(quint32 handle)
{
    QByteArray data;
    const Result<MtpSession::Response> response
        = m_session.runInBuffered(Mtp::Operation::GetObjectInfo, {handle}, data);
    if (!response)
        return response.error();
    if (!response->isOk())
        return MtpResponseError::fromResponse(response->code, Mtp::Operation::GetObjectInfo);
    const Result<PtpObjectInfo> info = PtpObjectInfo::decode(data);
    if (!info)
        return info.error();
    Record record;
    record.handle = handle;
    record.storageId = info->storageId;
    record.parent = info->parentObject;
    record.format = info->objectFormat;
    record.size = info->compressedSize;
    record.name = info->filename;
    record.modified = PtpReader::parseDateTime(info->modificationDate);
    if (info->compressedSize == PtpObjectInfo::SizeUnknown) {
        QByteArray sizeData;
        const Result<MtpSession::Response> sizeResponse = m_session.runInBuffered(
            Mtp::Operation::GetObjectPropValue, {handle, Mtp::ObjectProp::ObjectSize}, sizeData);
        if (!sizeResponse)
            return sizeResponse.error();
        if (!sizeResponse->isOk())
            return MtpResponseError::fromResponse(sizeResponse->code,
                                                  Mtp::Operation::GetObjectPropValue);
        PtpReader reader(sizeData);
        record.size = reader.u64();
        if (!reader.ok())
            return MtpBulkReader::protocolError(QStringLiteral("ObjectSize of 0x%1: %2")
                                                    .arg(handle, 8, 16, QLatin1Char('0'))
                                                    .arg(reader.failure()));
    }
    return record;
}

Result<QList<MtpObjectLister::Record>>
MtpObjectLister::listPerObject(const QList<quint32> &storageIds,
                               const std::function<void(qsizetype)> &progress)
{
    QList<Record> records;
    QSet<quint32> known;
    QList<quint32> folders;
    // Lists `handles`, skipping repeats (which also breaks cycles); returns the new folders.
    const auto listHandles = [&](quint32 storageId, const QList<quint32> &handles) -> Status {
        for (quint32 handle : handles) {
            if (known.contains(handle))
                continue;
            const Result<Record> record = objectInfo(handle);
            if (!record) {
                if (record.error().code() == ErrorCode::NotFound)
                    continue; // removed while we listed
                return record.error();
            }
            known.insert(handle);
            if (record->storageId != storageId)
                continue;
            if (record->format == Mtp::Format::Association)
                folders.append(handle);
            records.append(*record);
            if (progress)
                progress(records.size());
        }
        return {};
    };

    for (quint32 storageId : storageIds) {
        const qsizetype firstOfStorage = records.size();
        folders.clear();
        const Result<QList<quint32>> handles = objectHandles(storageId, 0);
        if (!handles)
            return handles.error();
        if (const Status listed = listHandles(storageId, *handles); !listed)
            return listed.error();
        // Parent 0 means "every object" in the specification, but some responders answer with
        // the root's children only: then the folders are walked one by one.
        const bool onlyRoot = std::all_of(records.cbegin() + firstOfStorage, records.cend(),
                                          [](const Record &r) { return isRoot(r.parent); });
        if (!onlyRoot)
            continue;
        while (!folders.isEmpty()) {
            const quint32 folder = folders.takeFirst();
            const Result<QList<quint32>> children = objectHandles(storageId, folder);
            if (!children)
                return children.error();
            if (const Status listed = listHandles(storageId, *children); !listed)
                return listed.error();
        }
    }
    return records;
}

QString MtpObjectLister::safeComponent(const QString &name)
{
    if (name.isEmpty())
        return QStringLiteral("_");
    if (name == u"." || name == u"..")
        return u'_' + name;
    QString safe = name;
    for (QChar &c : safe) {
        if (c == u'/' || c == QChar(u'\0'))
            c = u'_';
    }
    return safe;
}

QList<HandsetObject> MtpObjectLister::buildTree(const QList<Record> &records)
{
    QHash<quint32, qsizetype> indexOf;
    indexOf.reserve(records.size());
    for (qsizetype i = 0; i < records.size(); ++i)
        indexOf.insert(records.at(i).handle, i);

    // Full path of each folder handle, filled as chains are walked (each handle walked once).
    QHash<quint32, QString> folderPath;
    QSet<quint32> inCycle;
    const auto parentPathOf = [&](const Record &object) -> QString {
        QList<qsizetype> chain; // chain[i + 1] is the parent of chain[i]
        QHash<quint32, qsizetype> onChain; // handle -> position in chain
        quint32 parent = object.parent;
        QString base;
        bool cycle = false;
        qsizetype unwindFrom = 0;
        for (;;) {
            if (isRoot(parent))
                break;
            if (const auto known = folderPath.constFind(parent); known != folderPath.cend()) {
                base = *known;
                break;
            }
            if (const auto loop = onChain.constFind(parent); loop != onChain.cend()) {
                // A cycle: its members hang directly under lost+found.
                qCInfo(lcDevice) << "MTP: parent cycle through object" << parent;
                for (qsizetype i = *loop; i < chain.size(); ++i) {
                    const Record &member = records.at(chain.at(i));
                    inCycle.insert(member.handle);
                    folderPath.insert(member.handle,
                                      LostAndFound + u'/' + safeComponent(member.name));
                }
                base = folderPath.value(records.at(chain.at(*loop)).handle);
                unwindFrom = *loop - 1;
                cycle = true;
                break;
            }
            const auto at = indexOf.constFind(parent);
            if (at == indexOf.cend() || chain.size() >= MaxDepth
                || records.at(*at).format != Mtp::Format::Association
                || records.at(*at).storageId != object.storageId) {
                qCInfo(lcDevice) << "MTP: object" << object.handle << "has an unreachable parent"
                                 << parent;
                base = LostAndFound;
                break;
            }
            onChain.insert(parent, chain.size());
            chain.append(*at);
            parent = records.at(*at).parent;
        }
        if (!cycle)
            unwindFrom = chain.size() - 1;
        for (qsizetype i = unwindFrom; i >= 0; --i) {
            const Record &folder = records.at(chain.at(i));
            const QString component = safeComponent(folder.name);
            base = base.isEmpty() ? component : base + u'/' + component;
            folderPath.insert(folder.handle, base);
        }
        if (inCycle.contains(object.handle))
            return LostAndFound;
        return base;
    };

    QList<HandsetObject> objects;
    objects.reserve(records.size());
    for (const Record &record : records) {
        HandsetObject object;
        object.handle = record.handle;
        object.storageId = record.storageId;
        object.parentPath = parentPathOf(record);
        object.name = record.name;
        object.format = record.format;
        object.size = record.size;
        object.modified = record.modified;
        object.isFolder = record.format == Mtp::Format::Association;
        objects.append(object);
    }
    return objects;
}

} // namespace Lifeboat
