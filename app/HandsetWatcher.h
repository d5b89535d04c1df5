#pragma once

#include <QCoreApplication>
#include "app/HandsetStatus.h"
#include "common/Result.h"
#include "device/usb/UsbDeviceInfo.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QObject>
#include <QThreadPool>
#include <QTimer>

#include <chrono>
#include <functional>
#include <memory>

namespace Lifeboat {

class UsbContext;
class UsbMonitor;

// The handsets a person can use right now: USB handsets as they are plugged in and out (through
// UsbMonitor), plus the built-in demo handset when it is switched on. Each is probed (opened,
// identified, its storages listed) on a worker thread, never on the caller's; its state is kept
// in plain words, with the age of its last backup in the library. Locked and busy handsets are
// probed again every few seconds, so the state follows the user unlocking the handset or closing
// the program that held it.
class HandsetWatcher : public QObject
{
    Q_OBJECT
public:
    static constexpr int ReminderDays = 14;

    explicit HandsetWatcher(QString libraryFolder, QObject *parent = nullptr);
    ~HandsetWatcher() override;
    Q_DISABLE_COPY_MOVE(HandsetWatcher)

    // Starts listening for USB hot-plug; handsets already connected are reported. Fails when
    // libusb cannot be used at all (the list then holds the demo handset only).
    Status startUsbMonitoring();
    void stopUsbMonitoring();

    void setDemoEnabled(bool on);
    bool isDemoEnabled() const { return m_demoEnabled; }

    void setLibraryFolder(const QString &folder);
    QString libraryFolder() const { return m_libraryFolder; }

    QList<HandsetStatus> handsets() const { return m_handsets; }
    std::optional<HandsetStatus> handset(const QString &key) const;

    // While a backup runs the handset shows "Backing up"; when it ends it is probed again, which
    // also brings its last-backup age up to date.
    void setBackingUp(const QString &key, bool backingUp);
    // A line for the handsets pane about this handset (see HandsetStatus::note); empty clears it.
    void setNote(const QString &key, const QString &note);
    // Probes again (a changed library, a retry asked for by the user).
    void refresh(const QString &key);
    void refreshAll();

    // A probe has the handset open: a job must wait for it (a USB interface has one owner).
    bool isProbing(const QString &key) const { return m_probing.contains(key); }

    void setRetryInterval(std::chrono::milliseconds interval);
    // Tests move time forward to see the reminder.
    void setClock(std::function<QDateTime()> now);

    static QString stateText(HandsetStatus::State state);
    // "Last backup 3 days ago", "Not backed up yet"; `old` tells whether a reminder is due.
    static QString lastBackupText(const std::optional<QDateTime> &lastBackup, const QDateTime &now,
                                  bool *old = nullptr);
    static QString keyFor(const UsbDeviceInfo &device);
    static QString demoKey() { return QStringLiteral("demo"); }

public Q_SLOTS:
    // The UsbMonitor-facing side, public so that a test can drive it with a device's details.
    void usbDeviceArrived(const Lifeboat::UsbDeviceInfo &device);
    void usbDeviceLeft(const Lifeboat::UsbDeviceInfo &device);

Q_SIGNALS:
    void handsetAdded(const QString &key);
    void handsetChanged(const QString &key);
    void handsetRemoved(const QString &key);
    // The handset became ready for the first time since it was connected: a known handset may be
    // backed up automatically now.
    void handsetConnected(const QString &key);

private:
    struct ProbeResult;
    static ProbeResult probe(const HandsetSpec &spec, const QString &libraryFolder);
    int indexOf(const QString &key) const;
    void add(HandsetStatus status);
    void remove(const QString &key);
    void startProbe(const QString &key);
    void probeFinished(const QString &key, quint64 generation, const ProbeResult &result);
    void retryStuckHandsets();
    void updateBackupAge(HandsetStatus &status) const;

    QString m_libraryFolder;
    bool m_demoEnabled = false;
    QList<HandsetStatus> m_handsets;
    QHash<QString, quint64> m_generation;    // a probe's answer counts only for its generation
    QSet<QString> m_probing;
    QSet<QString> m_announced;               // handsetConnected() sent since it appeared
    QSet<QString> m_backingUp;
    std::function<QDateTime()> m_now;
    QTimer m_retry;
    std::unique_ptr<UsbContext> m_usb;
    std::unique_ptr<UsbMonitor> m_monitor;
    QThreadPool m_pool;                       // last: destroyed (and waited for) first
};

} // namespace Lifeboat
