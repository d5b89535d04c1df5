#include "app/cli/commands/SnapshotsCommand.h"

#include "app/cli/CliArchive.h"
#include "app/cli/CliOptions.h"
#include "app/cli/CliPassphrase.h"
#include "app/cli/CliOutput.h"
#include "app/cli/JsonReports.h"

#include <QLocale>

namespace Lifeboat {

QString SnapshotsCommand::stateText(SnapshotState state)
{
    switch (state) {
    case SnapshotState::Running: return tr("running", "snapshot state");
    case SnapshotState::Complete: return tr("complete", "snapshot state");
    case SnapshotState::Failed: return tr("failed", "snapshot state");
    case SnapshotState::Cancelled: return tr("cancelled", "snapshot state");
    }
    return snapshotStateName(state);
}

ExitCode SnapshotsCommand::run(const QStringList &arguments, CliStreams &streams)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addOptions({CliOptions::archiveOption(), CliPassphrase::fdOption(), CliOptions::formatOption()});
    if (const auto done = CliOptions::parse(parser, arguments, streams))
        return *done;
    const OutputFormat format = *CliOptions::format(parser);

    OpenedArchive opened;
    if (const auto failed = CliArchive::openFromOptions(parser, streams, format, name(), opened))
        return *failed;
    const auto snapshots = opened.archive->snapshots();
    if (!snapshots)
        return CliOutput::failure(streams, format, name(), snapshots.error());
    const auto devices = opened.archive->devices();
    const QList<DeviceRecord> deviceList = devices ? *devices : QList<DeviceRecord>();

    if (format == OutputFormat::Json) {
        QJsonArray array;
        for (const SnapshotInfo &info : *snapshots)
            array.append(JsonReports::snapshot(info, deviceList));
        CliOutput::printJson(streams, QJsonObject{{QStringLiteral("snapshots"), array}});
        return ExitCode::Success;
    }

    if (snapshots->isEmpty()) {
        streams.out << tr("No snapshots yet. Back up a handset with lifeboat-cli backup.") << '\n';
        return ExitCode::Success;
    }
    const QLocale locale;
    // Each title is translated on its own and every column is as wide as its title or its
    // widest value, so the table stays aligned in every language.
    const QStringList titles{tr("ID"),       tr("State"),  tr("Taken"),  tr("Contacts"),
                             tr("Events"),   tr("To-dos"), tr("Photos"), tr("Size")};
    QList<QStringList> rows;
    for (const SnapshotInfo &info : *snapshots) {
        rows.append({QString::number(info.id), stateText(info.state),
                     locale.toString(info.started.toLocalTime(), QLocale::ShortFormat),
                     QString::number(info.counts.contacts), QString::number(info.counts.events),
                     QString::number(info.counts.todos), QString::number(info.counts.photos),
                     CliOutput::bytes(info.totalBytes)});
    }
    QList<qsizetype> widths;
    for (const QString &title : titles)
        widths.append(title.size());
    for (const QStringList &row : std::as_const(rows)) {
        for (qsizetype column = 0; column < row.size(); ++column)
            widths[column] = std::max(widths[column], row[column].size());
    }
    // ID and the counts are right-aligned, the rest left-aligned; the last column is not padded.
    const auto line = [&widths](const QStringList &cells) {
        QString text;
        for (qsizetype column = 0; column < cells.size(); ++column) {
            const int width = int(widths[column]);
            const bool right = column == 0 || (column >= 3 && column <= 6);
            text += QStringLiteral("  ")
                + (column == cells.size() - 1 ? cells[column]
                   : right                    ? cells[column].rightJustified(width)
                                              : cells[column].leftJustified(width));
        }
        return text;
    };
    streams.out << line(titles) << '\n';
    for (qsizetype i = 0; i < rows.size(); ++i) {
        streams.out << line(rows[i]) << '\n';
        if (const QString &error = snapshots->at(i).error; !error.isEmpty())
            streams.out << QStringLiteral("      ") << error << '\n';
    }
    return ExitCode::Success;
}

} // namespace Lifeboat
