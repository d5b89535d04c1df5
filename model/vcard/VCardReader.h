#pragma once

#include "common/Result.h"
#include "model/vcard/VCardLimits.h"
#include "model/vcard/VCardParseResult.h"

#include <QByteArrayView>
#include <QCoreApplication>

namespace Lifeboat {

// Reads vCard 2.1, 3.0 and 4.0 (one card or many) into Contacts.
//
// Policy for damaged input: a limit crossed (VCardLimits) fails the whole parse with
// ErrorCode::LimitExceeded, because such input is hostile or not a contact file at all. Anything
// else damaged costs as little as possible and is reported in `warnings`: a property that cannot
// be decoded is skipped, a line that is not a property is skipped, a card without END:VCARD is
// kept with what it has. Input with not a single card fails with ErrorCode::InvalidData.
class VCardReader
{
    Q_DECLARE_TR_FUNCTIONS(Lifeboat::VCardReader)

public:
    static Result<VCardParseResult> parse(QByteArrayView data, const VCardLimits &limits = {});
};

} // namespace Lifeboat
