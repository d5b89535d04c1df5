#pragma once

#include "app/jobs/RestoreJob.h"

#include <QCoreApplication>

namespace Lifeboat {

class RestoreWizard;

// How a restore plan reads to a person: per-kind counts, what happens to each item, and the
// plain statement that the target is another handset than the snapshot's.
class RestorePlanText
{
    Q_DECLARE_TR_FUNCTIONS(Lifeboat::RestorePlanText)
public:
    struct Counts
    {
        qsizetype writes = 0;
        qsizetype replaces = 0;
        qsizetype skips = 0;
        qsizetype deletes = 0;
        qsizetype total() const { return writes + replaces + skips + deletes; }
    };

    static const QList<ItemKind> &kinds();  // the restorable kinds, in the order shown
    static ItemKind kindOf(const RestoreAction &action);
    static Counts count(const RestoreReport &plan, std::optional<ItemKind> kind = {});
    static QString countsText(const Counts &counts);
    static QString actionText(const RestoreAction &action);
    static QString summary(const RestoreReport &plan);
    // Empty when the target is the handset the snapshot was taken of.
    static QString otherHandsetNotice(const RestoreWizard &wizard, const RestoreReport &report);
    static QString handsetName(const HandsetIdentity &device);
    // The chosen target as the user picked it, with the serial the handset gave.
    static QString targetName(const RestoreWizard &wizard, const RestoreReport &report);
};

} // namespace Lifeboat
