#pragma once

#include "common/Result.h"
#include "model/archive/ArchiveTypes.h"

#include <QCoreApplication>

namespace Lifeboat {

class Database;

// Parsed fields of contacts, events, to-dos and photos, kept per object (objects are shared by
// snapshots, so is their index) for browsing, diff and full-text search. Everything here can be
// rebuilt from the original bytes; the listing returns the indexed fields, not the whole item.
class ItemIndex
{
    Q_DECLARE_TR_FUNCTIONS(Lifeboat::ItemIndex)

public:
    explicit ItemIndex(Database &db);

    Status indexContacts(qint64 objectId, const QList<Contact> &contacts);
    Status indexEvents(qint64 objectId, const QList<Event> &events);
    Status indexTodos(qint64 objectId, const QList<Todo> &todos);
    Status indexPhoto(qint64 objectId, const Photo &photo);
    Status clear();

    Result<QList<IndexedContact>> contacts(qint64 snapshotId);
    Result<QList<IndexedEvent>> events(qint64 snapshotId);
    Result<QList<IndexedTodo>> todos(qint64 snapshotId);
    Result<QList<IndexedPhoto>> photos(qint64 snapshotId);
    Result<QByteArray> photoThumbnail(qint64 objectId);

private:
    Status removeObject(const char *table, qint64 objectId, ItemKind kind);
    Status addSearchText(ItemKind kind, qint64 objectId, qint64 indexRowId, const QString &uid,
                         const QString &title, const QString &body);
    static qint64 searchRowId(ItemKind kind, qint64 indexRowId);
    qint64 lastRowId() const;

    Database &m_db;
};

} // namespace Lifeboat
