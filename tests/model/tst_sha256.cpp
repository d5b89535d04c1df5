// Sha256 with both of its block functions (the SHA extensions where the CPU has them, OpenSSL
// otherwise) against FIPS 180-2's examples and against Qt's own SHA-256, which shares no code
// with either; and addToBoth(), which advances two hashes in one pass.
#include "model/archive/Sha256.h"
#include "ArchiveTestData.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QTest>

using namespace Lifeboat;

class tst_Sha256 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void fipsExamples_data();
    void fipsExamples();
    void everyLengthInPieces_data();
    void everyLengthInPieces();
    void bothInOnePass_data();
    void bothInOnePass();
    void bothAfterUnequalStarts_data() { everyLengthInPieces_data(); }
    void bothAfterUnequalStarts();
    void resetStartsAfresh_data() { everyLengthInPieces_data(); }
    void resetStartsAfresh();

private:
    static void addBackends();
    static QByteArray reference(const QByteArray &data)
    {
        return QCryptographicHash::hash(data, QCryptographicHash::Sha256);
    }
    // Feeds `data` to `add` in pieces of random sizes below `largest` (some empty, most across
    // block ends).
    template <typename Add>
    static void inPieces(const QByteArray &data, quint32 seed, Add add, int largest = 200)
    {
        QRandomGenerator random(seed);
        qsizetype at = 0;
        while (at < data.size()) {
            const qsizetype n = std::min<qsizetype>(data.size() - at, random.bounded(0, largest));
            add(data.constData() + at, n);
            at += n;
        }
    }
};

void tst_Sha256::init()
{
    QFETCH(bool, extensions);
    if (extensions && !ShaExtensions::available())
        QSKIP("this CPU has no SHA extensions: only the OpenSSL path runs here");
    Sha256::setShaExtensionsAllowed(extensions);
}

void tst_Sha256::cleanup()
{
    Sha256::setShaExtensionsAllowed(true);
}

void tst_Sha256::addBackends()
{
    QTest::addColumn<bool>("extensions");
}

void tst_Sha256::fipsExamples_data()
{
    addBackends();
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QByteArray>("digest");
    const QByteArray twoBlocks("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq");
    for (const bool extensions : {true, false}) {
        const char *by = extensions ? "SHA extensions" : "OpenSSL";
        QTest::addRow("%s, empty", by) << extensions << QByteArray()
            << QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        QTest::addRow("%s, abc", by) << extensions << QByteArray("abc")
            << QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        QTest::addRow("%s, 448 bits", by) << extensions << twoBlocks
            << QByteArray("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
        QTest::addRow("%s, a million a", by) << extensions << QByteArray(1000000, 'a')
            << QByteArray("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
    }
}

void tst_Sha256::fipsExamples()
{
    QFETCH(QByteArray, message);
    QFETCH(QByteArray, digest);
    QCOMPARE(Sha256::hash(message).toHex(), digest);
    for (const int largest : {200, 100000}) {
        Sha256 incremental;
        inPieces(message, 7, [&](const char *data, qsizetype size) { incremental.add(data, size); },
                 largest);
        QCOMPARE(incremental.result().toHex(), digest);
    }
}

void tst_Sha256::everyLengthInPieces_data()
{
    addBackends();
    QTest::newRow("SHA extensions") << true;
    QTest::newRow("OpenSSL") << false;
}

// Every length across the padding's edges (55, 56, 63, 64 bytes into a block) and a chunk.
void tst_Sha256::everyLengthInPieces()
{
    const QByteArray data = ArchiveTestData::bytes(1, 1 << 20);
    QList<qsizetype> lengths;
    for (qsizetype n = 0; n <= 300; ++n)
        lengths << n;
    lengths << 4095 << 4096 << 4097 << (1 << 20) - 1 << (1 << 20);
    for (const qsizetype n : lengths) {
        const QByteArray part = data.left(n);
        const QByteArray expected = reference(part);
        QCOMPARE(Sha256::hash(part), expected);
        for (const int largest : {200, 100000}) {
            Sha256 incremental;
            inPieces(part, quint32(n), [&](const char *d, qsizetype s) { incremental.add(d, s); },
                     largest);
            QCOMPARE(incremental.result(), expected);
        }
    }
}

void tst_Sha256::bothInOnePass_data()
{
    addBackends();
    QTest::addColumn<qsizetype>("before");  // what the first hash had before the second began
    QTest::addColumn<qsizetype>("together");
    for (const bool extensions : {true, false}) {
        const char *by = extensions ? "SHA extensions" : "OpenSSL";
        QTest::addRow("%s, a chunk from the start", by) << extensions << qsizetype(0) << qsizetype(1 << 20);
        QTest::addRow("%s, the second chunk", by) << extensions << qsizetype(1 << 20) << qsizetype(1 << 20);
        QTest::addRow("%s, a short last chunk", by) << extensions << qsizetype(2 << 20) << qsizetype(12345);
        QTest::addRow("%s, inside a block", by) << extensions << qsizetype(128) << qsizetype(3);
        QTest::addRow("%s, nothing", by) << extensions << qsizetype(64) << qsizetype(0);
    }
}

// The backup's use: the whole object's hash, and each chunk's, fed the chunk's bytes together.
void tst_Sha256::bothInOnePass()
{
    QFETCH(qsizetype, before);
    QFETCH(qsizetype, together);
    const QByteArray data = ArchiveTestData::bytes(2, before + together);
    const QByteArray chunk = data.mid(before);
    // In small pieces, as a handset's transfer arrives; in large ones; and whole, as a backup's
    // hashing thread sees a chunk.
    for (const int largest : {200, 100000, int(together) + 1}) {
        Sha256 object;
        object.add(data.constData(), before);
        Sha256 chunkHash;
        inPieces(chunk, 3, [&](const char *d, qsizetype s) { Sha256::addToBoth(object, chunkHash, d, s); },
                 largest);
        QCOMPARE(object.result(), reference(data));
        QCOMPARE(chunkHash.result(), reference(chunk));
    }
}

// Fed unequal amounts modulo 64, or with partial blocks of different bytes, the two cannot share
// a pass; the results must still be right.
void tst_Sha256::bothAfterUnequalStarts()
{
    for (const auto &[firstBefore, secondBefore] : {std::pair{10, 3}, std::pair{70, 6}, std::pair{5, 69}}) {
        const QByteArray firstStart = ArchiveTestData::bytes(4, firstBefore);
        const QByteArray secondStart = ArchiveTestData::bytes(5, secondBefore);
        const QByteArray shared = ArchiveTestData::bytes(6, 100000);
        Sha256 first;
        first.add(firstStart.constData(), firstStart.size());
        Sha256 second;
        second.add(secondStart.constData(), secondStart.size());
        inPieces(shared, 8, [&](const char *d, qsizetype s) { Sha256::addToBoth(first, second, d, s); },
                 100000);
        QCOMPARE(first.result(), reference(firstStart + shared));
        QCOMPARE(second.result(), reference(secondStart + shared));
    }
}

void tst_Sha256::resetStartsAfresh()
{
    Sha256 hash;
    hash.add("something else", 14);
    (void)hash.result();
    hash.reset();
    hash.add("abc", 3);
    QCOMPARE(hash.result().toHex(),
             QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
}

QTEST_GUILESS_MAIN(tst_Sha256)
#include "tst_sha256.moc"
