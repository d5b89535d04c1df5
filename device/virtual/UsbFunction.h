#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace Lifeboat {

// The device side of a USB link: what a virtual USB device implements so that it can be served
// in-process (LoopbackTransport) or to any libusb program (the umockdev bridge). Both servers
// call it from one thread at a time.
//
// Data crosses in packets, as on the wire: a bulk transfer is whole packets of maxPacketSize()
// bytes, ended by a short one; an empty QByteArrayView is a zero-length packet.
class UsbFunction
{
public:
    // What the USB descriptors announce.
    struct Identity
    {
        quint16 vendorId = 0;
        quint16 productId = 0;
        quint16 deviceRelease = 0x0100;   // bcdDevice
        QString manufacturer;
        QString product;
        QString serialNumber;
        QString interfaceName;            // "MTP" on most handsets
        quint8 interfaceClass = 0x06;     // 6/1/1 Still Image, or 0xFF vendor specific
        quint8 interfaceSubClass = 0x01;
        quint8 interfaceProtocol = 0x01;
        bool microsoftOsDescriptor = true;  // answers string 0xEE ("MSFT100") and compat id "MTP"
    };

    // What the host gets back when it polls an IN endpoint.
    struct InResult
    {
        enum class Status {
            Data,          // `data` holds whole packets, then possibly one short packet
            Nak,           // nothing now; ask again later
            Stall,         // the endpoint is halted until clearHalt()
            Disconnected,  // the device is gone (unplugged)
        };
        Status status = Status::Nak;
        QByteArray data;
        bool transferEnded = false;  // data ends with a short (possibly zero-length) packet
    };

    enum class OutStatus { Accepted, Nak, Stall, Disconnected };

    struct ControlResult
    {
        bool stalled = false;
        bool disconnected = false;
        QByteArray data;  // data stage of an IN request
    };

    virtual ~UsbFunction() = default;

    virtual Identity identity() const = 0;
    virtual int maxPacketSize() const = 0;

    // The host sends packets on bulk OUT; `packets` is whole packets optionally followed by one
    // short packet, or empty for a single zero-length packet.
    virtual OutStatus bulkOut(QByteArrayView packets) = 0;

    // The host polls bulk IN for at most `maxBytes` (a multiple of maxPacketSize()).
    virtual InResult bulkIn(qsizetype maxBytes) = 0;

    // The host polls the interrupt endpoint for one event packet.
    virtual InResult interruptIn() = 0;

    // A control request addressed to the MTP interface or the device (standard requests for
    // descriptors are answered by the server from identity()).
    virtual ControlResult control(quint8 requestType, quint8 request, quint16 value, quint16 index,
                                  QByteArrayView dataOut, quint16 lengthIn) = 0;

    virtual void clearHalt(bool inEndpoint) = 0;
    virtual void reset() = 0;

    // Whether the function wants to be seen as plugged in (unplug faults turn this off).
    virtual bool connected() const = 0;
};

} // namespace Lifeboat
