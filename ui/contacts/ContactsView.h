#pragma once

#include "model/archive/ArchiveTypes.h"

#include <QWidget>

class QLineEdit;
class QListView;
class QSortFilterProxyModel;

namespace Lifeboat {

class ArchiveReader;
class ContactCard;
class ContactListModel;
class EmptyStateStack;

// The contacts tab: a list filtered as the user types, and the selected contact's card. The card
// shows the indexed fields at once, then the whole card parsed from the stored vCard.
class ContactsView : public QWidget
{
    Q_OBJECT
public:
    explicit ContactsView(ArchiveReader *reader, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ContactsView)

    void setContacts(QList<IndexedContact> contacts);
    // Selects the contact stored in `objectId` with `uid` (a search hit); false if not listed.
    bool showContact(qint64 objectId, const QString &uid);

private:
    void showCurrent();

    ArchiveReader *m_reader;
    quint64 m_request = 0;
    ContactListModel *m_model;
    QSortFilterProxyModel *m_filter;
    QLineEdit *m_searchField;
    QListView *m_list;
    ContactCard *m_card;
    EmptyStateStack *m_stack;
};

} // namespace Lifeboat
