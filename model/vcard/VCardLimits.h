#pragma once

#include <QtGlobal>

namespace Lifeboat {

// Bounds on untrusted vCard input. Crossing one makes VCardReader::parse() fail with
// ErrorCode::LimitExceeded instead of spending unbounded time or memory. The defaults are far
// above anything a handset writes (a 10,000-contact export with photos is ~100 MB) and low
// enough that a hostile file cannot exhaust a desktop.
struct VCardLimits
{
    qsizetype maxInputBytes = 512LL * 1024 * 1024;
    qsizetype maxCardBytes = 32LL * 1024 * 1024;
    qsizetype maxLineBytes = 24LL * 1024 * 1024;  // one property after unfolding; fits a large photo
    qsizetype maxPhotoBytes = 16LL * 1024 * 1024; // decoded
    qsizetype maxPropertiesPerCard = 5000;
    qsizetype maxCards = 1000000;
    int maxNestingDepth = 4;                      // vCard 2.1 AGENT cards inside cards
    qsizetype maxWarnings = 1000;                 // further warnings are counted, not listed
};

} // namespace Lifeboat
