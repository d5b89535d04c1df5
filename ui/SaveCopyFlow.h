#pragma once

#include "common/Error.h"

#include <QObject>
#include <QString>

#include <memory>
#include <optional>

class QProgressDialog;
class QWidget;

namespace Lifeboat {

class CopyJob;
class JobRunner;
class MessagePresenter;

// File > Save a Copy…: asks where, then copies the archive through CopyJob on a thread of its
// own (SQLite's online backup API, safe while a backup writes), with a cancellable progress
// dialog. Deletes itself when done.
class SaveCopyFlow : public QObject
{
    Q_OBJECT
public:
    // `presenter` shows a failure; it must outlive the flow (the main window's does).
    SaveCopyFlow(QWidget *window, QString archivePath, MessagePresenter *presenter);
    ~SaveCopyFlow() override;
    Q_DISABLE_COPY_MOVE(SaveCopyFlow)

    // Opens the file dialog; the copy starts once a file is chosen.
    void start();
    // Copies to `target` without asking (tests, and the dialog's answer).
    void copyTo(const QString &target);

Q_SIGNALS:
    void finished(bool ok);

private:
    void onFinished();

    QWidget *m_window;
    QString m_archivePath;
    QString m_target;
    MessagePresenter *m_presenter;
    std::unique_ptr<CopyJob> m_job;
    JobRunner *m_runner = nullptr;
    QProgressDialog *m_progress = nullptr;
    bool m_ok = false;
    std::optional<Error> m_failure;
};

} // namespace Lifeboat
