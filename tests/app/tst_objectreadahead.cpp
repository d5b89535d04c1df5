#include "app/jobs/ObjectReadAhead.h"
#include "model/archive/Archive.h"
#include "model/archive/Sha256.h"
#include "VirtualHandsetFixture.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QScopeGuard>
#include <QTest>

#include <sys/resource.h>

using namespace Lifeboat;
using namespace Lifeboat::TestSupport;

// ObjectReadAhead: a backup's reader and chunk-hashing threads for one object, against the
// virtual handset through the real MTP initiator, with a real archive's content writer.
class tst_ObjectReadAhead : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void deliversChunksInOrderWithTheirIds_data();
    void deliversChunksInOrderWithTheirIds();
    void waitsForThePreviousObject();
    void hashingYieldsToStoringButReadingDoesNot();
    void abandonStopsTheReader();
    void handsetErrorEndsTheStream();

private:
    static constexpr quint64 PhotoSize = 2 * 1024 * 1024 + 12345;  // two whole chunks and a bit
    VirtualHandsetOptions options(quint64 photoSize = PhotoSize) const;
    HandsetObject photo(Handset &handset, quint64 size = PhotoSize) const;
    // The object's bytes as the handset serves them, read straight.
    QByteArray readDirectly(Handset &handset, const HandsetObject &object) const;

    QTemporaryDir m_tmp;
    std::unique_ptr<Archive> m_archive;
};

VirtualHandsetOptions tst_ObjectReadAhead::options(quint64 photoSize) const
{
    VirtualHandsetOptions options;
    options.demo.contacts = 0;
    options.demo.events = 0;
    options.demo.todos = 0;
    options.demo.photos = 1;
    options.demo.photoSize = photoSize;
    options.serialNumber = QStringLiteral("READ-AHEAD");
    return options;
}

HandsetObject tst_ObjectReadAhead::photo(Handset &handset, quint64 size) const
{
    const auto objects = handset.listObjects();
    if (objects) {
        for (const HandsetObject &object : *objects) {
            if (!object.isFolder && object.size == size)
                return object;
        }
    }
    return {};
}

QByteArray tst_ObjectReadAhead::readDirectly(Handset &handset, const HandsetObject &object) const
{
    QByteArray bytes;
    const Status read = handset.readObject(object, 0, [&](const char *data, qsizetype size) {
        bytes.append(data, size);
        return Status();
    });
    return read ? bytes : QByteArray();
}

void tst_ObjectReadAhead::init()
{
    m_archive.reset();
    static int created = 0;
    auto archive = Archive::create(m_tmp.filePath(QStringLiteral("%1.lifeboat").arg(++created)));
    QVERIFY2(archive, qPrintable(archive ? QString() : archive.error().toString()));
    m_archive = std::move(*archive);
}

void tst_ObjectReadAhead::deliversChunksInOrderWithTheirIds_data()
{
    QTest::addColumn<quint64>("size");
    QTest::addColumn<quint64>("skip");
    QTest::addColumn<int>("pieces");
    // Both hashes in one pass on the hashing thread (SHA extensions), or side by side on two.
    QTest::addColumn<bool>("onePass");
    for (const bool onePass : {true, false}) {
        const char *how = onePass ? "one pass" : "two passes";
        QTest::addRow("%s, from the start", how) << PhotoSize << quint64(0) << 3 << onePass;
        QTest::addRow("%s, skipping what an earlier run stored", how)
            << PhotoSize << quint64(ContentWriter::ChunkSize) << 2 << onePass;
        QTest::addRow("%s, one chunk, hashed by the reader", how)
            << quint64(300 * 1024) << quint64(0) << 1 << onePass;
        QTest::addRow("%s, exactly one chunk", how)
            << quint64(ContentWriter::ChunkSize) << quint64(0) << 1 << onePass;
    }
}

