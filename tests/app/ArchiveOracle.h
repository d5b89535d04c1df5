#pragma once

#include "CliRunner.h"
#include "VirtualHandsetFixture.h"
#include "model/archive/Archive.h"

#include <QJsonArray>
#include <QTemporaryDir>

namespace Lifeboat::TestSupport {

// RELIABILITY.md's oracle, as far as one snapshot goes: restores `snapshotId` of the archive
// onto an empty virtual handset (lifeboat-cli restore --device virtual:DIR) and returns what
// landed there, keyed by path, or an empty map and a message in `problem`.
inline QMap<QString, QByteArray> restoreSnapshot(const QString &archivePath, qint64 snapshotId,
                                                 const QString &emptyFolder, QString *problem)
{
    QDir().mkpath(emptyFolder);
    const CliRun run = runCli({QStringLiteral("restore"), QStringLiteral("--archive"), archivePath,
                               QStringLiteral("--snapshot"), QString::number(snapshotId),
                               QStringLiteral("--device"), QStringLiteral("virtual:") + emptyFolder,
                               QStringLiteral("--format"), QStringLiteral("json")});
    if (run.code != ExitCode::Success) {
        *problem = QStringLiteral("restore of snapshot %1 exited %2: %3")
                       .arg(snapshotId).arg(int(run.code)).arg(run.err);
        return {};
    }
    return filesUnder(emptyFolder);
}

// The files of `phone` under the top-level folders that `kinds` back up.
inline QMap<QString, QByteArray> filesOfFolders(const QString &phone, const QStringList &folders)
{
    QMap<QString, QByteArray> chosen;
    const QMap<QString, QByteArray> all = filesUnder(phone);
    for (auto it = all.cbegin(); it != all.cend(); ++it) {
        for (const QString &folder : folders) {
            if (it.key().startsWith(folder + u'/'))
                chosen.insert(it.key(), it.value());
        }
    }
    return chosen;
}

} // namespace Lifeboat::TestSupport
