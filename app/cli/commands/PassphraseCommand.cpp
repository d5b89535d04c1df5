#include "app/cli/commands/PassphraseCommand.h"

#include "app/cli/CliArchive.h"
#include "app/cli/CliOptions.h"
#include "app/cli/CliOutput.h"
#include "app/cli/CliPassphrase.h"

#include <QDir>
#include <QJsonObject>

namespace Lifeboat {

ExitCode PassphraseCommand::run(const QStringList &arguments, CliStreams &streams)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addOptions({CliOptions::archiveOption(), CliPassphrase::fdOption(),
                       CliPassphrase::newFdOption(), CliOptions::formatOption()});
    if (const auto done = CliOptions::parse(parser, arguments, streams))
        return *done;
    const OutputFormat format = *CliOptions::format(parser);
    const Result<QString> path = CliArchive::requiredPath(parser);
    if (!path)
        return CliOptions::usageError(streams, name(), path.error().message());
    const Result<bool> encrypted = Archive::isEncrypted(*path);
    if (encrypted && !*encrypted)
        return CliOutput::failure(
            streams, format, name(),
            Error(ErrorCode::Usage,
                  tr("The archive %1 is not encrypted, so it has no passphrase to change. An "
                     "archive is encrypted when it is created (lifeboat-cli backup --encrypt).")
                      .arg(QDir::toNativeSeparators(*path))));
    Result<std::unique_ptr<Archive>> archive =
        CliArchive::open(*path, Archive::OpenMode::ReadWrite, parser, streams);
    if (!archive)
        return CliOutput::failure(streams, format, name(), archive.error());
    const Result<std::shared_ptr<const SecretBytes>> newPassphrase =
        CliPassphrase::obtain(parser, streams, *path, CliPassphrase::Purpose::New);
    if (!newPassphrase)
        return CliOutput::failure(streams, format, name(), newPassphrase.error());
    if (const Status changed = (*archive)->changePassphrase(**newPassphrase); !changed)
        return CliOutput::failure(streams, format, name(), changed.error());
    if (format == OutputFormat::Json)
        CliOutput::printJson(streams, QJsonObject{{QStringLiteral("archive"), *path},
                                                  {QStringLiteral("passphraseChanged"), true}});
    else
        streams.out << tr("The passphrase of %1 was changed. The old one no longer opens it.")
                           .arg(QDir::toNativeSeparators(*path))
                    << '\n';
    return ExitCode::Success;
}

} // namespace Lifeboat
