#include "ui/browse/SnapshotText.h"

#include <QLocale>

namespace Lifeboat {

QString SnapshotText::title(const SnapshotInfo &snapshot)
{
    const QDateTime when = snapshot.started.isValid() ? snapshot.started : snapshot.finished;
    if (!when.isValid())
        return tr("Snapshot %1").arg(snapshot.id);
    // Seconds too: two runs in the same minute (a retry) must still be told apart.
    const QDateTime local = when.toLocalTime();
    const QLocale locale;
    return tr("%1 %2").arg(locale.toString(local.date(), QLocale::ShortFormat),
                           local.time().toString(QStringLiteral("HH:mm:ss")));
}

QString SnapshotText::state(SnapshotState state)
{
    switch (state) {
    case SnapshotState::Running: return tr("In progress or interrupted");
    case SnapshotState::Complete: return tr("Complete");
    case SnapshotState::Failed: return tr("Failed");
    case SnapshotState::Cancelled: return tr("Cancelled");
    }
    return {};
}

QString SnapshotText::counts(const SnapshotInfo &snapshot)
{
    // Singular and plural spelled out: there is no English .qm to resolve %n plurals yet.
    const auto count = [](qint64 n, const QString &one, const QString &many) {
        return n == 1 ? one : many.arg(QLocale().toString(n));
    };
    const KindCounts &c = snapshot.counts;
    return QStringList{count(c.contacts, tr("1 contact"), tr("%1 contacts")),
                       count(c.events, tr("1 event"), tr("%1 events")),
                       count(c.todos, tr("1 to-do"), tr("%1 to-dos")),
                       count(c.photos, tr("1 photo"), tr("%1 photos"))}
        .join(QStringLiteral(" · "));
}

} // namespace Lifeboat
