#include "app/cli/commands/ExportCommand.h"

#include "app/cli/CliArchive.h"
#include "app/cli/CliOptions.h"
#include "app/cli/CliPassphrase.h"
#include "app/cli/CliOutput.h"
#include "app/cli/InterruptWatcher.h"
#include "app/cli/JsonReports.h"
#include "app/cli/ProgressPrinter.h"
#include "app/jobs/ExportJob.h"

#include <QDir>

namespace Lifeboat {

ExitCode ExportCommand::run(const QStringList &arguments, CliStreams &streams)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    const QCommandLineOption outOption(QStringLiteral("out"), tr("The folder to write into (created if missing)."),
                                       QStringLiteral("DIR"));
    const QCommandLineOption vcardOption(QStringLiteral("vcard"), tr("vCard version: 3.0 (default) or 4.0."),
                                         QStringLiteral("VERSION"), QStringLiteral("3.0"));
    const QCommandLineOption mirrorOption(QStringLiteral("mirror"),
                                          tr("Copy the handset's own folder tree instead of merged files."));
    parser.addOptions({CliOptions::archiveOption(), CliPassphrase::fdOption(), CliOptions::snapshotOption(), outOption,
                       CliOptions::kindsOption(), vcardOption, mirrorOption, CliOptions::formatOption()});
    if (const auto done = CliOptions::parse(parser, arguments, streams))
        return *done;
    const OutputFormat format = *CliOptions::format(parser);

    ExportOptions options;
    options.folder = parser.value(outOption);
    if (options.folder.isEmpty())
        return CliOptions::usageError(streams, name(), tr("Name the folder to export into with --out DIR."));
    const QString version = parser.value(vcardOption);
    if (version != u"3.0" && version != u"4.0")
        return CliOptions::usageError(streams, name(), tr("--vcard takes 3.0 or 4.0."));
    options.vcard40 = version == u"4.0";
    options.mirror = parser.isSet(mirrorOption);
    const Result<QList<ItemKind>> kinds = CliOptions::kinds(parser);
    if (!kinds)
        return CliOptions::usageError(streams, name(), kinds.error().message());
    options.kinds = *kinds;
    OpenedArchive opened;
    if (const auto failed = CliArchive::openFromOptions(parser, streams, format, name(), opened))
        return *failed;
    const Result<SnapshotInfo> snapshot = CliArchive::snapshot(*opened.archive, parser.value(CliOptions::snapshotOption()));
    if (!snapshot)
        return CliOutput::failure(streams, format, name(), snapshot.error());

    ExportJob job(*opened.archive, snapshot->id, options);
    ProgressPrinter printer(streams);
    job.setProgressHandler([&printer](const JobProgress &progress) { printer.show(progress); });
    const ExportReport report = [&] {
        InterruptWatcher interrupt([&job] { job.cancel(); });
        return job.run();
    }();
    printer.finish();

    if (format == OutputFormat::Json) {
        QJsonArray warnings;
        for (const QString &warning : report.warnings)
            warnings.append(warning);
        QJsonObject json{{QStringLiteral("snapshot"), snapshot->id},
                         {QStringLiteral("folder"), report.folder},
                         {QStringLiteral("files"), QJsonArray::fromStringList(report.files)},
                         {QStringLiteral("counts"), JsonReports::counts(report.counts)},
                         {QStringLiteral("bytes"), qint64(report.bytes)},
                         {QStringLiteral("warnings"), warnings}};
        if (report.error)
            json.insert(QStringLiteral("error"), JsonReports::error(*report.error));
        CliOutput::printJson(streams, json);
    } else {
        for (const QString &warning : report.warnings)
            streams.err << tr("Note: %1").arg(warning) << '\n';
        if (!report.error) {
            streams.out << tr("Exported snapshot %1 into %2: %3 contacts, %4 events, %5 to-dos, %6 photos (%7 files, %8).")
                               .arg(snapshot->id)
                               .arg(QDir::toNativeSeparators(report.folder))
                               .arg(report.counts.contacts)
                               .arg(report.counts.events)
                               .arg(report.counts.todos)
                               .arg(report.counts.photos)
                               .arg(report.files.size())
                               .arg(CliOutput::bytes(report.bytes))
                        << '\n';
        }
    }
    if (!report.error)
        return ExitCode::Success;
    streams.err << tr("lifeboat-cli export: %1").arg(report.error->message()) << '\n';
    return exitCodeFor(report.error->code());
}

} // namespace Lifeboat
