#pragma once

#include "model/archive/ArchiveTypes.h"

#include <QAbstractListModel>

namespace Lifeboat {

// The contacts of one snapshot, sorted by the name a person would look for.
class ContactListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { SearchTextRole = Qt::UserRole + 1, ObjectIdRole };

    explicit ContactListModel(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ContactListModel)

    void setContacts(QList<IndexedContact> contacts);
    const Contact &contact(int row) const { return m_contacts.at(row).item; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

private:
    QList<IndexedContact> m_contacts;
    QStringList m_searchTexts;  // lower-case, computed once per snapshot
};

} // namespace Lifeboat
