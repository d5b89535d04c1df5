#include "DemoArchiveBuilder.h"
#include "model/archive/Archive.h"
#include "RecordingPresenter.h"
#include "ui/MessagePresenter.h"
#include "ui/SaveCopyFlow.h"

#include <QMainWindow>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Lifeboat;
using Lifeboat::TestSupport::RecordingPresenter;

// File > Save a Copy…: the flow copies the archive on a worker thread, tells the window's
// status bar where the copy went, and shows a failure through the presenter.
class tst_SaveCopyFlow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void savesACopy();
    void reportsAFailure();

private:
    QTemporaryDir m_tmp;
    QString m_archive;
};

void tst_SaveCopyFlow::initTestCase()
{
    m_archive = m_tmp.filePath(QStringLiteral("demo.lifeboat"));
    QVERIFY(DemoArchiveBuilder::build(m_archive, QDate(2026, 11, 1)));
}

void tst_SaveCopyFlow::savesACopy()
{
    QMainWindow window;
    QList<Error> errors;
    RecordingPresenter presenter(&errors);
    const QString target = m_tmp.filePath(QStringLiteral("copy.lifeboat"));
    auto *flow = new SaveCopyFlow(&window, m_archive, &presenter);
    QSignalSpy finished(flow, &SaveCopyFlow::finished);
    flow->copyTo(target);
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().first().toBool(), true);
    QVERIFY(errors.isEmpty());
    QVERIFY2(window.statusBar()->currentMessage().contains(u"copy.lifeboat"), qPrintable(window.statusBar()->currentMessage()));
    struct stat info {};
    QCOMPARE(::stat(QFile::encodeName(target).constData(), &info), 0);
    QCOMPARE(int(info.st_mode & 0777), 0600);
    auto copy = Archive::open(target, Archive::OpenMode::ReadOnly);
    QVERIFY(copy);
    QVERIFY((*copy)->verify()->ok());
    QCOMPARE((*copy)->snapshots()->size(), 2);
}

void tst_SaveCopyFlow::reportsAFailure()
{
    QMainWindow window;
    QList<Error> errors;
    RecordingPresenter presenter(&errors);
    auto *flow = new SaveCopyFlow(&window, m_archive, &presenter);
    QSignalSpy finished(flow, &SaveCopyFlow::finished);
    flow->copyTo(m_tmp.filePath(QStringLiteral("no-such-folder/copy.lifeboat")));
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().first().toBool(), false);
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().message().contains(u"cannot be created"),
             qPrintable(errors.first().message()));
}

QTEST_MAIN(tst_SaveCopyFlow)
#include "tst_savecopyflow.moc"
