#pragma once

#include "app/cli/CliCommand.h"
#include "model/archive/Archive.h"

namespace Lifeboat {

// Prints the items of a snapshot for `lifeboat-cli show`, as aligned text or JSON.
class ItemPrinter
{
    Q_DECLARE_TR_FUNCTIONS(Lifeboat::ItemPrinter)
public:
    ItemPrinter(Archive &archive, CliStreams &streams, OutputFormat format);

    Status printSnapshot(qint64 snapshotId, const QList<ItemKind> &kinds);

    static QJsonObject contactJson(const IndexedContact &contact);
    static QJsonObject eventJson(const IndexedEvent &event);
    static QJsonObject todoJson(const IndexedTodo &todo);
    static QJsonObject photoJson(const IndexedPhoto &photo);
    static QString timeText(const CalendarTime &time);

private:
    void heading(const QString &title, qsizetype count);

    Archive &m_archive;
    CliStreams &m_streams;
    OutputFormat m_format;
};

} // namespace Lifeboat
