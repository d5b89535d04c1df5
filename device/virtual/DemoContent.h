#pragma once

#include "common/Result.h"
#include "device/virtual/DemoContentOptions.h"
#include "device/virtual/VirtualHandsetProfile.h"

namespace Lifeboat {

class VirtualStorage;

// Fills a storage with the generated demo set in the Lifeboat layout: Contacts/ (one vCard per
// contact), Calendar/ (one iCalendar per event, plus one vCalendar 1.0 file), Tasks/ (one
// iCalendar per to-do), DCIM/Camera/ (JPEG photos with EXIF). Formats follow the profile.
class DemoContent
{
public:
    static Status populate(VirtualStorage &storage, const DemoContentOptions &options,
                           const VirtualHandsetProfile &profile);
};

} // namespace Lifeboat
