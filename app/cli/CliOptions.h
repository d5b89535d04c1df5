#pragma once

#include "app/cli/CliCommand.h"
#include "common/Result.h"
#include "model/items/ItemKind.h"

#include <QCommandLineParser>
#include <QList>

#include <optional>

namespace Lifeboat {

// Option parsing shared by the sub-commands, so that every command spells the same option the
// same way (--archive, --snapshot, --kinds, --format) and reports mistakes the same way.
class CliOptions
{
    Q_DECLARE_TR_FUNCTIONS(Lifeboat::CliOptions)
public:
    static QCommandLineOption formatOption();
    static QCommandLineOption archiveOption();
    static QCommandLineOption snapshotOption();
    static QCommandLineOption kindsOption();
    static QCommandLineOption deviceOption();

    // Parses `arguments` (starting with the command's name). On --help prints the command's
    // help to `streams.out` and returns ExitCode::Success; on a mistake prints it to
    // `streams.err` and returns ExitCode::Usage; returns nullopt when the command should run.
    static std::optional<ExitCode> parse(QCommandLineParser &parser, const QStringList &arguments,
                                         CliStreams &streams);

    static Result<OutputFormat> format(const QCommandLineParser &parser);
    // Kinds named on the command line ("contacts,calendar"); all four when the option is absent.
    static Result<QList<ItemKind>> kinds(const QCommandLineParser &parser);

    // Prints a usage error in the common shape and returns ExitCode::Usage.
    static ExitCode usageError(CliStreams &streams, const QString &command, const QString &message);
};

} // namespace Lifeboat
