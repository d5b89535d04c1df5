#pragma once

#include "app/jobs/RestoreJob.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>

namespace Lifeboat {

class SnapshotItems;

struct RestoreReportContext
{
    QString archiveName;
    SnapshotInfo snapshot;
    QString snapshotHandset;   // "Pixel 7 (serial …)"
    QString targetLabel;
    RestoreMode mode = RestoreMode::Missing;
    QDateTime created;
    const SnapshotItems *items = nullptr;  // for item titles; may be null
};

// The verification report of a restore, written for a customer: what was restored (and read back
// identical), skipped, failed and removed, with reasons. HTML for the screen and a file; PDF
// through QTextDocument. Saved files are readable by the owner only: they list a person's
// contacts and appointments.
class RestoreReportDocument
{
    Q_DECLARE_TR_FUNCTIONS(Lifeboat::RestoreReportDocument)
public:
    static QString html(const RestoreReport &report, const RestoreReportContext &context);
    static Status saveHtml(const QString &html, const QString &path);
    static Status savePdf(const QString &html, const QString &path);

    // The kind of an outcome: deletions are reported as Other by the job, so it is worked out
    // from the plan.
    static ItemKind kindOf(const RestoreReport &report, const RestoreOutcome &outcome);
};

} // namespace Lifeboat
