#include "app/cli/JsonReports.h"

namespace Lifeboat::JsonReports {

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Usage: return QStringLiteral("usage");
    case ErrorCode::NoDevice: return QStringLiteral("no_device");
    case ErrorCode::Locked: return QStringLiteral("locked");
    case ErrorCode::Busy: return QStringLiteral("busy");
    case ErrorCode::DeviceIo: return QStringLiteral("device_io");
    case ErrorCode::Unsupported: return QStringLiteral("unsupported");
    case ErrorCode::Archive: return QStringLiteral("archive");
    case ErrorCode::NewerArchive: return QStringLiteral("newer_archive");
    case ErrorCode::DiskFull: return QStringLiteral("disk_full");
    case ErrorCode::InvalidData: return QStringLiteral("invalid_data");
    case ErrorCode::LimitExceeded: return QStringLiteral("limit_exceeded");
    case ErrorCode::VerificationFailed: return QStringLiteral("verification_failed");
    case ErrorCode::NotFound: return QStringLiteral("not_found");
    case ErrorCode::Cancelled: return QStringLiteral("cancelled");
    case ErrorCode::Passphrase: return QStringLiteral("passphrase");
    case ErrorCode::Internal: return QStringLiteral("internal");
    }
    return QStringLiteral("internal");
}

QJsonObject error(const Error &e)
{
    QJsonObject json{{QStringLiteral("code"), errorCodeName(e.code())},
                     {QStringLiteral("message"), e.message()}};
    if (!e.detail().isEmpty())
        json.insert(QStringLiteral("detail"), e.detail());
    return json;
}

QJsonObject device(const HandsetIdentity &identity)
{
    return QJsonObject{{QStringLiteral("manufacturer"), identity.manufacturer},
                       {QStringLiteral("model"), identity.model},
                       {QStringLiteral("serial"), identity.serialNumber},
                       {QStringLiteral("name"), identity.friendlyName}};
}

QJsonObject counts(const KindCounts &c)
{
    return QJsonObject{{QStringLiteral("contacts"), c.contacts},
                       {QStringLiteral("events"), c.events},
                       {QStringLiteral("todos"), c.todos},
                       {QStringLiteral("photos"), c.photos}};
}

QJsonObject snapshot(const SnapshotInfo &info, const QList<DeviceRecord> &devices)
{
    QJsonObject json{{QStringLiteral("id"), info.id},
                     {QStringLiteral("state"), snapshotStateName(info.state)},
                     {QStringLiteral("started"), info.started.toUTC().toString(Qt::ISODate)},
                     {QStringLiteral("finished"), info.finished.isValid()
                          ? QJsonValue(info.finished.toUTC().toString(Qt::ISODate))
                          : QJsonValue()},
                     {QStringLiteral("counts"), counts(info.counts)},
                     {QStringLiteral("objects"), info.objectCount},
                     {QStringLiteral("bytes"), qint64(info.totalBytes)}};
    for (const DeviceRecord &d : devices) {
        if (d.id == info.deviceId) {
            json.insert(QStringLiteral("device"),
                        QJsonObject{{QStringLiteral("manufacturer"), d.manufacturer},
                                    {QStringLiteral("model"), d.model},
                                    {QStringLiteral("serial"), d.serialNumber},
                                    {QStringLiteral("name"), d.friendlyName}});
        }
    }
    if (!info.error.isEmpty())
        json.insert(QStringLiteral("error"), info.error);
    return json;
}

