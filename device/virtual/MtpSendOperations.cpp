// MtpOperations, continued: the operations whose data phase comes from the host (creating
// folders and objects), kept apart from the read-only ones for size.
#include "device/virtual/MtpOperations.h"

#include "device/DeviceLog.h"
#include "device/mtp/PtpReader.h"

namespace Lifeboat {

namespace {

namespace Op = Mtp::Operation;
namespace Rc = Mtp::Response;

constexpr qsizetype MaxDatasetBytes = 1 << 20;
constexpr quint16 NoValidObjectInfo = 0x2015;

quint16 responseFor(const Error &error)
{
    switch (error.code()) {
    case ErrorCode::DiskFull: return Rc::StoreFull;
    case ErrorCode::NotFound: return Rc::InvalidParentObject;
    case ErrorCode::InvalidData: return Rc::InvalidParameter;
    default: return Rc::GeneralError;
    }
}

QDateTime modifiedOrNow(const QDateTime &when)
{
    return when.isValid() ? when.toUTC() : QDateTime::currentDateTimeUtc();
}

} // namespace

void MtpOperations::beginDataOut(const PtpContainer &command)
{
    if (command.code != Op::SendObject)
        m_pendingObject.reset();
    m_dataCommand = command;
    m_dataBuffer.clear();
    m_dataReceived = 0;
    m_dataFailed = false;
}

void MtpOperations::dataOut(QByteArrayView chunk)
{
    if (!m_dataCommand || chunk.isEmpty())
        return;
    m_dataReceived += quint64(chunk.size());
    if (m_dataFailed)
        return;
    if (m_dataCommand->code == Op::SendObject) {
        if (!m_pendingObject)
            return;
        if (Status written = m_pendingObject->writer->write(chunk.data(), chunk.size()); !written) {
            qCWarning(lcDevice, "virtual handset: %s", qPrintable(written.error().toString()));
            m_dataFailed = true;
        }
        return;
    }
    if (m_dataBuffer.size() + chunk.size() > MaxDatasetBytes) {
        m_dataFailed = true;
        m_dataBuffer.clear();
        return;
    }
    m_dataBuffer.append(chunk.data(), chunk.size());
}

MtpReply MtpOperations::endDataOut()
{
    if (!m_dataCommand)
        return MtpReply::status(Rc::GeneralError);
    const PtpContainer command = *m_dataCommand;
    const QByteArray data = std::move(m_dataBuffer);
    const bool failed = m_dataFailed;
    m_dataCommand.reset();
    m_dataBuffer.clear();
    if (!m_profile.supportsOperation(command.code))
        return MtpReply::status(Rc::OperationNotSupported);
    switch (command.code) {
    case Op::SendObjectInfo:
        return failed ? MtpReply::status(Rc::InvalidParameter) : sendObjectInfo(command, data);
    case Op::SendObjectPropList:
        return failed ? MtpReply::status(Rc::InvalidParameter) : sendObjectPropList(command, data);
    case Op::SendObject:
        if (failed) {
            m_pendingObject.reset();
            return MtpReply::status(Rc::StoreFull);
        }
        return sendObjectData();
    default:
        return MtpReply::status(Rc::OperationNotSupported);
    }
}

void MtpOperations::abandonDataOut()
{
    m_dataCommand.reset();
    m_dataBuffer.clear();
    m_dataFailed = false;
    m_pendingObject.reset();
}

std::optional<quint16> MtpOperations::resolveTarget(quint32 storageId, quint32 parentHandle,
                                                    VirtualStorage **target, quint32 *parentId) const
{
    if (m_locked)
        return Rc::StoreNotAvailable;
    if (storageId == 0 && !m_storages.empty())
        storageId = m_storages.front()->storageId();
    *target = storage(storageId);
    if (!*target)
        return Rc::InvalidStorageID;
    *parentId = 0;
    if (parentHandle != 0 && parentHandle != Mtp::RootParent) {
        VirtualStorage *owner = nullptr;
        const VirtualObject *parent = objectFor(parentHandle, &owner);
        if (!parent || !parent->isFolder || owner != *target)
            return Rc::InvalidParentObject;
        *parentId = parent->id;
    }
    return std::nullopt;
}

MtpReply MtpOperations::createObject(VirtualStorage *target, quint32 parentId, const QString &name,
                                     quint16 format, quint64 size, const QDateTime &modified)
{
    const quint32 parentHandle = parentId == 0 ? Mtp::RootParent : handleOf(target->storageId(), parentId);
    if (format == Mtp::Format::Association) {
        const Result<quint32> folder = target->createFolder(parentId, name, modified);
        if (!folder) {
            qCInfo(lcDevice, "virtual handset: folder refused: %s", qPrintable(folder.error().toString()));
            return MtpReply::status(responseFor(folder.error()));
        }
        return MtpReply::status(Rc::Ok, {target->storageId(), parentHandle,
                                         handleOf(target->storageId(), *folder)});
    }
    Result<std::unique_ptr<ObjectWriter>> writer = target->beginFile(parentId, name, format, size, modified);
    if (!writer) {
        qCInfo(lcDevice, "virtual handset: object refused: %s", qPrintable(writer.error().toString()));
        return MtpReply::status(responseFor(writer.error()));
    }
    PendingObject pending;
    pending.handle = handleOf(target->storageId(), (*writer)->id());
    pending.writer = std::move(writer.value());
    pending.storageId = target->storageId();
    pending.announcedSize = size;
    const quint32 handle = pending.handle;
    m_pendingObject = std::move(pending);
    return MtpReply::status(Rc::Ok, {target->storageId(), parentHandle, handle});
}

MtpReply MtpOperations::sendObjectInfo(const PtpContainer &command, QByteArrayView data)
{
    const Result<PtpObjectInfo> info = PtpObjectInfo::decode(data);
    if (!info)
        return MtpReply::status(Rc::InvalidParameter);
    VirtualStorage *target = nullptr;
    quint32 parentId = 0;
    const quint32 storageParam = command.params.value(0);
    if (auto refused = resolveTarget(storageParam, command.params.value(1), &target, &parentId))
        return MtpReply::status(*refused);
    const quint16 format = info->isFolder() ? Mtp::Format::Association : info->objectFormat;
    return createObject(target, parentId, info->filename, format, info->compressedSize,
                        modifiedOrNow(PtpReader::parseDateTime(info->modificationDate)));
}

MtpReply MtpOperations::sendObjectPropList(const PtpContainer &command, QByteArrayView data)
{
    const Result<PtpObjPropList> list = PtpObjPropList::decode(data);
    if (!list)
        return MtpReply::status(Rc::InvalidParameter);
    QString name;
    QDateTime modified;
    for (const PtpObjProp &prop : list->elements) {
        if (prop.property == Mtp::ObjectProp::ObjectFileName)
            name = prop.toString();
        else if (prop.property == Mtp::ObjectProp::DateModified)
            modified = PtpReader::parseDateTime(prop.toString());
    }
    if (name.isEmpty())
        return MtpReply::status(Rc::InvalidParameter);
    VirtualStorage *target = nullptr;
    quint32 parentId = 0;
    if (auto refused = resolveTarget(command.params.value(0), command.params.value(1), &target, &parentId))
        return MtpReply::status(*refused);
    const quint64 size = (quint64(command.params.value(3)) << 32) | command.params.value(4);
    return createObject(target, parentId, name, quint16(command.params.value(2)), size,
                        modifiedOrNow(modified));
}

MtpReply MtpOperations::sendObjectData()
{
    if (!m_pendingObject)
        return MtpReply::status(NoValidObjectInfo);
    PendingObject pending = std::move(*m_pendingObject);
    m_pendingObject.reset();
    const quint64 written = pending.writer->written();
    // A u32 size of 0xFFFFFFFF announces 4 GiB or more without saying how much.
    const bool sizeKnown = pending.announcedSize != PtpObjectInfo::SizeUnknown;
    if ((sizeKnown && written != pending.announcedSize) || (!sizeKnown && written < pending.announcedSize)) {
        qCInfo(lcDevice, "virtual handset: SendObject got %llu bytes, %llu announced",
               written, pending.announcedSize);
        return MtpReply::status(Rc::IncompleteTransfer);
    }
    const Result<quint32> finished = pending.writer->finish();
    if (!finished) {
        qCWarning(lcDevice, "virtual handset: %s", qPrintable(finished.error().toString()));
        return MtpReply::status(responseFor(finished.error()));
    }
    return MtpReply::status(Rc::Ok);
}

Result<quint32> MtpOperations::addObjectOnDevice(const QString &path, const QByteArray &bytes)
{
    if (m_storages.empty())
        return Error(ErrorCode::NotFound, VirtualStorage::tr("The virtual handset has no storage."));
    VirtualStorage &target = *m_storages.front();
    const QString folder = path.section(u'/', 0, -2);
    const QString name = path.section(u'/', -1);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    quint32 parentId = 0;
    for (const QString &part : folder.split(u'/', Qt::SkipEmptyParts)) {
        quint32 next = target.findChild(parentId, part);
        if (next == 0) {
            const Result<quint32> created = target.createFolder(parentId, part, now);
            if (!created)
                return created.error();
            next = *created;
        }
        parentId = next;
    }
    Result<std::unique_ptr<ObjectWriter>> writer =
        target.beginFile(parentId, name, m_profile.formatForFile(name, bytes.left(256)),
                         quint64(bytes.size()), now);
    if (!writer)
        return writer.error();
    if (Status written = (*writer)->write(bytes.constData(), bytes.size()); !written)
        return written.error();
    const Result<quint32> id = (*writer)->finish();
    if (!id)
        return id.error();
    return handleOf(target.storageId(), *id);
}

Result<quint32> MtpOperations::removeObjectOnDevice(const QString &path)
{
    if (m_storages.empty())
        return Error(ErrorCode::NotFound, VirtualStorage::tr("The virtual handset has no storage."));
    VirtualStorage &target = *m_storages.front();
    quint32 id = 0;
    for (const QString &part : path.split(u'/', Qt::SkipEmptyParts)) {
        id = target.findChild(id, part);
        if (id == 0)
            return Error(ErrorCode::NotFound, VirtualStorage::tr("%1 does not exist on the virtual handset.").arg(path));
    }
    const quint32 handle = handleOf(target.storageId(), id);
    if (Status removed = target.remove(id); !removed)
        return removed.error();
    return handle;
}

} // namespace Lifeboat
