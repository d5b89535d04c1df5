#include "app/cli/commands/RestoreCommand.h"

#include "app/HandsetConnector.h"
#include "app/cli/CliArchive.h"
#include "app/cli/CliOptions.h"
#include "app/cli/CliPassphrase.h"
#include "app/cli/CliOutput.h"
#include "app/cli/InterruptWatcher.h"
#include "app/cli/JsonReports.h"
#include "app/cli/ProgressPrinter.h"
#include "app/jobs/RestoreJob.h"

namespace Lifeboat {

ExitCode RestoreCommand::run(const QStringList &arguments, CliStreams &streams)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    const QCommandLineOption profileOption(QStringLiteral("profile"),
                                           tr("For virtual handsets: lifeboat (default) or android."),
                                           QStringLiteral("PROFILE"), QStringLiteral("lifeboat"));
    const QCommandLineOption modeOption(QStringLiteral("mode"),
                                        tr("missing (default): add only what the handset lacks; "
                                           "replace: also delete, in the chosen kinds, what the "
                                           "snapshot does not have."),
                                        QStringLiteral("MODE"), QStringLiteral("missing"));
    const QCommandLineOption itemsOption(QStringLiteral("items"),
                                         tr("Only these objects (numbers from show --format json), comma-separated."),
                                         QStringLiteral("IDS"));
    const QCommandLineOption dryRunOption(QStringLiteral("dry-run"), tr("Show the plan; change nothing."));
    const QCommandLineOption yesOption(QStringLiteral("yes"), tr("Confirm replace mode's deletions."));
    parser.addOptions({CliOptions::archiveOption(), CliPassphrase::fdOption(), CliOptions::snapshotOption(), CliOptions::deviceOption(),
                       profileOption, modeOption, CliOptions::kindsOption(), itemsOption, dryRunOption,
                       yesOption, CliOptions::formatOption()});
    if (const auto done = CliOptions::parse(parser, arguments, streams))
        return *done;
    const OutputFormat format = *CliOptions::format(parser);

    RestoreOptions options;
    const QString mode = parser.value(modeOption);
    if (mode == u"missing")
        options.mode = RestoreMode::Missing;
    else if (mode == u"replace")
        options.mode = RestoreMode::Replace;
    else
        return CliOptions::usageError(streams, name(), tr("Unknown mode \"%1\": use missing or replace.").arg(mode));
    const Result<QList<ItemKind>> kinds = CliOptions::kinds(parser);
    if (!kinds)
        return CliOptions::usageError(streams, name(), kinds.error().message());
    options.kinds = *kinds;
    if (parser.isSet(itemsOption)) {
        const QStringList ids = parser.value(itemsOption).split(u',', Qt::SkipEmptyParts);
        for (const QString &id : ids) {
            bool ok = false;
            const qint64 value = id.trimmed().toLongLong(&ok);
            if (!ok || value <= 0)
                return CliOptions::usageError(streams, name(), tr("\"%1\" is not an object number.").arg(id));
            options.objectIds.append(value);
        }
    }
    options.dryRun = parser.isSet(dryRunOption);
    options.replaceConfirmed = parser.isSet(yesOption);
    if (options.mode == RestoreMode::Replace && !options.dryRun && !options.replaceConfirmed)
        return CliOptions::usageError(streams, name(),
                                      tr("Replace mode deletes items from the handset that the "
                                         "snapshot does not have. Look at the plan with --dry-run, "
                                         "then confirm with --yes."));

    if (!parser.isSet(CliOptions::deviceOption()))
        return CliOptions::usageError(streams, name(), tr("Name the target handset with --device."));
    const Result<HandsetSpec> spec = HandsetConnector::parseSpec(parser.value(CliOptions::deviceOption()),
                                                                 parser.value(profileOption));
    if (!spec)
        return CliOptions::usageError(streams, name(), spec.error().message());
    OpenedArchive opened;
    if (const auto failed = CliArchive::openFromOptions(parser, streams, format, name(), opened))
        return *failed;
    const Result<SnapshotInfo> snapshot = CliArchive::snapshot(*opened.archive, parser.value(CliOptions::snapshotOption()));
    if (!snapshot)
        return CliOutput::failure(streams, format, name(), snapshot.error());
    const Result<std::unique_ptr<Handset>> handset = HandsetConnector::open(*spec);
    if (!handset)
        return CliOutput::failure(streams, format, name(), handset.error());

    RestoreJob job(*opened.archive, snapshot->id, **handset, options);
    ProgressPrinter printer(streams);
    job.setProgressHandler([&printer](const JobProgress &progress) { printer.show(progress); });
    const RestoreReport report = [&] {
        InterruptWatcher interrupt([&job] { job.cancel(); });
        return job.run();
    }();
    printer.finish();

    for (const QString &warning : report.warnings)
        streams.err << tr("Warning: %1").arg(warning) << '\n';
    if (format == OutputFormat::Json)
        CliOutput::printJson(streams, JsonReports::restore(report, opened.path));
    else
        printText(report, streams);

    if (!report.error)
        return ExitCode::Success;
    streams.err << tr("lifeboat-cli restore: %1").arg(report.error->message()) << '\n';
    return exitCodeFor(report.error->code());
}

void RestoreCommand::printText(const RestoreReport &report, CliStreams &streams)
{
    const QString device = QStringLiteral("%1 %2").arg(report.device.manufacturer, report.device.model).trimmed();
    if (report.dryRun) {
        int writes = 0, skips = 0, deletes = 0;
        streams.out << tr("Plan for restoring snapshot %1 onto %2 (serial %3); nothing is changed:")
                           .arg(report.snapshotId).arg(device, report.device.serialNumber)
                    << '\n';
        for (const RestoreAction &action : report.plan) {
            switch (action.type) {
            case RestoreAction::Type::Write:
                ++writes;
                streams.out << QStringLiteral("  + ") << action.path << '\n';
                break;
            case RestoreAction::Type::Replace:
                ++writes;
                streams.out << QStringLiteral("  ~ ") << action.path << ' ' << tr("(replaces the handset's version)") << '\n';
                break;
            case RestoreAction::Type::Delete:
                ++deletes;
                streams.out << QStringLiteral("  - ") << action.path << ' ' << tr("(deleted from the handset)") << '\n';
                break;
            case RestoreAction::Type::Skip:
                ++skips;
                break;
            }
        }
        streams.out << tr("%1 to write, %2 to delete, %3 to skip (already on the handset).")
                           .arg(writes).arg(deletes).arg(skips)
                    << '\n';
        return;
    }
    streams.out << tr("Restored snapshot %1 onto %2 (serial %3); every item written was read back and matches.")
                       .arg(report.snapshotId).arg(device, report.device.serialNumber)
                << '\n';
    CliOutput::printCounts(streams, report.counts);
    streams.out << "  " << tr("%1 restored (%2), %3 skipped, %4 removed, %5 failed.")
                              .arg(report.restored.size())
                              .arg(CliOutput::bytes(report.bytesTransferred))
                              .arg(report.skipped.size())
                              .arg(report.removed.size())
                              .arg(report.failed.size())
                << '\n';
    for (const RestoreOutcome &failed : report.failed)
        streams.out << "  " << tr("Failed: %1: %2").arg(failed.path, failed.message) << '\n';
}

} // namespace Lifeboat
