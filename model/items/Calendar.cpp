#include "model/items/Event.h"
#include "model/items/Todo.h"

namespace Lifeboat {

QString Event::searchText() const
{
    QStringList words{summary, location, description, categories.join(u' ')};
    words.removeAll(QString());
    return words.join(u' ');
}

QString Todo::statusName(Status status)
{
    switch (status) {
    case Status::None: return {};
    case Status::NeedsAction: return QStringLiteral("NEEDS-ACTION");
    case Status::InProcess: return QStringLiteral("IN-PROCESS");
    case Status::Completed: return QStringLiteral("COMPLETED");
    case Status::Cancelled: return QStringLiteral("CANCELLED");
    }
    return {};
}

QString Todo::searchText() const
{
    QStringList words{summary, description, categories.join(u' ')};
    words.removeAll(QString());
    return words.join(u' ');
}

} // namespace Lifeboat
