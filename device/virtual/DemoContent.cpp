#include "device/virtual/DemoContent.h"

#include "device/virtual/DemoCalendar.h"
#include "device/virtual/DemoContacts.h"
#include "device/virtual/DemoPhotos.h"
#include "device/virtual/MemoryDataSource.h"
#include "device/virtual/VirtualStorage.h"

#include <QTimeZone>

namespace Lifeboat {

namespace {

void addText(VirtualStorage &storage, quint32 folder, const QString &name, const QByteArray &bytes,
             const QDateTime &modified, const VirtualHandsetProfile &profile)
{
    storage.addFile(folder, name, profile.formatForFile(name, bytes.left(256)),
                    std::make_shared<MemoryDataSource>(bytes), modified);
}

} // namespace

Status DemoContent::populate(VirtualStorage &storage, const DemoContentOptions &options,
                             const VirtualHandsetProfile &profile)
{
    const quint64 seed = options.seed;
    const QDateTime folderTime(QDate(2023, 1, 1), QTime(0, 0), QTimeZone::utc());
    Result<DemoPhotos> photos = DemoPhotos::create(seed);
    if (!photos)
        return photos.error();

    const quint32 contacts = storage.ensureFolderPath(QStringLiteral("Contacts"), folderTime);
    for (int i = 0; i < options.contacts; ++i) {
        // Apple cards carry a photo, as an iPhone's do when the contact has one.
        const QByteArray portrait = i % 2 == 1 ? photos->portrait(i) : QByteArray();
        addText(storage, contacts, DemoContacts::fileName(seed, i), DemoContacts::card(seed, i, portrait),
                DemoContacts::modified(seed, i), profile);
    }

    const quint32 calendar = storage.ensureFolderPath(QStringLiteral("Calendar"), folderTime);
    for (int i = 0; i < options.events; ++i)
        addText(storage, calendar, DemoCalendar::eventFileName(i), DemoCalendar::event(seed, i),
                DemoCalendar::modified(seed, i), profile);
    if (options.events > 0)
        addText(storage, calendar, DemoCalendar::vCalendarFileName(), DemoCalendar::vCalendar10(seed),
                folderTime, profile);

    const quint32 tasks = storage.ensureFolderPath(QStringLiteral("Tasks"), folderTime);
    for (int i = 0; i < options.todos; ++i)
        addText(storage, tasks, DemoCalendar::todoFileName(i), DemoCalendar::todo(seed, i),
                DemoCalendar::modified(seed, 10000 + i), profile);

    const quint32 camera = storage.ensureFolderPath(QStringLiteral("DCIM/Camera"), folderTime);
    for (int i = 0; i < options.photos; ++i) {
        auto source = photos->photo(i, options.photoSize);
        const int width = source->width(), height = source->height();
        storage.addFile(camera, photos->fileName(i), 0x3801, std::move(source), photos->takenAt(i),
                        width, height);
    }
    if (options.largeObjectSize > 0) {
        auto source = photos->photo(options.photos, options.largeObjectSize);
        const int width = source->width(), height = source->height();
        storage.addFile(camera, QStringLiteral("VID_large.jpg"), 0x3801, std::move(source),
                        photos->takenAt(options.photos), width, height);
    }
    return {};
}

} // namespace Lifeboat
