#pragma once

#include "common/Result.h"

#include <QDate>
#include <QString>

namespace Lifeboat {

class Archive;
struct ObjectRecord;

// Builds a small archive through the Archive API, as a backup would: two complete snapshots of
// one handset with contacts, events (one weekly, one yearly), to-dos and real JPEG photos, the
// second snapshot changed from the first. Used by tst_mainwindow and by make_demo_archive for
// the documentation's screenshots.
class DemoArchiveBuilder
{
public:
    struct Result
    {
        qint64 firstSnapshot = 0;
        qint64 secondSnapshot = 0;
    };

    // `anchor`: events fall in its month (the weekly stand-up starts on its first Monday).
    // `extraPhotos`: more generated photos in the second snapshot, for a busier grid.
    static Lifeboat::Result<Result> build(const QString &path, QDate anchor, int extraPhotos = 0);

    static QDate firstMonday(QDate anchor);
    static QByteArray makeJpeg(int width, int height, int hue, const QString &label);
};

} // namespace Lifeboat
