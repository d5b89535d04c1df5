#include "app/cli/commands/ShowCommand.h"

#include "app/cli/CliArchive.h"
#include "app/cli/CliOptions.h"
#include "app/cli/CliPassphrase.h"
#include "app/cli/CliOutput.h"
#include "app/cli/ItemPrinter.h"

namespace Lifeboat {

ExitCode ShowCommand::run(const QStringList &arguments, CliStreams &streams)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    const QCommandLineOption kindOption(QStringLiteral("kind"),
                                        tr("Only this kind: contacts, events, todos or photos."),
                                        QStringLiteral("KIND"));
    const QCommandLineOption searchOption(QStringLiteral("search"),
                                          tr("Only items matching TEXT, across all kinds."),
                                          QStringLiteral("TEXT"));
    parser.addOptions({CliOptions::archiveOption(), CliPassphrase::fdOption(), CliOptions::snapshotOption(), kindOption,
                       searchOption, CliOptions::formatOption()});
    if (const auto done = CliOptions::parse(parser, arguments, streams))
        return *done;
    const OutputFormat format = *CliOptions::format(parser);

    QList<ItemKind> kinds{ItemKind::Contact, ItemKind::Event, ItemKind::Todo, ItemKind::Photo};
    if (parser.isSet(kindOption)) {
        const auto kind = itemKindFromName(parser.value(kindOption));
        if (!kind)
            return CliOptions::usageError(streams, name(),
                                          tr("Unknown kind \"%1\": use contacts, events, todos or photos.")
                                              .arg(parser.value(kindOption)));
        kinds = {*kind};
    }

    OpenedArchive opened;
    if (const auto failed = CliArchive::openFromOptions(parser, streams, format, name(), opened))
        return *failed;
    const Result<SnapshotInfo> snapshot = CliArchive::snapshot(*opened.archive, parser.value(CliOptions::snapshotOption()));
    if (!snapshot)
        return CliOutput::failure(streams, format, name(), snapshot.error());

    if (parser.isSet(searchOption))
        return search(*opened.archive, *snapshot, parser.value(searchOption), format, streams);

    ItemPrinter printer(*opened.archive, streams, format);
    const Status printed = printer.printSnapshot(snapshot->id, kinds);
    if (!printed)
        return CliOutput::failure(streams, format, name(), printed.error());
    return ExitCode::Success;
}

ExitCode ShowCommand::search(Archive &archive, const SnapshotInfo &snapshot, const QString &text,
                             OutputFormat format, CliStreams &streams)
{
    const Result<QList<SearchHit>> hits = archive.search(snapshot.id, text);
    if (!hits)
        return CliOutput::failure(streams, format, name(), hits.error());
    if (format == OutputFormat::Json) {
        QJsonArray array;
        for (const SearchHit &hit : *hits) {
            array.append(QJsonObject{{QStringLiteral("kind"), itemKindName(hit.kind)},
                                     {QStringLiteral("object"), hit.objectId},
                                     {QStringLiteral("uid"), hit.uid},
                                     {QStringLiteral("title"), hit.title},
                                     {QStringLiteral("snippet"), hit.snippet}});
        }
        CliOutput::printJson(streams, QJsonObject{{QStringLiteral("snapshot"), snapshot.id},
                                                  {QStringLiteral("search"), text},
                                                  {QStringLiteral("hits"), array}});
        return ExitCode::Success;
    }
    if (hits->isEmpty()) {
        streams.out << tr("Nothing in snapshot %1 matches \"%2\".").arg(snapshot.id).arg(text) << '\n';
        return ExitCode::Success;
    }
    for (const SearchHit &hit : *hits)
        streams.out << QStringLiteral("%1  %2  %3").arg(itemKindName(hit.kind), -9).arg(hit.title, hit.snippet)
                    << '\n';
    return ExitCode::Success;
}

} // namespace Lifeboat
