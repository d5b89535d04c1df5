#pragma once

#include "app/jobs/BackupJob.h"
#include "app/jobs/RestoreJob.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Lifeboat {

// The JSON that lifeboat-cli prints with --format json. The README documents these shapes and
// scripts depend on them: add keys freely, never rename or remove one.
namespace JsonReports {

QJsonObject error(const Error &error);
QJsonObject device(const HandsetIdentity &identity);
QJsonObject counts(const KindCounts &counts);
QJsonObject snapshot(const SnapshotInfo &info, const QList<DeviceRecord> &devices);
QJsonObject backup(const BackupReport &report, const QString &archivePath);
QJsonObject restore(const RestoreReport &report, const QString &archivePath);
QJsonObject object(const ObjectRecord &record);
QString errorCodeName(ErrorCode code);

} // namespace JsonReports

} // namespace Lifeboat
