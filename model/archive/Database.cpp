#include "model/archive/Database.h"

#include "model/ModelLog.h"

#include <sqlite3.h>

namespace Lifeboat {

namespace {

// A reader waits this long for a writer's commit (rollback journal: the writer holds an
// exclusive lock while it commits or spills its cache); a writer waits as long for readers.
constexpr int BusyTimeoutMs = 30000;

} // namespace

Result<std::unique_ptr<Database>> Database::open(const QString &path, Access access)
{
    int flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_PRIVATECACHE;
    switch (access) {
    // Read-only is enforced with query_only below: a connection opened SQLITE_OPEN_READONLY
    // could not roll back the hot journal a killed backup leaves, and would fail to open the
    // archive until some writer came along. A file the user may not write opens read-only.
    case Access::ReadOnly: flags |= SQLITE_OPEN_READWRITE; break;
    case Access::ReadWrite: flags |= SQLITE_OPEN_READWRITE; break;
    case Access::Create: flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE; break;
    }
    sqlite3 *db = nullptr;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString detail = QStringLiteral("sqlite3_open_v2: %1").arg(QString::fromUtf8(
            db ? sqlite3_errmsg(db) : sqlite3_errstr(rc)));
        sqlite3_close_v2(db);
        return Error(ErrorCode::Archive,
                     tr("The archive %1 cannot be opened. Check that the file exists and that "
                        "you may read it.").arg(path),
                     detail);
    }
    std::unique_ptr<Database> database(new Database(db, path, access == Access::ReadOnly));

    // The file may come from elsewhere: nothing in it may run code or corrupt it on purpose
    // through writable schema tricks, and we never load extensions.
    int unused = 0;
    sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, &unused);
    sqlite3_db_config(db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, &unused);
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, &unused);
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_VIEW, 0, &unused);
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, &unused);
    sqlite3_busy_timeout(db, BusyTimeoutMs);
    if (access == Access::ReadOnly)
        sqlite3_exec(db, "PRAGMA query_only = ON", nullptr, nullptr, nullptr);
    sqlite3_extended_result_codes(db, 1);
    return database;
}

Database::Database(sqlite3 *db, QString path, bool readOnly)
    : m_db(db), m_path(std::move(path)), m_readOnly(readOnly), m_writeback(m_path)
{}

Database::~Database()
{
    if (inTransaction())
        rollback();
    m_statements.clear();
    sqlite3_close_v2(m_db);
}

Result<Statement *> Database::prepare(const char *sql)
{
    auto it = m_statements.find(sql);
    if (it != m_statements.end()) {
        it->second->reset();
        return it->second.get();
    }
    sqlite3_stmt *statement = nullptr;
    const int rc = sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &statement, nullptr);
    if (rc != SQLITE_OK)
        return error(rc, QString::fromUtf8(sql));
    auto owned = std::make_unique<Statement>(*this, statement);
    Statement *raw = owned.get();
    m_statements.emplace(sql, std::move(owned));
    return raw;
}

Status Database::exec(const char *sql)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        sqlite3_free(message);
        return error(rc, QString::fromUtf8(sql));
    }
    return {};
}

Result<qint64> Database::queryInt(const char *sql)
{
    Result<Statement *> statement = prepare(sql);
    if (!statement)
        return statement.error();
    Result<bool> row = (*statement)->step();
    if (!row)
        return row.error();
    const qint64 value = *row ? (*statement)->int64(0) : 0;
    (*statement)->reset();
    return value;
}

Result<QString> Database::queryText(const char *sql)
{
    Result<Statement *> statement = prepare(sql);
    if (!statement)
        return statement.error();
    Result<bool> row = (*statement)->step();
    if (!row)
        return row.error();
    QString value = *row ? (*statement)->text(0) : QString();
    (*statement)->reset();
    return value;
}

Status Database::beginWrite()
{
    if (inTransaction())
        return {};
    return exec("BEGIN IMMEDIATE");
}

Status Database::noteWritten(quint64 bytes)
{
    m_uncommittedBytes += bytes;
    m_writeback.noteWritten(bytes);
    if (m_uncommittedBytes < BatchBytes)
        return {};
    return commit();
}

Status Database::commit()
{
    m_uncommittedBytes = 0;
    if (!inTransaction())
        return {};
    Status status = exec("COMMIT");
    if (!status && inTransaction())
        rollback();
    return status;
}

void Database::rollback()
{
    // Reset statements first: an active statement would keep the transaction's locks.
    for (auto &[sql, statement] : m_statements)
        statement->reset();
    if (inTransaction())
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
}

bool Database::inTransaction() const
{
    return sqlite3_get_autocommit(m_db) == 0;
}

Error Database::error(int resultCode, const QString &context) const
{
    const QString detail = QStringLiteral("%1 (%2, %3): %4")
                               .arg(QString::fromUtf8(sqlite3_errmsg(m_db)),
                                    QString::fromUtf8(sqlite3_errstr(resultCode)))
                               .arg(resultCode)
                               .arg(context.left(200));
    qCWarning(lcModel, "archive %s: %s", qPrintable(m_path), qPrintable(detail));
    switch (resultCode & 0xff) {
    case SQLITE_FULL:
        return Error(ErrorCode::DiskFull,
                     tr("The disk holding the archive %1 is full. Free some space and run the "
                        "backup again; everything already stored is kept.").arg(m_path),
                     detail);
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return Error(ErrorCode::Archive,
                     tr("The archive %1 is damaged. Run a verify to see which snapshots are "
                        "affected.").arg(m_path),
                     detail);
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Error(ErrorCode::Archive,
                     tr("The archive %1 is in use by another program or job. Wait for it to "
                        "finish, then try again.").arg(m_path),
                     detail);
    case SQLITE_READONLY:
        return Error(ErrorCode::Archive,
                     tr("The archive %1 is open read-only or the file is write-protected.")
                         .arg(m_path),
                     detail);
    default:
        return Error(ErrorCode::Archive,
                     tr("Reading or writing the archive %1 failed. Check the disk, then run a "
                        "verify.").arg(m_path),
                     detail);
    }
}

} // namespace Lifeboat
