#pragma once

#include "model/items/Contact.h"

#include <QByteArray>
#include <QList>

namespace Lifeboat {

// Writes Contacts as vCard 3.0 (RFC 2426, the default: what handsets import most reliably) or
// 4.0 (RFC 6350): UTF-8, CRLF, lines folded at 75 octets, photos inline as base64, extra
// properties written back as they were read. Reading the output gives an equal Contact (apart
// from sourceVersion).
class VCardWriter
{
public:
    enum class Version { V30, V40 };

    static QByteArray write(const Contact &contact, Version version = Version::V30);
    static QByteArray write(const QList<Contact> &contacts, Version version = Version::V30);
};

} // namespace Lifeboat
