#pragma once

#include <QtGlobal>

namespace Lifeboat {

// What the generated demo set of the virtual handset contains. The same options give the same
// bytes on every run.
struct DemoContentOptions
{
    quint64 seed = 1;
    int contacts = 300;
    int events = 120;
    int todos = 40;
    int photos = 24;
    quint64 photoSize = 0;        // bytes per photo; 0 (or too small) gives the natural ~20 KB
    quint64 largeObjectSize = 0;  // > 0 adds DCIM/Camera/VID_large.jpg of this size (>= 4 GiB tests)
};

} // namespace Lifeboat
