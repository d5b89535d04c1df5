#include "ui/browse/SnapshotView.h"

#include "ui/browse/ArchiveReader.h"
#include "ui/browse/SnapshotText.h"
#include "ui/calendar/CalendarView.h"
#include "ui/contacts/ContactsView.h"
#include "ui/diff/DiffView.h"
#include "ui/photos/PhotosView.h"
#include "ui/search/SearchView.h"
#include "ui/todos/TodosView.h"

#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Lifeboat {

SnapshotView::SnapshotView(ArchiveReader *reader, QWidget *parent)
    : QWidget(parent)
    , m_header(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_contacts(new ContactsView(reader, this))
    , m_calendar(new CalendarView(this))
    , m_todos(new TodosView(this))
    , m_photos(new PhotosView(reader, this))
    , m_search(new SearchView(reader, this))
    , m_diff(new DiffView(reader, this))
{
    setObjectName(QStringLiteral("snapshotView"));
    m_header->setObjectName(QStringLiteral("snapshotHeader"));
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_tabs->setObjectName(QStringLiteral("snapshotTabs"));
    m_tabs->setAccessibleName(tr("Snapshot content"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_contacts, tr("&Contacts"));
    m_tabs->addTab(m_calendar, tr("C&alendar"));
    m_tabs->addTab(m_todos, tr("&To-dos"));
    m_tabs->addTab(m_photos, tr("&Photos"));
    m_tabs->addTab(m_search, tr("&Search"));
    m_tabs->addTab(m_diff, tr("&What changed"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_header);
    layout->addWidget(m_tabs, 1);

    connect(m_search, &SearchView::hitActivated, this, &SnapshotView::showHit);
}

void SnapshotView::setContent(Content content)
{
    const SnapshotInfo &snapshot = content.snapshot;
    m_snapshotId = snapshot.id;
    QString header = tr("<b>%1</b> — %2 · %3")
                         .arg(SnapshotText::title(snapshot).toHtmlEscaped(),
                              SnapshotText::state(snapshot.state).toHtmlEscaped(),
                              SnapshotText::counts(snapshot).toHtmlEscaped());
    if (snapshot.state != SnapshotState::Complete) {
        header += QStringLiteral("<br>")
            + tr("This backup did not finish: it holds only what was stored before it stopped. "
                 "Choose a complete snapshot to see everything.")
                  .toHtmlEscaped();
    }
    m_header->setText(header);
    m_contacts->setContacts(std::move(content.contacts));
    m_calendar->setEvents(std::move(content.events));
    m_todos->setTodos(std::move(content.todos));
    m_photos->setPhotos(std::move(content.photos));
    m_search->setSnapshot(snapshot.id);
    m_diff->setSnapshots(content.allSnapshots, snapshot.id);
}

void SnapshotView::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}

void SnapshotView::startSearch()
{
    showTab(SearchTab);
    m_search->focusSearchField();
}

void SnapshotView::showHit(const SearchHit &hit)
{
    switch (hit.kind) {
    case ItemKind::Contact:
        if (m_contacts->showContact(hit.objectId, hit.uid))
            showTab(ContactsTab);
        break;
    case ItemKind::Event:
        if (m_calendar->showEvent(hit.objectId, hit.uid))
            showTab(CalendarTab);
        break;
    case ItemKind::Todo:
        if (m_todos->showTodo(hit.objectId, hit.uid))
            showTab(TodosTab);
        break;
    case ItemKind::Photo:
        if (m_photos->showPhoto(hit.objectId))
            showTab(PhotosTab);
        break;
    case ItemKind::Other:
        break;
    }
}

} // namespace Lifeboat
