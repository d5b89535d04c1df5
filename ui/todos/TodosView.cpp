#include "ui/todos/TodosView.h"

#include "ui/EmptyStateStack.h"
#include "ui/todos/TodoListModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace Lifeboat {

TodosView::TodosView(QWidget *parent)
    : QWidget(parent)
    , m_model(new TodoListModel(this))
    , m_sorter(new QSortFilterProxyModel(this))
    , m_table(new QTreeView(this))
    , m_details(new QLabel(this))
{
    setObjectName(QStringLiteral("todosView"));
    m_sorter->setSourceModel(m_model);
    m_sorter->setSortRole(TodoListModel::SortRole);
    m_sorter->setSortCaseSensitivity(Qt::CaseInsensitive);

    m_table->setObjectName(QStringLiteral("todoTable"));
    m_table->setAccessibleName(tr("To-dos"));
    m_table->setModel(m_sorter);
    m_table->setRootIsDecorated(false);
    m_table->setUniformRowHeights(true);
    m_table->setAlternatingRowColors(true);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(TodoListModel::DueColumn, Qt::AscendingOrder);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->header()->setSectionResizeMode(TodoListModel::SummaryColumn, QHeaderView::Stretch);
    m_table->header()->setStretchLastSection(false);

    m_details->setObjectName(QStringLiteral("todoDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_details->setMinimumHeight(m_details->fontMetrics().height() * 3);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_table, 1);
    contentLayout->addWidget(m_details);

    m_stack = new EmptyStateStack(content, QStringLiteral("todosStack"), this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stack);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this] { showCurrent(); });
}

void TodosView::setTodos(QList<IndexedTodo> todos)
{
    m_model->setTodos(std::move(todos));
    if (m_model->rowCount() == 0)
        m_stack->showMessage(tr("This snapshot holds no to-dos."));
    else
        m_stack->showContent();
    for (int column = TodoListModel::DueColumn; column < TodoListModel::ColumnCount; ++column)
        m_table->resizeColumnToContents(column);
    if (m_sorter->rowCount() > 0)
        m_table->setCurrentIndex(m_sorter->index(0, 0));
    showCurrent();
}

bool TodosView::showTodo(qint64 objectId, const QString &uid)
{
    for (int row = 0; row < m_sorter->rowCount(); ++row) {
        const QModelIndex index = m_sorter->index(row, 0);
        if (index.data(TodoListModel::ObjectIdRole).toLongLong() == objectId
            && (uid.isEmpty() || index.data(TodoListModel::UidRole).toString() == uid)) {
            m_table->setCurrentIndex(index);
            m_table->scrollTo(index);
            return true;
        }
    }
    return false;
}

void TodosView::showCurrent()
{
    const QModelIndex current = m_sorter->mapToSource(m_table->currentIndex());
    if (!current.isValid()) {
        m_details->setText(tr("Select a to-do to see its description."));
        return;
    }
    const Todo &todo = m_model->todo(current.row());
    QString text = todo.description.isEmpty() ? tr("No description.") : todo.description;
    if (todo.completed.isValid())
        text = tr("%1\nCompleted %2").arg(text, QLocale().toString(todo.completed.toLocalTime(), QLocale::ShortFormat));
    m_details->setText(text);
}

} // namespace Lifeboat
