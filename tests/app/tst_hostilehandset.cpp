#include "HostileHandsetChild.h"

#include "model/export/FileNameSanitizer.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <signal.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <thread>

extern char **environ;

using namespace Lifeboat;
using namespace Lifeboat::TestSupport;

// Every hostile answer of the virtual handset, one row each: a backup and an export of what was
// stored run in a child process (this binary with --hostile-child). Each must end within the
// timeout in a clear error or a clean success, with bounded memory, nothing written outside the
// chosen folders, and nothing stored or exported under a name that is not safe.
namespace {

constexpr int ChildTimeoutMs = 15000;
constexpr long MaxPeakRssKb = 200 * 1024;

using Faults = VirtualHandsetFaults;

const QList<HostileCase> &hostileCases()
{
    static const QList<HostileCase> cases{
        {QStringLiteral("size 0"), [](Faults &f, quint64) { f.hostile.zeroSizes = true; }, {}},
        {QStringLiteral("size 2^32-1"), [](Faults &f, quint64) { f.hostile.sizes4GiBMinus1 = true; }, {}},
        {QStringLiteral("size 2^64-1"), [](Faults &f, quint64) { f.hostile.hugeSizes = true; }, {}},
        {QStringLiteral("more bytes than announced"), {},
         [](Faults &f, quint64) { f.hostile.moreBytesThanAnnounced = true; }},
        {QStringLiteral("fewer bytes than announced"), {},
         [](Faults &f, quint64) { f.hostile.fewerBytesThanAnnounced = true; }},
        {QStringLiteral("oversized dataset lengths"), {},
         [](Faults &f, quint64) { f.hostile.oversizedLengths = true; }},
        {QStringLiteral("wrong transaction ids"), {},
         [](Faults &f, quint64) { f.hostile.wrongTransactionIds = true; }},
        {QStringLiteral("string count 0"), [](Faults &f, quint64) { f.hostile.stringCount0 = true; }, {}},
        {QStringLiteral("string count 255"), [](Faults &f, quint64) { f.hostile.stringCount255 = true; }, {}},
        {QStringLiteral("string count 256"), [](Faults &f, quint64) { f.hostile.stringCount256 = true; }, {}},
        {QStringLiteral("bad names"), [](Faults &f, quint64) { f.hostile.badNames = true; }, {}},
        {QStringLiteral("lone surrogates"), [](Faults &f, quint64) { f.hostile.loneSurrogateNames = true; }, {}},
        {QStringLiteral("stall"), {},
         [](Faults &f, quint64 bytes) { f.stallInAfterBytes = bytes + 300 * 1024; }},
        {QStringLiteral("endless data"), {}, [](Faults &f, quint64) { f.hostile.endlessData = true; }},
        // The listed size no longer limits what is read: only the reader's own bounds can.
        {QStringLiteral("endless data, size 2^64-1"), [](Faults &f, quint64) { f.hostile.hugeSizes = true; },
         [](Faults &f, quint64) { f.hostile.endlessData = true; }},
    };
    return cases;
}

struct ChildOutcome
{
    bool finished = false;
    int exitStatus = -1;
    long peakRssKb = 0;
    qint64 milliseconds = 0;
};

ChildOutcome runChild(const QString &caseName, const QString &workDir)
{
    ChildOutcome outcome;
    const QByteArray self = QCoreApplication::applicationFilePath().toLocal8Bit();
    const QByteArray name = caseName.toUtf8();
    const QByteArray dir = workDir.toLocal8Bit();
    char *argv[] = {const_cast<char *>(self.constData()), const_cast<char *>("--hostile-child"),
                    const_cast<char *>(name.constData()), const_cast<char *>(dir.constData()), nullptr};
    pid_t pid = 0;
    if (posix_spawn(&pid, self.constData(), nullptr, nullptr, argv, environ) != 0)
        return outcome;
    QElapsedTimer clock;
    clock.start();
    int status = 0;
    rusage usage{};
    for (;;) {
        const pid_t done = wait4(pid, &status, WNOHANG, &usage);
        if (done == pid)
            break;
        if (clock.elapsed() > ChildTimeoutMs) {
            kill(pid, SIGKILL);
            wait4(pid, &status, 0, &usage);
            outcome.milliseconds = clock.elapsed();
            outcome.peakRssKb = usage.ru_maxrss;
            return outcome;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    outcome.milliseconds = clock.elapsed();
    outcome.finished = WIFEXITED(status);
    outcome.exitStatus = WIFEXITED(status) ? WEXITSTATUS(status) : -WTERMSIG(status);
    outcome.peakRssKb = usage.ru_maxrss;
    return outcome;
}

QString unsafeComponent(const QString &component)
{
    if (component.isEmpty() || component == u"." || component == u"..")
        return QStringLiteral("empty or dot component");
    if (component.contains(QChar(0)) || component.contains(u'/'))
        return QStringLiteral("NUL or slash");
    if (component.toUtf8().size() > FileNameSanitizer::MaxNameBytes)
        return QStringLiteral("longer than 255 bytes");
    if (FileNameSanitizer::sanitizeName(component) != component)
        return QStringLiteral("not a sanitised name");
    return {};
}

// Everything under `root` (folders too), relative; symbolic links are reported as such.
QStringList entriesUnder(const QString &root)
{
    QStringList entries;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = QDir(root).relativeFilePath(path);
        entries << (QFileInfo(path).isSymLink() ? u"symlink:" + relative : relative);
    }
    return entries;
}

} // namespace

class tst_HostileHandset : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void backupAndExport_data();
    void backupAndExport();
};

