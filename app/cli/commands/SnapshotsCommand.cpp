#include "app/cli/commands/SnapshotsCommand.h"

#include "app/cli/CliArchive.h"
#include "app/cli/CliOptions.h"
#include "app/cli/CliPassphrase.h"
#include "app/cli/CliOutput.h"
#include "app/cli/JsonReports.h"

#include <QLocale>

namespace Lifeboat {

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
    streams.out << tr("  ID  State      Taken                 Contacts  Events  To-dos  Photos  Size")
                << '\n';
    for (const SnapshotInfo &info : *snapshots) {
        streams.out << QStringLiteral("%1  %2 %3 %4 %5 %6 %7  %8")
                           .arg(info.id, 4)
                           .arg(snapshotStateName(info.state), -10)
                           .arg(locale.toString(info.started.toLocalTime(), QLocale::ShortFormat), -21)
                           .arg(info.counts.contacts, 8)
                           .arg(info.counts.events, 7)
                           .arg(info.counts.todos, 7)
                           .arg(info.counts.photos, 7)
                           .arg(CliOutput::bytes(info.totalBytes))
                    << '\n';
        if (!info.error.isEmpty())
            streams.out << QStringLiteral("      ") << info.error << '\n';
    }
    return ExitCode::Success;
}

} // namespace Lifeboat
