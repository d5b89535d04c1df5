#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Lifeboat {

// What Lifeboat recognises on a handset (ARCHITECTURE.md, "What is on a handset").
// `Other` objects are listed but neither backed up nor restored.
enum class ItemKind { Contact, Event, Todo, Photo, Other };

// The kinds as the CLI and JSON name them: contacts, events, todos, photos.
QString itemKindName(ItemKind kind);
std::optional<ItemKind> itemKindFromName(const QString &name);

// Whether an object classified as `objectKind` belongs to a selection of kinds. A calendar object
// is classified Event before it is parsed and may hold events, to-dos or both, so choosing either
// kind chooses it.
bool isKindChosen(const QList<ItemKind> &chosen, ItemKind objectKind);

} // namespace Lifeboat
