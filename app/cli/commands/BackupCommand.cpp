#include "app/cli/commands/BackupCommand.h"

#include "app/HandsetConnector.h"
#include "app/Library.h"
#include "app/cli/CliArchive.h"
#include "app/cli/CliOptions.h"
#include "app/cli/CliPassphrase.h"
#include "app/cli/CliOutput.h"
#include "app/cli/InterruptWatcher.h"
#include "app/cli/JsonReports.h"
#include "app/cli/ProgressPrinter.h"
#include "app/jobs/BackupJob.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>

namespace Lifeboat {

ExitCode BackupCommand::run(const QStringList &arguments, CliStreams &streams)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    const QCommandLineOption profileOption(QStringLiteral("profile"),
                                           tr("For virtual handsets: lifeboat (default) or android."),
                                           QStringLiteral("PROFILE"), QStringLiteral("lifeboat"));
    const QCommandLineOption waitOption(QStringLiteral("wait-unlock"),
                                        tr("Seconds to wait for a locked handset to be unlocked (default 60)."),
                                        QStringLiteral("SECONDS"), QStringLiteral("60"));
    const QCommandLineOption encryptOption(QStringLiteral("encrypt"),
                                           tr("Create the archive encrypted under a passphrase "
                                              "(asked for twice, or --new-passphrase-fd / "
                                              "LIFEBOAT_NEW_PASSPHRASE)."));
    QCommandLineOption archiveOption = CliOptions::archiveOption();
    archiveOption.setDescription(tr("The archive to write (default: the handset's archive in the library folder)."));
    parser.addOptions({CliOptions::deviceOption(), profileOption, archiveOption,
                       CliOptions::kindsOption(), waitOption, encryptOption,
                       CliPassphrase::fdOption(), CliPassphrase::newFdOption(),
                       CliOptions::formatOption()});
    if (const auto done = CliOptions::parse(parser, arguments, streams))
        return *done;
    const OutputFormat format = *CliOptions::format(parser);

    if (!parser.isSet(CliOptions::deviceOption()))
        return CliOptions::usageError(streams, name(), tr("Name the handset with --device (see lifeboat-cli devices)."));
    const Result<HandsetSpec> spec = HandsetConnector::parseSpec(parser.value(CliOptions::deviceOption()),
                                                                 parser.value(profileOption));
    if (!spec)
        return CliOptions::usageError(streams, name(), spec.error().message());
    const Result<QList<ItemKind>> kinds = CliOptions::kinds(parser);
    if (!kinds)
        return CliOptions::usageError(streams, name(), kinds.error().message());
    bool waitOk = false;
    const int waitSeconds = parser.value(waitOption).toInt(&waitOk);
    if (!waitOk || waitSeconds < 0)
        return CliOptions::usageError(streams, name(), tr("--wait-unlock takes a number of seconds."));

    const Result<std::unique_ptr<Handset>> handset = HandsetConnector::open(*spec);
    if (!handset)
        return CliOutput::failure(streams, format, name(), handset.error());
    const Result<HandsetIdentity> identity = (*handset)->identity();
    if (!identity)
        return CliOutput::failure(streams, format, name(), identity.error());

    QString archivePath = parser.value(archiveOption);
    if (archivePath.isEmpty()) {
        const Library library;
        if (const Status ready = library.ensureFolderExists(); !ready)
            return CliOutput::failure(streams, format, name(), ready.error());
        archivePath = library.archivePathFor(*identity);
    }
    const Result<std::unique_ptr<Archive>> archive =
        openOrCreate(archivePath, parser.isSet(encryptOption), parser, streams);
    if (!archive)
        return CliOutput::failure(streams, format, name(), archive.error());

    BackupOptions options;
    options.kinds = *kinds;
    options.unlockWait = std::chrono::seconds(waitSeconds);
    BackupJob job(**handset, **archive, options);
    ProgressPrinter printer(streams);
    job.setProgressHandler([&printer](const JobProgress &progress) { printer.show(progress); });
    const BackupReport report = [&] {
        InterruptWatcher interrupt([&job] { job.cancel(); });
        return job.run();
    }();
    printer.finish();

