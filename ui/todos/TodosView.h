#pragma once

#include "model/archive/ArchiveTypes.h"

#include <QWidget>

class QLabel;
class QSortFilterProxyModel;
class QTreeView;

namespace Lifeboat {

class EmptyStateStack;
class TodoListModel;

// The to-dos tab: a sortable table and the selected to-do's description.
class TodosView : public QWidget
{
    Q_OBJECT
public:
    explicit TodosView(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(TodosView)

    void setTodos(QList<IndexedTodo> todos);
    bool showTodo(qint64 objectId, const QString &uid);

private:
    void showCurrent();

    TodoListModel *m_model;
    QSortFilterProxyModel *m_sorter;
    QTreeView *m_table;
    QLabel *m_details;
    EmptyStateStack *m_stack;
};

} // namespace Lifeboat
