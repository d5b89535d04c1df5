// The read side of ItemIndex: what the browser lists for one snapshot.
#include "model/archive/ItemIndex.h"

#include "model/archive/Database.h"
#include "model/archive/IndexCodec.h"

#include <algorithm>

namespace Lifeboat {

using namespace IndexCodec;

namespace {

template<typename Item, typename Read>
Result<QList<Indexed<Item>>> listIndex(Database &db, const char *sql, qint64 snapshotId, Read read)
{
    Result<Statement *> select = db.prepare(sql);
    if (!select)
        return select.error();
    (*select)->bind(1, snapshotId);
    QList<Indexed<Item>> result;
    for (;;) {
        Result<bool> row = (*select)->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        result.append(Indexed<Item>{(*select)->int64(0), read(**select)});
    }
    return result;
}

} // namespace

Result<QList<IndexedContact>> ItemIndex::contacts(qint64 snapshotId)
{
    return listIndex<Contact>(
        m_db,
        "SELECT i.object_id, i.uid, i.formatted_name, i.family_name, i.given_name, "
        "i.organization, i.title, i.phones, i.emails, i.birthday, i.note FROM contact_index i "
        "JOIN snapshot_objects m ON m.object_id = i.object_id WHERE m.snapshot_id = ?1 "
        "ORDER BY i.display_name, i.id",
        snapshotId, [](const Statement &s) {
            Contact c;
            c.uid = s.text(1);
            c.formattedName = s.text(2);
            c.name.family = s.text(3);
            c.name.given = s.text(4);
            c.organization = decodeList(s.text(5));
            c.title = s.text(6);
            // Members set by name: ContactPhone/ContactEmail grew fields on the vcard branch.
            for (const QString &number : decodeList(s.text(7))) {
                ContactPhone phone;
                phone.number = number;
                c.phones.append(phone);
            }
            for (const QString &address : decodeList(s.text(8))) {
                ContactEmail email;
                email.address = address;
                c.emails.append(email);
            }
            const QString birthday = s.text(9);
            c.birthday = QDate::fromString(birthday, Qt::ISODate);
            if (!c.birthday.isValid())
                c.birthdayText = birthday;
            c.note = s.text(10);
            return c;
        });
}

Result<QList<IndexedEvent>> ItemIndex::events(qint64 snapshotId)
{
    return listIndex<Event>(
        m_db,
        "SELECT i.object_id, i.uid, i.recurrence_id, i.summary, i.location, i.description, "
        "i.start, i.end, i.rrule, i.status, i.categories, i.last_modified, i.sequence "
        "FROM event_index i JOIN snapshot_objects m ON m.object_id = i.object_id "
        "WHERE m.snapshot_id = ?1 ORDER BY i.start, i.id",
        snapshotId, [](const Statement &s) {
            Event e;
            e.uid = s.text(1);
            e.recurrenceId = decodeTime(s.text(2));
            e.summary = s.text(3);
            e.location = s.text(4);
            e.description = s.text(5);
            e.start = decodeTime(s.text(6));
            e.end = decodeTime(s.text(7));
            e.recurrenceRule = s.text(8);
            e.status = s.text(9);
            e.categories = decodeList(s.text(10));
            e.lastModified = s.time(11);
            e.sequence = int(s.int64(12));
            return e;
        });
}

Result<QList<IndexedTodo>> ItemIndex::todos(qint64 snapshotId)
{
    return listIndex<Todo>(
        m_db,
        "SELECT i.object_id, i.uid, i.summary, i.description, i.start, i.due, i.rrule, "
        "i.categories, i.completed, i.status, i.priority, i.percent_complete, i.last_modified "
        "FROM todo_index i JOIN snapshot_objects m ON m.object_id = i.object_id "
        "WHERE m.snapshot_id = ?1 ORDER BY i.due, i.id",
        snapshotId, [](const Statement &s) {
            Todo t;
            t.uid = s.text(1);
            t.summary = s.text(2);
            t.description = s.text(3);
            t.start = decodeTime(s.text(4));
            t.due = decodeTime(s.text(5));
            t.recurrenceRule = s.text(6);
            t.categories = decodeList(s.text(7));
            t.completed = s.time(8);
            const qint64 status = s.int64(9);
            t.status = status >= 0 && status <= static_cast<int>(Todo::Status::Cancelled)
                ? static_cast<Todo::Status>(status)
                : Todo::Status::None;
            t.priority = int(std::clamp(s.int64(10), qint64(0), qint64(9)));
            t.percentComplete = int(std::clamp(s.int64(11), qint64(0), qint64(100)));
            t.lastModified = s.time(12);
            return t;
        });
}

Result<QList<IndexedPhoto>> ItemIndex::photos(qint64 snapshotId)
{
    // The thumbnail stays out of the list: photoThumbnail() fetches it when a cell is shown.
    return listIndex<Photo>(
        m_db,
        "SELECT i.object_id, i.name, i.path, i.size, i.taken, i.modified, i.width, i.height, "
        "i.mime_type FROM photo_index i JOIN snapshot_objects m ON m.object_id = i.object_id "
        "WHERE m.snapshot_id = ?1 ORDER BY coalesce(i.taken, i.modified), i.object_id",
        snapshotId, [](const Statement &s) {
            Photo p;
            p.name = s.text(1);
            p.path = s.text(2);
            p.size = quint64(s.int64(3));
            p.taken = s.time(4);
            p.modified = s.time(5);
            p.width = int(s.int64(6));
            p.height = int(s.int64(7));
            p.mimeType = s.text(8);
            return p;
        });
}

Result<QByteArray> ItemIndex::photoThumbnail(qint64 objectId)
{
    Result<Statement *> select =
        m_db.prepare("SELECT thumbnail FROM photo_index WHERE object_id = ?1");
    if (!select)
        return select.error();
    (*select)->bind(1, objectId);
    Result<bool> row = (*select)->step();
    if (!row)
        return row.error();
    if (!*row)
        return Error(ErrorCode::NotFound, tr("No photo is indexed for object %1.").arg(objectId));
    QByteArray thumbnail = (*select)->blob(0);
    (*select)->reset();
    return thumbnail;
}

} // namespace Lifeboat
