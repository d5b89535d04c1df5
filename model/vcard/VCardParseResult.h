#pragma once

#include "model/items/Contact.h"

#include <QList>
#include <QStringList>

namespace Lifeboat {

// What VCardReader::parse() found: every card it could read, and one translated warning per
// property or card it had to skip or repair (each naming the line).
struct VCardParseResult
{
    QList<Contact> contacts;
    QStringList warnings;
};

} // namespace Lifeboat
