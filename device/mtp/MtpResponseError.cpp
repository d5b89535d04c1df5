#include "device/mtp/MtpResponseError.h"

#include "device/mtp/MtpCodes.h"

namespace Lifeboat {

Error MtpResponseError::fromResponse(quint16 responseCode, quint16 operation)
{
    using namespace Mtp::Response;
    const QString detail = QStringLiteral("%1 answered %2")
                               .arg(Mtp::operationName(operation), Mtp::responseName(responseCode));
    switch (responseCode) {
    case DeviceBusy:
        return Error(ErrorCode::Busy,
                     tr("The handset is busy. Wait until it has finished what it is doing, then "
                        "try again."),
                     detail);
    case StoreFull:
        return Error(ErrorCode::DiskFull,
                     tr("The handset's storage is full. Free some space on the handset, then "
                        "try again."),
                     detail);
    case StoreReadOnly:
    case ObjectWriteProtected:
    case AccessDenied:
        return Error(ErrorCode::Unsupported,
                     tr("The handset does not allow changes here. Check that it is unlocked and "
                        "that its storage is not write-protected, then try again."),
                     detail);
    case StoreNotAvailable:
        return Error(ErrorCode::Locked,
                     tr("The handset's storage is not available. Unlock it and keep it connected."),
                     detail);
    case InvalidStorageID:
        return Error(ErrorCode::NotFound,
                     tr("That storage is no longer on the handset (was a memory card removed?). "
                        "Reconnect the handset and try again."),
                     detail);
    case InvalidObjectHandle:
    case InvalidParentObject:
        return Error(ErrorCode::NotFound,
                     tr("The file or folder is no longer on the handset. Reconnect the handset "
                        "so Lifeboat lists it again."),
                     detail);
    case OperationNotSupported:
    case ParameterNotSupported:
    case InvalidObjectFormatCode:
    case ObjectPropNotSupported:
        return Error(ErrorCode::Unsupported,
                     tr("The handset cannot do this. Lifeboat will use another way where there "
                        "is one; otherwise this handset is not supported for this task."),
                     detail);
    case TransactionCancelled:
        return Error(ErrorCode::Cancelled, tr("The transfer was cancelled."), detail);
    case SessionNotOpen:
    case InvalidTransactionID:
        return Error(ErrorCode::DeviceIo,
                     tr("The connection to the handset got out of step. Disconnect and reconnect "
                        "it, then try again."),
                     detail);
    case IncompleteTransfer:
        return Error(ErrorCode::DeviceIo,
                     tr("The transfer to the handset was incomplete. Check the cable, then try "
                        "again."),
                     detail);
    default:
        return Error(ErrorCode::DeviceIo,
                     tr("The handset reported an error. Disconnect and reconnect it, then try "
                        "again; if it keeps happening, restart the handset."),
                     detail);
    }
}

} // namespace Lifeboat
