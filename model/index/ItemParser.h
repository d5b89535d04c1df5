#pragma once

#include "model/archive/Archive.h"

#include <QCoreApplication>

namespace Lifeboat {

// What one stored object holds once parsed, and which kind it turned out to be (an iCalendar
// object is an event or a to-do only once it is read).
struct ParsedObject
{
    ItemKind kind = ItemKind::Other;
    ParsedItems items;
    QStringList warnings;
    // A photo whose metadata lies beyond the bytes given: parse again with this many.
    quint64 bytesWanted = 0;
};

// Joins the codecs to the archive's index: parses an object's original bytes with the vCard,
// iCalendar or photo reader its kind calls for, and writes the result into the index tables.
// Backups use it as objects arrive; Archive::rebuildIndex uses it through callback().
class ItemParser
{
    Q_DECLARE_TR_FUNCTIONS(Lifeboat::ItemParser)
public:
    // `bytes` is the whole object for contacts and calendars, and at least the first
    // PhotoMetadataReader::kDefaultHeadSize bytes (or all of it) for photos.
    static Result<ParsedObject> parse(const ObjectRecord &object, QByteArrayView bytes);
    static Status index(Archive &archive, qint64 objectId, const ParsedObject &parsed);
    static Archive::ParseCallback callback();
};

} // namespace Lifeboat
