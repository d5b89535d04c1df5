#include "device/usb/UsbQuirks.h"

#include <array>

namespace Lifeboat {

namespace {

// Only devices that need it. Most handsets are found from their descriptors (class 6/1/1, or
// vendor class with an "MTP" interface string or the Microsoft OS descriptor).
constexpr std::array kQuirks{
    // Android's MTP gadget before the interface string was set: vendor class, no "MTP" string,
    // and some builds do not answer the 0xEE string either.
    UsbQuirk{0x18d1, 0x4ee1, 0, false, false, "Google Nexus/Pixel (MTP)"},
    UsbQuirk{0x18d1, 0x4ee2, 0, false, false, "Google Nexus/Pixel (MTP + ADB)"},
    // Samsung Galaxy in MTP mode: the MTP interface is the first one.
    UsbQuirk{0x04e8, 0x6860, 0, false, false, "Samsung Galaxy (MTP)"},
};

} // namespace

std::optional<UsbQuirk> findUsbQuirk(quint16 vendorId, quint16 productId)
{
    for (const UsbQuirk &quirk : kQuirks) {
        if (quirk.vendorId == vendorId && quirk.productId == productId)
            return quirk;
    }
    return std::nullopt;
}

} // namespace Lifeboat
