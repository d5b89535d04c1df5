#include "app/cli/Cli.h"

#include "app/BuildInfo.h"

namespace Lifeboat {

Cli::Cli() = default;
Cli::~Cli() = default;

void Cli::addCommand(std::unique_ptr<CliCommand> command)
{
    m_commands.push_back(std::move(command));
}

CliCommand *Cli::find(const QString &name) const
{
    for (const auto &command : m_commands) {
        if (command->name() == name)
            return command.get();
    }
    return nullptr;
}

void Cli::printHelp(QTextStream &stream) const
{
    stream << tr("Usage: lifeboat-cli COMMAND [OPTIONS]") << '\n' << '\n';
    stream << tr("Back up and restore a handset's contacts, calendar, to-dos and photos.") << '\n'
           << '\n';
    stream << tr("Commands:") << '\n';
    for (const auto &command : m_commands)
        stream << "  " << command->name().leftJustified(10) << ' ' << command->summary() << '\n';
    stream << '\n' << tr("Options:") << '\n';
    stream << "  --help        " << tr("Show this help, or a command's with COMMAND --help") << '\n';
    stream << "  --version     " << tr("Show the version") << '\n';
    stream << "  --debug-info  " << tr("Show versions of Lifeboat and its libraries") << '\n';
}

ExitCode Cli::run(const QStringList &arguments, CliStreams &streams)
{
    const QStringList args = arguments.mid(1);
    if (args.isEmpty()) {
        printHelp(streams.err);
        streams.err.flush();
        return ExitCode::Usage;
    }
    const QString &first = args.first();
    if (first == u"--help" || first == u"-h" || first == u"help") {
        printHelp(streams.out);
        streams.out.flush();
        return ExitCode::Success;
    }
    if (first == u"--version" || first == u"-v") {
        streams.out << "lifeboat-cli " << applicationVersion() << '\n';
        streams.out.flush();
        return ExitCode::Success;
    }
    if (first == u"--debug-info") {
        streams.out << debugInfo() << '\n';
        streams.out.flush();
        return ExitCode::Success;
    }
    CliCommand *command = find(first);
    if (!command) {
        streams.err << tr("lifeboat-cli: unknown command \"%1\". Run lifeboat-cli --help for the "
                          "list of commands.")
                           .arg(first)
                    << '\n';
        streams.err.flush();
        return ExitCode::Usage;
    }
    const ExitCode code = command->run(args, streams);
    streams.out.flush();
    streams.err.flush();
    return code;
}

} // namespace Lifeboat
