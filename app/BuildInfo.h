#pragma once

#include <QString>

namespace Lifeboat {

// What `--version` and `--debug-info` print: the program's version and the versions of the
// libraries it runs with, so a bug report says what it needs to.
QString applicationVersion();
QString debugInfo();

} // namespace Lifeboat
