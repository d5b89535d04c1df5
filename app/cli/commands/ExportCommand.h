#pragma once

#include "app/cli/CliCommand.h"

namespace Lifeboat {

// lifeboat-cli export: a snapshot as contacts.vcf, calendar.ics, todos.ics and photos/.
class ExportCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Lifeboat::ExportCommand)
public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override { return tr("Export a snapshot to vCard, iCalendar and a photo folder"); }
    ExitCode run(const QStringList &arguments, CliStreams &streams) override;
};

} // namespace Lifeboat
