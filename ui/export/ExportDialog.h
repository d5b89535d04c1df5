#pragma once

#include "app/jobs/JobProgress.h"
#include "model/items/ItemKind.h"

#include <QDialog>
#include <QMap>

#include <memory>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTextBrowser;

namespace Lifeboat {

class ExportTask;
class JobRunner;

// Writes a snapshot out in open formats: contacts as vCard, events and to-dos as iCalendar,
// photos into a folder (or every file in the handset's own folders). Shows progress, can cancel,
// and ends with what was written, where, and any warnings.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    ExportDialog(const QString &archivePath, qint64 snapshotId, QWidget *parent = nullptr);
    ~ExportDialog() override;
    Q_DISABLE_COPY_MOVE(ExportDialog)

    void setFolder(const QString &folder);
    // Starts the export with the dialog's choices; false if a choice is missing.
    bool startExport();
    bool isRunning() const;

    void reject() override;

Q_SIGNALS:
    void exportFinished();

private:
    void chooseFolder();
    void updateStartable();
    void showProgress(const JobProgress &progress);
    void onFinished();
    void setRunning(bool running);

    QString m_archivePath;
    qint64 m_snapshotId;
    QMap<ItemKind, QCheckBox *> m_kinds;
    QComboBox *m_vcardVersion;
    QCheckBox *m_mirror;
    QLineEdit *m_folder;
    QPushButton *m_browse;
    QLabel *m_phase;
    QProgressBar *m_progress;
    QTextBrowser *m_result;
    QPushButton *m_start;
    QPushButton *m_cancel;
    QPushButton *m_close;
    JobRunner *m_runner;
    std::unique_ptr<ExportTask> m_task;
};

} // namespace Lifeboat
