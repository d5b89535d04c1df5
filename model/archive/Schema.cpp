#include "model/archive/Schema.h"

#include "model/archive/Database.h"

#include <QFile>
#include <QMap>

#include <sqlite3.h>

namespace Lifeboat {

namespace {

// Version 1. A later version appends a migration to Migrations and changes SchemaSql so that a
// fresh file and a migrated one have the same shape (validate() compares the statement texts
// and the columns; a migration recreates a changed table rather than ALTERing it).
const char *const SchemaSql = R"sql(
CREATE TABLE devices(
  id INTEGER PRIMARY KEY,
  serial TEXT NOT NULL UNIQUE,
  manufacturer TEXT NOT NULL,
  model TEXT NOT NULL,
  friendly_name TEXT NOT NULL);
CREATE TABLE snapshots(
  id INTEGER PRIMARY KEY,
  device_id INTEGER NOT NULL REFERENCES devices(id),
  state TEXT NOT NULL CHECK(state IN ('running','complete','failed','cancelled')),
  started INTEGER NOT NULL,
  finished INTEGER,
  error TEXT NOT NULL DEFAULT '',
  contacts INTEGER NOT NULL DEFAULT 0,
  events INTEGER NOT NULL DEFAULT 0,
  todos INTEGER NOT NULL DEFAULT 0,
  photos INTEGER NOT NULL DEFAULT 0,
  other INTEGER NOT NULL DEFAULT 0,
  object_count INTEGER NOT NULL DEFAULT 0,
  total_bytes INTEGER NOT NULL DEFAULT 0);
CREATE INDEX snapshots_device ON snapshots(device_id, state);
CREATE TABLE chunks(
  id INTEGER PRIMARY KEY,
  hash BLOB NOT NULL UNIQUE,
  size INTEGER NOT NULL,
  data BLOB NOT NULL);
CREATE TABLE contents(
  id INTEGER PRIMARY KEY,
  hash BLOB NOT NULL UNIQUE,
  size INTEGER NOT NULL,
  chunk_count INTEGER NOT NULL);
CREATE TABLE content_chunks(
  content_id INTEGER NOT NULL REFERENCES contents(id),
  seq INTEGER NOT NULL,
  chunk_id INTEGER NOT NULL REFERENCES chunks(id),
  PRIMARY KEY(content_id, seq)) WITHOUT ROWID;
CREATE INDEX content_chunks_chunk ON content_chunks(chunk_id);
CREATE TABLE pending_chunks(
  resume_key TEXT NOT NULL,
  seq INTEGER NOT NULL,
  chunk_id INTEGER NOT NULL REFERENCES chunks(id),
  PRIMARY KEY(resume_key, seq)) WITHOUT ROWID;
CREATE TABLE finished_keys(
  resume_key TEXT PRIMARY KEY,
  content_id INTEGER NOT NULL REFERENCES contents(id)) WITHOUT ROWID;
CREATE TABLE objects(
  id INTEGER PRIMARY KEY,
  storage_id INTEGER NOT NULL,
  storage_description TEXT NOT NULL,
  parent_path TEXT NOT NULL,
  name TEXT NOT NULL,
  format INTEGER NOT NULL,
  size INTEGER NOT NULL,
  modified INTEGER,
  kind INTEGER NOT NULL,
  content_hash BLOB NOT NULL);
CREATE INDEX objects_path ON objects(parent_path, name);
CREATE INDEX objects_content ON objects(content_hash);
CREATE TABLE snapshot_objects(
  snapshot_id INTEGER NOT NULL REFERENCES snapshots(id),
  object_id INTEGER NOT NULL REFERENCES objects(id),
  PRIMARY KEY(snapshot_id, object_id)) WITHOUT ROWID;
CREATE INDEX snapshot_objects_object ON snapshot_objects(object_id);
CREATE TABLE contact_index(
  id INTEGER PRIMARY KEY,
  object_id INTEGER NOT NULL REFERENCES objects(id),
  uid TEXT NOT NULL,
  display_name TEXT NOT NULL,
  formatted_name TEXT NOT NULL,
  family_name TEXT NOT NULL,
  given_name TEXT NOT NULL,
  organization TEXT NOT NULL,
  title TEXT NOT NULL,
  phones TEXT NOT NULL,
  emails TEXT NOT NULL,
  birthday TEXT NOT NULL,
  note TEXT NOT NULL,
  digest BLOB NOT NULL);
CREATE INDEX contact_index_object ON contact_index(object_id);
CREATE TABLE event_index(
  id INTEGER PRIMARY KEY,
  object_id INTEGER NOT NULL REFERENCES objects(id),
  uid TEXT NOT NULL,
  recurrence_id TEXT NOT NULL,
  summary TEXT NOT NULL,
  location TEXT NOT NULL,
  description TEXT NOT NULL,
  start TEXT NOT NULL,
  end TEXT NOT NULL,
  rrule TEXT NOT NULL,
  status TEXT NOT NULL,
  categories TEXT NOT NULL,
  last_modified INTEGER,
  sequence INTEGER NOT NULL,
  digest BLOB NOT NULL);
CREATE INDEX event_index_object ON event_index(object_id);
CREATE TABLE todo_index(
  id INTEGER PRIMARY KEY,
  object_id INTEGER NOT NULL REFERENCES objects(id),
  uid TEXT NOT NULL,
  summary TEXT NOT NULL,
  description TEXT NOT NULL,
  start TEXT NOT NULL,
  due TEXT NOT NULL,
  completed INTEGER,
  status INTEGER NOT NULL,
  priority INTEGER NOT NULL,
  percent_complete INTEGER NOT NULL,
  rrule TEXT NOT NULL,
  categories TEXT NOT NULL,
  last_modified INTEGER,
  digest BLOB NOT NULL);
CREATE INDEX todo_index_object ON todo_index(object_id);
CREATE TABLE photo_index(
  object_id INTEGER PRIMARY KEY REFERENCES objects(id),
  name TEXT NOT NULL,
  path TEXT NOT NULL,
  size INTEGER NOT NULL,
  taken INTEGER,
  modified INTEGER,
  width INTEGER NOT NULL,
  height INTEGER NOT NULL,
  mime_type TEXT NOT NULL,
  thumbnail BLOB NOT NULL);
CREATE VIRTUAL TABLE search_index USING fts5(title, body, kind UNINDEXED, uid UNINDEXED, object_id UNINDEXED, tokenize='unicode61 remove_diacritics 2');
)sql";

// The tables only an encrypted archive has (see ArchiveKeyring and SealedIndex). An
// unencrypted archive keeps exactly the shape above; validate() expects these when the file has
// an `encryption` table and refuses them otherwise.
const char *const EncryptionSql = R"sql(
CREATE TABLE encryption(
  id INTEGER PRIMARY KEY CHECK(id = 1),
  version INTEGER NOT NULL,
  kdf_salt BLOB NOT NULL,
  kdf_opslimit INTEGER NOT NULL,
  kdf_memlimit INTEGER NOT NULL,
  wrapped_key BLOB NOT NULL,
  key_check BLOB NOT NULL);
CREATE TABLE sealed_index(
  object_id INTEGER NOT NULL REFERENCES objects(id),
  kind INTEGER NOT NULL,
  data BLOB NOT NULL,
  PRIMARY KEY(object_id, kind)) WITHOUT ROWID;
CREATE TABLE sealed_thumbnails(
  object_id INTEGER PRIMARY KEY REFERENCES objects(id),
  data BLOB NOT NULL);
)sql";