void tst_ObjectReadAhead::deliversChunksInOrderWithTheirIds()
{
    QFETCH(quint64, size);
    QFETCH(quint64, skip);
    QFETCH(int, pieces);
    QFETCH(bool, onePass);
    if (onePass && !Sha256::hashesTwoInOnePass())
        QSKIP("this CPU has no SHA extensions");
    Sha256::setShaExtensionsAllowed(onePass);
    const auto allowAgain = qScopeGuard([] { Sha256::setShaExtensionsAllowed(true); });
    VirtualHandset v = openVirtualHandset(options(size));
    QVERIFY(v.handset);
    const HandsetObject object = photo(*v.handset, size);
    QCOMPARE(object.size, size);
    const QByteArray expected = readDirectly(*v.handset, object);
    QCOMPARE(quint64(expected.size()), size);

    auto writer = m_archive->beginContent(QString());
    QVERIFY(writer);
    ContentWriter &content = **writer;
    QCOMPARE(content.hashesInOnePass(), onePass);
    PiecePool pool(ContentWriter::ChunkSize, 4);
    std::atomic<quint64> transferred{0};
    ObjectReadAhead reading(*v.handset, object, 0, skip, content, pool, transferred);
    QByteArray received;
    int piecesReceived = 0;
    while (std::optional<ByteQueue::Piece> piece = reading.next()) {
        ++piecesReceived;
        QVERIFY(piece->bytes.size() <= ContentWriter::ChunkSize);
        QCOMPARE(piece->hash, Sha256::hash(piece->bytes.constData(), piece->bytes.size()));
        received += piece->bytes;
        if (skip == 0)
            QVERIFY(content.storeChunk(piece->bytes.constData(), piece->bytes.size(), piece->hash));
        pool.give(std::move(piece->bytes));
    }
    QVERIFY(reading.handsetFree()->load());
    const Status read = reading.finish();
    QVERIFY2(read, qPrintable(read ? QString() : read.error().toString()));
    QCOMPARE(received, expected.mid(qsizetype(skip)));
    QCOMPARE(piecesReceived, pieces);
    QCOMPARE(transferred.load(), size);  // read again from the start: counted
    if (skip == 0) {
        // Every byte went into the object's hash: the content id is its SHA-256.
        const Result<QByteArray> id = content.finish();
        QVERIFY(id);
        QCOMPARE(*id, Sha256::hash(expected.constData(), expected.size()));
    }
}

void tst_ObjectReadAhead::waitsForThePreviousObject()
{
    // More than both queues hold.
    constexpr quint64 queued = ObjectReadAhead::UnhashedPieces + ObjectReadAhead::HashedPieces;
    VirtualHandsetOptions two = options((queued + 8) * quint64(ContentWriter::ChunkSize));
    two.demo.photos = 2;
    VirtualHandset v = openVirtualHandset(two);
    QVERIFY(v.handset);
    const Result<QList<HandsetObject>> listed = v.handset->listObjects();
    QVERIFY(listed);
    QList<HandsetObject> photos;
    for (const HandsetObject &object : *listed) {
        if (!object.isFolder && object.size == two.demo.photoSize)
            photos << object;
    }
    QCOMPARE(photos.size(), 2);
    auto firstWriter = m_archive->beginContent(QString());
    auto secondWriter = m_archive->beginContent(QString());
    QVERIFY(firstWriter && secondWriter);
    PiecePool pool(ContentWriter::ChunkSize, 8);
    std::atomic<quint64> firstRead{0};
    std::atomic<quint64> secondRead{0};
    ObjectReadAhead first(*v.handset, photos[0], 0, 0, **firstWriter, pool, firstRead);
    ObjectReadAhead second(*v.handset, photos[1], 0, 0, **secondWriter, pool, secondRead,
                           first.handsetFree());
    // The first fills its queues and waits to be drained; the second must not touch the handset.
    QTRY_VERIFY(firstRead.load() >= queued * quint64(ContentWriter::ChunkSize));
    QTest::qWait(100);
    QVERIFY(!first.handsetFree()->load());
    QCOMPARE(secondRead.load(), quint64(0));
    const auto drain = [&](ObjectReadAhead &reading) {
        QByteArray bytes;
        while (std::optional<ByteQueue::Piece> piece = reading.next()) {
            bytes += piece->bytes;
            pool.give(std::move(piece->bytes));
        }
        return bytes;
    };
    const QByteArray firstBytes = drain(first);
    QVERIFY(first.finish());
    const QByteArray secondBytes = drain(second);
    QVERIFY(second.finish());
    QCOMPARE(firstBytes, readDirectly(*v.handset, photos[0]));
    QCOMPARE(secondBytes, readDirectly(*v.handset, photos[1]));
}

