#pragma once

#include "model/archive/ArchiveTypes.h"

#include <QAbstractTableModel>

namespace Lifeboat {

// The to-dos of one snapshot as a table. SortRole gives values that sort as a person expects
// (dates as dates, "no priority" after the lowest priority, open before done).
class TodoListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { SummaryColumn, DueColumn, StatusColumn, PriorityColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, ObjectIdRole, UidRole };

    explicit TodoListModel(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(TodoListModel)

    void setTodos(QList<IndexedTodo> todos);
    const Todo &todo(int row) const { return m_todos.at(row).item; }

    static QString statusText(Todo::Status status);
    static QString priorityText(int priority);
    static QString timeText(const CalendarTime &time);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<IndexedTodo> m_todos;
};

} // namespace Lifeboat
