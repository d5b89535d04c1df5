#pragma once

#include "common/Result.h"
#include "model/items/ItemKind.h"

#include <QByteArray>
#include <QCoreApplication>

namespace Lifeboat {

class ArchiveCipher;
class Database;

// The index of an encrypted archive. Browsing, diff and full-text search run the same SQL as
// in an unencrypted archive, against TEMP tables of the same names (SQLite looks up an
// unqualified name in `temp` before `main`), which live in memory only (temp_store = MEMORY).
// What reaches the file is one sealed record per (object, kind): the object's index rows and
// search rows, serialized and encrypted with the object as associated data; thumbnails are
// sealed one per photo and opened only when shown.
//
// Why not encrypt the columns and keep FTS5 in the file: FTS5's own tables store every token
// in plaintext, and encrypted columns can neither be sorted nor matched by SQL, so every query
// would need rewriting. Why not decrypt on every search: a search would read and decrypt the
// whole index each time. Loading once per connection costs a decrypt of the index at open (a
// few MB for thousands of contacts and events; thumbnails stay sealed), after which every
// query is as fast as in a plain archive. A connection sees the index as it was when it opened
// plus its own writes; a reader reopens to see another connection's new snapshot.
class SealedIndex
{
    Q_DECLARE_TR_FUNCTIONS(Lifeboat::SealedIndex)

public:
    SealedIndex(Database &db, const ArchiveCipher &cipher);

    // Creates the temp tables and fills them from the sealed records.
    Status load();
    // Seals what the temp tables now hold for the object (after ItemIndex indexed it).
    Status persist(qint64 objectId, ItemKind kind);
    Status clear();
    Result<QByteArray> thumbnail(qint64 objectId);
    // For verify: the number of sealed records that do not open.
    Result<qint64> countDamaged();

private:
    Status createTempTables();
    Status loadRecord(qint64 objectId, qint64 kind, const QByteArray &sealed);
    Status persistThumbnail(qint64 objectId);

    Database &m_db;
    const ArchiveCipher &m_cipher;
};

} // namespace Lifeboat
