#include "ui/restore/RestoreReportDocument.h"

#include "model/items/ItemClassifier.h"
#include "ui/KindText.h"
#include "ui/browse/SnapshotText.h"
#include "ui/restore/SnapshotItems.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

#include <algorithm>
#include <array>

namespace Lifeboat {

namespace {

constexpr QFileDevice::Permissions OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

const QList<ItemKind> ShownKinds{ItemKind::Contact, ItemKind::Event, ItemKind::Todo, ItemKind::Photo};

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

// Creates (or truncates) `path` readable by the owner only, before anything is written into it.
Result<std::unique_ptr<QFile>> openPrivate(const QString &path)
{
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::WriteOnly | QIODevice::Truncate, OwnerOnly)
        || !file->setPermissions(OwnerOnly)) {
        return Error(ErrorCode::NotFound,
                     RestoreReportDocument::tr("Cannot write the report to %1. Choose a folder you "
                                               "can write to.")
                         .arg(QFileInfo(path).absoluteFilePath()),
                     file->errorString());
    }
    return file;
}

} // namespace

ItemKind RestoreReportDocument::kindOf(const RestoreReport &report, const RestoreOutcome &outcome)
{
    if (outcome.kind != ItemKind::Other)
        return outcome.kind;
    for (const RestoreAction &action : report.plan) {
        if (action.path != outcome.path)
            continue;
        if (action.type != RestoreAction::Type::Delete)
            return action.source.kind;
        return ItemClassifier().kindForObject(action.existing.name, action.existing.format,
                                              action.existing.parentPath);
    }
    return ItemKind::Other;
}

QString RestoreReportDocument::html(const RestoreReport &report, const RestoreReportContext &context)
{
    const auto title = [&](const QString &path) {
        return context.items ? context.items->titleForPath(path) : path;
    };
    QString out;
    out += QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title></head><body>\n")
               .arg(escaped(tr("Restore report")));
    out += QStringLiteral("<h1>%1</h1>\n").arg(escaped(tr("Restore report")));
    out += QStringLiteral("<p>%1</p>\n")
               .arg(escaped(tr("Snapshot of %1 taken %2, from the archive \"%3\", restored onto %4.")
                                .arg(context.snapshotHandset, SnapshotText::title(context.snapshot),
                                     context.archiveName, context.targetLabel)));
    if (report.differentHandset) {
        out += QStringLiteral("<p><b>%1</b></p>\n")
                   .arg(escaped(tr("This snapshot was taken of another handset; its items were "
                                   "copied onto this one.")));
    }
    out += QStringLiteral("<p>%1</p>\n")
               .arg(escaped(context.mode == RestoreMode::Replace
                                ? tr("Mode: replace. Items of the chosen kinds that the snapshot does "
                                     "not have were deleted from the handset.")
                                : tr("Mode: add missing. Nothing on the handset was deleted.")));
    out += QStringLiteral("<p>%1</p>\n")
               .arg(escaped(tr("Report created %1.")
                                .arg(QLocale().toString(context.created, QLocale::LongFormat))));

    if (!report.failed.isEmpty()
        && (!report.error || report.error->code() == ErrorCode::VerificationFailed)) {
        out += QStringLiteral("<p><b>%1</b></p>\n")
                   .arg(escaped(report.failed.size() == 1
                                  ? tr("1 item could not be restored; the reason is listed below.")
                                  : tr("%1 items could not be restored; the reasons are listed below.")
                                        .arg(report.failed.size())));
    } else if (report.error) {
        out += QStringLiteral("<p><b>%1</b></p>\n")
                   .arg(escaped(tr("The restore did not finish: %1").arg(report.error->message())));
    } else {
        out += QStringLiteral("<p>%1</p>\n")
                   .arg(escaped(tr("Every item written was read back from the handset and matches "
                                   "the snapshot.")));
    }

    const std::array<std::pair<QString, const QList<RestoreOutcome> *>, 4> groups{{
        {tr("Restored"), &report.restored},
        {tr("Skipped"), &report.skipped},
        {tr("Failed"), &report.failed},
        {tr("Removed"), &report.removed},
    }};
    out += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\">\n<tr><th></th>");
    for (const auto &group : groups)
        out += QStringLiteral("<th>%1</th>").arg(escaped(group.first));
    out += QStringLiteral("</tr>\n");
    for (const ItemKind kind : ShownKinds) {
        out += QStringLiteral("<tr><td>%1</td>").arg(escaped(KindText::plural(kind)));
        for (const auto &group : groups) {
            qsizetype count = 0;
            for (const RestoreOutcome &outcome : *group.second)
                count += kindOf(report, outcome) == kind ? 1 : 0;
            out += QStringLiteral("<td align=\"right\">%1</td>").arg(count);
        }
        out += QStringLiteral("</tr>\n");
    }
    out += QStringLiteral("</table>\n");

    for (const auto &[heading, outcomes] : groups) {
        if (outcomes->isEmpty())
            continue;
        out += QStringLiteral("<h2>%1</h2>\n<ul>\n").arg(escaped(tr("%1 (%2)").arg(heading).arg(outcomes->size())));
        // Grouped by kind, as the table above: contacts first, photos last.
        QList<RestoreOutcome> sorted = *outcomes;
        std::stable_sort(sorted.begin(), sorted.end(), [&](const RestoreOutcome &a, const RestoreOutcome &b) {
            return int(kindOf(report, a)) < int(kindOf(report, b));
        });
        for (const RestoreOutcome &outcome : std::as_const(sorted)) {
            const QString name = title(outcome.path);
            QString line = name == outcome.path
                               ? tr("%1: %2").arg(KindText::singular(kindOf(report, outcome)), outcome.path)
                               : tr("%1: %2 (%3)").arg(KindText::singular(kindOf(report, outcome)), name, outcome.path);
            if (!outcome.message.isEmpty())
                line = tr("%1 — %2").arg(line, outcome.message);
            out += QStringLiteral("<li>%1</li>\n").arg(escaped(line));
        }
        out += QStringLiteral("</ul>\n");
    }
    if (!report.warnings.isEmpty()) {
        out += QStringLiteral("<h2>%1</h2>\n<ul>\n").arg(escaped(tr("Warnings")));
        for (const QString &warning : report.warnings)
            out += QStringLiteral("<li>%1</li>\n").arg(escaped(warning));
        out += QStringLiteral("</ul>\n");
    }
    out += QStringLiteral("</body></html>\n");
    return out;
}

Status RestoreReportDocument::saveHtml(const QString &html, const QString &path)
{
    auto file = openPrivate(path);
    if (!file)
        return file.error();
    const QByteArray bytes = html.toUtf8();
    if ((*file)->write(bytes) != bytes.size() || !(*file)->flush())
        return Error(ErrorCode::DiskFull, tr("Cannot write the report to %1.").arg(path), (*file)->errorString());
    return {};
}

Status RestoreReportDocument::savePdf(const QString &html, const QString &path)
{
    auto file = openPrivate(path);
    if (!file)
        return file.error();
    {
        QPdfWriter writer(file->get());
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setTitle(tr("Restore report"));
        writer.setCreator(QStringLiteral("Lifeboat"));
        QTextDocument document;
        document.setHtml(html);
        document.print(&writer);
    }
    if (!(*file)->flush() || (*file)->size() == 0)
        return Error(ErrorCode::DiskFull, tr("Cannot write the report to %1.").arg(path), (*file)->errorString());
    return {};
}

} // namespace Lifeboat
