#pragma once

#include <QtGlobal>

#include <optional>

namespace Lifeboat {

// Handsets whose MTP interface cannot be recognised from descriptors alone, or that need a
// workaround. Looked up by VID:PID.
struct UsbQuirk
{
    quint16 vendorId = 0;
    quint16 productId = 0;
    int interfaceNumber = -1;      // >= 0: the MTP interface, even without class or string proof
    bool noZeroLengthPackets = false;
    bool longTimeout = false;      // answers slowly: give it 60 s
    const char *name = "";
};

std::optional<UsbQuirk> findUsbQuirk(quint16 vendorId, quint16 productId);

} // namespace Lifeboat
