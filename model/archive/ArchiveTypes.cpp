#include "model/archive/ArchiveTypes.h"

namespace Lifeboat {

QString snapshotStateName(SnapshotState state)
{
    switch (state) {
    case SnapshotState::Running: return QStringLiteral("running");
    case SnapshotState::Complete: return QStringLiteral("complete");
    case SnapshotState::Failed: return QStringLiteral("failed");
    case SnapshotState::Cancelled: return QStringLiteral("cancelled");
    }
    return {};
}

std::optional<SnapshotState> snapshotStateFromName(const QString &name)
{
    for (SnapshotState state : {SnapshotState::Running, SnapshotState::Complete,
                                SnapshotState::Failed, SnapshotState::Cancelled}) {
        if (snapshotStateName(state) == name)
            return state;
    }
    return std::nullopt;
}

qint64 &KindCounts::operator[](ItemKind kind)
{
    switch (kind) {
    case ItemKind::Contact: return contacts;
    case ItemKind::Event: return events;
    case ItemKind::Todo: return todos;
    case ItemKind::Photo: return photos;
    case ItemKind::Other: return other;
    }
    return other;
}

QString ObjectRecord::path() const
{
    return parentPath.isEmpty() ? name : parentPath + u'/' + name;
}

bool ObjectRecord::sameObject(const ObjectRecord &o) const
{
    return storageId == o.storageId && storageDescription == o.storageDescription
        && parentPath == o.parentPath && name == o.name && format == o.format && size == o.size
        && modified == o.modified && kind == o.kind && contentHash == o.contentHash;
}

bool KindDiff::isEmpty() const
{
    return addedObjects.isEmpty() && removedObjects.isEmpty() && changedObjects.isEmpty()
        && addedItems.isEmpty() && removedItems.isEmpty() && changedItems.isEmpty();
}

} // namespace Lifeboat