// Migrations[i] upgrades a file of version i + 1 to version i + 2.
const char *const Migrations[] = {nullptr};
constexpr int MigrationCount = 0;

struct SchemaObject
{
    QString type;
    QString table;
    // Compared in full: a CHECK or DEFAULT expression, or a virtual table's module, is code the
    // file would have us run. A migration must leave the same text a fresh file has.
    QString sql;
    bool operator==(const SchemaObject &) const = default;
};

using SchemaShape = QMap<QString, SchemaObject>;

Result<SchemaShape> readShape(Database &db)
{
    SchemaShape shape;
    Result<Statement *> statement =
        db.prepare("SELECT type, name, tbl_name, sql FROM sqlite_schema");
    if (!statement)
        return statement.error();
    for (;;) {
        Result<bool> row = (*statement)->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        const QString type = (*statement)->text(0);
        const QString sql = (*statement)->text(3).simplified();
        shape.insert(type + u':' + (*statement)->text(1),
                     SchemaObject{type, (*statement)->text(2), sql});
    }
    return shape;
}

Result<QStringList> readColumns(Database &db, const QString &table)
{
    // table_xinfo is a table-valued pragma: a bound name, no SQL built from the file's strings.
    Result<Statement *> statement = db.prepare(
        "SELECT name, type, \"notnull\", pk FROM pragma_table_xinfo(?1)");
    if (!statement)
        return statement.error();
    (*statement)->bind(1, table);
    QStringList columns;
    for (;;) {
        Result<bool> row = (*statement)->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        columns << QStringLiteral("%1 %2 %3 %4")
                       .arg((*statement)->text(0), (*statement)->text(1))
                       .arg((*statement)->int64(2))
                       .arg((*statement)->int64(3));
    }
    return columns;
}

} // namespace

