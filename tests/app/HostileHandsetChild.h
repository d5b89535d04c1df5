#pragma once

// The child side of tst_hostilehandset: one hostile case, run in a process of its own so that
// the parent can time it, measure its peak memory and see everything it wrote. It backs up a
// small demo handset that misbehaves as the case says into WORKDIR/archive.lifeboat, exports the
// snapshot (open formats and the handset's own tree), and writes what happened to
// WORKDIR/result.json.

#include "app/jobs/BackupJob.h"
#include "app/jobs/ExportJob.h"
#include "device/mtp/MtpHandset.h"
#include "device/transport/LoopbackTransport.h"
#include "device/virtual/MtpResponder.h"
#include "device/virtual/VirtualHandsetFactory.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>

namespace Lifeboat::TestSupport {

struct HostileCase
{
    QString name;
    // Faults the handset has from the start (DeviceInfo, names, sizes), and faults switched on
    // once the session is open (so that the data phases of the backup meet them).
    std::function<void(VirtualHandsetFaults &, quint64 bulkBytes)> atStart;
    std::function<void(VirtualHandsetFaults &, quint64 bulkBytes)> afterOpen;
};

inline VirtualHandsetOptions hostileDemo()
{
    VirtualHandsetOptions options;
    options.demo.contacts = 6;
    options.demo.events = 4;
    options.demo.todos = 3;
    options.demo.photos = 6;
    options.demo.photoSize = 200 * 1024;
    options.serialNumber = QStringLiteral("HOSTILE-1");
    return options;
}

inline QJsonObject errorJson(const std::optional<Error> &error)
{
    if (!error)
        return {{QStringLiteral("ok"), true}};
    return {{QStringLiteral("ok"), false},
            {QStringLiteral("code"), int(error->code())},
            {QStringLiteral("message"), error->message()},
            {QStringLiteral("detail"), error->toString()}};
}

// path -> SHA-256 hex of every file on a fault-free handset with the same content.
inline QJsonObject cleanHashes(const VirtualHandsetOptions &options)
{
    QJsonObject hashes;
    auto responder = createVirtualHandset(options);
    if (!responder)
        return hashes;
    auto handset = MtpHandset::open(std::make_unique<LoopbackTransport>(**responder));
    if (!handset)
        return hashes;
    const Result<QList<HandsetObject>> objects = (*handset)->listObjects();
    if (!objects)
        return hashes;
    for (const HandsetObject &object : *objects) {
        if (object.isFolder)
            continue;
        QCryptographicHash sha(QCryptographicHash::Sha256);
        const Status read = (*handset)->readObject(object, 0, [&](const char *data, qsizetype size) {
            sha.addData(QByteArrayView(data, size));
            return Status();
        });
        if (read)
            hashes.insert(object.path(), QString::fromLatin1(sha.result().toHex()));
    }
    return hashes;
}

inline int runHostileChild(const HostileCase &hostile, const QString &workDir)
{
    QJsonObject result;
    const VirtualHandsetOptions clean = hostileDemo();
    VirtualHandsetOptions options = clean;
    if (hostile.atStart)
        hostile.atStart(options.faults, 0);
    auto responder = createVirtualHandset(options);
    if (!responder)
        return 3;
    auto handset = MtpHandset::open(std::make_unique<LoopbackTransport>(**responder));
    result.insert(QStringLiteral("open"), errorJson(handset ? std::nullopt : std::optional(handset.error())));
    const QString archivePath = QDir(workDir).filePath(QStringLiteral("archive.lifeboat"));
    if (handset) {
        // Real handsets get seconds; the test gives one so stalls end quickly.
        (*handset)->session().setTimeoutOverride(std::chrono::milliseconds(1000));
        if (hostile.afterOpen) {
            VirtualHandsetFaults faults = (*responder)->faults();
            hostile.afterOpen(faults, (*responder)->bulkBytes());
            (*responder)->setFaults(faults);
        }
        auto archive = Archive::create(archivePath);
        if (!archive)
            return 4;
        BackupJob backup(**handset, **archive);
        const BackupReport report = backup.run();
        QJsonObject backupJson = errorJson(report.error);
        backupJson.insert(QStringLiteral("state"), snapshotStateName(report.state));
        backupJson.insert(QStringLiteral("snapshot"), report.snapshotId);
        backupJson.insert(QStringLiteral("serial"), report.device.serialNumber);
        backupJson.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(report.warnings));
        result.insert(QStringLiteral("backup"), backupJson);

        if (report.snapshotId > 0) {
            QJsonArray stored;
            const Result<QList<ObjectRecord>> objects = (*archive)->snapshotObjects(report.snapshotId);
            for (const ObjectRecord &object : objects ? *objects : QList<ObjectRecord>()) {
                stored.append(QJsonObject{{QStringLiteral("parentPath"), object.parentPath},
                                          {QStringLiteral("name"), object.name},
                                          {QStringLiteral("size"), QString::number(object.size)},
                                          {QStringLiteral("hash"), QString::fromLatin1(object.contentHash.toHex())}});
            }
            result.insert(QStringLiteral("objects"), stored);
            for (bool mirror : {false, true}) {
                ExportOptions exportOptions;
                exportOptions.folder = QDir(workDir).filePath(mirror ? QStringLiteral("mirror")
                                                                     : QStringLiteral("export"));
                exportOptions.mirror = mirror;
                ExportJob exportJob(**archive, report.snapshotId, exportOptions);
                const ExportReport exported = exportJob.run();
                QJsonObject exportJson = errorJson(exported.error);
                exportJson.insert(QStringLiteral("files"), QJsonArray::fromStringList(exported.files));
                result.insert(mirror ? QStringLiteral("mirror") : QStringLiteral("export"), exportJson);
            }
        }
    }
    result.insert(QStringLiteral("clean"), cleanHashes(clean));
    QFile out(QDir(workDir).filePath(QStringLiteral("result.json")));
    if (!out.open(QIODevice::WriteOnly))
        return 5;
    out.write(QJsonDocument(result).toJson());
    return 0;
}

} // namespace Lifeboat::TestSupport
