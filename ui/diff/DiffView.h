#pragma once

#include "model/archive/ArchiveTypes.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTreeWidget;

namespace Lifeboat {

class ArchiveReader;

// "What changed": what was added, removed and changed, per kind, between two snapshots of the
// same archive; by default the shown snapshot and the one before it. Computed on the reader's
// thread.
class DiffView : public QWidget
{
    Q_OBJECT
public:
    explicit DiffView(ArchiveReader *reader, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(DiffView)

    // All snapshots of the archive (oldest first) and the one being shown.
    void setSnapshots(const QList<SnapshotInfo> &snapshots, qint64 shownSnapshot);
    void compare(qint64 fromSnapshot, qint64 toSnapshot);
    const SnapshotDiff &lastDiff() const { return m_diff; }

    static constexpr qsizetype ExpandedGroupLimit = 20;

Q_SIGNALS:
    void diffShown();

private:
    void compareSelected();
    void showDiff(const SnapshotDiff &diff);

    ArchiveReader *m_reader;
    QComboBox *m_from;
    QComboBox *m_to;
    QTreeWidget *m_tree;
    QLabel *m_summary;
    quint64 m_request = 0;
    SnapshotDiff m_diff;
    bool m_filling = false;
};

} // namespace Lifeboat
