#include "app/cli/commands/DiffCommand.h"

#include "app/cli/CliArchive.h"
#include "app/cli/CliOptions.h"
#include "app/cli/CliPassphrase.h"
#include "app/cli/CliOutput.h"
#include "app/cli/JsonReports.h"

namespace Lifeboat {

namespace {

QJsonArray itemsJson(const QList<ItemRef> &items)
{
    QJsonArray array;
    for (const ItemRef &item : items)
        array.append(QJsonObject{{QStringLiteral("uid"), item.uid},
                                 {QStringLiteral("title"), item.title},
                                 {QStringLiteral("object"), item.objectId}});
    return array;
}

QJsonArray objectsJson(const QList<ObjectRecord> &objects)
{
    QJsonArray array;
    for (const ObjectRecord &object : objects)
        array.append(JsonReports::object(object));
    return array;
}

} // namespace

ExitCode DiffCommand::run(const QStringList &arguments, CliStreams &streams)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addOptions({CliOptions::archiveOption(), CliPassphrase::fdOption(), CliOptions::formatOption()});
    parser.addPositionalArgument(QStringLiteral("FROM"), tr("The older snapshot (default: the one before TO)."));
    parser.addPositionalArgument(QStringLiteral("TO"), tr("The newer snapshot (default: latest)."));
    if (const auto done = CliOptions::parse(parser, arguments, streams))
        return *done;
    const OutputFormat format = *CliOptions::format(parser);
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 2)
        return CliOptions::usageError(streams, name(), tr("Give at most two snapshots."));

    OpenedArchive opened;
    if (const auto failed = CliArchive::openFromOptions(parser, streams, format, name(), opened))
        return *failed;

    const Result<SnapshotInfo> to = CliArchive::snapshot(*opened.archive, positional.value(1, QStringLiteral("latest")));
    if (!to)
        return CliOutput::failure(streams, format, name(), to.error());
    qint64 fromId = 0;
    if (!positional.isEmpty()) {
        const Result<SnapshotInfo> from = CliArchive::snapshot(*opened.archive, positional.at(0));
        if (!from)
            return CliOutput::failure(streams, format, name(), from.error());
        fromId = from->id;
    } else {
        // The newest complete snapshot of the same handset before TO.
        const auto all = opened.archive->snapshots(to->deviceId);
        if (!all)
            return CliOutput::failure(streams, format, name(), all.error());
        for (const SnapshotInfo &info : *all) {
            if (info.state == SnapshotState::Complete && info.id < to->id)
                fromId = std::max(fromId, info.id);
        }
        if (fromId == 0)
            return CliOutput::failure(streams, format, name(),
                                      Error(ErrorCode::NotFound,
                                            tr("Snapshot %1 is the first complete one: there is "
                                               "nothing to compare it with.").arg(to->id)));
    }

    const Result<SnapshotDiff> diff = opened.archive->diff(fromId, to->id);
    if (!diff)
        return CliOutput::failure(streams, format, name(), diff.error());

    if (format == OutputFormat::Json) {
        QJsonObject kinds;
        for (auto it = diff->kinds.constBegin(); it != diff->kinds.constEnd(); ++it) {
            QJsonArray changedObjects;
            for (const ObjectChange &change : it->changedObjects)
                changedObjects.append(JsonReports::object(change.after));
            kinds.insert(itemKindName(it.key()),
                         QJsonObject{{QStringLiteral("added"), itemsJson(it->addedItems)},
                                     {QStringLiteral("removed"), itemsJson(it->removedItems)},
                                     {QStringLiteral("changed"), itemsJson(it->changedItems)},
                                     {QStringLiteral("added_objects"), objectsJson(it->addedObjects)},
                                     {QStringLiteral("removed_objects"), objectsJson(it->removedObjects)},
                                     {QStringLiteral("changed_objects"), changedObjects}});
        }
        CliOutput::printJson(streams, QJsonObject{{QStringLiteral("from"), fromId},
                                                  {QStringLiteral("to"), to->id},
                                                  {QStringLiteral("kinds"), kinds}});
        return ExitCode::Success;
    }

    streams.out << tr("Changes from snapshot %1 to snapshot %2").arg(fromId).arg(to->id) << '\n';
    bool any = false;
    for (auto it = diff->kinds.constBegin(); it != diff->kinds.constEnd(); ++it) {
        const KindDiff &d = *it;
        // PIM kinds are compared item by item (UID); photos by file.
        const bool byItem = it.key() != ItemKind::Photo;
        QStringList added, removed, changed;
        if (byItem) {
            for (const ItemRef &item : d.addedItems) added << item.title;
            for (const ItemRef &item : d.removedItems) removed << item.title;
            for (const ItemRef &item : d.changedItems) changed << item.title;
        } else {
            for (const ObjectRecord &o : d.addedObjects) added << o.path();
            for (const ObjectRecord &o : d.removedObjects) removed << o.path();
            for (const ObjectChange &c : d.changedObjects) changed << c.after.path();
        }
        if (added.isEmpty() && removed.isEmpty() && changed.isEmpty())
            continue;
        any = true;
        streams.out << QStringLiteral("%1: ").arg(itemKindName(it.key()))
                    << tr("%1 added, %2 removed, %3 changed").arg(added.size()).arg(removed.size()).arg(changed.size())
                    << '\n';
        for (const QString &t : std::as_const(added)) streams.out << QStringLiteral("  + ") << t << '\n';
        for (const QString &t : std::as_const(removed)) streams.out << QStringLiteral("  - ") << t << '\n';
        for (const QString &t : std::as_const(changed)) streams.out << QStringLiteral("  ~ ") << t << '\n';
    }
    if (!any)
        streams.out << tr("Nothing changed.") << '\n';
    return ExitCode::Success;
}

} // namespace Lifeboat
