// Archive write rate for photo-sized objects against a plain file on the same disk, and the
// journal modes compared; first, what SHA-256 costs per GB, the two hashes every backed-up byte
// needs (its object's and its chunk's) included. Usage: bench_archive [--size-mb N] [--dir DIR]
#include "model/archive/Archive.h"
#include "model/archive/Sha256.h"
#include "tests/model/ArchiveTestData.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>
#include <fcntl.h>
#include <sys/resource.h>
#include <unistd.h>

using namespace Lifeboat;

namespace {

constexpr qsizetype Piece = 256 * 1024;  // what an MTP transfer hands over at a time

// CPU seconds (user + system) of this process: on a shared machine wall time mostly measures
// the neighbours, CPU time what a variant costs.
double cpuSeconds()
{
    rusage usage = {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

struct Rate
{
    double mbPerSecond = 0;
    double cpuSecondsPerGb = 0;
};

Rate rate(quint64 total, double wallSeconds, double cpu)
{
    return Rate{double(total) / wallSeconds / 1e6, cpu / (double(total) / 1e9)};
}

// Photo sizes between 3 and 8 MB, the same sequence in every run.
QList<quint64> photoSizes(quint64 total)
{
    QList<quint64> sizes;
    quint64 sum = 0;
    quint64 state = 12345;
    while (sum < total) {
        state = state * 6364136223846793005ull + 1442695040888963407ull;
        const quint64 size = std::min<quint64>(3000000 + (state >> 33) % 5000000, total - sum);
        sizes << size;
        sum += size;
    }
    return sizes;
}

// Distinct bytes without paying for a generator per byte: a random pool, stamped with a
// counter every 64 KiB so that no two chunks are equal (the archive would deduplicate them).
class Source
{
public:
    Source() : m_pool(ArchiveTestData::bytes(1, 8 << 20)) {}
    const char *next(qsizetype size)
    {
        m_buffer = m_pool.mid((m_counter * Piece) % (m_pool.size() - Piece), size);
        for (qsizetype at = 0; at + 8 <= size; at += 64 * 1024) {
            ++m_counter;
            std::memcpy(m_buffer.data() + at, &m_counter, 8);
        }
        return m_buffer.constData();
    }

private:
    QByteArray m_pool;
    QByteArray m_buffer;
    quint64 m_counter = 0;
};

Rate plainFileRate(const QString &dir, const QList<quint64> &sizes, quint64 total)
{
    const double cpuBefore = cpuSeconds();
    const QByteArray path = QFile::encodeName(dir + QStringLiteral("/plain.bin"));
    Source source;
    QElapsedTimer timer;
    timer.start();
    const int fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (fd < 0)
        return {};
    for (quint64 size : sizes) {
        for (quint64 done = 0; done < size; done += Piece) {
            const qsizetype n = qsizetype(std::min<quint64>(Piece, size - done));
            if (::write(fd, source.next(n), size_t(n)) != n)
                return {};
        }
    }
    ::fsync(fd);
    ::close(fd);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const double cpu = cpuSeconds() - cpuBefore;
    QFile::remove(QFile::decodeName(path));
    return rate(total, seconds, cpu);
}

Rate archiveRate(const QString &dir, const QString &name, const ArchiveOptions &options,
                 const QList<quint64> &sizes, quint64 total)
{
    const double cpuBefore = cpuSeconds();
    const QString path = dir + u'/' + name;
    Source source;
    QElapsedTimer timer;
    timer.start();
    {
        auto archive = Archive::create(path, options);
        if (!archive) {
            std::fprintf(stderr, "%s\n", qPrintable(archive.error().toString()));
            return {};
        }
        const qint64 device = *(*archive)->addOrUpdateDevice({0, QStringLiteral("BENCH"), {}, {}, {}});
        const qint64 snapshot = *(*archive)->beginSnapshot(device);
        int index = 0;
        for (quint64 size : sizes) {
            auto writer = (*archive)->beginContent(QStringLiteral("bench/%1").arg(index));
            for (quint64 done = 0; done < size; done += Piece) {
                const qsizetype n = qsizetype(std::min<quint64>(Piece, size - done));
                if (!(*writer)->write(source.next(n), n))
                    return {};
            }
            auto hash = (*writer)->finish();
            ObjectRecord object;
            object.parentPath = QStringLiteral("DCIM/Camera");
            object.name = QStringLiteral("IMG_%1.jpg").arg(index++);
            object.size = size;
            object.kind = ItemKind::Photo;
            object.contentHash = *hash;
            if (!hash || !(*archive)->addObject(snapshot, object))
                return {};
        }
        if (Status status = (*archive)->completeSnapshot(snapshot); !status) {
            std::fprintf(stderr, "%s\n", qPrintable(status.error().toString()));
            return {};
        }
    }  // closing checkpoints a WAL: part of the cost
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const double cpu = cpuSeconds() - cpuBefore;
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-journal"));
    QFile::remove(path + QStringLiteral("-wal"));
    return rate(total, seconds, cpu);
}

// Seconds per GB of hashing 256 MB held in memory, in 1 MiB chunks as a backup does.
void sha256Costs()
{
    const qsizetype chunk = 1 << 20;
    QByteArray data(256 * chunk, Qt::Uninitialized);
    for (qsizetype i = 0; i < data.size(); ++i)
        data[i] = char((i * 2654435761u) >> 13);
    const auto secondsPerGb = [&](auto &&hashAll) {
        double best = 1e9;
        for (int round = 0; round < 3; ++round) {
            QElapsedTimer clock;
            clock.start();
            hashAll();
            best = std::min(best, double(clock.nsecsElapsed()) / 1e9 / (double(data.size()) / 1e9));
        }
        return best;
    };
    const double one = secondsPerGb([&] {
        Sha256 object;
        object.add(data.constData(), data.size());
        (void)object.result();
    });
    const double two = secondsPerGb([&] {
        Sha256 object;
        for (qsizetype at = 0; at < data.size(); at += chunk) {
            object.add(data.constData() + at, chunk);
            (void)Sha256::hash(data.constData() + at, chunk);
        }
        (void)object.result();
    });
    const double both = secondsPerGb([&] {
        Sha256 object;
        for (qsizetype at = 0; at < data.size(); at += chunk) {
            Sha256 chunkHash;
            Sha256::addToBoth(object, chunkHash, data.constData() + at, chunk);
            (void)chunkHash.result();
        }
        (void)object.result();
    });
    std::printf("SHA-256 (%s): one hash %.2f s/GB; object and chunk hashes: one after the other "
                "%.2f s/GB, addToBoth %.2f s/GB\n",
                Sha256::hashesTwoInOnePass() ? "SHA extensions" : "OpenSSL, no SHA extensions",
                one, two, both);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("size-mb"), QStringLiteral("Bytes to write per run, in MB."),
                      QStringLiteral("mb"), QStringLiteral("1000")});
    parser.addOption({QStringLiteral("dir"), QStringLiteral("Folder on the disk to measure."),
                      QStringLiteral("dir"), QDir::tempPath()});
    parser.addOption({QStringLiteral("variant"), QStringLiteral("Run only archive variant N (0-3)."),
                      QStringLiteral("n"), QStringLiteral("-1")});
    parser.process(app);
    const int only = parser.value(QStringLiteral("variant")).toInt();
    const quint64 total = parser.value(QStringLiteral("size-mb")).toULongLong() * 1000000;
    QTemporaryDir dir(parser.value(QStringLiteral("dir")) + QStringLiteral("/bench_archive-XXXXXX"));
    if (!dir.isValid() || total == 0)
        return 2;
    sha256Costs();
    const QList<quint64> sizes = photoSizes(total);
    std::printf("%lld photos of 3-8 MB, %.0f MB per run, in %s\n", qint64(sizes.size()),
                double(total) / 1e6, qPrintable(dir.path()));

    struct Variant
    {
        const char *label;
        ArchiveOptions options;
    };
    const Variant variants[] = {
        {"archive, rollback journal (TRUNCATE), 64 KiB pages", {ArchiveOptions::Journal::Rollback, 65536, 0, nullptr, ArchiveKeyring::Strength::Moderate}},
        {"archive, WAL, 64 KiB pages", {ArchiveOptions::Journal::Wal, 65536, 0, nullptr, ArchiveKeyring::Strength::Moderate}},
        {"archive, rollback journal (TRUNCATE), 4 KiB pages", {ArchiveOptions::Journal::Rollback, 4096, 0, nullptr, ArchiveKeyring::Strength::Moderate}},
        {"archive, WAL, 4 KiB pages", {ArchiveOptions::Journal::Wal, 4096, 0, nullptr, ArchiveKeyring::Strength::Moderate}},
    };
    std::printf("%-52s %9s %7s %12s\n", "", "wall", "ratio", "CPU s/GB");
    const Rate plain = plainFileRate(dir.path(), sizes, total);
    std::printf("%-52s %5.0f MB/s %7.2f %12.2f\n", "plain file (write + fsync)", plain.mbPerSecond,
                1.0, plain.cpuSecondsPerGb);
    for (int i = 0; i < int(std::size(variants)); ++i) {
        const Variant &variant = variants[i];
        if (only >= 0 && only != i)
            continue;
        const Rate r = archiveRate(dir.path(), QStringLiteral("bench.lifeboat"), variant.options, sizes, total);
        std::printf("%-52s %5.0f MB/s %7.2f %12.2f\n", variant.label, r.mbPerSecond,
                    r.mbPerSecond / plain.mbPerSecond, r.cpuSecondsPerGb);
        std::fflush(stdout);
    }
    const Rate again = plainFileRate(dir.path(), sizes, total);
    std::printf("%-52s %5.0f MB/s %7.2f %12.2f  (again: the disk's drift)\n",
                "plain file (write + fsync)", again.mbPerSecond,
                again.mbPerSecond / plain.mbPerSecond, again.cpuSecondsPerGb);
    double load[3] = {};
    if (getloadavg(load, 3) == 3)
        std::printf("load average %.1f %.1f %.1f on %d CPUs\n", load[0], load[1], load[2],
                    int(sysconf(_SC_NPROCESSORS_ONLN)));
    return 0;
}
