#include "model/archive/Statement.h"

#include "model/archive/Database.h"

#include <sqlite3.h>

namespace Lifeboat {

Statement::Statement(Database &database, sqlite3_stmt *statement)
    : m_database(database), m_statement(statement)
{}

Statement::~Statement()
{
    sqlite3_finalize(m_statement);
}

void Statement::reset()
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
}

void Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
}

void Statement::bind(int index, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(m_statement, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

void Statement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index);
}

void Statement::bindBlob(int index, const QByteArray &value)
{
    // An empty QByteArray would bind NULL through a null pointer; keep it an empty blob.
    sqlite3_bind_blob64(m_statement, index, value.isEmpty() ? "" : value.constData(),
                        sqlite3_uint64(value.size()), SQLITE_TRANSIENT);
}

void Statement::bindBlobStatic(int index, const char *data, qsizetype size)
{
    sqlite3_bind_blob64(m_statement, index, size ? data : "", sqlite3_uint64(size), SQLITE_STATIC);
}

void Statement::bindTime(int index, const QDateTime &value)
{
    if (value.isValid())
        bind(index, value.toMSecsSinceEpoch());
    else
        bindNull(index);
}

Result<bool> Statement::step()
{
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    Error error = m_database.error(rc, QString::fromUtf8(sqlite3_sql(m_statement)));
    sqlite3_reset(m_statement);
    return error;
}

Status Statement::run()
{
    for (;;) {
        Result<bool> row = step();
        if (!row)
            return row.error();
        if (!*row)
            break;
    }
    sqlite3_reset(m_statement);
    return {};
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

QString Statement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return QString::fromUtf8(data, sqlite3_column_bytes(m_statement, column));
}

QByteArray Statement::blob(int column) const
{
    qsizetype size = 0;
    const char *data = blobData(column, &size);
    return QByteArray(data, size);
}

const char *Statement::blobData(int column, qsizetype *size) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_statement, column));
    *size = sqlite3_column_bytes(m_statement, column);
    return data;
}

int Statement::columnCount() const
{
    return sqlite3_column_count(m_statement);
}

QVariant Statement::value(int column) const
{
    switch (sqlite3_column_type(m_statement, column)) {
    case SQLITE_INTEGER: return QVariant(int64(column));
    case SQLITE_FLOAT: return QVariant(sqlite3_column_double(m_statement, column));
    case SQLITE_TEXT: return QVariant(text(column));
    case SQLITE_BLOB: return QVariant(blob(column));
    default: return QVariant();
    }
}

void Statement::bindValue(int index, const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::LongLong: bind(index, value.toLongLong()); break;
    case QMetaType::Double: sqlite3_bind_double(m_statement, index, value.toDouble()); break;
    case QMetaType::QString: bind(index, value.toString()); break;
    case QMetaType::QByteArray: bindBlob(index, value.toByteArray()); break;
    default: bindNull(index); break;
    }
}

QDateTime Statement::time(int column) const
{
    if (isNull(column))
        return {};
    return QDateTime::fromMSecsSinceEpoch(int64(column), Qt::UTC);
}

} // namespace Lifeboat
