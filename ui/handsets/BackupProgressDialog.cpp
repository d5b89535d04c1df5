#include "ui/handsets/BackupProgressDialog.h"

#include "ui/KindText.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Lifeboat {

namespace {
const QList<ItemKind> ShownKinds{ItemKind::Contact, ItemKind::Event, ItemKind::Todo, ItemKind::Photo};

QString bytes(quint64 size)
{
    // "698 kB", "1.4 MB": a decimal only where it tells something.
    const int precision = size < 1000 * 1000 ? 0 : 1;
    // A no-break space keeps "698 kB" together where a label wraps.
    return QLocale()
        .formattedDataSize(qint64(size), precision, QLocale::DataSizeTraditionalFormat)
        .replace(u' ', QChar::Nbsp);
}
} // namespace

BackupProgressDialog::BackupProgressDialog(const QString &handsetName, QWidget *parent)
    : QDialog(parent)
    , m_heading(new QLabel(this))
    , m_phase(new QLabel(this))
    , m_item(new QLabel(this))
    , m_kinds(new QTreeWidget(this))
    , m_overall(new QProgressBar(this))
    , m_rate(new QLabel(this))
    , m_timeLeft(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_show(new QPushButton(tr("&Show Backup"), this))
    , m_close(new QPushButton(tr("&Close"), this))
{
    setObjectName(QStringLiteral("backupProgressDialog"));
    setWindowTitle(tr("Backing up %1").arg(handsetName));

    m_heading->setObjectName(QStringLiteral("backupHeading"));
    m_heading->setText(tr("Backing up %1").arg(handsetName));
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    m_heading->setFont(headingFont);

    m_phase->setObjectName(QStringLiteral("backupPhaseLabel"));
    m_phase->setText(tr("Opening the handset"));
    m_item->setObjectName(QStringLiteral("backupCurrentItemLabel"));
    m_item->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_kinds->setObjectName(QStringLiteral("backupKindTable"));
    m_kinds->setAccessibleName(tr("Progress per kind"));
    m_kinds->setRootIsDecorated(false);
    m_kinds->setSelectionMode(QAbstractItemView::NoSelection);
    m_kinds->setFocusPolicy(Qt::NoFocus);
    m_kinds->setHeaderLabels({tr("Kind"), tr("Items"), tr("Size")});
    for (ItemKind kind : ShownKinds) {
        auto *row = new QTreeWidgetItem(m_kinds, {KindText::plural(kind), tr("—"), tr("—")});
        row->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        row->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
    }
    // While copying, events and to-dos travel in the same calendar files: one row for both.
    m_kinds->topLevelItem(1)->setText(0, tr("Calendar"));
    m_kinds->topLevelItem(2)->setHidden(true);
    m_kinds->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_kinds->header()->setStretchLastSection(false);
    m_kinds->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_kinds->setMinimumHeight(m_kinds->sizeHintForRow(0) * 5 + m_kinds->header()->sizeHint().height() + 8);
    m_kinds->setMinimumWidth(fontMetrics().averageCharWidth() * 56);

    m_overall->setObjectName(QStringLiteral("backupOverallBar"));
    m_overall->setAccessibleName(tr("Overall progress"));
    m_overall->setRange(0, 0);  // busy until the totals are known
    m_rate->setObjectName(QStringLiteral("backupRateLabel"));
    m_timeLeft->setObjectName(QStringLiteral("backupTimeLeftLabel"));
    m_timeLeft->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    m_summary->setObjectName(QStringLiteral("backupSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_summary->hide();

    m_cancel->setObjectName(QStringLiteral("backupCancelButton"));
    m_cancel->setAccessibleName(tr("Cancel the backup"));
    m_cancel->setToolTip(tr("Stops the backup (Esc). What was copied so far is kept."));
    m_show->setObjectName(QStringLiteral("backupShowButton"));
    m_show->setAccessibleName(tr("Show the new backup"));
    m_show->hide();
    m_close->setObjectName(QStringLiteral("backupCloseButton"));
    m_close->setAccessibleName(tr("Close this window"));
    m_close->hide();

    // Plain buttons, not a QDialogButtonBox: the box shows every button it lays out again,
    // and Close and Show Backup must stay hidden until the backup has ended.
    m_cancel->setAutoDefault(false);  // Enter must not stop a backup by accident
    m_show->setAutoDefault(false);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_show);
    buttons->addWidget(m_close);
    buttons->addWidget(m_cancel);
    connect(m_cancel, &QPushButton::clicked, this, &BackupProgressDialog::reject);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_show, &QPushButton::clicked, this, [this] {
        Q_EMIT showBackupRequested();
        accept();
    });

    auto *rateRow = new QHBoxLayout;
    rateRow->addWidget(m_rate);
    rateRow->addStretch(1);
    rateRow->addWidget(m_timeLeft);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_phase);
    layout->addWidget(m_item);
    layout->addWidget(m_kinds, 1);
    layout->addWidget(m_overall);
    layout->addLayout(rateRow);
    layout->addWidget(m_summary);
    layout->addLayout(buttons);
}

QString BackupProgressDialog::countLine(const KindProgress &kind)
{
    if (kind.objectsTotal == 0 && kind.objectsDone == 0)
        return tr("—");
    return tr("%1 of %2").arg(QLocale().toString(kind.objectsDone), QLocale().toString(kind.objectsTotal));
}

