#pragma once

#include <QString>

namespace Lifeboat {

// Turns names that come from a handset (hostile until proven otherwise) into names that are safe
// to create on the local disk, and portable enough that an export copied to a USB stick or a
// Windows machine still works.
class FileNameSanitizer
{
public:
    // Longest name in UTF-8 bytes: the limit of ext4, btrfs, NTFS (in units) and most others.
    static constexpr int MaxNameBytes = 255;

    // One path component: never empty, never "." or "..", no '/', '\\', NUL, control characters
    // or characters Windows forbids, no lone surrogates, no Windows device name (CON, NUL, COM1),
    // no trailing dot or space, at most MaxNameBytes, keeping the extension when shortened.
    static QString sanitizeName(const QString &name);

    // A relative '/'-separated path, each component sanitised; "a/../b" becomes "a/_/b", never a
    // path that leaves its folder. Returns "_" for a path with no components.
    static QString sanitizeRelativePath(const QString &path);

    // `name` if no file of that name is in `existing`, else "name (2).ext", "name (3).ext", ...
    template<typename Set>
    static QString uniqueName(const QString &name, const Set &existing)
    {
        if (!existing.contains(name))
            return name;
        for (int n = 2;; ++n) {
            const QString candidate = numbered(name, n);
            if (!existing.contains(candidate))
                return candidate;
        }
    }

private:
    static QString numbered(const QString &name, int n);
};

} // namespace Lifeboat
