#pragma once

#include "device/virtual/UsbFunction.h"

namespace Lifeboat {

// Endpoint 0 of a virtual USB device: standard requests (descriptors, configuration) answered
// from the function's identity, everything else passed to the function, and the Microsoft OS
// compat id for functions that leave it to the server.
class UsbControlEndpoint
{
public:
    explicit UsbControlEndpoint(UsbFunction &function);

    // `setup` is the 8-byte setup packet; `data` holds the OUT data stage or receives the IN one
    // (at most `capacity` bytes). Returns the data stage length, or -EPIPE (stall) or -ENODEV.
    int handle(const unsigned char *setup, unsigned char *data, int capacity);

private:
    UsbFunction &m_function;
    UsbFunction::Identity m_identity;
    int m_maxPacketSize;
};

} // namespace Lifeboat
