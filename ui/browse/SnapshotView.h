#pragma once

#include "model/archive/ArchiveTypes.h"

#include <QWidget>

class QLabel;
class QTabWidget;

namespace Lifeboat {

class ArchiveReader;
class CalendarView;
class ContactsView;
class DiffView;
class PhotosView;
class SearchView;
class TodosView;

// What one snapshot holds, in tabs: contacts, calendar, to-dos, photos, search and what changed.
class SnapshotView : public QWidget
{
    Q_OBJECT
public:
    enum Tab { ContactsTab, CalendarTab, TodosTab, PhotosTab, SearchTab, ChangesTab };

    explicit SnapshotView(ArchiveReader *reader, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(SnapshotView)

    struct Content
    {
        SnapshotInfo snapshot;
        QList<SnapshotInfo> allSnapshots;  // of the same archive, oldest first
        QList<IndexedContact> contacts;
        QList<IndexedEvent> events;
        QList<IndexedTodo> todos;
        QList<IndexedPhoto> photos;
    };
    void setContent(Content content);
    qint64 snapshotId() const { return m_snapshotId; }

    void showTab(Tab tab);
    void startSearch();
    void showHit(const SearchHit &hit);

    QTabWidget *tabs() const { return m_tabs; }

private:
    QLabel *m_header;
    QTabWidget *m_tabs;
    ContactsView *m_contacts;
    CalendarView *m_calendar;
    TodosView *m_todos;
    PhotosView *m_photos;
    SearchView *m_search;
    DiffView *m_diff;
    qint64 m_snapshotId = 0;
};

} // namespace Lifeboat
