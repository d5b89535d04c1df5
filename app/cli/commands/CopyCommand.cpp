#include "app/cli/commands/CopyCommand.h"

#include "app/cli/CliArchive.h"
#include "app/cli/CliOptions.h"
#include "app/cli/CliOutput.h"
#include "app/cli/InterruptWatcher.h"
#include "app/cli/ProgressPrinter.h"
#include "app/jobs/CopyJob.h"

#include <QDir>
#include <QFileInfo>

namespace Lifeboat {

ExitCode CopyCommand::run(const QStringList &arguments, CliStreams &streams)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    const QCommandLineOption toOption(QStringLiteral("to"), tr("The file to write the copy to."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption overwriteOption(QStringLiteral("overwrite"),
                                             tr("Replace the file named by --to if it exists."));
    parser.addOptions({CliOptions::archiveOption(), toOption, overwriteOption, CliOptions::formatOption()});
    if (const auto done = CliOptions::parse(parser, arguments, streams))
        return *done;
    const OutputFormat format = *CliOptions::format(parser);
    const Result<QString> source = CliArchive::requiredPath(parser);
    if (!source)
        return CliOptions::usageError(streams, name(), source.error().message());
    const QString target = parser.value(toOption);
    if (target.isEmpty())
        return CliOptions::usageError(streams, name(), tr("Name the file to copy to with --to FILE."));
    if (QFileInfo::exists(target) && !parser.isSet(overwriteOption))
        return CliOptions::usageError(streams, name(),
                                      tr("%1 already exists. Choose another name, or add --overwrite to replace it.")
                                          .arg(QDir::toNativeSeparators(target)));
    if (!QFileInfo::exists(*source))
        return CliOutput::failure(streams, format, name(),
                                  Error(ErrorCode::Archive, tr("There is no archive at %1. Check the path.")
                                                                .arg(QDir::toNativeSeparators(*source))));

    CopyJob job(*source, target);
    ProgressPrinter printer(streams);
    job.setProgressHandler([&printer](const JobProgress &progress) { printer.show(progress); });
    const Status copied = [&] {
        InterruptWatcher interrupt([&job] { job.cancel(); });
        return job.run();
    }();
    printer.finish();
    if (!copied)
        return CliOutput::failure(streams, format, name(), copied.error());
    const qint64 size = QFileInfo(target).size();
    if (format == OutputFormat::Json) {
        CliOutput::printJson(streams, QJsonObject{{QStringLiteral("archive"), *source},
                                                  {QStringLiteral("copy"), target},
                                                  {QStringLiteral("bytes"), size}});
    } else {
        streams.out << tr("Saved a copy of %1 as %2 (%3).")
                           .arg(QDir::toNativeSeparators(*source), QDir::toNativeSeparators(target),
                                CliOutput::bytes(quint64(size)))
                    << '\n';
    }
    return ExitCode::Success;
}

} // namespace Lifeboat
