#include "app/cli/CliCommands.h"

#include "app/cli/Cli.h"
#include "app/cli/commands/BackupCommand.h"
#include "app/cli/commands/CopyCommand.h"
#include "app/cli/commands/DevicesCommand.h"
#include "app/cli/commands/DiffCommand.h"
#include "app/cli/commands/ExportCommand.h"
#include "app/cli/commands/PassphraseCommand.h"
#include "app/cli/commands/RestoreCommand.h"
#include "app/cli/commands/ShowCommand.h"
#include "app/cli/commands/SnapshotsCommand.h"
#include "app/cli/commands/VerifyCommand.h"

namespace Lifeboat {

void registerCliCommands(Cli &cli)
{
    cli.addCommand(std::make_unique<DevicesCommand>());
    cli.addCommand(std::make_unique<BackupCommand>());
    cli.addCommand(std::make_unique<SnapshotsCommand>());
    cli.addCommand(std::make_unique<ShowCommand>());
    cli.addCommand(std::make_unique<DiffCommand>());
    cli.addCommand(std::make_unique<ExportCommand>());
    cli.addCommand(std::make_unique<RestoreCommand>());
    cli.addCommand(std::make_unique<VerifyCommand>());
    cli.addCommand(std::make_unique<CopyCommand>());
    cli.addCommand(std::make_unique<PassphraseCommand>());
}

} // namespace Lifeboat
