#include "app/jobs/Job.h"

namespace Lifeboat {

namespace {
constexpr qint64 ReportIntervalMs = 200;
// The rate is computed only once some time has passed: a rate over the first few milliseconds
// swings wildly and makes "time left" meaningless.
constexpr qint64 MinimumRateWindowMs = 500;
} // namespace

void Job::startClock()
{
    m_clock.start();
    m_lastReportMs = -1;
}

void Job::reportProgress(bool force)
{
    if (!m_clock.isValid())
        m_clock.start();
    const qint64 now = m_clock.elapsed();
    if (!force && m_lastReportMs >= 0 && now - m_lastReportMs < ReportIntervalMs)
        return;
    m_lastReportMs = now;

    if (now >= MinimumRateWindowMs && m_progress.bytesDone > 0) {
        m_progress.bytesPerSecond = double(m_progress.bytesDone) * 1000.0 / double(now);
        if (m_progress.bytesTotal >= m_progress.bytesDone && m_progress.bytesPerSecond > 0) {
            const double left = double(m_progress.bytesTotal - m_progress.bytesDone);
            m_progress.secondsRemaining = qint64(left / m_progress.bytesPerSecond + 0.5);
        }
    }
    if (m_progressHandler)
        m_progressHandler(m_progress);
}

} // namespace Lifeboat
