#include "app/cli/commands/DevicesCommand.h"

#include "app/HandsetConnector.h"
#include "app/cli/CliOptions.h"
#include "app/cli/CliOutput.h"

namespace Lifeboat {

ExitCode DevicesCommand::run(const QStringList &arguments, CliStreams &streams)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addOption(CliOptions::formatOption());
    if (const auto done = CliOptions::parse(parser, arguments, streams))
        return *done;
    const OutputFormat format = *CliOptions::format(parser);

    const Result<QList<HandsetSummary>> handsets = HandsetConnector::connectedHandsets();
    if (!handsets)
        return CliOutput::failure(streams, format, name(), handsets.error());

    if (format == OutputFormat::Json) {
        QJsonArray array;
        for (const HandsetSummary &h : *handsets) {
            array.append(QJsonObject{{QStringLiteral("serial"), h.serialNumber},
                                     {QStringLiteral("manufacturer"), h.manufacturer},
                                     {QStringLiteral("model"), h.model},
                                     {QStringLiteral("location"), h.location},
                                     {QStringLiteral("state"), h.state},
                                     {QStringLiteral("usable"), h.usable}});
        }
        CliOutput::printJson(streams, QJsonObject{{QStringLiteral("devices"), array}});
        return ExitCode::Success;
    }
    if (handsets->isEmpty()) {
        streams.out << tr("No handset found. Connect it with a USB cable, unlock it and choose "
                          "\"File transfer\" when it asks. To try Lifeboat without one, use "
                          "--device demo.")
                    << '\n';
        return ExitCode::Success;
    }
    for (const HandsetSummary &h : *handsets) {
        streams.out << QStringLiteral("%1  %2 %3  (%4)  %5")
                           .arg(h.serialNumber, -20)
                           .arg(h.manufacturer, h.model, h.location, h.state)
                    << '\n';
    }
    return ExitCode::Success;
}

} // namespace Lifeboat
