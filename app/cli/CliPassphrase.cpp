#include "app/cli/CliPassphrase.h"

#include "app/cli/TerminalPrompt.h"

#include <QDir>
#include <QFileInfo>

namespace Lifeboat {

QCommandLineOption CliPassphrase::fdOption()
{
    return QCommandLineOption(QStringLiteral("passphrase-fd"),
                              tr("Read the archive's passphrase from file descriptor N (one line). "
                                 "Else it is taken from LIFEBOAT_PASSPHRASE, or asked for."),
                              QStringLiteral("N"));
}

QCommandLineOption CliPassphrase::newFdOption()
{
    return QCommandLineOption(QStringLiteral("new-passphrase-fd"),
                              tr("Read the new passphrase from file descriptor N (one line). Else "
                                 "it is taken from LIFEBOAT_NEW_PASSPHRASE, or asked for twice."),
                              QStringLiteral("N"));
}

QList<QCommandLineOption> CliPassphrase::refusedOptions()
{
    QList<QCommandLineOption> options;
    for (const QString &name : {QStringLiteral("passphrase"), QStringLiteral("password"),
                                QStringLiteral("new-passphrase")}) {
        QCommandLineOption option(name, QString(), QStringLiteral("VALUE"));
        option.setFlags(QCommandLineOption::HiddenFromHelp);
        options << option;
    }
    return options;
}

std::optional<QString> CliPassphrase::refusal(const QCommandLineParser &parser)
{
    const QStringList given = parser.optionNames();
    for (const QCommandLineOption &option : refusedOptions()) {
        if (given.contains(option.names().first()))
            return tr("a passphrase is never taken from the command line, where other users "
                      "can see it. Use --passphrase-fd N, the environment variable %1, or type "
                      "it when asked.").arg(QLatin1String(EnvironmentVariable));
    }
    return std::nullopt;
}

Result<SecretBytes> CliPassphrase::fromFd(const QString &value, const QString &option)
{
    bool ok = false;
    const int fd = value.toInt(&ok);
    if (!ok || fd < 0)
        return Error(ErrorCode::Usage, tr("--%1 takes a file descriptor number.").arg(option));
    return readSecretLine(fd, TerminalPrompt::MaxLength);
}

Result<SecretBytes> CliPassphrase::fromPrompt(const QString &archivePath, Purpose purpose)
{
    const QString name = QFileInfo(archivePath).fileName();
    if (purpose == Purpose::Current)
        return TerminalPrompt::readSecret(tr("Passphrase for %1: ").arg(name));
    Result<SecretBytes> first = TerminalPrompt::readSecret(tr("New passphrase for %1: ").arg(name));
    if (!first)
        return first;
    Result<SecretBytes> second = TerminalPrompt::readSecret(tr("Type it again: "));
    if (!second)
        return second;
    if (first->size() != second->size()
        || !std::equal(first->data(), first->data() + first->size(), second->data()))
        return Error(ErrorCode::Usage,
                     tr("The two passphrases differ; nothing was changed. Run the command again."));
    return first;
}

Result<std::shared_ptr<const SecretBytes>> CliPassphrase::obtain(const QCommandLineParser &parser,
                                                                 const CliStreams &streams,
                                                                 const QString &archivePath,
                                                                 Purpose purpose)
{
    const bool isNew = purpose == Purpose::New;
    const QString fdName = isNew ? QStringLiteral("new-passphrase-fd") : QStringLiteral("passphrase-fd");
    const char *variable = isNew ? NewEnvironmentVariable : EnvironmentVariable;
    Result<SecretBytes> secret = Error(ErrorCode::Passphrase, QString());
    if (parser.optionNames().contains(fdName)) {
        secret = fromFd(parser.value(fdName), fdName);
    } else if (qEnvironmentVariableIsSet(variable)) {
        QByteArray value = qgetenv(variable);
        secret = SecretBytes::takeFrom(value);
    } else if (streams.mayPrompt) {
        secret = fromPrompt(archivePath, purpose);
    } else {
        const QString path = QDir::toNativeSeparators(archivePath);
        return Error(ErrorCode::Passphrase,
                     isNew ? tr("A new passphrase for %1 is needed: give it with "
                                "--new-passphrase-fd N or the environment variable %2, or run "
                                "the command in a terminal to type it.").arg(path, QLatin1String(variable))
                           : tr("The archive %1 is encrypted: give its passphrase with "
                                "--passphrase-fd N or the environment variable %2, or run the "
                                "command in a terminal to type it.").arg(path, QLatin1String(variable)));
    }
    if (!secret)
        return secret.error();
    if (isNew && secret->isEmpty())
        return Error(ErrorCode::Usage, tr("An empty passphrase protects nothing. Choose one."));
    return std::make_shared<const SecretBytes>(std::move(*secret));
}

} // namespace Lifeboat
