#include "model/archive/ItemIndex.h"

#include "model/archive/Database.h"
#include "model/archive/IndexCodec.h"

#include <sqlite3.h>

namespace Lifeboat {

using namespace IndexCodec;

namespace {

QStringList phoneNumbers(const Contact &c)
{
    QStringList numbers;
    for (const ContactPhone &phone : c.phones)
        numbers << phone.number;
    return numbers;
}

QStringList emailAddresses(const Contact &c)
{
    QStringList addresses;
    for (const ContactEmail &email : c.emails)
        addresses << email.address;
    return addresses;
}

QString birthdayText(const Contact &c)
{
    return c.birthday.isValid() ? c.birthday.toString(Qt::ISODate) : c.birthdayText;
}

QString timeText(const QDateTime &time)
{
    return time.isValid() ? QString::number(time.toMSecsSinceEpoch()) : QString();
}

} // namespace

ItemIndex::ItemIndex(Database &db) : m_db(db) {}

qint64 ItemIndex::lastRowId() const
{
    return sqlite3_last_insert_rowid(m_db.handle());
}

// The search row of an index row has a rowid derived from it, so that re-indexing an object
// deletes its search rows by rowid instead of scanning the FTS table.
qint64 ItemIndex::searchRowId(ItemKind kind, qint64 indexRowId)
{
    return indexRowId * 8 + static_cast<int>(kind);
}

Status ItemIndex::removeObject(const char *table, qint64 objectId, ItemKind kind)
{
    if (Status status = m_db.beginWrite(); !status)
        return status;
    // Table names are our own constants, never from the file; photo_index rows are keyed by
    // object id, the others by their own id.
    const char *idColumn = kind == ItemKind::Photo ? "object_id" : "id";
    const std::string unsearchSql = std::string("DELETE FROM search_index WHERE rowid IN (SELECT ")
        + idColumn + " * 8 + ?2 FROM " + table + " WHERE object_id = ?1)";
    Result<Statement *> unsearch = m_db.prepare(unsearchSql.c_str());
    if (!unsearch)
        return unsearch.error();
    (*unsearch)->bind(1, objectId);
    (*unsearch)->bind(2, qint64(static_cast<int>(kind)));
    if (Status status = (*unsearch)->run(); !status)
        return status;
    const std::string sql = std::string("DELETE FROM ") + table + " WHERE object_id = ?1";
    Result<Statement *> remove = m_db.prepare(sql.c_str());
    if (!remove)
        return remove.error();
    (*remove)->bind(1, objectId);
    return (*remove)->run();
}

Status ItemIndex::addSearchText(ItemKind kind, qint64 objectId, qint64 indexRowId,
                                const QString &uid, const QString &title, const QString &body)
{
    Result<Statement *> insert = m_db.prepare(
        "INSERT INTO search_index(rowid, title, body, kind, uid, object_id) "
        "VALUES(?6, ?1, ?2, ?3, ?4, ?5)");
    if (!insert)
        return insert.error();
    (*insert)->bind(1, title);
    (*insert)->bind(2, body);
    (*insert)->bind(3, qint64(static_cast<int>(kind)));
    (*insert)->bind(4, uid);
    (*insert)->bind(5, objectId);
    (*insert)->bind(6, searchRowId(kind, indexRowId));
    return (*insert)->run();
}

Status ItemIndex::clear()
{
    if (Status status = m_db.beginWrite(); !status)
        return status;
    return m_db.exec("DELETE FROM contact_index; DELETE FROM event_index; DELETE FROM todo_index; "
                     "DELETE FROM photo_index; DELETE FROM search_index;");
}

Status ItemIndex::indexContacts(qint64 objectId, const QList<Contact> &contacts)
{
    if (Status status = removeObject("contact_index", objectId, ItemKind::Contact); !status)
        return status;
    Result<Statement *> insert = m_db.prepare(
        "INSERT INTO contact_index(object_id, uid, display_name, formatted_name, family_name, "
        "given_name, organization, title, phones, emails, birthday, note, digest) "
        "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)");
    if (!insert)
        return insert.error();
    for (const Contact &c : contacts) {
        const QStringList fields{c.uid, c.displayName(), c.formattedName, c.name.family,
                                 c.name.given, encodeList(c.organization), c.title,
                                 encodeList(phoneNumbers(c)), encodeList(emailAddresses(c)),
                                 birthdayText(c), c.note};
        Statement &s = **insert;
        s.reset();
        s.bind(1, objectId);
        for (int i = 0; i < fields.size(); ++i)
            s.bind(i + 2, fields[i]);
        // The digest covers the whole contact as indexed plus what the index leaves out.
        s.bindBlob(13, digest(QStringList(fields) << c.searchText()
                                                  << QString::fromLatin1(c.photo.toBase64())));
        if (Status status = s.run(); !status)
            return status;
        if (Status status = addSearchText(ItemKind::Contact, objectId, lastRowId(), c.uid, c.displayName(),
                                          c.searchText());
            !status)
            return status;
    }
    return {};
}

Status ItemIndex::indexEvents(qint64 objectId, const QList<Event> &events)
{
    if (Status status = removeObject("event_index", objectId, ItemKind::Event); !status)
        return status;
    Result<Statement *> insert = m_db.prepare(
        "INSERT INTO event_index(object_id, uid, recurrence_id, summary, location, description, "
        "start, end, rrule, status, categories, last_modified, sequence, digest) "
        "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)");
    if (!insert)
        return insert.error();
    for (const Event &e : events) {
        const QStringList fields{e.uid, encodeTime(e.recurrenceId), e.summary, e.location,
                                 e.description, encodeTime(e.start), encodeTime(e.end),
                                 e.recurrenceRule, e.status, encodeList(e.categories)};
        Statement &s = **insert;
        s.reset();
        s.bind(1, objectId);
        for (int i = 0; i < fields.size(); ++i)
            s.bind(i + 2, fields[i]);
        s.bindTime(12, e.lastModified);
        s.bind(13, qint64(e.sequence));
        QStringList digestFields = fields;
        digestFields << timeText(e.lastModified) << QString::number(e.sequence);
        for (const CalendarTime &t : e.exceptionDates)
            digestFields << encodeTime(t);
        for (const Alarm &a : e.alarms)
            digestFields << a.action << QString::number(a.triggerMinutesBefore) << a.description;
        s.bindBlob(14, digest(digestFields));
        if (Status status = s.run(); !status)
            return status;
        if (Status status = addSearchText(ItemKind::Event, objectId, lastRowId(), e.uid, e.summary,
                                          e.searchText());
            !status)
            return status;
    }
    return {};
}

Status ItemIndex::indexTodos(qint64 objectId, const QList<Todo> &todos)
{
    if (Status status = removeObject("todo_index", objectId, ItemKind::Todo); !status)
        return status;
    Result<Statement *> insert = m_db.prepare(
        "INSERT INTO todo_index(object_id, uid, summary, description, start, due, rrule, "
        "categories, completed, status, priority, percent_complete, last_modified, digest) "
        "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)");
    if (!insert)
        return insert.error();
    for (const Todo &t : todos) {
        const QStringList fields{t.uid, t.summary, t.description, encodeTime(t.start),
                                 encodeTime(t.due), t.recurrenceRule, encodeList(t.categories)};
        Statement &s = **insert;
        s.reset();
        s.bind(1, objectId);
        for (int i = 0; i < fields.size(); ++i)
            s.bind(i + 2, fields[i]);
        s.bindTime(9, t.completed);
        s.bind(10, qint64(static_cast<int>(t.status)));
        s.bind(11, qint64(t.priority));
        s.bind(12, qint64(t.percentComplete));
        s.bindTime(13, t.lastModified);
        QStringList digestFields = fields;
        digestFields << timeText(t.completed) << QString::number(static_cast<int>(t.status))
                     << QString::number(t.priority) << QString::number(t.percentComplete)
                     << timeText(t.lastModified);
        s.bindBlob(14, digest(digestFields));
        if (Status status = s.run(); !status)
            return status;
        if (Status status = addSearchText(ItemKind::Todo, objectId, lastRowId(), t.uid, t.summary,
                                          t.searchText());
            !status)
            return status;
    }
    return {};
}

Status ItemIndex::indexPhoto(qint64 objectId, const Photo &p)
{
    if (Status status = removeObject("photo_index", objectId, ItemKind::Photo); !status)
        return status;
    Result<Statement *> insert = m_db.prepare(
        "INSERT INTO photo_index(object_id, name, path, size, taken, modified, width, height, "
        "mime_type, thumbnail) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
    if (!insert)
        return insert.error();
    Statement &s = **insert;
    s.bind(1, objectId);
    s.bind(2, p.name);
    s.bind(3, p.path);
    s.bind(4, qint64(p.size));
    s.bindTime(5, p.taken);
    s.bindTime(6, p.modified);
    s.bind(7, qint64(p.width));
    s.bind(8, qint64(p.height));
    s.bind(9, p.mimeType);
    s.bindBlob(10, p.thumbnail);
    if (Status status = s.run(); !status)
        return status;
    return addSearchText(ItemKind::Photo, objectId, objectId, QString(), p.name, p.path);
}

} // namespace Lifeboat
