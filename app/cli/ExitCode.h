#pragma once

#include "common/Error.h"

namespace Lifeboat {

// lifeboat-cli's exit codes. Documented in the README; scripts depend on them, so a value never
// changes meaning once released.
enum class ExitCode : int {
    Success = 0,
    Failure = 1,             // anything not listed below
    Usage = 2,               // bad arguments
    NoDevice = 3,            // no such handset
    Locked = 4,              // the handset is locked
    Busy = 5,                // another program holds the handset
    DeviceIo = 6,            // USB or protocol failure
    Archive = 7,             // archive missing, unreadable, newer, or the disk is full
    VerificationFailed = 8,  // verify or a restore read-back found a mismatch
    Cancelled = 9,           // Ctrl-C or cancel
    Passphrase = 10,         // the archive is encrypted: no passphrase was given, or a wrong one
};

ExitCode exitCodeFor(ErrorCode code);

} // namespace Lifeboat
