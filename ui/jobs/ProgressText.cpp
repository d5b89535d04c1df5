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
    if (*seconds < 90)
        return tr("about %n second(s)", nullptr, int(*seconds));
    if (*seconds < 90 * 60)
        return tr("about %n minute(s)", nullptr, int((*seconds + 30) / 60));
    return tr("about %n hour(s)", nullptr, int((*seconds + 1800) / 3600));
}

} // namespace Lifeboat