QString BackupProgressDialog::timeLeftText(qint64 seconds)
{
    if (seconds < 5)
        return tr("Almost done");
    if (seconds < 60)
        return tr("About %n seconds left", nullptr, int((seconds + 4) / 5 * 5));
    if (seconds < 90)
        return tr("About a minute left");
    if (seconds < 60 * 60)
        return tr("About %n minutes left", nullptr, int((seconds + 30) / 60));
    if (seconds < 90 * 60)
        return tr("About an hour left");
    return tr("About %n hours left", nullptr, int((seconds + 1800) / 3600));
}

void BackupProgressDialog::showProgress(const JobProgress &progress)
{
    if (m_finished)
        return;
    if (!m_cancelling && !progress.phase.isEmpty())
        m_phase->setText(progress.phase);
    // A long path is shortened in the middle, where it tells least.
    m_item->setText(m_item->fontMetrics().elidedText(progress.currentItem, Qt::ElideMiddle,
                                                     std::max(m_kinds->width(), 200)));
    m_item->setToolTip(progress.currentItem);
    for (int i = 0; i < ShownKinds.size(); ++i) {
        const KindProgress &kind = progress.kind(ShownKinds.at(i));
        QTreeWidgetItem *row = m_kinds->topLevelItem(i);
        row->setText(1, countLine(kind));
        row->setText(2, kind.bytesTotal == 0 && kind.bytesDone == 0
                            ? tr("—")
                            : tr("%1 of %2").arg(bytes(kind.bytesDone), bytes(kind.bytesTotal)));
    }
    if (progress.bytesTotal > 0) {
        // Per mille of the bytes: an int range even for terabytes.
        m_overall->setRange(0, 1000);
        m_overall->setValue(int(std::min<quint64>(1000, progress.bytesDone * 1000 / progress.bytesTotal)));
        m_overall->setFormat(tr("%1 of %2").arg(bytes(progress.bytesDone), bytes(progress.bytesTotal)));
    }
    m_rate->setText(progress.bytesPerSecond > 0
                        ? tr("%1/s").arg(bytes(quint64(progress.bytesPerSecond)))
                        : QString());
    m_rate->setAccessibleName(tr("Rate: %1").arg(m_rate->text()));
    m_timeLeft->setText(progress.secondsRemaining ? timeLeftText(*progress.secondsRemaining) : QString());
    m_timeLeft->setAccessibleName(m_timeLeft->text());
}

QString BackupProgressDialog::summaryText(const HandsetBackupJob::Report &report)
{
    const BackupReport &backup = report.backup;
    const QLocale locale;
    if (backup.state == SnapshotState::Complete) {
        QString text = tr("Backup complete: %1 contacts, %2 events, %3 to-dos and %4 photos "
                          "(%5 in all).")
                           .arg(locale.toString(backup.counts.contacts), locale.toString(backup.counts.events),
                                locale.toString(backup.counts.todos), locale.toString(backup.counts.photos),
                                bytes(backup.bytesTotal));
        text += u' ';
        text += tr("%1 objects copied (%2), %3 unchanged ones reused from earlier backups.")
                    .arg(locale.toString(backup.objectsTransferred), bytes(backup.bytesTransferred),
                         locale.toString(backup.objectsReused));
        if (!backup.warnings.isEmpty()) {
            text += u'\n';
            text += tr("Warnings (%1): %2")
                        .arg(locale.toString(backup.warnings.size()),
                             backup.warnings.mid(0, 3).join(QStringLiteral("; ")));
        }
        return text;
    }
    if (backup.state == SnapshotState::Cancelled) {
        return tr("The backup was cancelled. Everything copied so far is kept in the archive; the "
                  "next backup carries on from there.");
    }
    const QString error = backup.error ? backup.error->message() : tr("The backup did not complete.");
    return tr("The backup failed. %1").arg(error);
}

void BackupProgressDialog::showResult(const HandsetBackupJob::Report &report)
{
    m_finished = true;
    const bool complete = report.backup.state == SnapshotState::Complete;
    setWindowTitle(complete ? tr("Backup complete") : tr("Backup not complete"));
    m_heading->setText(complete ? tr("Backup complete")
                                : report.backup.state == SnapshotState::Cancelled ? tr("Backup cancelled")
                                                                                  : tr("Backup failed"));
    m_phase->hide();
    m_item->hide();
    // The items in the snapshot, per kind as a person counts them.
    const KindCounts &counts = report.backup.counts;
    const QList<qint64> itemCounts{counts.contacts, counts.events, counts.todos, counts.photos};
    for (int i = 0; i < ShownKinds.size(); ++i) {
        QTreeWidgetItem *row = m_kinds->topLevelItem(i);
        row->setHidden(false);
        row->setText(0, KindText::plural(ShownKinds.at(i)));
        row->setText(1, complete ? QLocale().toString(itemCounts.at(i)) : row->text(1));
    }
    if (complete)
        m_kinds->setColumnHidden(2, true);
    if (complete) {
        m_overall->setRange(0, 1000);
        m_overall->setValue(1000);
        m_overall->setFormat(bytes(report.backup.bytesTotal));
    }
    m_timeLeft->clear();
    m_summary->setText(summaryText(report));
    m_summary->setAccessibleName(m_summary->text());
    m_summary->show();
    m_cancel->hide();
    m_close->show();
    m_show->setVisible(complete && !report.archivePath.isEmpty());
    m_close->setDefault(true);
    m_close->setFocus();
}

void BackupProgressDialog::reject()
{
    if (m_finished) {
        QDialog::reject();
        return;
    }
    if (!m_cancelling) {
        m_cancelling = true;
        m_phase->setText(tr("Cancelling…"));
        m_cancel->setEnabled(false);
        Q_EMIT cancelRequested();
    }
}

} // namespace Lifeboat
