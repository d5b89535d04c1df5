#include "model/index/ItemParser.h"

#include "model/ical/ICalendarReader.h"
#include "model/photo/PhotoMetadataReader.h"
#include "model/vcard/VCardReader.h"

namespace Lifeboat {

Result<ParsedObject> ItemParser::parse(const ObjectRecord &object, QByteArrayView bytes)
{
    ParsedObject parsed;
    parsed.kind = object.kind;
    switch (object.kind) {
    case ItemKind::Contact: {
        Result<VCardParseResult> cards = VCardReader::parse(bytes);
        if (!cards)
            return cards.error();
        parsed.items.contacts = std::move(cards->contacts);
        parsed.warnings = std::move(cards->warnings);
        break;
    }
    case ItemKind::Event:
    case ItemKind::Todo: {
        Result<CalendarParseResult> calendar = ICalendarReader::parse(bytes);
        if (!calendar)
            return calendar.error();
        parsed.items.events = std::move(calendar->events);
        parsed.items.todos = std::move(calendar->todos);
        parsed.warnings = std::move(calendar->warnings);
        // An object with events is filed under events (its to-dos are still indexed); one with
        // only to-dos under to-dos.
        if (parsed.items.events.isEmpty() && !parsed.items.todos.isEmpty())
            parsed.kind = ItemKind::Todo;
        else
            parsed.kind = ItemKind::Event;
        break;
    }
    case ItemKind::Photo: {
        Result<PhotoReading> reading = PhotoMetadataReader::read(bytes, object.size);
        if (!reading)
            return reading.error();
        parsed.bytesWanted = reading->bytesWanted;
        Photo photo = std::move(reading->photo);
        photo.name = object.name;
        photo.path = object.path();
        photo.size = object.size;
        photo.modified = object.modified;
        if (!photo.taken.isValid())
            photo.taken = object.modified;
        parsed.items.photo = std::move(photo);
        break;
    }
    case ItemKind::Other:
        break;
    }
    return parsed;
}

Status ItemParser::index(Archive &archive, qint64 objectId, const ParsedObject &parsed)
{
    if (!parsed.items.contacts.isEmpty()) {
        if (Status s = archive.indexContacts(objectId, parsed.items.contacts); !s)
            return s;
    }
    if (!parsed.items.events.isEmpty()) {
        if (Status s = archive.indexEvents(objectId, parsed.items.events); !s)
            return s;
    }
    if (!parsed.items.todos.isEmpty()) {
        if (Status s = archive.indexTodos(objectId, parsed.items.todos); !s)
            return s;
    }
    if (parsed.items.photo)
        return archive.indexPhoto(objectId, *parsed.items.photo);
    return {};
}

Archive::ParseCallback ItemParser::callback()
{
    return [](ItemKind kind, const ObjectRecord &object, const QByteArray &content) -> Result<ParsedItems> {
        ObjectRecord record = object;
        record.kind = kind;
        Result<ParsedObject> parsed = parse(record, content);
        if (!parsed)
            return parsed.error();
        return std::move(parsed->items);
    };
}

} // namespace Lifeboat
