#pragma once

#include "device/virtual/DemoContentOptions.h"
#include "device/virtual/VirtualHandsetFaults.h"
#include "device/virtual/VirtualHandsetProfile.h"

#include <QString>

namespace Lifeboat {

// Everything createVirtualHandset() needs: who the handset is, what it holds, how it misbehaves.
struct VirtualHandsetOptions
{
    VirtualHandsetProfile::Kind profile = VirtualHandsetProfile::Kind::Lifeboat;
    // A directory served as the handset's storage (writes and deletions go there); empty for
    // the generated demo set described by `demo`.
    QString rootDirectory;
    DemoContentOptions demo;
    QString serialNumber = QStringLiteral("LIFEBOAT-VIRTUAL-0001");
    QString friendlyName;   // device property 0xD402; the model when empty
    int batteryPercent = 87;
    int maxPacketSize = 512;  // 64 (full speed), 512 (high speed) or 1024 (super speed)
    VirtualHandsetFaults faults;
};

} // namespace Lifeboat
