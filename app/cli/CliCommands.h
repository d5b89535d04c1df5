#pragma once

namespace Lifeboat {

class Cli;

// Adds every sub-command of lifeboat-cli to `cli`.
void registerCliCommands(Cli &cli);

} // namespace Lifeboat
