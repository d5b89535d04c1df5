#pragma once

#include "app/jobs/Job.h"
#include "model/archive/Archive.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace Lifeboat {

struct ExportOptions
{
    QString folder;
    QList<ItemKind> kinds{ItemKind::Contact, ItemKind::Event, ItemKind::Todo, ItemKind::Photo};
    bool vcard40 = false;  // vCard 3.0 unless asked for 4.0
    bool mirror = false;   // the handset's own tree instead of contacts.vcf, calendar.ics, ...
};

struct ExportReport
{
    QString folder;
    QStringList files;   // written, relative to the folder
    KindCounts counts;   // items exported per kind
    quint64 bytes = 0;
    QStringList warnings;
    std::optional<Error> error;
};

// Writes a snapshot out in open formats (ARCHITECTURE.md, "Jobs"): contacts to contacts.vcf,
// events to calendar.ics, to-dos to todos.ics, photos to photos/ with their original names and
// times; or, with `mirror`, every object in the handset's own folder tree.
class ExportJob : public Job
{
    Q_DECLARE_TR_FUNCTIONS(Lifeboat::ExportJob)
public:
    ExportJob(Archive &archive, qint64 snapshotId, ExportOptions options);

    ExportReport run();

private:
    class ExportFolder *m_folder = nullptr;
    Status exportContacts(const QList<ObjectRecord> &objects);
    Status exportCalendars(const QList<ObjectRecord> &objects);
    Status exportPhotos(const QList<ObjectRecord> &objects);
    Status exportMirror(const QList<ObjectRecord> &objects);
    Status copyObject(const ObjectRecord &object, const QString &relativePath);
    Result<QByteArray> readWhole(const ObjectRecord &object);

    Archive &m_archive;
    qint64 m_snapshotId;
    ExportOptions m_options;
    ExportReport m_report;
};

} // namespace Lifeboat
