#pragma once

#include "common/Error.h"

#include <QCoreApplication>

namespace Lifeboat {

// Turns an MTP response code into Lifeboat's error: a code the CLI and GUI tell apart, and a
// message telling the user what to do. The raw code and operation go into the detail.
class MtpResponseError
{
    Q_DECLARE_TR_FUNCTIONS(Lifeboat::MtpResponseError)
public:
    static Error fromResponse(quint16 responseCode, quint16 operation);
};

} // namespace Lifeboat
