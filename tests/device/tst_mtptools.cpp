// Conformance: Debian's mtp-tools (libmtp, an independent MTP initiator) against Lifeboat's
// virtual handset served as a USB device by `lifeboat-virtual-handset serve`.

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestMtpTools : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void detect();
    void listFiles();
    void getFile_data();
    void getFile();
    void sendFile_data();
    void sendFile();
    void deleteFile();

private:
    struct Run
    {
        int exitCode = -1;
        QString output;
    };
    Run serve(const QStringList &serveOptions, const QStringList &command);
    QMap<QString, int> fileIds(const QString &root);
    static QByteArray randomBytes(qsizetype size, quint32 seed);
    static void writeFile(const QString &path, const QByteArray &bytes);

    QTemporaryDir m_dir;
    QString m_root;
};

QByteArray TestMtpTools::randomBytes(qsizetype size, quint32 seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    quint32 state = seed;
    for (char &c : bytes) {
        state = state * 1664525u + 1013904223u;
        c = char(state >> 24);
    }
    return bytes;
}

void TestMtpTools::writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

TestMtpTools::Run TestMtpTools::serve(const QStringList &serveOptions, const QStringList &command)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral(LIFEBOAT_VIRTUAL_HANDSET),
                  QStringList{QStringLiteral("serve")} + serveOptions + QStringList{QStringLiteral("--")}
                      + command);
    Run run;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        run.output = QStringLiteral("timed out: ") + QString::fromLocal8Bit(process.readAll());
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.output = QString::fromLocal8Bit(process.readAll());
    return run;
}

QMap<QString, int> TestMtpTools::fileIds(const QString &root)
{
    const Run run = serve({QStringLiteral("--root"), root}, {QStringLiteral("mtp-files")});
    QMap<QString, int> ids;
    static const QRegularExpression entry(QStringLiteral("File ID: (\\d+)\\s*\\n\\s*Filename: ([^\\n]+)"));
    for (const QRegularExpressionMatch &match : entry.globalMatch(run.output))
        ids.insert(match.captured(2).trimmed(), match.captured(1).toInt());
    return ids;
}

void TestMtpTools::initTestCase()
{
    if (QStandardPaths::findExecutable(QStringLiteral("mtp-detect")).isEmpty())
        QSKIP("mtp-tools is not installed (apt-get install mtp-tools)");
    QVERIFY(m_dir.isValid());
    m_root = m_dir.filePath(QStringLiteral("handset"));
    writeFile(m_root + QStringLiteral("/DCIM/Camera/IMG_0001.jpg"), randomBytes(3 * 1024 * 1024 + 77, 1));
    writeFile(m_root + QStringLiteral("/DCIM/Camera/IMG_0002.jpg"), randomBytes(512, 2));
    writeFile(m_root + QStringLiteral("/Contacts/anna.vcf"),
              "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anna Virtanen\r\nN:Virtanen;Anna;;;\r\nEND:VCARD\r\n");
    writeFile(m_root + QStringLiteral("/Contacts/empty.vcf"), QByteArray());
}

void TestMtpTools::detect()
{
    const Run run = serve({QStringLiteral("--demo"), QStringLiteral("--serial"),
                           QStringLiteral("CONFORMANCE-42")},
                          {QStringLiteral("mtp-detect")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.output.contains(QLatin1String("CONFORMANCE-42")), qPrintable(run.output));
    QVERIFY(run.output.contains(QLatin1String("StorageID: 0x00010001")));
    QVERIFY(run.output.contains(QLatin1String("Vendor extension ID: 0x00000006")));
}

void TestMtpTools::listFiles()
{
    const QMap<QString, int> ids = fileIds(m_root);
    QVERIFY2(ids.contains(QStringLiteral("IMG_0001.jpg")), qPrintable(ids.keys().join(u',')));
    QVERIFY(ids.contains(QStringLiteral("IMG_0002.jpg")));
    QVERIFY(ids.contains(QStringLiteral("anna.vcf")));
    QVERIFY(ids.contains(QStringLiteral("empty.vcf")));
}

void TestMtpTools::getFile_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("3 MiB photo") << QStringLiteral("DCIM/Camera/IMG_0001.jpg");
    QTest::newRow("512 bytes: container of whole packets + ZLP") << QStringLiteral("DCIM/Camera/IMG_0002.jpg");
    QTest::newRow("vCard") << QStringLiteral("Contacts/anna.vcf");
    QTest::newRow("empty file") << QStringLiteral("Contacts/empty.vcf");
}

