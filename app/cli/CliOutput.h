#pragma once

#include "app/cli/CliCommand.h"
#include "common/Error.h"
#include "model/archive/ArchiveTypes.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Lifeboat {

// Printing results and failures the same way in every command: data on stdout, the message on
// stderr; with --format json a failure is also a JSON object on stdout, so a script always has
// something to parse.
class CliOutput
{
    Q_DECLARE_TR_FUNCTIONS(Lifeboat::CliOutput)
public:
    static void printJson(CliStreams &streams, const QJsonObject &object);
    static void printJson(CliStreams &streams, const QJsonArray &array);
    static ExitCode failure(CliStreams &streams, OutputFormat format, const QString &command,
                            const Error &error);
    // Contacts, events, to-dos and photos, one aligned line each, for a backup or restore summary.
    static void printCounts(CliStreams &streams, const KindCounts &counts);
    // "1.2 GB", in the user's locale.
    static QString bytes(quint64 bytes);
};

} // namespace Lifeboat
