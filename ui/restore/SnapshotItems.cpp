#include "ui/restore/SnapshotItems.h"

#include "model/archive/Archive.h"

#include <algorithm>

namespace Lifeboat {

namespace {

// An object may hold several items (one vCard file with many contacts): name the first few.
QString joinTitles(const QStringList &titles)
{
    constexpr qsizetype Shown = 3;
    if (titles.size() <= Shown)
        return titles.join(QStringLiteral(", "));
    return SnapshotItems::tr("%1 and %2 more")
        .arg(titles.mid(0, Shown).join(QStringLiteral(", ")), QString::number(titles.size() - Shown));
}

} // namespace

Result<SnapshotItems> SnapshotItems::load(Archive &archive, qint64 snapshotId)
{
    auto objects = archive.snapshotObjects(snapshotId);
    if (!objects)
        return objects.error();
    auto contacts = archive.contacts(snapshotId);
    if (!contacts)
        return contacts.error();
    auto events = archive.events(snapshotId);
    if (!events)
        return events.error();
    auto todos = archive.todos(snapshotId);
    if (!todos)
        return todos.error();

    QHash<qint64, QStringList> titles;
    for (const IndexedContact &contact : std::as_const(*contacts))
        titles[contact.objectId].append(contact.item.displayName());
    for (const IndexedEvent &event : std::as_const(*events))
        titles[event.objectId].append(event.item.summary);
    for (const IndexedTodo &todo : std::as_const(*todos))
        titles[todo.objectId].append(todo.item.summary);

    SnapshotItems result;
    for (const ObjectRecord &object : std::as_const(*objects)) {
        if (object.kind == ItemKind::Other)
            continue;  // neither backed up for restoring nor restored
        QStringList names = titles.value(object.id);
        names.removeAll(QString());
        result.m_items.append({object.id, object.kind, object.path(),
                               names.isEmpty() ? object.name : joinTitles(names)});
    }
    // As a person looks for them: contacts first, photos last, each kind alphabetically.
    std::stable_sort(result.m_items.begin(), result.m_items.end(), [](const SnapshotItem &a, const SnapshotItem &b) {
        if (a.kind != b.kind)
            return int(a.kind) < int(b.kind);
        return a.title.localeAwareCompare(b.title) < 0;
    });
    for (qsizetype i = 0; i < result.m_items.size(); ++i)
        result.m_byPath.insert(result.m_items.at(i).path, i);
    return result;
}

QString SnapshotItems::titleForPath(const QString &path) const
{
    const auto it = m_byPath.constFind(path);
    return it == m_byPath.cend() ? path : m_items.at(*it).title;
}

} // namespace Lifeboat
