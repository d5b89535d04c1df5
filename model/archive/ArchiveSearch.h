#pragma once

#include "common/Result.h"
#include "model/archive/ArchiveTypes.h"

namespace Lifeboat {

class Database;

// Full-text search (FTS5) over the index of one snapshot, all kinds at once.
class ArchiveSearch
{
public:
    explicit ArchiveSearch(Database &db);

    Result<QList<SearchHit>> search(qint64 snapshotId, const QString &text, int limit = 500);

    // The user's words as an FTS5 query: each word a quoted string with a prefix star, so
    // nothing the user types is FTS5 syntax (AND, NEAR, column filters, unbalanced quotes).
    static QString matchExpression(const QString &text);

private:
    Database &m_db;
};

} // namespace Lifeboat
