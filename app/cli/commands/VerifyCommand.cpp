#include "app/cli/commands/VerifyCommand.h"

#include "app/cli/CliArchive.h"
#include "app/cli/CliOptions.h"
#include "app/cli/CliPassphrase.h"
#include "app/cli/CliOutput.h"
#include "app/cli/InterruptWatcher.h"
#include "app/cli/JsonReports.h"
#include "app/cli/ProgressPrinter.h"
#include "app/jobs/VerifyJob.h"

#include <QLocale>

namespace Lifeboat {

ExitCode VerifyCommand::run(const QStringList &arguments, CliStreams &streams)
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

    VerifyJob job(*opened.archive);
    ProgressPrinter printer(streams);
    job.setProgressHandler([&printer](const JobProgress &progress) { printer.show(progress); });
    const Result<VerifyReport> report = [&] {
        InterruptWatcher interrupt([&job] { job.cancel(); });
        return job.run();
    }();
    printer.finish();
    if (!report)
        return CliOutput::failure(streams, format, name(), report.error());

    if (format == OutputFormat::Json) {
        QJsonArray objects;
        for (const ObjectRecord &object : report->affectedObjects)
            objects.append(JsonReports::object(object));
        QJsonArray snapshots;
        QJsonObject bySnapshot;
        for (const qint64 id : report->affectedSnapshots) {
            snapshots.append(id);
            QJsonArray ids;
            for (const qint64 objectId : report->affectedObjectsBySnapshot.value(id))
                ids.append(objectId);
            bySnapshot.insert(QString::number(id), ids);
        }
        CliOutput::printJson(streams, QJsonObject{
            {QStringLiteral("ok"), report->ok()},
            {QStringLiteral("problems"), QJsonArray::fromStringList(report->problems)},
            {QStringLiteral("affected_snapshots"), snapshots},
            {QStringLiteral("affected_objects"), objects},
            {QStringLiteral("affected_objects_by_snapshot"), bySnapshot},
            {QStringLiteral("chunks_checked"), qint64(report->chunksChecked)},
            {QStringLiteral("objects_checked"), qint64(report->contentsChecked)},
            {QStringLiteral("bytes_checked"), qint64(report->bytesChecked)}});
    } else if (report->ok()) {
        streams.out << tr("The archive is intact: SQLite's checks pass, and %1 stored objects in %2 "
                          "chunks were read back and match their hashes.")
                           .arg(report->contentsChecked)
                           .arg(report->chunksChecked)
                    << '\n';
    } else {
        printDamage(*report, *opened.archive, streams);
    }
    if (report->ok())
        return ExitCode::Success;
    streams.err << tr("lifeboat-cli verify: the archive is damaged.") << '\n';
    return ExitCode::VerificationFailed;
}

void VerifyCommand::printDamage(const VerifyReport &report, Archive &archive, CliStreams &streams)
{
    streams.out << tr("The archive is damaged.") << '\n';
    for (const QString &problem : report.problems)
        streams.out << "  " << problem << '\n';
    if (report.affectedSnapshots.isEmpty())
        streams.out << tr("No snapshot lists a damaged item.") << '\n';
    QHash<qint64, const ObjectRecord *> objects;
    for (const ObjectRecord &object : report.affectedObjects)
        objects.insert(object.id, &object);
    for (const qint64 id : report.affectedSnapshots) {
        const QList<qint64> damaged = report.affectedObjectsBySnapshot.value(id);
        const Result<SnapshotInfo> info = archive.snapshot(id);
        const QString when = info ? QLocale().toString(info->started.toLocalTime(), QLocale::ShortFormat) : QString();
        streams.out << tr("Snapshot %1 (%2): %n damaged item(s):", nullptr, int(damaged.size())).arg(id).arg(when)
                    << '\n';
        for (const qint64 objectId : damaged) {
            if (const ObjectRecord *object = objects.value(objectId))
                streams.out << "    " << object->path() << '\n';
        }
    }
    streams.out << tr("Other snapshots are unaffected and can be restored. Back up the handset "
                      "again to store fresh copies of the damaged items.")
                << '\n';
}

} // namespace Lifeboat
