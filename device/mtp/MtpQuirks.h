#pragma once

#include <QString>

namespace Lifeboat {

struct PtpDeviceInfo;

// Known departures of real responders from the MTP specification, and the switches that work
// around them. Looked up by USB VID:PID (a table of devices known to misbehave) and by the
// vendor extension string the device announces (every Android responder shares its bugs).
struct MtpQuirks
{
    bool android = false; // "android.com" in the vendor extension
    bool brokenObjPropList = false; // GetObjPropList(all) loses or garbles objects
    bool brokenSendObjectPropList = false; // use SendObjectInfo + SendObject instead
    bool noZeroLengthPackets = false; // sends/accepts no ZLP after whole-packet containers
    bool setDatesOnlyAtCreation = false; // DateModified cannot be changed after creation
    bool partialReadLast512Hang = false; // a GetPartialObject ending on a packet boundary hangs
    bool slowTimeout = false; // needs 60 s instead of 20 s per operation
    bool handlesNotPersistent = false; // handles and PUOIDs change every session
    bool partialObject64 = false; // GetPartialObject64 (0x95C1) works

    // The quirks for a device: the VID:PID table first, then what DeviceInfo reveals.
    static MtpQuirks forDevice(quint16 vendorId, quint16 productId, const PtpDeviceInfo &info);
    // Only the VID:PID table (before DeviceInfo is known, e.g. to choose the first timeout).
    static MtpQuirks forUsbIds(quint16 vendorId, quint16 productId);

    // The flags that are set, for logs ("android, handlesNotPersistent").
    QString describe() const;
};

} // namespace Lifeboat
