#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace Lifeboat {

class HandsetWatcher;
struct HandsetStatus;

// The handsets a person can back up, each with its state and the age of its last backup, and
// a "Back up now" button. A view over HandsetWatcher: it knows nothing about USB.
class HandsetsPane : public QWidget
{
    Q_OBJECT
public:
    enum Role { KeyRole = Qt::UserRole + 1 };

    explicit HandsetsPane(HandsetWatcher *watcher, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(HandsetsPane)

    // The selected handset, or the only one.
    QString currentKey() const;
    void selectHandset(const QString &key);
    // A backup in progress: no second one may start.
    void setBackupRunning(bool running);
    QListWidget *list() const { return m_list; }

Q_SIGNALS:
    void backUpRequested(const QString &key);
    void currentHandsetChanged();

private:
    void handsetAdded(const QString &key);
    void handsetChanged(const QString &key);
    void handsetRemoved(const QString &key);
    QListWidgetItem *itemFor(const QString &key) const;
    void showStatus(QListWidgetItem *item, const HandsetStatus &status);
    void updateControls();

    HandsetWatcher *m_watcher;
    QListWidget *m_list;
    QLabel *m_empty;
    QPushButton *m_backUp;
    bool m_backupRunning = false;
};

} // namespace Lifeboat