void tst_HostileHandset::backupAndExport_data()
{
    QTest::addColumn<QString>("caseName");
    QTest::addColumn<bool>("sameNames");  // the handset names its files as the clean one does
    for (const HostileCase &hostile : hostileCases()) {
        const bool renamed = hostile.name.contains(u"names") || hostile.name.contains(u"surrogates")
            || hostile.name == u"string count 0";
        QTest::newRow(qPrintable(hostile.name)) << hostile.name << !renamed;
    }
}

void tst_HostileHandset::backupAndExport()
{
    QFETCH(QString, caseName);
    QFETCH(bool, sameNames);
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString work = tmp.filePath(QStringLiteral("work"));
    QVERIFY(QDir().mkpath(work));

    const ChildOutcome child = runChild(caseName, work);
    QVERIFY2(child.milliseconds < ChildTimeoutMs,
             qPrintable(QStringLiteral("still running after %1 ms").arg(child.milliseconds)));
    QVERIFY2(child.finished && child.exitStatus == 0,
             qPrintable(QStringLiteral("child ended with %1").arg(child.exitStatus)));
    QVERIFY2(child.peakRssKb < MaxPeakRssKb,
             qPrintable(QStringLiteral("peak RSS %1 KiB").arg(child.peakRssKb)));

    QFile resultFile(QDir(work).filePath(QStringLiteral("result.json")));
    QVERIFY(resultFile.open(QIODevice::ReadOnly));
    const QJsonObject result = QJsonDocument::fromJson(resultFile.readAll()).object();
    qInfo().noquote() << caseName << child.milliseconds << "ms, peak RSS" << child.peakRssKb / 1024
                      << "MiB:" << QJsonDocument(result.value(QStringLiteral("backup")).toObject()).toJson(QJsonDocument::Compact);

    // A clear error, or a clean success.
    const auto clearOrOk = [](const QJsonObject &outcome, const char *what) {
        if (outcome.value(QStringLiteral("ok")).toBool())
            return true;
        const QString message = outcome.value(QStringLiteral("message")).toString();
        const int code = outcome.value(QStringLiteral("code")).toInt(-1);
        if (message.isEmpty() || code == int(ErrorCode::Internal)) {
            qWarning() << what << "failed without a clear error:" << outcome;
            return false;
        }
        return true;
    };
    QVERIFY(clearOrOk(result.value(QStringLiteral("open")).toObject(), "open"));
    const QJsonObject backup = result.value(QStringLiteral("backup")).toObject();
    if (!backup.isEmpty()) {
        QVERIFY(clearOrOk(backup, "backup"));
        // A handset's misbehaviour is never reported as the user's mistake.
        QVERIFY(backup.value(QStringLiteral("code")).toInt(-1) != int(ErrorCode::Usage));
        const bool complete = backup.value(QStringLiteral("state")).toString() == u"complete";
        QCOMPARE(complete, backup.value(QStringLiteral("ok")).toBool());
        QVERIFY(!backup.value(QStringLiteral("serial")).toString().isEmpty() || !complete);
        if (backup.value(QStringLiteral("snapshot")).toInt() > 0) {
            QVERIFY(clearOrOk(result.value(QStringLiteral("export")).toObject(), "export"));
            QVERIFY(clearOrOk(result.value(QStringLiteral("mirror")).toObject(), "mirror export"));
        }

        // Nothing in the archive under a wrong name, nor with content that is not the object's.
        const QJsonObject clean = result.value(QStringLiteral("clean")).toObject();
        QSet<QString> paths;
        for (const QJsonValue &value : result.value(QStringLiteral("objects")).toArray()) {
            const QJsonObject object = value.toObject();
            const QString parentPath = object.value(QStringLiteral("parentPath")).toString();
            const QString name = object.value(QStringLiteral("name")).toString();
            const QString path = parentPath.isEmpty() ? name : parentPath + u'/' + name;
            QVERIFY2(!name.isEmpty() && name != u"." && name != u".." && !name.contains(u'/')
                         && !name.contains(QChar(0)),
                     qPrintable(u"stored name: " + name));
            for (const QString &component : parentPath.split(u'/', Qt::SkipEmptyParts))
                QVERIFY2(component != u"." && component != u".." && !component.contains(QChar(0)),
                         qPrintable(u"stored folder: " + parentPath));
            QVERIFY2(!paths.contains(path), qPrintable(u"stored twice: " + path));
            paths.insert(path);
            if (complete && clean.contains(path)) {
                QVERIFY2(clean.value(path).toString() == object.value(QStringLiteral("hash")).toString(),
                         qPrintable(u"content stored for " + path + u" is not that object's"));
            }
        }
        // Every stored object is exported, under a sanitised name when its own is unsafe.
        const QJsonObject mirror = result.value(QStringLiteral("mirror")).toObject();
        if (complete && mirror.value(QStringLiteral("ok")).toBool())
            QCOMPARE(mirror.value(QStringLiteral("files")).toArray().size(), paths.size());
        // A complete snapshot misses nothing silently: every file of the handset is stored or
        // named in a warning.
        if (complete) {
            const QString warnings = backup.value(QStringLiteral("warnings")).toVariant().toStringList().join(u'\n');
            for (auto it = clean.constBegin(); it != clean.constEnd(); ++it) {
                QVERIFY2(paths.contains(it.key()) || warnings.contains(it.key()) || !sameNames,
                         qPrintable(u"missing without a warning: " + it.key()));
            }
        }
    }

    // Nothing outside the chosen folders; everything inside under safe names.
    const QStringList top = QDir(work).entryList(QDir::AllEntries | QDir::Hidden | QDir::System
                                                 | QDir::NoDotAndDotDot);
    for (const QString &entry : top) {
        QVERIFY2(entry == u"result.json" || entry.startsWith(u"archive.lifeboat") || entry == u"export"
                     || entry == u"mirror",
                 qPrintable(u"written outside the export folder: " + entry));
    }
    const QStringList outside = QDir(tmp.path()).entryList(QDir::AllEntries | QDir::Hidden
                                                          | QDir::System | QDir::NoDotAndDotDot);
    QCOMPARE(outside, QStringList{QStringLiteral("work")});
    for (const QString &folder : {QStringLiteral("export"), QStringLiteral("mirror")}) {
        for (const QString &entry : entriesUnder(QDir(work).filePath(folder))) {
            QVERIFY2(!entry.startsWith(u"symlink:"), qPrintable(entry));
            for (const QString &component : entry.split(u'/')) {
                const QString why = unsafeComponent(component);
                QVERIFY2(why.isEmpty(), qPrintable(folder + u": " + entry + u": " + why));
            }
        }
    }
}

int main(int argc, char **argv)
{
    // The child side runs one case and reports through its result file.
    if (argc == 4 && qstrcmp(argv[1], "--hostile-child") == 0) {
        QCoreApplication app(argc, argv);
        const QString name = QString::fromUtf8(argv[2]);
        for (const HostileCase &hostile : hostileCases()) {
            if (hostile.name == name)
                return runHostileChild(hostile, QString::fromLocal8Bit(argv[3]));
        }
        return 2;
    }
    QCoreApplication app(argc, argv);
    tst_HostileHandset test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_hostilehandset.moc"
