#include "app/cli/CliOutput.h"

#include "app/cli/JsonReports.h"

#include <QJsonDocument>
#include <QLocale>

namespace Lifeboat {

void CliOutput::printJson(CliStreams &streams, const QJsonObject &object)
{
    streams.out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

void CliOutput::printJson(CliStreams &streams, const QJsonArray &array)
{
    streams.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
}

ExitCode CliOutput::failure(CliStreams &streams, OutputFormat format, const QString &command,
                            const Error &error)
{
    streams.err << tr("lifeboat-cli %1: %2").arg(command, error.message()) << '\n';
    if (format == OutputFormat::Json)
        printJson(streams, QJsonObject{{QStringLiteral("error"), JsonReports::error(error)}});
    return exitCodeFor(error.code());
}

void CliOutput::printCounts(CliStreams &streams, const KindCounts &counts)
{
    streams.out << QStringLiteral("  %1 %2\n").arg(tr("Contacts"), -10).arg(counts.contacts, 7)
                << QStringLiteral("  %1 %2\n").arg(tr("Events"), -10).arg(counts.events, 7)
                << QStringLiteral("  %1 %2\n").arg(tr("To-dos"), -10).arg(counts.todos, 7)
                << QStringLiteral("  %1 %2\n").arg(tr("Photos"), -10).arg(counts.photos, 7);
}

QString CliOutput::bytes(quint64 bytes)
{
    return QLocale().formattedDataSize(qint64(bytes));
}

} // namespace Lifeboat