    if (format == OutputFormat::Json)
        CliOutput::printJson(streams, JsonReports::backup(report, archivePath));
    else
        printText(report, archivePath, streams);

    if (report.state == SnapshotState::Complete)
        return ExitCode::Success;
    const Error error = report.error.value_or(Error(ErrorCode::Internal, tr("The backup did not complete.")));
    streams.err << tr("lifeboat-cli backup: %1").arg(error.message()) << '\n';
    return exitCodeFor(error.code());
}

Result<std::unique_ptr<Archive>> BackupCommand::openOrCreate(const QString &path, bool encrypt,
                                                             const QCommandLineParser &parser,
                                                             const CliStreams &streams)
{
    if (QFileInfo::exists(path)) {
        if (encrypt) {
            const Result<bool> encrypted = Archive::isEncrypted(path);
            if (encrypted && !*encrypted)
                return Error(ErrorCode::Usage,
                             tr("%1 exists and is not encrypted; an archive is encrypted when it "
                                "is created. Back up into a new archive with --archive FILE "
                                "--encrypt.").arg(QDir::toNativeSeparators(path)));
        }
        return CliArchive::open(path, Archive::OpenMode::ReadWrite, parser, streams);
    }
    ArchiveOptions options;
    if (encrypt) {
        Result<std::shared_ptr<const SecretBytes>> passphrase =
            CliPassphrase::obtain(parser, streams, path, CliPassphrase::Purpose::New);
        if (!passphrase)
            return passphrase.error();
        options.passphrase = *passphrase;
    }
    return Archive::create(path, options);
}

void BackupCommand::printText(const BackupReport &report, const QString &archivePath, CliStreams &streams)
{
    const QString archive = QDir::toNativeSeparators(archivePath);
    const QString device = QStringLiteral("%1 %2").arg(report.device.manufacturer, report.device.model).trimmed();
    if (report.snapshotId == 0)
        return;
    switch (report.state) {
    case SnapshotState::Complete:
        streams.out << tr("Backed up %1 (serial %2) into snapshot %3 of %4.")
                           .arg(device, report.device.serialNumber).arg(report.snapshotId).arg(archive)
                    << '\n';
        break;
    case SnapshotState::Cancelled:
        streams.out << tr("Backup cancelled: snapshot %1 is kept as cancelled. What was copied is "
                          "kept and the next backup continues from there.").arg(report.snapshotId)
                    << '\n';
        break;
    default:
        streams.out << tr("Backup failed: snapshot %1 is kept as failed. What was copied is kept "
                          "and the next backup continues from there.").arg(report.snapshotId)
                    << '\n';
        break;
    }
    CliOutput::printCounts(streams, report.counts);
    streams.out << "  "
                << tr("%1 objects (%2): %3 copied (%4) in %5 s, %6 unchanged since an earlier backup.")
                       .arg(report.objects)
                       .arg(CliOutput::bytes(report.bytesTotal))
                       .arg(report.objectsTransferred)
                       .arg(CliOutput::bytes(report.bytesTransferred))
                       .arg(QLocale().toString(double(report.milliseconds) / 1000.0, 'f', 1))
                       .arg(report.objectsReused)
                << '\n';
    const int shown = 10;
    for (qsizetype i = 0; i < report.warnings.size() && i < shown; ++i)
        streams.out << "  " << tr("Note: %1").arg(report.warnings.at(i)) << '\n';
    if (report.warnings.size() > shown)
        streams.out << "  " << tr("… and %1 more notes (--format json lists them all).").arg(report.warnings.size() - shown) << '\n';
    if (report.state != SnapshotState::Complete)
        return;
    const QString quoted = archive.contains(u' ') ? u'"' + archive + u'"' : archive;
    streams.out << '\n'
                << tr("Browse it:   lifeboat-cli show --archive %1 --kind contacts").arg(quoted) << '\n'
                << tr("Export it:   lifeboat-cli export --archive %1 --out DIR").arg(quoted) << '\n'
                << tr("Restore it:  lifeboat-cli restore --archive %1 --device SERIAL --dry-run").arg(quoted) << '\n';
}

} // namespace Lifeboat
