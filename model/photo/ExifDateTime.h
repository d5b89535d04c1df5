#pragma once

#include <QByteArrayView>
#include <QDateTime>

#include <optional>

namespace Lifeboat {

// Turns EXIF date fields into a QDateTime. EXIF stores "YYYY:MM:DD HH:MM:SS" on the camera's
// wall clock; the zone is known only when an OffsetTime* tag ("+02:00") was written. Without it
// the time is returned as local time, which is how photo browsers show such pictures.
class ExifDateTime
{
public:
    // An invalid QDateTime when `dateTime` is missing, blank ("    :  :     ") or zero, which
    // cameras write when their clock was never set.
    static QDateTime parse(QByteArrayView dateTime, QByteArrayView subSeconds = {},
                           QByteArrayView offset = {});

    // Seconds east of UTC for "+HH:MM" / "-HH:MM"; nullopt when absent or malformed.
    static std::optional<int> parseOffset(QByteArrayView offset);
};

} // namespace Lifeboat
