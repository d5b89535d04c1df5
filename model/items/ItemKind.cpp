#include "model/items/ItemKind.h"

namespace Lifeboat {

QString itemKindName(ItemKind kind)
{
    switch (kind) {
    case ItemKind::Contact: return QStringLiteral("contacts");
    case ItemKind::Event: return QStringLiteral("events");
    case ItemKind::Todo: return QStringLiteral("todos");
    case ItemKind::Photo: return QStringLiteral("photos");
    case ItemKind::Other: return QStringLiteral("other");
    }
    return {};
}

std::optional<ItemKind> itemKindFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == u"contacts" || n == u"contact")
        return ItemKind::Contact;
    if (n == u"events" || n == u"event" || n == u"calendar")
        return ItemKind::Event;
    if (n == u"todos" || n == u"todo" || n == u"tasks")
        return ItemKind::Todo;
    if (n == u"photos" || n == u"photo")
        return ItemKind::Photo;
    return std::nullopt;
}

bool isKindChosen(const QList<ItemKind> &chosen, ItemKind objectKind)
{
    if (objectKind == ItemKind::Other)
        return false;
    if (objectKind == ItemKind::Event)
        return chosen.contains(ItemKind::Event) || chosen.contains(ItemKind::Todo);
    return chosen.contains(objectKind);
}

} // namespace Lifeboat
