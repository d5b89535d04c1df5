#include "device/mtp/MtpCodes.h"

namespace Lifeboat::Mtp {

namespace {

struct CodeName
{
    quint16 code;
    const char *name;
};

template<std::size_t N> QString nameOf(const CodeName (&table)[N], quint16 code)
{
    const QString hex = QStringLiteral("0x%1").arg(code, 4, 16, QLatin1Char('0'));
    for (const CodeName &entry : table) {
        if (entry.code == code)
            return QStringLiteral("%1 (%2)").arg(QLatin1String(entry.name), hex);
    }
    return hex;
}

const CodeName operations[] = {
    {Operation::GetDeviceInfo, "GetDeviceInfo"},
    {Operation::OpenSession, "OpenSession"},
    {Operation::CloseSession, "CloseSession"},
    {Operation::GetStorageIDs, "GetStorageIDs"},
    {Operation::GetStorageInfo, "GetStorageInfo"},
    {Operation::GetObjectHandles, "GetObjectHandles"},
    {Operation::GetObjectInfo, "GetObjectInfo"},
    {Operation::GetObject, "GetObject"},
    {Operation::DeleteObject, "DeleteObject"},
    {Operation::SendObjectInfo, "SendObjectInfo"},
    {Operation::SendObject, "SendObject"},
    {Operation::GetDevicePropValue, "GetDevicePropValue"},
    {Operation::GetPartialObject, "GetPartialObject"},
    {Operation::GetPartialObject64, "GetPartialObject64"},
    {Operation::GetObjectPropsSupported, "GetObjectPropsSupported"},
    {Operation::GetObjectPropValue, "GetObjectPropValue"},
    {Operation::SetObjectPropValue, "SetObjectPropValue"},
    {Operation::GetObjPropList, "GetObjPropList"},
    {Operation::SendObjectPropList, "SendObjectPropList"},
};

const CodeName responses[] = {
    {Response::Ok, "OK"},
    {Response::GeneralError, "GeneralError"},
    {Response::SessionNotOpen, "SessionNotOpen"},
    {Response::InvalidTransactionID, "InvalidTransactionID"},
    {Response::OperationNotSupported, "OperationNotSupported"},
    {Response::ParameterNotSupported, "ParameterNotSupported"},
    {Response::IncompleteTransfer, "IncompleteTransfer"},
    {Response::InvalidStorageID, "InvalidStorageID"},
    {Response::InvalidObjectHandle, "InvalidObjectHandle"},
    {Response::InvalidObjectFormatCode, "InvalidObjectFormatCode"},
    {Response::StoreFull, "StoreFull"},
    {Response::ObjectWriteProtected, "ObjectWriteProtected"},
    {Response::StoreReadOnly, "StoreReadOnly"},
    {Response::AccessDenied, "AccessDenied"},
    {Response::StoreNotAvailable, "StoreNotAvailable"},
    {Response::DeviceBusy, "DeviceBusy"},
    {Response::InvalidParentObject, "InvalidParentObject"},
    {Response::InvalidParameter, "InvalidParameter"},
    {Response::SessionAlreadyOpen, "SessionAlreadyOpen"},
    {Response::TransactionCancelled, "TransactionCancelled"},
    {Response::ObjectPropNotSupported, "ObjectPropNotSupported"},
};

const CodeName events[] = {
    {Event::CancelTransaction, "CancelTransaction"},
    {Event::ObjectAdded, "ObjectAdded"},
    {Event::ObjectRemoved, "ObjectRemoved"},
    {Event::StoreAdded, "StoreAdded"},
    {Event::StoreRemoved, "StoreRemoved"},
    {Event::ObjectInfoChanged, "ObjectInfoChanged"},
    {Event::StorageInfoChanged, "StorageInfoChanged"},
};

const CodeName formats[] = {
    {Format::Undefined, "Undefined"},
    {Format::Association, "Association"},
    {Format::ExifJpeg, "EXIF/JPEG"},
    {Format::Png, "PNG"},
    {Format::AbstractContact, "AbstractContact"},
    {Format::VCard2, "vCard2"},
    {Format::VCard3, "vCard3"},
    {Format::VCalendar1, "vCalendar1"},
    {Format::ICalendar, "iCalendar"},
};

const CodeName objectProps[] = {
    {ObjectProp::StorageID, "StorageID"},
    {ObjectProp::ObjectFormat, "ObjectFormat"},
    {ObjectProp::ObjectSize, "ObjectSize"},
    {ObjectProp::ObjectFileName, "ObjectFileName"},
    {ObjectProp::DateCreated, "DateCreated"},
    {ObjectProp::DateModified, "DateModified"},
    {ObjectProp::ParentObject, "ParentObject"},
    {ObjectProp::PersistentUniqueObjectIdentifier, "PersistentUniqueObjectIdentifier"},
    {ObjectProp::Name, "Name"},
};

const CodeName dataTypes[] = {
    {DataType::Int8, "INT8"},       {DataType::UInt8, "UINT8"},   {DataType::Int16, "INT16"},
    {DataType::UInt16, "UINT16"},   {DataType::Int32, "INT32"},   {DataType::UInt32, "UINT32"},
    {DataType::Int64, "INT64"},     {DataType::UInt64, "UINT64"}, {DataType::Int128, "INT128"},
    {DataType::UInt128, "UINT128"}, {DataType::String, "STR"},
};

} // namespace

int DataType::scalarSize(quint16 type)
{
    switch (type) {
    case Int8:
    case UInt8: return 1;
    case Int16:
    case UInt16: return 2;
    case Int32:
    case UInt32: return 4;
    case Int64:
    case UInt64: return 8;
    case Int128:
    case UInt128: return 16;
    default: return 0;
    }
}

QString operationName(quint16 code)
{
    return nameOf(operations, code);
}
QString responseName(quint16 code)
{
    return nameOf(responses, code);
}
QString eventName(quint16 code)
{
    return nameOf(events, code);
}
QString formatName(quint16 code)
{
    return nameOf(formats, code);
}
QString objectPropName(quint16 code)
{
    return nameOf(objectProps, code);
}

QString dataTypeName(quint16 code)
{
    if (code != DataType::String && (code & DataType::ArrayFlag))
        return QStringLiteral("AINT(%1)").arg(nameOf(dataTypes, code & ~DataType::ArrayFlag));
    return nameOf(dataTypes, code);
}

} // namespace Lifeboat::Mtp
