#pragma once

#include <QtGlobal>

#include <chrono>
#include <optional>

namespace Lifeboat {

// Fault switches of the virtual handset: the ways real handsets and cables misbehave. A plain
// struct; time-based faults are measured with a steady clock checked on every call, so the
// responder needs no event loop.
struct VirtualHandsetFaults
{
    // No storage (GetStorageIDs empty) for this long after creation, then StoreAdded; -1 ms:
    // locked until MtpResponder::unlock().
    std::chrono::milliseconds lockedFor{0};
    // Another program holds the interface: the umockdev bridge fails the claim with EBUSY.
    bool interfaceBusy = false;
    // The cable is pulled once this many bulk bytes (both directions) have crossed.
    std::optional<quint64> unplugAfterBytes;
    // Bulk IN halts once this many bytes have been sent (once; clearHalt() lifts it).
    std::optional<quint64> stallInAfterBytes;
    bool noZeroLengthPackets = false;  // containers that fill whole packets end without a ZLP
    bool headerInOwnPacket = false;    // a data container's 12-byte header is a transfer of its own

    // Answers a hostile or broken handset gives.
    struct Hostile
    {
        bool oversizedLengths = false;      // dataset containers announce 2 GiB
        bool wrongTransactionIds = false;   // responses carry the transaction id + 1
        bool badNames = false;              // names with ../, /, \, NUL, CON, 300 UTF-8 bytes
        bool loneSurrogateNames = false;    // names with an unpaired high or low surrogate
        bool endlessData = false;           // object data: length 0xFFFFFFFF and no end
        bool hugeSizes = false;             // ObjectInfo size 0xFFFFFFFF, 0xDC04 2^64 - 1
        bool sizes4GiBMinus1 = false;       // ObjectInfo size 0xFFFFFFFF, 0xDC04 2^32 - 1
        bool zeroSizes = false;             // sizes 0 while the data is not empty
        bool stringCount0 = false;          // DeviceInfo strings and file names of count 0
        bool stringCount255 = false;        // DeviceInfo model of 254 characters (count 255)
        bool stringCount256 = false;        // DeviceInfo manufacturer: count 255, 256 units, no NUL
        bool moreBytesThanAnnounced = false; // object data runs 1000 bytes past its length
        bool fewerBytesThanAnnounced = false; // object data stops at half its length
    } hostile;
};

} // namespace Lifeboat
