#pragma once

#include <QString>

namespace Lifeboat {

// What a virtual storage accepts as the name of a new object from the host. Checked before
// anything touches the disk, so that no name can reach outside the storage's directory.
class ObjectNameRules
{
public:
    static constexpr int MaxNameBytes = 255;  // UTF-8, as on Linux file systems

    // Empty when the name is acceptable, else why not (untranslated, for logs).
    static QString problem(const QString &name);
    static bool isAcceptable(const QString &name) { return problem(name).isEmpty(); }
};

} // namespace Lifeboat
