#include "app/cli/ExitCode.h"

namespace Lifeboat {

ExitCode exitCodeFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Usage: return ExitCode::Usage;
    case ErrorCode::NoDevice: return ExitCode::NoDevice;
    case ErrorCode::Locked: return ExitCode::Locked;
    case ErrorCode::Busy: return ExitCode::Busy;
    case ErrorCode::DeviceIo:
    case ErrorCode::Unsupported: return ExitCode::DeviceIo;
    case ErrorCode::Archive:
    case ErrorCode::NewerArchive:
    case ErrorCode::DiskFull: return ExitCode::Archive;
    case ErrorCode::VerificationFailed: return ExitCode::VerificationFailed;
    case ErrorCode::Cancelled: return ExitCode::Cancelled;
    case ErrorCode::Passphrase: return ExitCode::Passphrase;
    case ErrorCode::InvalidData:
    case ErrorCode::LimitExceeded:
    case ErrorCode::NotFound:
    case ErrorCode::Internal: return ExitCode::Failure;
    }
    return ExitCode::Failure;
}

} // namespace Lifeboat
