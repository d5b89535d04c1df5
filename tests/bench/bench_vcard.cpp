// Generates 10,000 varied contacts, writes them as vCard 3.0 and 4.0, parses them back and
// prints contacts/s and MB/s for each step. Usage: bench_vcard [contacts]
#include "model/archive/Archive.h"
#include "model/vcard/VCardReader.h"
#include "model/vcard/VCardWriter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cstdio>
#include <ctime>

using namespace Lifeboat;

namespace {

const char16_t *const kGiven[] = {u"Anna", u"Jürgen", u"Ayşe", u"María", u"太郎", u"Олег",
                                  u"Chloé", u"Søren", u"Li", u"Nguyễn"};
const char16_t *const kFamily[] = {u"Berg", u"Müller", u"Öztürk", u"García", u"山田",
                                   u"Иванов", u"Dubois", u"Kierkegaard", u"Wei", u"Văn"};

QString pick(const char16_t *const *list, int size, QRandomGenerator &random)
{
    return QString::fromUtf16(list[random.bounded(size)]);
}

QList<Contact> generate(int count)
{
    QRandomGenerator random(42);
    QList<Contact> contacts;
    contacts.reserve(count);
    for (int i = 0; i < count; ++i) {
        Contact c;
        c.name.given = pick(kGiven, 10, random);
        c.name.family = pick(kFamily, 10, random);
        c.formattedName = c.name.given + u' ' + c.name.family;
        c.uid = QStringLiteral("urn:uuid:00000000-0000-4000-8000-%1").arg(i, 12, 10, QChar(u'0'));
        const int phones = 1 + random.bounded(3);
        for (int p = 0; p < phones; ++p)
            c.phones.append({QStringLiteral("+49 30 %1").arg(random.bounded(10000000)),
                             {p == 0 ? QStringLiteral("cell") : QStringLiteral("work")}, p == 0,
                             p == 2 ? QStringLiteral("Boat") : QString(), {}, {}});
        c.emails.append({QStringLiteral("person%1@example.com").arg(i), {QStringLiteral("internet")},
                         false, {}, {}, {}});
        if (i % 3 == 0)
            c.addresses.append({{}, {}, QStringLiteral("Hauptstraße %1; Hof").arg(i),
                                QStringLiteral("München"), {}, QStringLiteral("80331"),
                                QStringLiteral("Deutschland"), {QStringLiteral("home")}, false,
                                {}, {}, {}});
        if (i % 4 == 0)
            c.organization = {QStringLiteral("Firma %1, GmbH").arg(i % 97), QStringLiteral("Einkauf")};
        if (i % 5 == 0)
            c.note = QStringLiteral("Notiz %1: Zeile eins\nZeile zwei, mit Kommas; und mehr Text, "
                                    "der gefaltet werden muss, weil er lang ist.")
                         .arg(i);
        if (i % 7 == 0)
            c.birthday = QDate(1950 + i % 50, 1 + i % 12, 1 + i % 28);
        if (i % 10 == 0) {
            QByteArray photo(2048 + random.bounded(4096), Qt::Uninitialized);
            for (char &byte : photo)
                byte = char(random.bounded(256));
            c.photo = photo;
            c.photoType = QStringLiteral("JPEG");
        }
        c.extraProperties.append({{}, QStringLiteral("X-ANDROID-CUSTOM"), {},
                                  QStringLiteral("vnd.android.cursor.item/nickname;Nick%1;1;;;").arg(i)});
        contacts.append(std::move(c));
    }
    return contacts;
}

// Wall time and this process's CPU time: on a shared, overloaded machine the CPU time says
// what the code costs, the wall time what a user waits.
class Stopwatch
{
public:
    Stopwatch() { restart(); }
    void restart()
    {
        m_wall.start();
        m_cpu = cpuNanoseconds();
    }
    qint64 wallNanoseconds() const { return m_wall.nsecsElapsed(); }
    qint64 cpuNanosecondsElapsed() const { return cpuNanoseconds() - m_cpu; }

private:
    static qint64 cpuNanoseconds()
    {
        timespec now{};
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
        return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
    }
    QElapsedTimer m_wall;
    qint64 m_cpu = 0;
};

void report(const char *what, int contacts, qsizetype bytes, const Stopwatch &watch)
{
    const double wall = double(watch.wallNanoseconds()) / 1e9;
    const double cpu = double(watch.cpuNanosecondsElapsed()) / 1e9;
    std::printf("%-16s %6d contacts %6.2f MB | wall %7.1f ms %8.0f contacts/s %6.1f MB/s | "
                "cpu %7.1f ms %8.0f contacts/s %6.1f MB/s\n",
                what, contacts, double(bytes) / 1e6, wall * 1e3, contacts / wall,
                double(bytes) / 1e6 / wall, cpu * 1e3, contacts / cpu, double(bytes) / 1e6 / cpu);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 10000;
    const QList<Contact> contacts = generate(count);
    int exitCode = 0;
    for (const auto &[name, version] :
         {std::pair{"3.0", VCardWriter::Version::V30}, std::pair{"4.0", VCardWriter::Version::V40}}) {
        Stopwatch watch;
        const QByteArray written = VCardWriter::write(contacts, version);
        report(qPrintable(QStringLiteral("write vCard %1").arg(QLatin1String(name))), count,
               written.size(), watch);
        watch.restart();
        const Result<VCardParseResult> parsed = VCardReader::parse(written);
        const Stopwatch parseWatch = watch;
        if (!parsed || parsed->contacts.size() != count) {
            std::fprintf(stderr, "parse of vCard %s failed\n", name);
            exitCode = 1;
            continue;
        }
        report(qPrintable(QStringLiteral("parse vCard %1").arg(QLatin1String(name))), count,
               written.size(), parseWatch);

        // Parse and index, as a backup does with one object per contact: each card parsed on its
        // own and written to the archive's index and full-text search.
        QTemporaryDir dir;
        auto archive = Archive::create(dir.filePath(QStringLiteral("bench.lifeboat")));
        if (!archive) {
            std::fprintf(stderr, "cannot create archive\n");
            return 1;
        }
        QList<QByteArray> cards;
        for (const Contact &contact : contacts)
            cards.append(VCardWriter::write(contact, version));
        Archive &a = **archive;
        const qint64 device = *a.addOrUpdateDevice(DeviceRecord{0, QStringLiteral("BENCH"), {}, {}, {}});
        const qint64 snapshot = *a.beginSnapshot(device);
        watch.restart();
        int index = 0;
        for (const QByteArray &card : std::as_const(cards)) {
            const Result<VCardParseResult> one = VCardReader::parse(card);
            auto writer = a.beginContent(QString());
            if (!one || !writer || !(*writer)->write(card.constData(), card.size())) {
                std::fprintf(stderr, "parse or store failed\n");
                return 1;
            }
            ObjectRecord object;
            object.storageId = 0x10001;
            object.parentPath = QStringLiteral("Contacts");
            object.name = QStringLiteral("%1.vcf").arg(++index);
            object.format = 0xBB83;
            object.size = quint64(card.size());
            object.modified = QDateTime::currentDateTimeUtc();
            object.kind = ItemKind::Contact;
            object.contentHash = *(*writer)->finish();
            const Result<qint64> objectId = a.addObject(snapshot, object);
            if (!objectId || !a.indexContacts(*objectId, one->contacts)) {
                std::fprintf(stderr, "index failed\n");
                return 1;
            }
        }
        (void)a.completeSnapshot(snapshot);
        report(qPrintable(QStringLiteral("parse+index %1").arg(QLatin1String(name))), count,
               written.size(), watch);
    }
    return exitCode;
}
