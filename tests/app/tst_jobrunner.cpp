#include "app/jobs/Job.h"
#include "app/jobs/JobRunner.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace Lifeboat;

namespace {

// Counts until told to stop (or until `limit`), reporting every step: enough to see the runner
// carry progress across threads, order finished() last and pass cancel() through.
class CountingJob : public Job
{
public:
    explicit CountingJob(qint64 limit)
        : m_limit(limit)
    {
    }

    qint64 run()
    {
        startClock();
        progress().objectsTotal = m_limit;
        qint64 count = 0;
        while (count < m_limit && !isCancelled()) {
            ++count;
            progress().objectsDone = count;
            reportProgress(true);
            QThread::usleep(200);
        }
        ranOn = QThread::currentThread();
        return count;
    }

    std::atomic<QThread *> ranOn{nullptr};

private:
    qint64 m_limit;
};

} // namespace

class tst_JobRunner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void runsOnAnotherThreadAndFinishesLast();
    void refusesASecondJobWhileRunning();
    void cancelStopsTheJob();
    void destroyingTheRunnerCancelsAndWaits();
};

void tst_JobRunner::runsOnAnotherThreadAndFinishesLast()
{
    JobRunner runner;
    CountingJob job(50);
    qint64 result = 0;
    QList<qint64> seen;
    bool finishedAfterLastProgress = false;
    connect(&runner, &JobRunner::progressChanged, this, [&](const JobProgress &progress) {
        QCOMPARE(QThread::currentThread(), thread());
        seen.append(progress.objectsDone);
    });
    connect(&runner, &JobRunner::finished, this,
            [&] { finishedAfterLastProgress = !seen.isEmpty() && seen.last() == 50; });
    QSignalSpy finished(&runner, &JobRunner::finished);

    QVERIFY(runner.start(job, [&] { result = job.run(); }));
    QVERIFY(runner.isRunning());
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.count(), 1);
    QVERIFY(!runner.isRunning());
    QCOMPARE(result, 50);
    QVERIFY(job.ranOn.load() != thread());
    QCOMPARE(seen.size(), 50);
    QVERIFY(std::is_sorted(seen.cbegin(), seen.cend()));
    QVERIFY(finishedAfterLastProgress);
}

void tst_JobRunner::refusesASecondJobWhileRunning()
{
    JobRunner runner;
    CountingJob first(1'000'000);
    CountingJob second(1);
    QVERIFY(runner.start(first, [&] { first.run(); }));
    QVERIFY(!runner.start(second, [&] { second.run(); }));
    QSignalSpy finished(&runner, &JobRunner::finished);
    runner.cancel();
    QVERIFY(finished.wait(10000));
    QVERIFY(second.ranOn.load() == nullptr);
    // Once finished, the runner takes the next job.
    QVERIFY(runner.start(second, [&] { second.run(); }));
    QVERIFY(finished.wait(10000));
    QVERIFY(second.ranOn.load() != nullptr);
}

void tst_JobRunner::cancelStopsTheJob()
{
    JobRunner runner;
    CountingJob job(1'000'000);
    qint64 result = -1;
    QSignalSpy progress(&runner, &JobRunner::progressChanged);
    QSignalSpy finished(&runner, &JobRunner::finished);
    QVERIFY(runner.start(job, [&] { result = job.run(); }));
    QVERIFY(progress.wait(10000));
    runner.cancel();
    QVERIFY(finished.wait(10000));
    QVERIFY(job.isCancelled());
    QVERIFY(result > 0);
    QVERIFY(result < 1'000'000);
}

void tst_JobRunner::destroyingTheRunnerCancelsAndWaits()
{
    CountingJob job(1'000'000);
    std::atomic<qint64> result{-1};
    {
        JobRunner runner;
        QVERIFY(runner.start(job, [&] { result = job.run(); }));
        QTest::qWait(20);
    }
    // The destructor returned only after the work did.
    QVERIFY(result.load() >= 0);
    QVERIFY(result.load() < 1'000'000);
    QVERIFY(job.isCancelled());
}

QTEST_GUILESS_MAIN(tst_JobRunner)
#include "tst_jobrunner.moc"
