#include "ui/contacts/ContactListModel.h"

#include <QCollator>

#include <algorithm>

namespace Lifeboat {

ContactListModel::ContactListModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void ContactListModel::setContacts(QList<IndexedContact> contacts)
{
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    std::stable_sort(contacts.begin(), contacts.end(),
                     [&collator](const IndexedContact &a, const IndexedContact &b) {
                         return collator.compare(a.item.displayName(), b.item.displayName()) < 0;
                     });
    beginResetModel();
    m_contacts = std::move(contacts);
    m_searchTexts.clear();
    m_searchTexts.reserve(m_contacts.size());
    for (const IndexedContact &entry : std::as_const(m_contacts))
        m_searchTexts.append(entry.item.searchText().toCaseFolded());
    endResetModel();
}

int ContactListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_contacts.size());
}

QVariant ContactListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_contacts.size())
        return {};
    const IndexedContact &entry = m_contacts.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: {
        const QString name = entry.item.displayName();
        return name.isEmpty() ? tr("(no name)") : name;
    }
    case SearchTextRole:
        return m_searchTexts.at(index.row());
    case ObjectIdRole:
        return entry.objectId;
    default:
        return {};
    }
}

} // namespace Lifeboat
