#include "ui/contacts/ContactsView.h"

#include "ui/EmptyStateStack.h"
#include "ui/browse/ArchiveReader.h"
#include "ui/contacts/ContactCard.h"
#include "ui/contacts/ContactListModel.h"

#include <QLineEdit>
#include <QListView>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QVBoxLayout>

namespace Lifeboat {

ContactsView::ContactsView(ArchiveReader *reader, QWidget *parent)
    : QWidget(parent)
    , m_reader(reader)
    , m_model(new ContactListModel(this))
    , m_filter(new QSortFilterProxyModel(this))
    , m_searchField(new QLineEdit(this))
    , m_list(new QListView(this))
    , m_card(new ContactCard(this))
{
    setObjectName(QStringLiteral("contactsView"));
    m_filter->setSourceModel(m_model);
    m_filter->setFilterRole(ContactListModel::SearchTextRole);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_searchField->setObjectName(QStringLiteral("contactFilterField"));
    m_searchField->setAccessibleName(tr("Filter contacts"));
    m_searchField->setPlaceholderText(tr("Filter by name, number, e-mail…"));
    m_searchField->setClearButtonEnabled(true);

    m_list->setObjectName(QStringLiteral("contactList"));
    m_list->setAccessibleName(tr("Contacts"));
    m_list->setModel(m_filter);
    m_list->setUniformItemSizes(true);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto *listPane = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_searchField);
    listLayout->addWidget(m_list);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("contactsSplitter"));
    splitter->addWidget(listPane);
    splitter->addWidget(m_card);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    m_stack = new EmptyStateStack(splitter, QStringLiteral("contactsStack"), this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stack);

    connect(m_searchField, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setFilterFixedString(text.trimmed());
        if (!m_list->currentIndex().isValid() && m_filter->rowCount() > 0)
            m_list->setCurrentIndex(m_filter->index(0, 0));
        showCurrent();
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this] { showCurrent(); });
    connect(reader, &ArchiveReader::contactLoaded, this, [this](quint64 request, const Contact &contact) {
        if (request == m_request)
            m_card->showContact(contact);
    });
}

void ContactsView::setContacts(QList<IndexedContact> contacts)
{
    m_model->setContacts(std::move(contacts));
    if (m_model->rowCount() == 0) {
        m_stack->showMessage(tr("This snapshot holds no contacts."));
        m_card->clearContact();
        return;
    }
    m_stack->showContent();
    m_list->setCurrentIndex(m_filter->index(0, 0));
    showCurrent();
}

bool ContactsView::showContact(qint64 objectId, const QString &uid)
{
    m_searchField->clear();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, 0);
        if (index.data(ContactListModel::ObjectIdRole).toLongLong() == objectId
            && (uid.isEmpty() || m_model->contact(row).uid == uid)) {
            m_list->setCurrentIndex(m_filter->mapFromSource(index));
            m_list->scrollTo(m_list->currentIndex());
            return true;
        }
    }
    return false;
}

void ContactsView::showCurrent()
{
    const QModelIndex current = m_filter->mapToSource(m_list->currentIndex());
    if (!current.isValid()) {
        m_request = 0;
        m_card->clearContact();
        return;
    }
    const Contact &indexed = m_model->contact(current.row());
    m_card->showContact(indexed);
    m_request = m_reader->loadContact(current.data(ContactListModel::ObjectIdRole).toLongLong(), indexed.uid);
}

} // namespace Lifeboat