Status Schema::create(Database &db, bool encrypted)
{
    if (Status status = db.beginWrite(); !status)
        return status;
    if (Status status = db.exec(SchemaSql); !status)
        return status;
    if (encrypted) {
        if (Status status = db.exec(EncryptionSql); !status)
            return status;
    }
    const QByteArray pragmas = QStringLiteral("PRAGMA application_id = %1; PRAGMA user_version = %2;")
                                   .arg(ApplicationId)
                                   .arg(CurrentVersion)
                                   .toLatin1();
    if (Status status = db.exec(pragmas.constData()); !status)
        return status;
    return db.commit();
}

Status Schema::openExisting(Database &db)
{
    int version = 0;
    if (Status status = checkHeader(db, &version); !status)
        return status;
    if (version < CurrentVersion) {
        if (db.isReadOnly())
            return Error(ErrorCode::Archive,
                         tr("The archive %1 was written by an older Lifeboat. Open it once for "
                            "writing so that it can be upgraded.").arg(db.path()),
                         QStringLiteral("user_version %1").arg(version));
        // Check the old shape before migrating would need the old schema texts; migrations are
        // plain DDL on our own tables, and the result is validated below before any use.
        if (Status status = migrate(db, version); !status)
            return status;
    }
    if (Status status = validate(db); !status)
        return status;
    return quickCheck(db);
}

Status Schema::quickCheck(Database &db)
{
    // Every table but `chunks`: that one is nearly the whole file (checking it reads every
    // page, about 0.5 s per GB even from the page cache, at every open), and verify() checks it
    // with integrity_check and by re-hashing every chunk. SQLite reports damage it meets while
    // reading chunks as SQLITE_CORRUPT, which becomes a clear error, never a crash.
    Result<Statement *> tables = db.prepare(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name <> 'chunks' "
        "AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name");
    if (!tables)
        return tables.error();
    QStringList names;
    for (;;) {
        Result<bool> row = (*tables)->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        names << (*tables)->text(0);
    }
    Result<Statement *> check = db.prepare("SELECT * FROM pragma_quick_check(?1)");
    if (!check)
        return check.error();
    for (const QString &name : std::as_const(names)) {
        (*check)->reset();
        (*check)->bind(1, name);
        Result<bool> row = (*check)->step();
        if (!row)
            return row.error();
        const QString result = *row ? (*check)->text(0) : QString();
        (*check)->reset();
        if (result != u"ok")
            return Error(ErrorCode::Archive,
                         tr("The archive %1 is damaged and cannot be opened safely. Use a backup "
                            "copy of the file if you have one.")
                             .arg(db.path()),
                         QStringLiteral("quick_check(%1): %2").arg(name, result.left(200)));
    }
    return {};
}

