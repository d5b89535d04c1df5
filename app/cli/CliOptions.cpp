#include "app/cli/CliOptions.h"

#include "app/cli/CliPassphrase.h"

namespace Lifeboat {

QCommandLineOption CliOptions::formatOption()
{
    return QCommandLineOption(QStringLiteral("format"),
                              tr("Output format: text (default) or json."), QStringLiteral("FORMAT"),
                              QStringLiteral("text"));
}

QCommandLineOption CliOptions::archiveOption()
{
    return QCommandLineOption(QStringLiteral("archive"), tr("The archive file (*.lifeboat)."),
                              QStringLiteral("FILE"));
}

QCommandLineOption CliOptions::snapshotOption()
{
    return QCommandLineOption(QStringLiteral("snapshot"),
                              tr("Snapshot number, or \"latest\" (default)."), QStringLiteral("ID"),
                              QStringLiteral("latest"));
}

QCommandLineOption CliOptions::kindsOption()
{
    return QCommandLineOption(QStringLiteral("kinds"),
                              tr("Comma-separated kinds: contacts, calendar, todos, photos "
                                 "(default: all)."),
                              QStringLiteral("KINDS"));
}

QCommandLineOption CliOptions::deviceOption()
{
    return QCommandLineOption(QStringLiteral("device"),
                              tr("The handset: its serial number (or a unique start of it), "
                                 "\"demo\" for the built-in demo handset, or virtual:DIR for a "
                                 "virtual handset serving folder DIR."),
                              QStringLiteral("DEVICE"));
}

std::optional<ExitCode> CliOptions::parse(QCommandLineParser &parser, const QStringList &arguments,
                                          CliStreams &streams)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help."));
    parser.addOption(help);
    parser.addOptions(CliPassphrase::refusedOptions());
    if (!parser.parse(arguments))
        return usageError(streams, arguments.value(0), parser.errorText());
    if (const std::optional<QString> refused = CliPassphrase::refusal(parser))
        return usageError(streams, arguments.value(0), *refused);
    if (parser.isSet(help)) {
        // QCommandLineParser names the program by its path in a usage line Qt translates
        // ("Aufruf: /usr/bin/lifeboat-cli [Optionen]"); name the sub-command instead.
        QString text = parser.helpText();
        const QString program = QCoreApplication::arguments().value(0);
        const qsizetype at = program.isEmpty() ? -1 : text.indexOf(program);
        if (at >= 0 && at < text.indexOf(u'\n'))
            text.replace(at, program.size(), QStringLiteral("lifeboat-cli ") + arguments.value(0));
        streams.out << text;
        return ExitCode::Success;
    }
    if (const auto fmt = format(parser); !fmt)
        return usageError(streams, arguments.value(0), fmt.error().message());
    return std::nullopt;
}

Result<OutputFormat> CliOptions::format(const QCommandLineParser &parser)
{
    if (!parser.optionNames().contains(QStringLiteral("format")))
        return OutputFormat::Text;
    const QString value = parser.value(QStringLiteral("format"));
    if (value == u"text")
        return OutputFormat::Text;
    if (value == u"json")
        return OutputFormat::Json;
    return Error(ErrorCode::Usage,
                 tr("Unknown output format \"%1\": use text or json.").arg(value));
}

Result<QList<ItemKind>> CliOptions::kinds(const QCommandLineParser &parser)
{
    const QList<ItemKind> all{ItemKind::Contact, ItemKind::Event, ItemKind::Todo, ItemKind::Photo};
    if (!parser.isSet(QStringLiteral("kinds")))
        return all;
    QList<ItemKind> kinds;
    const QStringList names = parser.value(QStringLiteral("kinds")).split(u',', Qt::SkipEmptyParts);
    for (const QString &name : names) {
        const std::optional<ItemKind> kind = itemKindFromName(name);
        if (!kind) {
            return Error(ErrorCode::Usage,
                         tr("Unknown kind \"%1\": use contacts, calendar, todos or photos.")
                             .arg(name.trimmed()));
        }
        if (!kinds.contains(*kind))
            kinds.append(*kind);
    }
    if (kinds.isEmpty())
        return Error(ErrorCode::Usage, tr("--kinds names no kind."));
    return kinds;
}

ExitCode CliOptions::usageError(CliStreams &streams, const QString &command, const QString &message)
{
    streams.err << tr("lifeboat-cli %1: %2").arg(command, message) << '\n'
                << tr("Run lifeboat-cli %1 --help for its options.").arg(command) << '\n';
    return ExitCode::Usage;
}

} // namespace Lifeboat
