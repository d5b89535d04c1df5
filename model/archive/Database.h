#pragma once

#include "common/Result.h"
#include "model/archive/EarlyWriteback.h"
#include "model/archive/Statement.h"

#include <QCoreApplication>
#include <QString>

#include <map>
#include <memory>
#include <string>

struct sqlite3;

namespace Lifeboat {

// One SQLite connection, owned by one thread. Writes are batched: the first write opens a
// transaction (BEGIN IMMEDIATE) that stays open until commit(), so that thousands of chunk and
// object inserts share one journal sync.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Lifeboat::Database)

public:
    enum class Access { ReadOnly, ReadWrite, Create };

    static Result<std::unique_ptr<Database>> open(const QString &path, Access access);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    sqlite3 *handle() const { return m_db; }
    const QString &path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }

    // A cached prepared statement, reset and with its bindings cleared. Never hold one across
    // a second prepare() of the same SQL.
    Result<Statement *> prepare(const char *sql);
    Status exec(const char *sql);
    // First column of the first row, for PRAGMAs and counts.
    Result<qint64> queryInt(const char *sql);
    Result<QString> queryText(const char *sql);

    // Opens the batch transaction if none is open.
    Status beginWrite();
    Status commit();
    void rollback();
    bool inTransaction() const;
    // Counts bytes written in the open batch and commits once they pass BatchBytes, so that a
    // crash loses at most one batch and the journal stays bounded.
    Status noteWritten(quint64 bytes);
    static constexpr quint64 BatchBytes = 64ull << 20;

    Error error(int resultCode, const QString &context) const;

private:
    Database(sqlite3 *db, QString path, bool readOnly);

    sqlite3 *m_db;
    QString m_path;
    bool m_readOnly;
    quint64 m_uncommittedBytes = 0;
    EarlyWriteback m_writeback;
    std::map<std::string, std::unique_ptr<Statement>> m_statements;
};

} // namespace Lifeboat
