#include "ui/jobs/ProgressText.h"

#include <QLocale>

namespace Lifeboat {

QString ProgressText::rate(double bytesPerSecond)
{
    if (bytesPerSecond <= 0)
        return tr("—");
    return tr("%1/s").arg(QLocale().formattedDataSize(qint64(bytesPerSecond), 1));
}

QString ProgressText::timeLeft(std::optional<qint64> seconds)
{
    if (!seconds)
        return tr("working it out…");
    if (*seconds < 5)
        return tr("a few seconds");
    // Never "1" of anything here, so the plural is always right.
    if (*seconds < 90)
        return tr("about %1 seconds").arg(*seconds);
    if (*seconds < 90 * 60)
        return tr("about %1 minutes").arg((*seconds + 30) / 60);
    return tr("about %1 hours").arg((*seconds + 1800) / 3600);
}

} // namespace Lifeboat
