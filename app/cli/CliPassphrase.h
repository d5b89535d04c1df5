#pragma once

#include "app/cli/CliCommand.h"
#include "common/Result.h"
#include "model/archive/SecretBytes.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

#include <memory>

namespace Lifeboat {

// Where lifeboat-cli gets a passphrase, in this order: a file descriptor (--passphrase-fd N,
// one line), the environment (LIFEBOAT_PASSPHRASE), or a prompt on the terminal without echo.
// Never from an argument: other users see arguments in the process list, and shells keep them
// in their history. A new passphrase (backup --encrypt, the passphrase command) comes from
// --new-passphrase-fd / LIFEBOAT_NEW_PASSPHRASE, or is typed twice.
class CliPassphrase
{
    Q_DECLARE_TR_FUNCTIONS(Lifeboat::CliPassphrase)

public:
    enum class Purpose { Current, New };

    static QCommandLineOption fdOption();
    static QCommandLineOption newFdOption();
    // --passphrase / --password, hidden; CliOptions::parse refuses them with an explanation.
    static QList<QCommandLineOption> refusedOptions();
    static std::optional<QString> refusal(const QCommandLineParser &parser);

    static Result<std::shared_ptr<const SecretBytes>> obtain(const QCommandLineParser &parser,
                                                             const CliStreams &streams,
                                                             const QString &archivePath,
                                                             Purpose purpose);
    static constexpr const char *EnvironmentVariable = "LIFEBOAT_PASSPHRASE";
    static constexpr const char *NewEnvironmentVariable = "LIFEBOAT_NEW_PASSPHRASE";

private:
    static Result<SecretBytes> fromFd(const QString &value, const QString &option);
    static Result<SecretBytes> fromPrompt(const QString &archivePath, Purpose purpose);
};

} // namespace Lifeboat
