#include "model/archive/SealedIndex.h"

#include "model/archive/ArchiveCipher.h"
#include "model/archive/Database.h"
#include "model/archive/SecretBytes.h"
#include "model/ModelLog.h"

#include <QDataStream>
#include <QIODevice>
#include <QRegularExpression>

#include <string>

namespace Lifeboat {

namespace {

constexpr quint32 RecordVersion = 1;
using Rows = QList<QVariantList>;

struct IndexTable
{
    const char *name;
    const char *idColumn;  // the column the search row's rowid is derived from (ItemIndex)
};

std::optional<IndexTable> tableFor(qint64 kind)
{
    switch (kind) {
    case int(ItemKind::Contact): return IndexTable{"contact_index", "id"};
    case int(ItemKind::Event): return IndexTable{"event_index", "id"};
    case int(ItemKind::Todo): return IndexTable{"todo_index", "id"};
    case int(ItemKind::Photo): return IndexTable{"photo_index", "object_id"};
    default: return std::nullopt;
    }
}

QByteArray recordAssociatedData(qint64 objectId, qint64 kind)
{
    return QByteArrayLiteral("index|") + QByteArray::number(objectId) + '|'
        + QByteArray::number(kind);
}

QByteArray thumbnailAssociatedData(qint64 objectId)
{
    return QByteArrayLiteral("thumbnail|") + QByteArray::number(objectId);
}

Result<Rows> readRows(Database &db, const std::string &sql, qint64 objectId)
{
    Result<Statement *> select = db.prepare(sql.c_str());
    if (!select)
        return select.error();
    (*select)->bind(1, objectId);
    Rows rows;
    for (;;) {
        Result<bool> row = (*select)->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        QVariantList values;
        for (int c = 0; c < (*select)->columnCount(); ++c)
            values << (*select)->value(c);
        rows << values;
    }
    return rows;
}

Status insertRows(Database &db, const std::string &sql, const Rows &rows)
{
    Result<Statement *> insert = db.prepare(sql.c_str());
    if (!insert)
        return insert.error();
    for (const QVariantList &values : rows) {
        (*insert)->reset();
        for (int i = 0; i < values.size(); ++i)
            (*insert)->bindValue(i + 1, values[i]);
        if (Status status = (*insert)->run(); !status)
            return status;
    }
    return {};
}

std::string placeholders(qsizetype count)
{
    std::string text;
    for (qsizetype i = 1; i <= count; ++i)
        text += (i > 1 ? ", ?" : "?") + std::to_string(i);
    return text;
}

} // namespace

SealedIndex::SealedIndex(Database &db, const ArchiveCipher &cipher) : m_db(db), m_cipher(cipher) {}

Status SealedIndex::createTempTables()
{
    // The statements are the file's own index tables, already checked to be exactly ours
    // (Schema::validate), moved to `temp` and without the foreign keys (a temp table cannot
    // refer to a table of `main`).
    Result<Statement *> select = m_db.prepare(
        "SELECT sql FROM main.sqlite_schema WHERE tbl_name IN ('contact_index', 'event_index', "
        "'todo_index', 'photo_index', 'search_index') AND sql IS NOT NULL "
        "AND name NOT LIKE 'search_index_%' ORDER BY type DESC, name");
    if (!select)
        return select.error();
    QStringList statements;
    for (;;) {
        Result<bool> row = (*select)->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        statements << (*select)->text(0);
    }
    static const QRegularExpression references(QStringLiteral(" REFERENCES objects\\(id\\)"));
    for (QString sql : std::as_const(statements)) {
        sql.remove(references);
        if (sql.startsWith(u"CREATE TABLE "))
            sql.replace(0, 13, QStringLiteral("CREATE TEMP TABLE "));
        else if (sql.startsWith(u"CREATE INDEX "))
            sql.insert(13, QStringLiteral("temp."));
        else if (sql.startsWith(u"CREATE VIRTUAL TABLE "))
            sql.insert(21, QStringLiteral("temp."));
        if (Status status = m_db.exec(sql.toUtf8().constData()); !status)
            return status;
    }
    return {};
}

Status SealedIndex::load()
{
    // Temp tables are written even on a read-only connection: they are never in the file.
    const bool readOnly = m_db.isReadOnly();
    if (readOnly) {
        if (Status status = m_db.exec("PRAGMA query_only = OFF"); !status)
            return status;
    }
    Status result = m_db.exec("BEGIN");
    if (result)
        result = createTempTables();
    if (result) {
        // Not a cached statement: the loop prepares others while this one steps.
        Result<Statement *> select =
            m_db.prepare("SELECT object_id, kind, data FROM main.sealed_index ORDER BY object_id");
        if (!select) {
            result = select.error();
        } else {
            std::vector<std::tuple<qint64, qint64, QByteArray>> records;
            for (;;) {
                Result<bool> row = (*select)->step();
                if (!row) {
                    result = row.error();
                    break;
                }
                if (!*row)
                    break;
                records.emplace_back((*select)->int64(0), (*select)->int64(1), (*select)->blob(2));
            }
            for (const auto &[objectId, kind, sealed] : records) {
                if (!result)
                    break;
                result = loadRecord(objectId, kind, sealed);
            }
        }
    }
    if (result)
        result = m_db.exec("COMMIT");
    else
        (void)m_db.exec("ROLLBACK");
    if (readOnly)
        (void)m_db.exec("PRAGMA query_only = ON");
    return result;
}

Status SealedIndex::loadRecord(qint64 objectId, qint64 kind, const QByteArray &sealed)
{
    const std::optional<IndexTable> table = tableFor(kind);
    QByteArray plain;
    if (!table
        || !m_cipher.open(sealed.constData(), sealed.size(), recordAssociatedData(objectId, kind),
                          plain)) {
        // The index is derived data: a damaged record hides that object from browsing and
        // search, verify reports it, and a rebuild of the index restores it.
        qCWarning(lcModel, "archive %s: sealed index record of object %lld does not open",
                  qPrintable(m_db.path()), objectId);
        return {};
    }
    QDataStream in(plain);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 version = 0;
    Rows rows;
    Rows searchRows;
    in >> version >> rows >> searchRows;
    wipe(plain);
    if (in.status() != QDataStream::Ok || version != RecordVersion) {
        qCWarning(lcModel, "archive %s: sealed index record of object %lld is unreadable",
                  qPrintable(m_db.path()), objectId);
        return {};
    }
    if (!rows.isEmpty()) {
        const std::string sql = std::string("INSERT OR REPLACE INTO temp.") + table->name
            + " VALUES(" + placeholders(rows.first().size()) + ")";
        if (Status status = insertRows(m_db, sql, rows); !status)
            return status;
    }
    return insertRows(m_db,
                      "INSERT OR REPLACE INTO temp.search_index(rowid, title, body, kind, uid, "
                      "object_id) VALUES(?1, ?2, ?3, ?4, ?5, ?6)",
                      searchRows);
}

Status SealedIndex::persist(qint64 objectId, ItemKind kind)
{
    const std::optional<IndexTable> table = tableFor(int(kind));
    if (!table)
        return {};
    if (Status status = m_db.beginWrite(); !status)
        return status;
    if (kind == ItemKind::Photo) {
        if (Status status = persistThumbnail(objectId); !status)
            return status;
    }
    Result<Rows> rows = readRows(
        m_db, std::string("SELECT * FROM temp.") + table->name + " WHERE object_id = ?1", objectId);
    if (!rows)
        return rows.error();
    Result<Rows> searchRows = readRows(
        m_db,
        std::string("SELECT rowid, title, body, kind, uid, object_id FROM temp.search_index "
                    "WHERE rowid IN (SELECT ")
            + table->idColumn + " * 8 + " + std::to_string(int(kind)) + " FROM temp."
            + table->name + " WHERE object_id = ?1)",
        objectId);
    if (!searchRows)
        return searchRows.error();
    if (rows->isEmpty() && searchRows->isEmpty()) {
        Result<Statement *> remove =
            m_db.prepare("DELETE FROM main.sealed_index WHERE object_id = ?1 AND kind = ?2");
        if (!remove)
            return remove.error();
        (*remove)->bind(1, objectId);
        (*remove)->bind(2, qint64(int(kind)));
        return (*remove)->run();
    }
    QByteArray plain;
    {
        QDataStream out(&plain, QIODevice::WriteOnly);
        out.setVersion(QDataStream::Qt_6_4);
        out << RecordVersion << *rows << *searchRows;
    }
    const QByteArray sealed = m_cipher.seal(plain, recordAssociatedData(objectId, int(kind)));
    wipe(plain);
    Result<Statement *> store = m_db.prepare(
        "INSERT OR REPLACE INTO main.sealed_index(object_id, kind, data) VALUES(?1, ?2, ?3)");
    if (!store)
        return store.error();
    (*store)->bind(1, objectId);
    (*store)->bind(2, qint64(int(kind)));
    (*store)->bindBlob(3, sealed);
    return (*store)->run();
}

Status SealedIndex::persistThumbnail(qint64 objectId)
{
    Result<Statement *> select =
        m_db.prepare("SELECT thumbnail FROM temp.photo_index WHERE object_id = ?1");
    if (!select)
        return select.error();
    (*select)->bind(1, objectId);
    Result<bool> row = (*select)->step();
    if (!row)
        return row.error();
    QByteArray thumbnail = *row ? (*select)->blob(0) : QByteArray();
    (*select)->reset();
    Result<Statement *> remove =
        m_db.prepare("DELETE FROM main.sealed_thumbnails WHERE object_id = ?1");
    if (!remove)
        return remove.error();
    (*remove)->bind(1, objectId);
    if (Status status = (*remove)->run(); !status)
        return status;
    if (thumbnail.isEmpty())
        return {};
    Result<Statement *> store = m_db.prepare(
        "INSERT INTO main.sealed_thumbnails(object_id, data) VALUES(?1, ?2)");
    if (!store)
        return store.error();
    (*store)->bind(1, objectId);
    (*store)->bindBlob(2, m_cipher.seal(thumbnail, thumbnailAssociatedData(objectId)));
    if (Status status = (*store)->run(); !status)
        return status;
    // Memory holds the small fields of every photo, not every thumbnail.
    Result<Statement *> blank =
        m_db.prepare("UPDATE temp.photo_index SET thumbnail = x'' WHERE object_id = ?1");
    if (!blank)
        return blank.error();
    (*blank)->bind(1, objectId);
    return (*blank)->run();
}

Status SealedIndex::clear()
{
    if (Status status = m_db.beginWrite(); !status)
        return status;
    return m_db.exec("DELETE FROM main.sealed_index; DELETE FROM main.sealed_thumbnails;");
}

Result<QByteArray> SealedIndex::thumbnail(qint64 objectId)
{
    Result<Statement *> select =
        m_db.prepare("SELECT data FROM main.sealed_thumbnails WHERE object_id = ?1");
    if (!select)
        return select.error();
    (*select)->bind(1, objectId);
    Result<bool> row = (*select)->step();
    if (!row)
        return row.error();
    if (!*row)
        return Error(ErrorCode::NotFound, tr("No photo is indexed for object %1.").arg(objectId));
    const QByteArray sealed = (*select)->blob(0);
    (*select)->reset();
    QByteArray thumbnail;
    if (!m_cipher.open(sealed.constData(), sealed.size(), thumbnailAssociatedData(objectId),
                       thumbnail))
        return Error(ErrorCode::VerificationFailed,
                     tr("The thumbnail of object %1 in the archive %2 is damaged. Run a verify.")
                         .arg(objectId)
                         .arg(m_db.path()),
                     QStringLiteral("sealed thumbnail does not open"));
    return thumbnail;
}

Result<qint64> SealedIndex::countDamaged()
{
    qint64 damaged = 0;
    Result<Statement *> select =
        m_db.prepare("SELECT object_id, kind, data FROM main.sealed_index");
    if (!select)
        return select.error();
    QByteArray plain;
    for (;;) {
        Result<bool> row = (*select)->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        qsizetype size = 0;
        const char *data = (*select)->blobData(2, &size);
        if (!m_cipher.open(data, size,
                           recordAssociatedData((*select)->int64(0), (*select)->int64(1)), plain))
            ++damaged;
        wipe(plain);
    }
    return damaged;
}

} // namespace Lifeboat
