#include "device/usb/umockdev/UsbControlEndpoint.h"

#include "device/usb/umockdev/UsbDescriptors.h"

#include <cerrno>
#include <cstring>

namespace Lifeboat {

namespace {

quint16 word(const unsigned char *p)
{
    return quint16(p[0] | (p[1] << 8));
}

} // namespace

UsbControlEndpoint::UsbControlEndpoint(UsbFunction &function)
    : m_function(function), m_identity(function.identity()), m_maxPacketSize(function.maxPacketSize())
{}

int UsbControlEndpoint::handle(const unsigned char *setup, unsigned char *data, int capacity)
{
    const quint8 requestType = setup[0];
    const quint8 request = setup[1];
    const quint16 value = word(setup + 2);
    const quint16 index = word(setup + 4);
    const int length = qMin<int>(word(setup + 6), capacity);
    const bool in = (requestType & 0x80) != 0;
    auto answer = [&](const QByteArray &bytes) {
        const int n = int(qMin<qsizetype>(bytes.size(), length));
        std::memcpy(data, bytes.constData(), size_t(n));
        return n;
    };

    if ((requestType & 0x60) == 0) {  // standard
        if (request == 0x06 && in) {  // GET_DESCRIPTOR
            switch (value >> 8) {
            case 0x01: return answer(UsbDescriptors::device(m_identity));
            case 0x02: return answer(UsbDescriptors::configuration(m_identity, m_maxPacketSize));
            case 0x03: {
                const std::optional<QByteArray> text = UsbDescriptors::string(m_identity,
                                                                              quint8(value));
                return text ? answer(*text) : -EPIPE;
            }
            default: return -EPIPE;
            }
        }
        if (request == 0x00 && in)
            return answer(QByteArray(2, char(0)));           // GET_STATUS
        if (request == 0x08 && in)
            return answer(QByteArray(1, char(1)));           // GET_CONFIGURATION
        if (request == 0x0a && in)
            return answer(QByteArray(1, char(0)));           // GET_INTERFACE
        if (!in && (request == 0x09 || request == 0x0b || request == 0x01 || request == 0x03))
            return 0;                                        // SET_CONFIGURATION etc.
        return -EPIPE;
    }
    const UsbFunction::ControlResult result = m_function.control(
        requestType, request, value, index,
        in ? QByteArrayView() : QByteArrayView(reinterpret_cast<const char *>(data), length),
        in ? quint16(length) : quint16(0));
    if (result.disconnected)
        return -ENODEV;
    if (result.stalled) {
        // The Microsoft OS descriptor announced in string 0xEE, for functions that leave it to us.
        if ((requestType & 0x60) == 0x40 && in && request == UsbDescriptors::kMicrosoftVendorCode
            && m_identity.microsoftOsDescriptor && index == 4)
            return answer(UsbDescriptors::microsoftCompatId());
        return -EPIPE;
    }
    return in ? answer(result.data) : length;
}

} // namespace Lifeboat
