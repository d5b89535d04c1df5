#include "app/cli/CliCommands.h"

#include "app/cli/Cli.h"

namespace Lifeboat {

void registerCliCommands(Cli &cli)
{
    Q_UNUSED(cli)
}

} // namespace Lifeboat
