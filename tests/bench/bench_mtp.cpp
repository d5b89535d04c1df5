// Rates of Lifeboat's MTP initiator (MtpHandset) against the virtual handset through the
// in-process LoopbackTransport: reading photo-sized and large objects, and listing many objects
// with one GetObjPropList versus GetObjectHandles + one GetObjectInfo per object.
//
// Usage: bench_mtp [large MiB, default 1024] [photos, default 100] [photo KB, default 3000]
//                  [objects to list, default 20000]

#include "device/mtp/MtpHandset.h"
#include "device/transport/LoopbackTransport.h"
#include "device/virtual/VirtualHandsetFactory.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

using namespace Lifeboat;

namespace {

struct Rig
{
    std::unique_ptr<MtpResponder> responder;
    std::unique_ptr<MtpHandset> handset;
};

Rig makeRig(const VirtualHandsetOptions &options)
{
    Rig rig;
    Result<std::unique_ptr<MtpResponder>> responder = createVirtualHandset(options);
    if (!responder) {
        std::fprintf(stderr, "virtual handset: %s\n", qPrintable(responder.error().toString()));
        std::exit(1);
    }
    rig.responder = std::move(*responder);
    const VirtualHandsetProfile profile(options.profile);
    Result<std::unique_ptr<MtpHandset>> handset
        = MtpHandset::open(std::make_unique<LoopbackTransport>(*rig.responder), profile.vendorId(),
                           profile.productId());
    if (!handset) {
        std::fprintf(stderr, "open: %s\n", qPrintable(handset.error().toString()));
        std::exit(1);
    }
    rig.handset = std::move(*handset);
    return rig;
}

QList<HandsetObject> listOrDie(MtpHandset &handset)
{
    Result<QList<HandsetObject>> objects = handset.listObjects();
    if (!objects) {
        std::fprintf(stderr, "list: %s\n", qPrintable(objects.error().toString()));
        std::exit(1);
    }
    return *objects;
}

// Reads the objects (files only) and returns bytes read; a running checksum keeps the compiler
// from skipping the work and touches every byte like a hashing sink would.
quint64 readObjects(MtpHandset &handset, const QList<HandsetObject> &objects, quint64 *checksum)
{
    quint64 total = 0;
    for (const HandsetObject &object : objects) {
        const Status read = handset.readObject(object, 0, [&](const char *data, qsizetype n) {
            total += quint64(n);
            quint64 sum = *checksum;
            for (qsizetype i = 0; i < n; i += 64)
                sum = sum * 31 + quint8(data[i]);
            *checksum = sum;
            return Status();
        });
        if (!read) {
            std::fprintf(stderr, "read %s: %s\n", qPrintable(object.path()),
                         qPrintable(read.error().toString()));
            std::exit(1);
        }
    }
    return total;
}

void benchRead(const char *label, MtpHandset &handset, const QList<HandsetObject> &objects)
{
    quint64 checksum = 0;
    const quint64 before = handset.session().transactionCount();
    QElapsedTimer timer;
    timer.start();
    const quint64 bytes = readObjects(handset, objects, &checksum);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    std::printf("%-34s %6lld objects %10.1f MiB %8.3f s %9.1f MiB/s %6llu round trips (sum %llx)\n",
                label, qlonglong(objects.size()), double(bytes) / 1048576.0, seconds,
                double(bytes) / 1048576.0 / seconds,
                qulonglong(handset.session().transactionCount() - before), qulonglong(checksum));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const quint64 largeMiB = args.size() > 1 ? args.at(1).toULongLong() : 1024;
    const int photos = args.size() > 2 ? args.at(2).toInt() : 100;
    const quint64 photoKB = args.size() > 3 ? args.at(3).toULongLong() : 3000;
    const int listCount = args.size() > 4 ? args.at(4).toInt() : 20000;

    {
        VirtualHandsetOptions options;
        options.profile = VirtualHandsetProfile::Kind::Android;
        options.demo.contacts = 0;
        options.demo.events = 0;
        options.demo.todos = 0;
        options.demo.photos = photos;
        options.demo.photoSize = photoKB * 1000;
        options.demo.largeObjectSize = largeMiB << 20;
        Rig rig = makeRig(options);
        const QList<HandsetObject> objects = listOrDie(*rig.handset);
        QList<HandsetObject> photoObjects;
        QList<HandsetObject> large;
        for (const HandsetObject &object : objects) {
            if (object.isFolder)
                continue;
            (object.name == u"VID_large.jpg" ? large : photoObjects).append(object);
        }
        benchRead("read photos (GetObject)", *rig.handset, photoObjects);
        benchRead("read large object (GetObject)", *rig.handset, large);
    }

    {
        VirtualHandsetOptions options;
        options.profile = VirtualHandsetProfile::Kind::Lifeboat;
        options.demo.contacts = listCount;
        options.demo.events = 0;
        options.demo.todos = 0;
        options.demo.photos = 0;
        Rig rig = makeRig(options);
        // Each way twice: the first listing also pays for the responder building its index.
        for (const bool objPropList : {true, false, true, false}) {
            MtpQuirks quirks = rig.handset->quirks();
            quirks.brokenObjPropList = !objPropList;
            rig.handset->session().setQuirks(quirks);
            const quint64 before = rig.handset->session().transactionCount();
            QElapsedTimer timer;
            timer.start();
            const QList<HandsetObject> objects = listOrDie(*rig.handset);
            const double seconds = double(timer.nsecsElapsed()) / 1e9;
            std::printf("%-34s %6lld objects %8.3f s %8llu round trips (%s)\n",
                        objPropList ? "list (GetObjPropList)" : "list (handles + ObjectInfo)",
                        qlonglong(objects.size()), seconds,
                        qulonglong(rig.handset->session().transactionCount() - before),
                        rig.handset->lastListingUsedObjPropList() ? "one GetObjPropList"
                                                                  : "per object");
        }
    }
    return 0;
}
