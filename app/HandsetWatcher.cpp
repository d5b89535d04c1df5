#include "app/HandsetWatcher.h"

#include "app/AppLog.h"
#include "app/Library.h"
#include "device/usb/UsbContext.h"
#include "device/usb/UsbMonitor.h"
#include "model/archive/Archive.h"

#include <QFileInfo>

#include <algorithm>

namespace Lifeboat {

struct HandsetWatcher::ProbeResult
{
    HandsetStatus::State state = HandsetStatus::State::Unavailable;
    QString message;  // for Unavailable: what went wrong and what to do
    std::optional<HandsetIdentity> identity;
    QString archivePath;
    bool hasArchive = false;
    std::optional<QDateTime> lastBackup;
};

HandsetWatcher::HandsetWatcher(QString libraryFolder, QObject *parent)
    : QObject(parent)
    , m_libraryFolder(std::move(libraryFolder))
    , m_now([] { return QDateTime::currentDateTime(); })
{
    qRegisterMetaType<Lifeboat::UsbDeviceInfo>();
    m_pool.setMaxThreadCount(2);
    m_retry.setInterval(std::chrono::milliseconds(2000));
    connect(&m_retry, &QTimer::timeout, this, &HandsetWatcher::retryStuckHandsets);
    m_retry.start();
}

HandsetWatcher::~HandsetWatcher()
{
    stopUsbMonitoring();
    m_pool.waitForDone();
}

Status HandsetWatcher::startUsbMonitoring()
{
    if (m_monitor)
        return {};
    Result<std::unique_ptr<UsbContext>> context = UsbContext::create();
    if (!context) {
        qCWarning(lcApp).noquote() << "USB unavailable:" << context.error().toString();
        return context.error();
    }
    m_usb = std::move(*context);
    m_monitor = std::make_unique<UsbMonitor>(*m_usb);
    connect(m_monitor.get(), &UsbMonitor::deviceArrived, this, &HandsetWatcher::usbDeviceArrived);
    connect(m_monitor.get(), &UsbMonitor::deviceLeft, this, &HandsetWatcher::usbDeviceLeft);
    m_monitor->start();
    return {};
}

void HandsetWatcher::stopUsbMonitoring()
{
    if (m_monitor)
        m_monitor->stop();
    m_monitor.reset();
    m_usb.reset();
}

QString HandsetWatcher::keyFor(const UsbDeviceInfo &device)
{
    // The serial number follows the handset from socket to socket; without one, the socket.
    return device.serialNumber.isEmpty() ? QStringLiteral("usb-port:%1").arg(device.portPath)
                                         : QStringLiteral("usb:%1").arg(device.serialNumber);
}

void HandsetWatcher::usbDeviceArrived(const UsbDeviceInfo &device)
{
    HandsetStatus status;
    status.key = keyFor(device);
    status.spec.kind = HandsetSpec::Kind::Usb;
    status.spec.value = device.serialNumber;
    const QString name = QStringLiteral("%1 %2").arg(device.manufacturer, device.product).simplified();
    status.name = name.isEmpty() ? tr("Handset %1").arg(device.vidPid()) : name;
    status.detail = device.serialNumber.isEmpty()
        ? tr("USB port %1").arg(device.portPath)
        : tr("Serial number %1, USB port %2").arg(device.serialNumber, device.portPath);
    if (!device.accessible) {
        status.state = HandsetStatus::State::NoPermission;
    } else if (device.serialNumber.isEmpty()) {
        // HandsetConnector finds USB handsets by serial number.
        status.state = HandsetStatus::State::Unavailable;
        status.stateText = tr("This handset gives no serial number, so Lifeboat cannot tell it "
                              "from others. Reconnect it; if this stays, it cannot be backed up.");
    }
    if (status.stateText.isEmpty())
        status.stateText = stateText(status.state);
    qCInfo(lcApp).noquote() << "handset arrived" << status.key << device.location();
    add(std::move(status));
}

void HandsetWatcher::usbDeviceLeft(const UsbDeviceInfo &device)
{
    qCInfo(lcApp).noquote() << "handset left" << keyFor(device) << device.location();
    remove(keyFor(device));
}

void HandsetWatcher::setDemoEnabled(bool on)
{
    if (on == m_demoEnabled)
        return;
    m_demoEnabled = on;
    if (!on) {
        remove(demoKey());
        return;
    }
    HandsetStatus status;
    status.key = demoKey();
    status.spec.kind = HandsetSpec::Kind::Demo;
    status.name = tr("Demo handset");
    status.detail = tr("Built into Lifeboat, for trying it out");
    status.isDemo = true;
    status.stateText = stateText(status.state);
    add(std::move(status));
}

void HandsetWatcher::setLibraryFolder(const QString &folder)
{
    if (folder == m_libraryFolder)
        return;
    m_libraryFolder = folder;
    refreshAll();
}

std::optional<HandsetStatus> HandsetWatcher::handset(const QString &key) const
{
    const int index = indexOf(key);
    if (index < 0)
        return std::nullopt;
    return m_handsets.at(index);
}

int HandsetWatcher::indexOf(const QString &key) const
{
    for (int i = 0; i < m_handsets.size(); ++i) {
        if (m_handsets.at(i).key == key)
            return i;
    }
    return -1;
}

void HandsetWatcher::add(HandsetStatus status)
{
    const QString key = status.key;
    const bool needsProbe = status.state == HandsetStatus::State::Probing;
    const int index = indexOf(key);
    m_announced.remove(key);
    ++m_generation[key];
    m_probing.remove(key);
    if (index >= 0) {
        m_handsets[index] = std::move(status);
        Q_EMIT handsetChanged(key);
    } else {
        m_handsets.append(std::move(status));
        Q_EMIT handsetAdded(key);
    }
    if (needsProbe)
        startProbe(key);
}

void HandsetWatcher::remove(const QString &key)
{
    const int index = indexOf(key);
    if (index < 0)
        return;
    m_handsets.removeAt(index);
    ++m_generation[key];  // an answer still on its way is for a handset no longer there
    m_probing.remove(key);
    m_announced.remove(key);
    m_backingUp.remove(key);
    Q_EMIT handsetRemoved(key);
}

void HandsetWatcher::setBackingUp(const QString &key, bool backingUp)
{
    const int index = indexOf(key);
    if (backingUp)
        m_backingUp.insert(key);
    else
        m_backingUp.remove(key);
    if (index < 0)
        return;
    HandsetStatus &status = m_handsets[index];
    if (backingUp) {
        status.note.clear();
        ++m_generation[key];  // a probe under way would overwrite "Backing up"
        m_probing.remove(key);
        status.state = HandsetStatus::State::BackingUp;
        status.stateText = stateText(status.state);
        Q_EMIT handsetChanged(key);
    } else {
        refresh(key);
    }
}

void HandsetWatcher::setNote(const QString &key, const QString &note)
{
    const int index = indexOf(key);
    if (index < 0 || m_handsets[index].note == note)
        return;
    m_handsets[index].note = note;
    Q_EMIT handsetChanged(key);
}

void HandsetWatcher::refresh(const QString &key)
{
    const int index = indexOf(key);
    if (index < 0 || m_backingUp.contains(key))
        return;
    HandsetStatus &status = m_handsets[index];
    if (status.state == HandsetStatus::State::NoPermission
        || (status.spec.kind == HandsetSpec::Kind::Usb && status.spec.value.isEmpty()))
        return;  // opening it cannot work until it is reconnected
    // The state stays as it is while the probe runs: no flicker through "Connecting".
    startProbe(key);
}

void HandsetWatcher::refreshAll()
{
    const QList<HandsetStatus> handsets = m_handsets;
    for (const HandsetStatus &status : handsets)
        refresh(status.key);
}

void HandsetWatcher::setRetryInterval(std::chrono::milliseconds interval)
{
    m_retry.setInterval(interval);
}

void HandsetWatcher::setClock(std::function<QDateTime()> now)
{
    m_now = std::move(now);
    for (HandsetStatus &status : m_handsets) {
        updateBackupAge(status);
        Q_EMIT handsetChanged(status.key);
    }
}

void HandsetWatcher::retryStuckHandsets()
{
    const QList<HandsetStatus> handsets = m_handsets;
    for (const HandsetStatus &status : handsets) {
        if ((status.state == HandsetStatus::State::Locked || status.state == HandsetStatus::State::Busy)
            && !m_probing.contains(status.key))
            refresh(status.key);
    }
}

void HandsetWatcher::startProbe(const QString &key)
{
    const int index = indexOf(key);
    if (index < 0 || m_probing.contains(key))
        return;
    m_probing.insert(key);
    const quint64 generation = m_generation.value(key);
    const HandsetSpec spec = m_handsets.at(index).spec;
    const QString folder = m_libraryFolder;
    m_pool.start([this, key, generation, spec, folder] {
        const ProbeResult result = probe(spec, folder);
        QMetaObject::invokeMethod(
            this, [this, key, generation, result] { probeFinished(key, generation, result); },
            Qt::QueuedConnection);
    });
}

HandsetWatcher::ProbeResult HandsetWatcher::probe(const HandsetSpec &spec, const QString &libraryFolder)
{
    ProbeResult result;
    auto failed = [&result](const Error &error) {
        switch (error.code()) {
        case ErrorCode::Busy:
            result.state = HandsetStatus::State::Busy;
            break;
        case ErrorCode::Locked:
            result.state = HandsetStatus::State::Locked;
            break;
        default:
            result.state = HandsetStatus::State::Unavailable;
            result.message = error.message();
            break;
        }
        qCInfo(lcApp).noquote() << "probe:" << error.toString();
        return result;
    };
    Result<std::unique_ptr<Handset>> handset = HandsetConnector::open(spec);
    if (!handset)
        return failed(handset.error());
    Result<HandsetIdentity> identity = (*handset)->identity();
    if (!identity)
        return failed(identity.error());
    result.identity = *identity;

    const Library library(libraryFolder);
    result.archivePath = library.archivePathFor(*identity);
    if (QFileInfo::exists(result.archivePath)) {
        result.hasArchive = true;
        // Works for an encrypted archive too, whose passphrase may not be known yet.
        if (auto last = Archive::lastCompleteSnapshotTime(result.archivePath))
            result.lastBackup = *last;
        else
            qCInfo(lcApp).noquote() << "probe: last backup unknown:" << last.error().toString();
    }

    const Result<QList<HandsetStorage>> storages = (*handset)->storages();
    if (!storages)
        return failed(storages.error());
    result.state = storages->isEmpty() ? HandsetStatus::State::Locked : HandsetStatus::State::Ready;
    return result;
}

void HandsetWatcher::probeFinished(const QString &key, quint64 generation, const ProbeResult &result)
{
    if (generation != m_generation.value(key))
        return;
    m_probing.remove(key);
    const int index = indexOf(key);
    if (index < 0 || m_backingUp.contains(key))
        return;
    HandsetStatus &status = m_handsets[index];
    status.state = result.state;
    status.stateText = result.message.isEmpty() ? stateText(result.state) : result.message;
    if (result.identity) {
        status.identity = result.identity;
        status.archivePath = result.archivePath;
        status.hasArchive = result.hasArchive;
        status.lastBackup = result.lastBackup;
        if (status.isDemo && !result.identity->friendlyName.isEmpty())
            status.name = result.identity->friendlyName;
        updateBackupAge(status);
    }
    Q_EMIT handsetChanged(key);
    if (status.state == HandsetStatus::State::Ready && !m_announced.contains(key)) {
        m_announced.insert(key);
        Q_EMIT handsetConnected(key);
    }
}

void HandsetWatcher::updateBackupAge(HandsetStatus &status) const
{
    if (!status.identity)
        return;
    status.lastBackupText = lastBackupText(status.lastBackup, m_now(), &status.backupIsOld);
}

QString HandsetWatcher::stateText(HandsetStatus::State state)
{
    switch (state) {
    case HandsetStatus::State::Probing:
        return tr("Connecting…");
    case HandsetStatus::State::Ready:
        return tr("Ready");
    case HandsetStatus::State::Locked:
        return tr("Unlock the handset to let Lifeboat see its content");
    case HandsetStatus::State::Busy:
        return tr("Another program holds the handset: close the file manager or eject the handset there");
    case HandsetStatus::State::NoPermission:
        return tr("Lifeboat may not open this handset: install Lifeboat's udev rule (it comes with "
                  "the package), then reconnect the handset");
    case HandsetStatus::State::BackingUp:
        return tr("Backing up…");
    case HandsetStatus::State::Unavailable:
        return tr("Lifeboat cannot use this handset");
    }
    return {};
}

QString HandsetWatcher::lastBackupText(const std::optional<QDateTime> &lastBackup, const QDateTime &now,
                                       bool *old)
{
    if (!lastBackup || !lastBackup->isValid()) {
        if (old)
            *old = true;
        return tr("Not backed up yet");
    }
    const qint64 days = std::max<qint64>(0, lastBackup->date().daysTo(now.date()));
    if (old)
        *old = days > ReminderDays;
    if (days == 0)
        return tr("Last backup today");
    if (days == 1)
        return tr("Last backup yesterday");
    if (days > ReminderDays)
        return tr("Last backup %n days ago: time for a new one", nullptr, int(days));
    return tr("Last backup %n days ago", nullptr, int(days));
}

} // namespace Lifeboat
