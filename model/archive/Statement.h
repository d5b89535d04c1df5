#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

namespace Lifeboat {

class Database;

// One prepared statement. Database keeps them cached; a user binds, steps and the next
// Database::prepare() of the same SQL resets it. Indices are 1-based for binds (SQLite's rule)
// and 0-based for columns.
class Statement
{
public:
    Statement(Database &database, sqlite3_stmt *statement);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    void reset();

    void bind(int index, qint64 value);
    void bind(int index, const QString &value);
    void bindNull(int index);
    // Copies the bytes: safe for temporaries.
    void bindBlob(int index, const QByteArray &value);
    // Does not copy: `data` must stay valid until the statement is reset or stepped to the end.
    void bindBlobStatic(int index, const char *data, qsizetype size);
    void bindTime(int index, const QDateTime &value);  // NULL when invalid, else ms since epoch (UTC)

    // true: a row is available; false: done.
    Result<bool> step();
    // Steps to completion, ignoring rows.
    Status run();

    bool isNull(int column) const;
    qint64 int64(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;
    const char *blobData(int column, qsizetype *size) const;
    QDateTime time(int column) const;
    // Any column as it is stored (integer, real, text, blob or null), for copying rows whole.
    int columnCount() const;
    QVariant value(int column) const;
    void bindValue(int index, const QVariant &value);

private:
    Database &m_database;
    sqlite3_stmt *m_statement;
};

} // namespace Lifeboat
