// Archive::rebuildIndex: the index is derived data, rebuilt from the original bytes.
#include "model/archive/Archive.h"

#include "model/archive/ContentStore.h"
#include "model/archive/Database.h"
#include "model/archive/ItemIndex.h"
#include "model/archive/SealedIndex.h"
#include "model/archive/SnapshotStore.h"

#include <QSet>

namespace Lifeboat {

Status Archive::indexParsed(const ObjectRecord &object, const ParsedItems &items)
{
    switch (object.kind) {
    case ItemKind::Contact: return indexContacts(object.id, items.contacts);
    case ItemKind::Event: return indexEvents(object.id, items.events);
    case ItemKind::Todo: return indexTodos(object.id, items.todos);
    case ItemKind::Photo: return items.photo ? indexPhoto(object.id, *items.photo) : Status();
    case ItemKind::Other: return {};
    }
    return {};
}

Status Archive::rebuildIndex(const ParseCallback &parse)
{
    if (Status status = m_index->clear(); !status)
        return status;
    if (m_sealed) {
        if (Status status = m_sealed->clear(); !status)
            return status;
    }
    Result<QList<SnapshotInfo>> all = m_snapshots->snapshots(std::nullopt);
    if (!all)
        return all.error();
    QSet<qint64> done;
    for (const SnapshotInfo &snapshot : std::as_const(*all)) {
        Result<QList<ObjectRecord>> objects = m_snapshots->snapshotObjects(snapshot.id, std::nullopt);
        if (!objects)
            return objects.error();
        for (const ObjectRecord &object : std::as_const(*objects)) {
            if (object.kind == ItemKind::Other || done.contains(object.id))
                continue;
            done.insert(object.id);
            Result<bool> stored = m_content->hasContent(object.contentHash);
            if (!stored)
                return stored.error();
            if (!*stored)
                continue;  // an unfinished snapshot's object: nothing to parse
            QByteArray content;
            bool truncated = false;
            Status read = m_content->read(object.contentHash, [&](const char *data, qsizetype size) {
                const qsizetype room = qsizetype(RebuildReadLimit) - content.size();
                content.append(data, std::min(size, room));
                truncated = truncated || size > room;
                return Status();
            });
            if (!read)
                return read;
            if (truncated && object.kind != ItemKind::Photo)
                continue;
            Result<ParsedItems> items = parse(object.kind, object, content);
            if (!items)
                continue;  // unparsable bytes stay stored; they are just not browsable
            if (Status status = indexParsed(object, *items); !status)
                return status;
        }
    }
    return commit();
}

} // namespace Lifeboat