// The nice value of every thread of this process called `name` (/proc/self/task).
static QList<int> niceValuesOfThreads(const QByteArray &name)
{
    QList<int> values;
    const QDir tasks(QStringLiteral("/proc/self/task"));
    for (const QString &task : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile comm(tasks.filePath(task + QStringLiteral("/comm")));
        QFile stat(tasks.filePath(task + QStringLiteral("/stat")));
        if (!comm.open(QIODevice::ReadOnly) || comm.readAll().trimmed() != name
            || !stat.open(QIODevice::ReadOnly))
            continue;
        // After "pid (comm) ", the nice value is the 17th field (proc(5): field 19).
        const QByteArray fields = stat.readAll();
        values << fields.mid(fields.lastIndexOf(')') + 2).split(' ').value(16).toInt();
    }
    return values;
}

void tst_ObjectReadAhead::hashingYieldsToStoringButReadingDoesNot()
{
    VirtualHandsetOptions big = options();
    big.demo.photoSize = 64ull * 1024 * 1024;  // more than both queues hold: both threads stay
    VirtualHandset v = openVirtualHandset(big);
    QVERIFY(v.handset);
    const HandsetObject object = photo(*v.handset, big.demo.photoSize);
    auto writer = m_archive->beginContent(QString());
    QVERIFY(writer);
    PiecePool pool(ContentWriter::ChunkSize, 4);
    std::atomic<quint64> transferred{0};
    ObjectReadAhead reading(*v.handset, object, 0, 0, **writer, pool, transferred);
    QVERIFY(reading.next());  // both threads have started
    const int ours = getpriority(PRIO_PROCESS, 0);
    QTRY_COMPARE(niceValuesOfThreads(ObjectReadAhead::HashingThreadName), QList<int>{std::min(ours + 10, 19)});
    QCOMPARE(niceValuesOfThreads(ObjectReadAhead::ReadingThreadName), QList<int>{ours});
    reading.abandon();
    (void)reading.finish();
}

void tst_ObjectReadAhead::abandonStopsTheReader()
{
    VirtualHandsetOptions big = options();
    big.demo.photoSize = 64ull * 1024 * 1024;  // more than both queues hold
    static_assert(ObjectReadAhead::UnhashedPieces + ObjectReadAhead::HashedPieces < 64);
    VirtualHandset v = openVirtualHandset(big);
    QVERIFY(v.handset);
    const HandsetObject object = photo(*v.handset, big.demo.photoSize);
    QCOMPARE(object.size, big.demo.photoSize);
    auto writer = m_archive->beginContent(QString());
    QVERIFY(writer);
    PiecePool pool(ContentWriter::ChunkSize, 4);
    std::atomic<quint64> transferred{0};
    ObjectReadAhead reading(*v.handset, object, 0, 0, **writer, pool, transferred);
    QVERIFY(reading.next());
    reading.abandon();
    const Status read = reading.finish();  // returns: the reader stopped at its next piece
    QVERIFY(!read);
    QCOMPARE(read.error().code(), ErrorCode::Cancelled);
    QVERIFY(reading.handsetFree()->load());
    QVERIFY2(transferred.load() < big.demo.photoSize,
             qPrintable(QStringLiteral("read %1 of %2").arg(transferred.load()).arg(big.demo.photoSize)));
    // The handset is usable again for the next object.
    QCOMPARE(quint64(readDirectly(*v.handset, object).size()), big.demo.photoSize);
}

void tst_ObjectReadAhead::handsetErrorEndsTheStream()
{
    VirtualHandsetOptions unplugged = options();
    unplugged.faults.unplugAfterBytes = 1536 * 1024;  // during the object's second chunk
    VirtualHandset v = openVirtualHandset(unplugged);
    QVERIFY(v.handset);
    const HandsetObject object = photo(*v.handset);
    QCOMPARE(object.size, PhotoSize);
    auto writer = m_archive->beginContent(QString());
    QVERIFY(writer);
    PiecePool pool(ContentWriter::ChunkSize, 4);
    std::atomic<quint64> transferred{0};
    ObjectReadAhead reading(*v.handset, object, 0, 0, **writer, pool, transferred);
    qsizetype received = 0;
    while (std::optional<ByteQueue::Piece> piece = reading.next())
        received += piece->bytes.size();
    const Status read = reading.finish();
    QVERIFY(!read);
    QVERIFY2(read.error().code() == ErrorCode::NoDevice || read.error().code() == ErrorCode::DeviceIo,
             qPrintable(read.error().toString()));
    // Whole chunks only: the partial second one is not handed on as if it were the object's end.
    QCOMPARE(received % ContentWriter::ChunkSize, 0);
    QVERIFY(received < qsizetype(PhotoSize));
}

QTEST_GUILESS_MAIN(tst_ObjectReadAhead)
#include "tst_objectreadahead.moc"
