#include "app/BuildInfo.h"

#include <QStringList>
#include <QSysInfo>
#include <QtGlobal>

#include <libical/ical.h>
#include <libusb.h>
#include <openssl/crypto.h>
#include <sqlite3.h>

namespace Lifeboat {

QString applicationVersion()
{
    return QStringLiteral(LIFEBOAT_VERSION);
}

QString debugInfo()
{
    const libusb_version *usb = libusb_get_version();
    QStringList lines;
    lines << QStringLiteral("Lifeboat %1 (%2)").arg(applicationVersion(),
                                                    QStringLiteral(LIFEBOAT_APP_ID));
    lines << QStringLiteral("Build: %1, %2").arg(QStringLiteral(LIFEBOAT_BUILD_TYPE),
                                                 QStringLiteral(LIFEBOAT_BUILD_OPTIONS));
    lines << QStringLiteral("Qt: %1 (built with %2)").arg(QString::fromLatin1(qVersion()),
                                                          QStringLiteral(QT_VERSION_STR));
    lines << QStringLiteral("libusb: %1.%2.%3.%4").arg(usb->major).arg(usb->minor).arg(usb->micro)
                 .arg(usb->nano);
    lines << QStringLiteral("SQLite: %1").arg(QString::fromLatin1(sqlite3_libversion()));
    lines << QStringLiteral("libical: %1").arg(QStringLiteral(ICAL_VERSION));
    lines << QStringLiteral("OpenSSL: %1").arg(QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION)));
    lines << QStringLiteral("System: %1, %2").arg(QSysInfo::prettyProductName(),
                                                  QSysInfo::currentCpuArchitecture());
    return lines.join(u'\n');
}

} // namespace Lifeboat