Status Schema::checkHeader(Database &db, int *version)
{
    QFile file(db.path());
    QByteArray header;
    if (file.open(QIODevice::ReadOnly))
        header = file.read(100);
    // SQLite's own header check gives "file is not a database" only on first access; a clear
    // message up front names what the file is not.
    if (header.size() < 100 || !header.startsWith("SQLite format 3\0"))
        return Error(ErrorCode::Archive,
                     tr("%1 is not a Lifeboat archive (it is not an SQLite database).")
                         .arg(db.path()),
                     QStringLiteral("bad SQLite header"));
    Result<qint64> applicationId = db.queryInt("PRAGMA application_id");
    if (!applicationId)
        return applicationId.error();
    if (*applicationId != ApplicationId)
        return Error(ErrorCode::Archive,
                     tr("%1 is an SQLite database but not a Lifeboat archive.").arg(db.path()),
                     QStringLiteral("application_id %1").arg(*applicationId));
    Result<qint64> userVersion = db.queryInt("PRAGMA user_version");
    if (!userVersion)
        return userVersion.error();
    if (*userVersion > CurrentVersion)
        return Error(ErrorCode::NewerArchive,
                     tr("The archive %1 was written by a newer version of Lifeboat (archive "
                        "format %2, this version reads up to %3). Update Lifeboat to open it.")
                         .arg(db.path())
                         .arg(*userVersion)
                         .arg(CurrentVersion),
                     QStringLiteral("user_version %1").arg(*userVersion));
    if (*userVersion < 1)
        return Error(ErrorCode::Archive,
                     tr("%1 is not a complete Lifeboat archive.").arg(db.path()),
                     QStringLiteral("user_version %1").arg(*userVersion));
    *version = int(*userVersion);
    return {};
}

Status Schema::migrate(Database &db, int fromVersion)
{
    if (Status status = db.beginWrite(); !status)
        return status;
    for (int version = fromVersion; version < CurrentVersion; ++version) {
        const int index = version - 1;
        if (index >= MigrationCount || !Migrations[index]) {
            db.rollback();
            return Error(ErrorCode::Internal, tr("No upgrade path for this archive version."),
                         QStringLiteral("from %1").arg(version));
        }
        if (Status status = db.exec(Migrations[index]); !status) {
            db.rollback();
            return status;
        }
    }
    const QByteArray pragma =
        QStringLiteral("PRAGMA user_version = %1").arg(CurrentVersion).toLatin1();
    if (Status status = db.exec(pragma.constData()); !status) {
        db.rollback();
        return status;
    }
    return db.commit();
}

Status Schema::validate(Database &db)
{
    Result<std::unique_ptr<Database>> reference = Database::open(QStringLiteral(":memory:"),
                                                                 Database::Access::Create);
    if (!reference)
        return reference.error();
    if (Status status = (*reference)->exec(SchemaSql); !status)
        return status;
    Result<qint64> encrypted = db.queryInt(
        "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'encryption'");
    if (!encrypted)
        return encrypted.error();
    if (*encrypted > 0) {
        if (Status status = (*reference)->exec(EncryptionSql); !status)
            return status;
    }
    Result<SchemaShape> expected = readShape(**reference);
    Result<SchemaShape> actual = readShape(db);
    if (!expected)
        return expected.error();
    if (!actual)
        return actual.error();

    auto refuse = [&db](const QString &detail) {
        return Error(ErrorCode::Archive,
                     tr("%1 does not have the structure of a Lifeboat archive; it may have been "
                        "changed by another program. It was not opened.").arg(db.path()),
                     detail);
    };
    for (auto it = actual->cbegin(); it != actual->cend(); ++it) {
        if (!expected->contains(it.key()))
            return refuse(QStringLiteral("unexpected schema object %1").arg(it.key()));
        if (expected->value(it.key()) != it.value())
            return refuse(QStringLiteral("schema object %1 differs").arg(it.key()));
    }
    for (auto it = expected->cbegin(); it != expected->cend(); ++it) {
        if (!actual->contains(it.key()))
            return refuse(QStringLiteral("missing schema object %1").arg(it.key()));
        if (it->type != u"table")
            continue;
        Result<QStringList> want = readColumns(**reference, it.key().section(u':', 1));
        Result<QStringList> have = readColumns(db, it.key().section(u':', 1));
        if (!want)
            return want.error();
        if (!have)
            return have.error();
        if (*want != *have)
            return refuse(QStringLiteral("columns of %1 differ").arg(it.key()));
    }
    return {};
}

} // namespace Lifeboat
