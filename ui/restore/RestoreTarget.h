#pragma once

#include "app/HandsetConnector.h"

#include <QString>

namespace Lifeboat {

// A handset the restore wizard offers as a target: what the user reads, and how to reach it.
struct RestoreTarget
{
    QString label;     // "Demo handset", "Pixel 7 (serial 1A2B…)"
    HandsetSpec spec;
};

} // namespace Lifeboat
