#include "ui/restore/RestorePlanText.h"

#include "model/items/ItemClassifier.h"
#include "ui/restore/RestoreWizard.h"

namespace Lifeboat {

const QList<ItemKind> &RestorePlanText::kinds()
{
    static const QList<ItemKind> restorable{ItemKind::Contact, ItemKind::Event, ItemKind::Todo, ItemKind::Photo};
    return restorable;
}

ItemKind RestorePlanText::kindOf(const RestoreAction &action)
{
    if (action.type != RestoreAction::Type::Delete)
        return action.source.kind;
    return ItemClassifier().kindForObject(action.existing.name, action.existing.format,
                                          action.existing.parentPath);
}

RestorePlanText::Counts RestorePlanText::count(const RestoreReport &plan, std::optional<ItemKind> kind)
{
    Counts counts;
    for (const RestoreAction &action : plan.plan) {
        if (kind && kindOf(action) != *kind)
            continue;
        switch (action.type) {
        case RestoreAction::Type::Write: ++counts.writes; break;
        case RestoreAction::Type::Replace: ++counts.replaces; break;
        case RestoreAction::Type::Skip: ++counts.skips; break;
        case RestoreAction::Type::Delete: ++counts.deletes; break;
        }
    }
    return counts;
}

QString RestorePlanText::countsText(const Counts &counts)
{
    QStringList parts;
    if (counts.writes > 0)
        parts << tr("%1 to write").arg(counts.writes);
    if (counts.replaces > 0)
        parts << tr("%1 to replace").arg(counts.replaces);
    if (counts.deletes > 0)
        parts << tr("%1 to delete").arg(counts.deletes);
    if (counts.skips > 0)
        parts << tr("%1 already there").arg(counts.skips);
    return parts.join(QStringLiteral(" · "));
}

QString RestorePlanText::actionText(const RestoreAction &action)
{
    switch (action.type) {
    case RestoreAction::Type::Write:
        return tr("Write");
    case RestoreAction::Type::Replace:
        return tr("Replace the handset's version");
    case RestoreAction::Type::Skip:
        return action.reason.isEmpty() ? tr("Skip: already on the handset") : tr("Skip: %1").arg(action.reason);
    case RestoreAction::Type::Delete:
        return tr("Delete from the handset");
    }
    return {};
}

QString RestorePlanText::summary(const RestoreReport &plan)
{
    const Counts counts = count(plan);
    if (counts.writes + counts.replaces + counts.deletes == 0)
        return tr("The handset already has everything chosen: the restore would change nothing.");
    // Singular and plural spelled out: there is no English .qm to resolve %n plurals yet.
    QStringList parts;
    parts << (counts.writes == 1 ? tr("write 1 item") : tr("write %1 items").arg(counts.writes));
    if (counts.replaces > 0)
        parts << (counts.replaces == 1 ? tr("replace 1") : tr("replace %1").arg(counts.replaces));
    if (counts.deletes > 0)
        parts << tr("delete %1 from the handset").arg(counts.deletes);
    QString text = tr("The restore will %1.").arg(parts.join(tr(", ")));
    if (counts.skips == 1)
        text = tr("%1 1 item is already on the handset and is skipped.").arg(text);
    else if (counts.skips > 1)
        text = tr("%1 %2 items are already on the handset and are skipped.").arg(text, QString::number(counts.skips));
    return text;
}

QString RestorePlanText::handsetName(const HandsetIdentity &device)
{
    const QString name = device.friendlyName.isEmpty()
                             ? QStringLiteral("%1 %2").arg(device.manufacturer, device.model).trimmed()
                             : device.friendlyName;
    return tr("%1 (serial %2)").arg(name, device.serialNumber);
}

QString RestorePlanText::targetName(const RestoreWizard &wizard, const RestoreReport &report)
{
    const auto target = wizard.chosenTarget();
    if (!target)
        return handsetName(report.device);
    if (report.device.serialNumber.isEmpty() || target->label.contains(report.device.serialNumber))
        return target->label;
    return tr("%1 (serial %2)").arg(target->label, report.device.serialNumber);
}

QString RestorePlanText::otherHandsetNotice(const RestoreWizard &wizard, const RestoreReport &report)
{
    if (!report.differentHandset)
        return {};
    const auto snapshot = wizard.chosenSnapshot();
    const QString source = snapshot ? wizard.handsetNameOf(*snapshot) : tr("another handset");
    return tr("This snapshot was taken of %1. It will be restored onto a different handset, %2: "
              "the snapshot's items are copied onto it.")
        .arg(source, targetName(wizard, report));
}

} // namespace Lifeboat
