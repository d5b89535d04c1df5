#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Lifeboat {

// Rate and time left as a person reads them ("3.2 MB/s", "about 2 minutes left").
class ProgressText
{
    Q_DECLARE_TR_FUNCTIONS(Lifeboat::ProgressText)
public:
    static QString rate(double bytesPerSecond);
    static QString timeLeft(std::optional<qint64> seconds);
};

} // namespace Lifeboat