QJsonObject backup(const BackupReport &report, const QString &archivePath)
{
    QJsonArray warnings;
    for (const QString &warning : report.warnings)
        warnings.append(warning);
    QJsonObject json{{QStringLiteral("snapshot"), report.snapshotId},
                     {QStringLiteral("state"), snapshotStateName(report.state)},
                     {QStringLiteral("archive"), archivePath},
                     {QStringLiteral("device"), device(report.device)},
                     {QStringLiteral("counts"), counts(report.counts)},
                     {QStringLiteral("objects"), report.objects},
                     {QStringLiteral("objects_transferred"), report.objectsTransferred},
                     {QStringLiteral("objects_reused"), report.objectsReused},
                     {QStringLiteral("bytes_transferred"), qint64(report.bytesTransferred)},
                     {QStringLiteral("bytes_total"), qint64(report.bytesTotal)},
                     {QStringLiteral("seconds"), double(report.milliseconds) / 1000.0},
                     {QStringLiteral("warnings"), warnings}};
    if (report.error)
        json.insert(QStringLiteral("error"), error(*report.error));
    return json;
}

static QJsonArray outcomes(const QList<RestoreOutcome> &list)
{
    QJsonArray array;
    for (const RestoreOutcome &outcome : list) {
        QJsonObject item{{QStringLiteral("path"), outcome.path},
                         {QStringLiteral("kind"), itemKindName(outcome.kind)}};
        if (!outcome.message.isEmpty())
            item.insert(QStringLiteral("reason"), outcome.message);
        array.append(item);
    }
    return array;
}

QJsonObject restore(const RestoreReport &report, const QString &archivePath)
{
    QJsonArray plan;
    for (const RestoreAction &action : report.plan) {
        QString type;
        switch (action.type) {
        case RestoreAction::Type::Write: type = QStringLiteral("write"); break;
        case RestoreAction::Type::Replace: type = QStringLiteral("replace"); break;
        case RestoreAction::Type::Skip: type = QStringLiteral("skip"); break;
        case RestoreAction::Type::Delete: type = QStringLiteral("delete"); break;
        }
        QJsonObject item{{QStringLiteral("action"), type}, {QStringLiteral("path"), action.path}};
        if (!action.reason.isEmpty())
            item.insert(QStringLiteral("reason"), action.reason);
        plan.append(item);
    }
    QJsonArray warnings;
    for (const QString &warning : report.warnings)
        warnings.append(warning);
    const QString state = report.error
        ? (report.error->code() == ErrorCode::Cancelled ? QStringLiteral("cancelled")
                                                         : QStringLiteral("failed"))
        : (report.dryRun ? QStringLiteral("planned") : QStringLiteral("complete"));
    QJsonObject json{{QStringLiteral("snapshot"), report.snapshotId},
                     {QStringLiteral("state"), state},
                     {QStringLiteral("dry_run"), report.dryRun},
                     {QStringLiteral("archive"), archivePath},
                     {QStringLiteral("device"), device(report.device)},
                     {QStringLiteral("different_handset"), report.differentHandset},
                     {QStringLiteral("counts"), counts(report.counts)},
                     {QStringLiteral("objects"), report.objects},
                     {QStringLiteral("objects_transferred"), report.objectsTransferred},
                     {QStringLiteral("bytes_transferred"), qint64(report.bytesTransferred)},
                     {QStringLiteral("restored"), outcomes(report.restored)},
                     {QStringLiteral("skipped"), outcomes(report.skipped)},
                     {QStringLiteral("failed"), outcomes(report.failed)},
                     {QStringLiteral("removed"), outcomes(report.removed)},
                     {QStringLiteral("plan"), plan},
                     {QStringLiteral("warnings"), warnings}};
    if (report.error)
        json.insert(QStringLiteral("error"), error(*report.error));
    return json;
}

QJsonObject object(const ObjectRecord &record)
{
    return QJsonObject{{QStringLiteral("id"), record.id},
                       {QStringLiteral("kind"), itemKindName(record.kind)},
                       {QStringLiteral("path"), record.path()},
                       {QStringLiteral("storage"), record.storageDescription},
                       {QStringLiteral("size"), qint64(record.size)},
                       {QStringLiteral("modified"), record.modified.toUTC().toString(Qt::ISODate)},
                       {QStringLiteral("sha256"), QString::fromLatin1(record.contentHash.toHex())}};
}

} // namespace Lifeboat::JsonReports
