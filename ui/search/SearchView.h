#pragma once

#include "model/archive/ArchiveTypes.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QTreeWidget;

namespace Lifeboat {

class ArchiveReader;

// Search across every kind of the shown snapshot. The query runs on the reader's thread as the
// user types (after a short pause); an answer to an older query is ignored.
class SearchView : public QWidget
{
    Q_OBJECT
public:
    explicit SearchView(ArchiveReader *reader, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(SearchView)

    void setSnapshot(qint64 snapshotId);
    void focusSearchField();
    void searchNow();
    const QList<SearchHit> &hits() const { return m_hits; }

    static constexpr int TypingPauseMs = 250;

Q_SIGNALS:
    void hitActivated(const Lifeboat::SearchHit &hit);
    void searchFinished();

private:
    void showHits(const QList<SearchHit> &hits);

    ArchiveReader *m_reader;
    QLineEdit *m_field;
    QTreeWidget *m_results;
    QLabel *m_status;
    QTimer m_typingPause;
    qint64 m_snapshotId = 0;
    quint64 m_request = 0;
    QList<SearchHit> m_hits;
};

} // namespace Lifeboat
