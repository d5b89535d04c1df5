// Writes a demo archive for the documentation's screenshots (docs/screenshots.sh):
//   make_demo_archive OUT.lifeboat [EXTRA_PHOTOS]
// Events fall in the current month, so the calendar opens on them.
#include "DemoArchiveBuilder.h"

#include <QGuiApplication>
#include <QTextStream>

#include <algorithm>

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);  // QPainter text needs fonts
    const QStringList args = QGuiApplication::arguments();
    QTextStream err(stderr);
    if (args.size() < 2 || args.size() > 3) {
        err << "usage: make_demo_archive OUT.lifeboat [EXTRA_PHOTOS]\n";
        return 2;
    }
    const int extra = args.size() == 3 ? args.at(2).toInt() : 0;
    auto built = Lifeboat::DemoArchiveBuilder::build(args.at(1), QDate::currentDate(), std::clamp(extra, 0, 100000));
    if (!built) {
        err << built.error().toString() << '\n';
        return 1;
    }
    return 0;
}
