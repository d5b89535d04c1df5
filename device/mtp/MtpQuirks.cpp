#include "device/mtp/MtpQuirks.h"

#include "device/mtp/MtpCodes.h"
#include "device/mtp/PtpDatasets.h"

#include <QStringList>

namespace Lifeboat {

namespace {

enum Flag : unsigned {
    BrokenObjPropList = 1u << 0,
    BrokenSendObjectPropList = 1u << 1,
    NoZeroLengthPackets = 1u << 2,
    SetDatesOnlyAtCreation = 1u << 3,
    PartialReadLast512Hang = 1u << 4,
    SlowTimeout = 1u << 5,
    Android = 1u << 6,
};

struct DeviceEntry
{
    quint16 vendorId;
    quint16 productId;
    unsigned flags;
};

// Devices whose bugs are documented in the free MTP stacks' device lists. Keep it sorted by
// vendor; add a line (with the device's name) for every new report.
const DeviceEntry deviceTable[] = {
    // Creative ZEN Vision, Portable Media Center, ZEN Xtra: folders vanish from GetObjPropList(all)
    // with many objects (older 32-bit-size firmware).
    {0x041e, 0x411f, BrokenObjPropList},
    {0x041e, 0x4123, BrokenObjPropList},
    {0x041e, 0x4128, BrokenObjPropList},
    // Samsung Galaxy phones in MTP mode: an Android responder.
    {0x04e8, 0x6860, Android},
    // Google Nexus/Pixel (MTP, MTP+ADB).
    {0x18d1, 0x4ee1, Android},
    {0x18d1, 0x4ee2, Android},
};

void apply(MtpQuirks &quirks, unsigned flags)
{
    quirks.brokenObjPropList |= bool(flags & BrokenObjPropList);
    quirks.brokenSendObjectPropList |= bool(flags & BrokenSendObjectPropList);
    quirks.noZeroLengthPackets |= bool(flags & NoZeroLengthPackets);
    quirks.setDatesOnlyAtCreation |= bool(flags & SetDatesOnlyAtCreation);
    quirks.partialReadLast512Hang |= bool(flags & PartialReadLast512Hang);
    quirks.slowTimeout |= bool(flags & SlowTimeout);
    quirks.android |= bool(flags & Android);
}

void applyAndroid(MtpQuirks &quirks)
{
    // Android's MtpServer: no SendObjectPropList, GetPartialObject64 present, handles renumbered
    // every session, DateModified not settable after the object exists.
    quirks.android = true;
    quirks.brokenSendObjectPropList = true;
    quirks.handlesNotPersistent = true;
    quirks.setDatesOnlyAtCreation = true;
}

} // namespace

MtpQuirks MtpQuirks::forUsbIds(quint16 vendorId, quint16 productId)
{
    MtpQuirks quirks;
    for (const DeviceEntry &entry : deviceTable) {
        if (entry.vendorId == vendorId && entry.productId == productId)
            apply(quirks, entry.flags);
    }
    if (quirks.android)
        applyAndroid(quirks);
    return quirks;
}

MtpQuirks MtpQuirks::forDevice(quint16 vendorId, quint16 productId, const PtpDeviceInfo &info)
{
    MtpQuirks quirks = forUsbIds(vendorId, productId);
    if (info.vendorExtensionDesc.contains(QLatin1String("android.com"), Qt::CaseInsensitive))
        applyAndroid(quirks);
    quirks.partialObject64 = info.supportsOperation(Mtp::Operation::GetPartialObject64);
    return quirks;
}

QString MtpQuirks::describe() const
{
    QStringList flags;
    const auto add = [&flags](bool set, const char *name) {
        if (set)
            flags.append(QLatin1String(name));
    };
    add(android, "android");
    add(brokenObjPropList, "brokenObjPropList");
    add(brokenSendObjectPropList, "brokenSendObjectPropList");
    add(noZeroLengthPackets, "noZeroLengthPackets");
    add(setDatesOnlyAtCreation, "setDatesOnlyAtCreation");
    add(partialReadLast512Hang, "partialReadLast512Hang");
    add(slowTimeout, "slowTimeout");
    add(handlesNotPersistent, "handlesNotPersistent");
    add(partialObject64, "partialObject64");
    return flags.isEmpty() ? QStringLiteral("none") : flags.join(QStringLiteral(", "));
}

} // namespace Lifeboat
