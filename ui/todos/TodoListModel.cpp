#include "ui/todos/TodoListModel.h"

#include <QFont>
#include <QLocale>

namespace Lifeboat {

TodoListModel::TodoListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void TodoListModel::setTodos(QList<IndexedTodo> todos)
{
    beginResetModel();
    m_todos = std::move(todos);
    endResetModel();
}

QString TodoListModel::statusText(Todo::Status status)
{
    switch (status) {
    case Todo::Status::None: return tr("Open");
    case Todo::Status::NeedsAction: return tr("Needs action");
    case Todo::Status::InProcess: return tr("In progress");
    case Todo::Status::Completed: return tr("Completed");
    case Todo::Status::Cancelled: return tr("Cancelled");
    }
    return {};
}

QString TodoListModel::priorityText(int priority)
{
    // RFC 5545: 1-4 high, 5 medium, 6-9 low, 0 undefined.
    if (priority <= 0 || priority > 9)
        return {};
    if (priority < 5)
        return tr("High (%1)").arg(priority);
    if (priority == 5)
        return tr("Medium (%1)").arg(priority);
    return tr("Low (%1)").arg(priority);
}

QString TodoListModel::timeText(const CalendarTime &time)
{
    if (!time.isValid())
        return {};
    if (time.isAllDay())
        return QLocale().toString(time.date, QLocale::ShortFormat);
    QDateTime when = time.dateTime;
    if (time.kind == CalendarTime::Kind::Utc || time.kind == CalendarTime::Kind::Zoned)
        when = when.toLocalTime();
    return QLocale().toString(when, QLocale::ShortFormat);
}

int TodoListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_todos.size());
}

int TodoListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TodoListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_todos.size())
        return {};
    const IndexedTodo &entry = m_todos.at(index.row());
    const Todo &todo = entry.item;
    if (role == ObjectIdRole)
        return entry.objectId;
    if (role == UidRole)
        return todo.uid;
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case SummaryColumn: return todo.summary.isEmpty() ? tr("(no summary)") : todo.summary;
        case DueColumn: return timeText(todo.due);
        case StatusColumn: return statusText(todo.status);
        case PriorityColumn: return priorityText(todo.priority);
        default: return {};
        }
    }
    if (role == SortRole) {
        switch (index.column()) {
        case SummaryColumn: return todo.summary.toCaseFolded();
        case DueColumn: {
            // Without a due date: last when sorting ascending.
            if (!todo.due.isValid())
                return QStringLiteral("9999");
            return todo.due.isAllDay() ? todo.due.date.toString(Qt::ISODate)
                                       : todo.due.dateTime.toUTC().toString(Qt::ISODate);
        }
        case StatusColumn: return int(todo.status);
        case PriorityColumn: return todo.priority <= 0 ? 10 : todo.priority;
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == SummaryColumn && !todo.description.isEmpty())
        return todo.description;
    if (role == Qt::FontRole && index.column() == SummaryColumn
        && (todo.status == Todo::Status::Completed || todo.status == Todo::Status::Cancelled)) {
        QFont font;
        font.setStrikeOut(true);
        return font;
    }
    return {};
}

QVariant TodoListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SummaryColumn: return tr("To-do");
    case DueColumn: return tr("Due");
    case StatusColumn: return tr("Status");
    case PriorityColumn: return tr("Priority");
    default: return {};
    }
}

} // namespace Lifeboat
