#include "app/cli/ProgressPrinter.h"

#include <QLocale>

namespace Lifeboat {

ProgressPrinter::ProgressPrinter(CliStreams &streams)
    : m_streams(streams)
{}

ProgressPrinter::~ProgressPrinter()
{
    finish();
}

QString ProgressPrinter::formatLine(const JobProgress &progress)
{
    const QLocale locale;
    QStringList parts{progress.phase};
    if (progress.objectsTotal > 0)
        parts << tr("%1 of %2 objects").arg(progress.objectsDone).arg(progress.objectsTotal);
    if (progress.bytesTotal > 0) {
        parts << tr("%1 of %2").arg(locale.formattedDataSize(qint64(progress.bytesDone)),
                                    locale.formattedDataSize(qint64(progress.bytesTotal)));
    }
    if (progress.bytesPerSecond > 0)
        parts << tr("%1/s").arg(locale.formattedDataSize(qint64(progress.bytesPerSecond)));
    if (progress.secondsRemaining) {
        const qint64 s = *progress.secondsRemaining;
        parts << (s >= 120 ? tr("about %1 min left").arg((s + 30) / 60)
                           : tr("%1 s left").arg(s));
    }
    parts.removeAll(QString());
    return parts.join(QStringLiteral("  ·  "));
}

void ProgressPrinter::show(const JobProgress &progress)
{
    if (!m_streams.errIsTerminal)
        return;
    QString line = formatLine(progress);
    if (line.size() > 100)
        line = line.left(99) + QChar(0x2026);
    const qsizetype width = line.size();
    if (width < m_lastWidth)
        line += QString(m_lastWidth - width, u' ');
    m_lastWidth = width;
    m_streams.err << '\r' << line;
    m_streams.err.flush();
}

void ProgressPrinter::finish()
{
    if (!m_streams.errIsTerminal || m_lastWidth == 0)
        return;
    m_streams.err << '\r' << QString(m_lastWidth, u' ') << '\r';
    m_streams.err.flush();
    m_lastWidth = 0;
}

} // namespace Lifeboat
