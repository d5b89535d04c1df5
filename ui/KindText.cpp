#include "ui/KindText.h"

namespace Lifeboat {

QString KindText::singular(ItemKind kind)
{
    switch (kind) {
    case ItemKind::Contact: return tr("Contact");
    case ItemKind::Event: return tr("Event");
    case ItemKind::Todo: return tr("To-do");
    case ItemKind::Photo: return tr("Photo");
    case ItemKind::Other: return tr("Other file");
    }
    return {};
}

QString KindText::plural(ItemKind kind)
{
    switch (kind) {
    case ItemKind::Contact: return tr("Contacts");
    case ItemKind::Event: return tr("Events");
    case ItemKind::Todo: return tr("To-dos");
    case ItemKind::Photo: return tr("Photos");
    case ItemKind::Other: return tr("Other files");
    }
    return {};
}

} // namespace Lifeboat
