#include "DemoArchiveBuilder.h"

#include "model/archive/Archive.h"
#include "model/vcard/VCardWriter.h"

#include <QBuffer>
#include <QColor>
#include <QFont>
#include <QImage>
#include <QPainter>

namespace Lifeboat {

namespace {

constexpr quint32 StorageId = 0x00010001;

class Writer
{
public:
    Writer(Archive &archive, qint64 snapshot, QDateTime modified)
        : m_archive(archive), m_snapshot(snapshot), m_modified(std::move(modified))
    {}

    Lifeboat::Result<qint64> add(ItemKind kind, const QString &folder, const QString &name,
                                 const QByteArray &content, quint16 format)
    {
        auto writer = m_archive.beginContent({});
        if (!writer)
            return writer.error();
        if (Status written = writer.value()->write(content); !written)
            return written.error();
        auto hash = writer.value()->finish();
        if (!hash)
            return hash.error();
        ObjectRecord object;
        object.storageId = StorageId;
        object.storageDescription = QStringLiteral("Internal shared storage");
        object.parentPath = folder;
        object.name = name;
        object.format = format;
        object.size = quint64(content.size());
        object.modified = m_modified;
        object.kind = kind;
        object.contentHash = hash.value();
        return m_archive.addObject(m_snapshot, object);
    }

private:
    Archive &m_archive;
    qint64 m_snapshot;
    QDateTime m_modified;
};

ContactPhone phone(const QString &number, const QString &type, bool preferred = false)
{
    ContactPhone p;
    p.number = number;
    p.types = {type};
    p.preferred = preferred;
    return p;
}

ContactEmail email(const QString &address, const QString &type)
{
    ContactEmail e;
    e.address = address;
    e.types = {type};
    return e;
}

Contact contact(const QString &uid, const QString &given, const QString &family)
{
    Contact c;
    c.uid = uid;
    c.name.given = given;
    c.name.family = family;
    c.formattedName = given + u' ' + family;
    c.sourceVersion = QStringLiteral("3.0");
    return c;
}

CalendarTime floating(QDate date, QTime time)
{
    CalendarTime t;
    t.kind = CalendarTime::Kind::Floating;
    t.date = date;
    t.dateTime = QDateTime(date, time);
    return t;
}

CalendarTime allDay(QDate date)
{
    CalendarTime t;
    t.kind = CalendarTime::Kind::Date;
    t.date = date;
    t.dateTime = QDateTime(date, QTime(0, 0));
    return t;
}

QByteArray ics(const QString &component, const QString &uid, const QString &summary)
{
    return QStringLiteral("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Lifeboat//Demo//EN\r\n"
                          "BEGIN:%1\r\nUID:%2\r\nSUMMARY:%3\r\nEND:%1\r\nEND:VCALENDAR\r\n")
        .arg(component, uid, summary)
        .toUtf8();
}

struct PhotoSpec
{
    QString name;
    int hue;
    QDateTime taken;
    bool embeddedThumbnail;
};

} // namespace

QDate DemoArchiveBuilder::firstMonday(QDate anchor)
{
    QDate day(anchor.year(), anchor.month(), 1);
    while (day.dayOfWeek() != Qt::Monday)
        day = day.addDays(1);
    return day;
}

QByteArray DemoArchiveBuilder::makeJpeg(int width, int height, int hue, const QString &label)
{
    QImage image(width, height, QImage::Format_RGB32);
    QPainter painter(&image);
    QLinearGradient gradient(0, 0, width, height);
    gradient.setColorAt(0, QColor::fromHsv(hue % 360, 160, 240));
    gradient.setColorAt(1, QColor::fromHsv((hue + 60) % 360, 200, 120));
    painter.fillRect(image.rect(), gradient);
    painter.setBrush(QColor::fromHsv((hue + 180) % 360, 90, 250));
    painter.setPen(Qt::NoPen);
    painter.drawEllipse(QPoint(width * 2 / 3, height / 3), height / 6, height / 6);
    if (!label.isEmpty()) {
        QFont font = painter.font();
        font.setPixelSize(height / 8);
        painter.setFont(font);
        painter.setPen(Qt::white);
        painter.drawText(image.rect().adjusted(0, 0, 0, -height / 10), Qt::AlignHCenter | Qt::AlignBottom, label);
    }
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPG", 85);
    return bytes;
}

Lifeboat::Result<DemoArchiveBuilder::Result> DemoArchiveBuilder::build(const QString &path, QDate anchor,
                                                                      int extraPhotos)
{
    auto created = Archive::create(path);
    if (!created)
        return created.error();
    Archive &archive = *created.value();

    DeviceRecord device;
    device.serialNumber = QStringLiteral("LB0001");
    device.manufacturer = QStringLiteral("Lifeboat");
    device.model = QStringLiteral("Demo Handset");
    device.friendlyName = QStringLiteral("Anna's phone");
    auto deviceId = archive.addOrUpdateDevice(device);
    if (!deviceId)
        return deviceId.error();

    const QDate monday = firstMonday(anchor);
    Result result;
    for (int run = 0; run < 2; ++run) {
        const bool second = run == 1;
        auto snapshot = archive.beginSnapshot(*deviceId);
        if (!snapshot)
            return snapshot.error();
        (second ? result.secondSnapshot : result.firstSnapshot) = *snapshot;
        Writer writer(archive, *snapshot, QDateTime(monday.addDays(-30), QTime(12, 0), Qt::UTC));

        // Contacts: Anna's mobile number changes, Carl is removed and Eva added in the second run.
        QList<Contact> contacts;
        Contact anna = contact(QStringLiteral("anna-berg"), QStringLiteral("Anna"), QStringLiteral("Berg"));
        anna.phones = {phone(second ? QStringLiteral("+49 170 5550 199") : QStringLiteral("+49 170 5550 123"),
                             QStringLiteral("cell"), true),
                       phone(QStringLiteral("+49 30 5550 456"), QStringLiteral("work"))};
        anna.emails = {email(QStringLiteral("anna.berg@example.org"), QStringLiteral("home"))};
        ContactAddress home;
        home.street = QStringLiteral("Lindenstraße 12");
        home.postalCode = QStringLiteral("10115");
        home.locality = QStringLiteral("Berlin");
        home.country = QStringLiteral("Germany");
        home.types = {QStringLiteral("home")};
        anna.addresses = {home};
        anna.organization = {QStringLiteral("Harbour Books")};
        anna.title = QStringLiteral("Editor");
        anna.birthday = QDate(1990, 4, 15);
        anna.note = QStringLiteral("Prefers calls after 6 pm.");
        anna.photo = makeJpeg(96, 96, 20, QStringLiteral("AB"));
        anna.photoType = QStringLiteral("JPEG");
        contacts.append(anna);
        Contact ben = contact(QStringLiteral("ben-okafor"), QStringLiteral("Ben"), QStringLiteral("Okafor"));
        ben.phones = {phone(QStringLiteral("+44 20 7946 0321"), QStringLiteral("home"))};
        contacts.append(ben);
        if (second) {
            Contact eva = contact(QStringLiteral("eva-lind"), QStringLiteral("Eva"), QStringLiteral("Lind"));
            eva.emails = {email(QStringLiteral("eva@example.net"), QStringLiteral("work"))};
            eva.organization = {QStringLiteral("Northwind Sailing")};
            contacts.append(eva);
        } else {
            Contact carl = contact(QStringLiteral("carl-diaz"), QStringLiteral("Carl"), QStringLiteral("Diaz"));
            carl.phones = {phone(QStringLiteral("+34 600 555 010"), QStringLiteral("cell"))};
            contacts.append(carl);
        }
        for (const Contact &c : std::as_const(contacts)) {
            auto id = writer.add(ItemKind::Contact, QStringLiteral("Contacts"), c.uid + QStringLiteral(".vcf"),
                                 VCardWriter::write(c), 0xBB83);
            if (!id)
                return id.error();
            if (Status s = archive.indexContacts(*id, {c}); !s)
                return s.error();
        }

        // Events: a weekly stand-up (Mondays and Wednesdays, 8 times), a yearly birthday, a
        // dentist appointment; the second run adds a concert.
        QList<Event> events;
        Event standup;
        standup.uid = QStringLiteral("standup@demo");
        standup.summary = QStringLiteral("Team stand-up");
        standup.location = QStringLiteral("Room 4");
        standup.start = floating(monday, QTime(9, 0));
        standup.end = floating(monday, QTime(9, 15));
        standup.recurrenceRule = QStringLiteral("FREQ=WEEKLY;BYDAY=MO,WE;COUNT=8");
        events.append(standup);
        Event birthday;
        birthday.uid = QStringLiteral("birthday-anna@demo");
        birthday.summary = QStringLiteral("Anna's birthday");
        birthday.start = allDay(QDate(1990, anchor.month(), 20));
        birthday.end = allDay(QDate(1990, anchor.month(), 21));
        birthday.recurrenceRule = QStringLiteral("FREQ=YEARLY");
        events.append(birthday);
        Event dentist;
        dentist.uid = QStringLiteral("dentist@demo");
        dentist.summary = QStringLiteral("Dentist");
        dentist.location = QStringLiteral("Dr. Weiss, Torstraße 5");
        dentist.start = floating(monday.addDays(10), QTime(14, 30));
        dentist.end = floating(monday.addDays(10), QTime(15, 0));
        events.append(dentist);
        if (second) {
            Event concert;
            concert.uid = QStringLiteral("concert@demo");
            concert.summary = QStringLiteral("Concert at the Philharmonie");
            concert.start = floating(monday.addDays(19), QTime(20, 0));
            concert.end = floating(monday.addDays(19), QTime(22, 0));
            events.append(concert);
        }
        for (const Event &e : std::as_const(events)) {
            auto id = writer.add(ItemKind::Event, QStringLiteral("Calendar"), e.uid + QStringLiteral(".ics"),
                                 ics(QStringLiteral("VEVENT"), e.uid, e.summary), 0xBE03);
            if (!id)
                return id.error();
            if (Status s = archive.indexEvents(*id, {e}); !s)
                return s.error();
        }

        // To-dos.
        QList<Todo> todos;
        Todo passport;
        passport.uid = QStringLiteral("passport@demo");
        passport.summary = QStringLiteral("Renew passport");
        passport.description = QStringLiteral("Bring two photos and the old passport.");
        passport.due = allDay(monday.addDays(24));
        passport.priority = 1;
        passport.status = Todo::Status::NeedsAction;
        todos.append(passport);
        Todo paint;
        paint.uid = QStringLiteral("paint@demo");
        paint.summary = QStringLiteral("Buy paint for the boat");
        paint.priority = 5;
        paint.status = Todo::Status::InProcess;
        todos.append(paint);
        Todo taxes;
        taxes.uid = QStringLiteral("taxes@demo");
        taxes.summary = QStringLiteral("File taxes");
        taxes.due = allDay(monday.addDays(3));
        taxes.priority = 9;
        taxes.status = Todo::Status::Completed;
        taxes.completed = QDateTime(monday.addDays(2), QTime(18, 0), Qt::UTC);
        todos.append(taxes);
        for (const Todo &t : std::as_const(todos)) {
            auto id = writer.add(ItemKind::Todo, QStringLiteral("Tasks"), t.uid + QStringLiteral(".ics"),
                                 ics(QStringLiteral("VTODO"), t.uid, t.summary), 0xBE03);
            if (!id)
                return id.error();
            if (Status s = archive.indexTodos(*id, {t}); !s)
                return s.error();
        }

        // Photos: real JPEGs; one without an embedded thumbnail.
        QList<PhotoSpec> photos{
            {QStringLiteral("IMG_0001.jpg"), 200, QDateTime(monday.addDays(-5), QTime(10, 0), Qt::UTC), true},
            {QStringLiteral("IMG_0002.jpg"), 30, QDateTime(monday.addDays(-3), QTime(17, 30), Qt::UTC), true},
            {QStringLiteral("IMG_0003.jpg"), 120, QDateTime(monday.addDays(-1), QTime(8, 15), Qt::UTC), false}};
        if (second) {
            photos.append({QStringLiteral("IMG_0004.jpg"), 280, QDateTime(monday.addDays(1), QTime(12, 0), Qt::UTC), true});
            for (int i = 0; i < extraPhotos; ++i) {
                photos.append({QStringLiteral("IMG_%1.jpg").arg(1000 + i, 4, 10, QLatin1Char('0')), (i * 37) % 360,
                               QDateTime(monday.addDays(-40 + i % 30), QTime(9, i % 60), Qt::UTC), true});
            }
        }
        for (const PhotoSpec &spec : std::as_const(photos)) {
            const QByteArray jpeg = makeJpeg(640, 480, spec.hue, spec.name);
            auto id = writer.add(ItemKind::Photo, QStringLiteral("DCIM/Camera"), spec.name, jpeg, 0x3801);
            if (!id)
                return id.error();
            Photo photo;
            photo.name = spec.name;
            photo.path = QStringLiteral("DCIM/Camera/") + spec.name;
            photo.size = quint64(jpeg.size());
            photo.taken = spec.taken;
            photo.modified = spec.taken;
            photo.width = 640;
            photo.height = 480;
            photo.mimeType = QStringLiteral("image/jpeg");
            if (spec.embeddedThumbnail)
                photo.thumbnail = makeJpeg(160, 120, spec.hue, {});
            if (Status s = archive.indexPhoto(*id, photo); !s)
                return s.error();
        }
        if (Status s = archive.completeSnapshot(*snapshot); !s)
            return s.error();
    }
    if (Status s = archive.commit(); !s)
        return s.error();
    return result;
}

} // namespace Lifeboat