void TestMtpTools::getFile()
{
    QFETCH(QString, path);
    const QMap<QString, int> ids = fileIds(m_root);
    const QString name = QFileInfo(path).fileName();
    QVERIFY(ids.contains(name));
    const QString target = m_dir.filePath(QStringLiteral("got-") + name);
    const Run run = serve({QStringLiteral("--root"), m_root},
                          {QStringLiteral("mtp-getfile"), QString::number(ids.value(name)), target});
    QVERIFY2(run.exitCode == 0, qPrintable(run.output));
    QFile original(m_root + u'/' + path), fetched(target);
    QVERIFY(original.open(QIODevice::ReadOnly));
    QVERIFY2(fetched.open(QIODevice::ReadOnly), qPrintable(run.output));
    QCOMPARE(fetched.size(), original.size());
    QVERIFY(fetched.readAll() == original.readAll());
}

void TestMtpTools::sendFile_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("name");
    QTest::addColumn<qsizetype>("size");
    // libmtp uses SendObjectPropList on the Lifeboat profile, SendObjectInfo + SendObject on
    // Android.
    QTest::newRow("lifeboat, 2 MiB + 512") << QStringLiteral("lifeboat") << QStringLiteral("IMG_0100.jpg")
                                           << qsizetype(2 * 1024 * 1024 + 512);
    QTest::newRow("android, 2 MiB + 512") << QStringLiteral("android") << QStringLiteral("IMG_0101.jpg")
                                          << qsizetype(2 * 1024 * 1024 + 512);
    QTest::newRow("lifeboat, 500 bytes (container of 512)") << QStringLiteral("lifeboat")
                                                            << QStringLiteral("IMG_0102.jpg")
                                                            << qsizetype(500);
}

void TestMtpTools::sendFile()
{
    QFETCH(QString, profile);
    QFETCH(QString, name);
    QFETCH(qsizetype, size);
    const QStringList options{QStringLiteral("--root"), m_root, QStringLiteral("--profile"), profile};
    // mtp-sendfile finds the target folder by its id ("<id>/<anything>"); the object is named
    // after the local file.
    const Run folders = serve(options, {QStringLiteral("mtp-folders")});
    const QRegularExpressionMatch dcim =
        QRegularExpression(QStringLiteral("(\\d+)\\s+DCIM\\n")).match(folders.output);
    QVERIFY2(dcim.hasMatch(), qPrintable(folders.output));

    const QByteArray bytes = randomBytes(size, quint32(size));
    const QString local = m_dir.filePath(QStringLiteral("upload/") + name);
    writeFile(local, bytes);
    const Run run = serve(options, {QStringLiteral("mtp-sendfile"), local,
                                    dcim.captured(1) + u'/' + name});
    QVERIFY2(run.exitCode == 0, qPrintable(run.output));
    QFile stored(m_root + QStringLiteral("/DCIM/") + name);
    QVERIFY2(stored.open(QIODevice::ReadOnly), qPrintable(run.output));
    QCOMPARE(stored.size(), bytes.size());
    QVERIFY(stored.readAll() == bytes);
}

void TestMtpTools::deleteFile()
{
    const QString victim = m_root + QStringLiteral("/Contacts/delete-me.vcf");
    writeFile(victim, "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Gone\r\nEND:VCARD\r\n");
    const QMap<QString, int> ids = fileIds(m_root);
    QVERIFY(ids.contains(QStringLiteral("delete-me.vcf")));
    const Run run = serve({QStringLiteral("--root"), m_root},
                          {QStringLiteral("mtp-delfile"), QStringLiteral("-n"),
                           QString::number(ids.value(QStringLiteral("delete-me.vcf")))});
    QVERIFY2(run.exitCode == 0, qPrintable(run.output));
    QVERIFY2(!QFile::exists(victim), qPrintable(run.output));
    QVERIFY(QFile::exists(m_root + QStringLiteral("/Contacts/anna.vcf")));
}

QTEST_GUILESS_MAIN(TestMtpTools)

#include "tst_mtptools.moc"
