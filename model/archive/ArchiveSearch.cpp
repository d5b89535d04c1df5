#include "model/archive/ArchiveSearch.h"

#include "model/archive/Database.h"

#include <QRegularExpression>

namespace Lifeboat {

namespace {
constexpr int MaxTerms = 16;
constexpr int MaxTermLength = 100;
}

ArchiveSearch::ArchiveSearch(Database &db) : m_db(db) {}

QString ArchiveSearch::matchExpression(const QString &text)
{
    static const QRegularExpression whitespace(QStringLiteral("\\s+"));
    QStringList terms;
    for (QString term : text.split(whitespace, Qt::SkipEmptyParts)) {
        if (terms.size() == MaxTerms)
            break;
        term.truncate(MaxTermLength);
        term.replace(u'"', QStringLiteral("\"\""));
        terms << u'"' + term + QStringLiteral("\"*");
    }
    return terms.join(u' ');
}

Result<QList<SearchHit>> ArchiveSearch::search(qint64 snapshotId, const QString &text, int limit)
{
    const QString match = matchExpression(text);
    if (match.isEmpty())
        return QList<SearchHit>();
    Result<Statement *> select = m_db.prepare(
        "SELECT s.kind, s.object_id, s.uid, s.title, "
        "snippet(search_index, -1, '[', ']', '…', 12) FROM search_index s "
        "WHERE search_index MATCH ?1 AND s.object_id IN "
        "(SELECT object_id FROM snapshot_objects WHERE snapshot_id = ?2) "
        "ORDER BY rank LIMIT ?3");
    if (!select)
        return select.error();
    (*select)->bind(1, match);
    (*select)->bind(2, snapshotId);
    (*select)->bind(3, qint64(limit));
    QList<SearchHit> hits;
    for (;;) {
        Result<bool> row = (*select)->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        const Statement &s = **select;
        const qint64 kind = s.int64(0);
        hits.append(SearchHit{kind >= 0 && kind <= static_cast<int>(ItemKind::Other)
                                  ? static_cast<ItemKind>(kind)
                                  : ItemKind::Other,
                              s.int64(1), s.text(2), s.text(3), s.text(4)});
    }
    return hits;
}

} // namespace Lifeboat
