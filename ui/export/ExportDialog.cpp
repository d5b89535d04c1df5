#include "ui/export/ExportDialog.h"

#include "app/jobs/JobRunner.h"
#include "ui/KindText.h"
#include "ui/export/ExportTask.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>

namespace Lifeboat {

namespace {

QString kindLabel(ItemKind kind)
{
    switch (kind) {
    case ItemKind::Contact: return ExportDialog::tr("&Contacts as vCard (contacts.vcf)");
    case ItemKind::Event: return ExportDialog::tr("&Events as iCalendar (calendar.ics)");
    case ItemKind::Todo: return ExportDialog::tr("&To-dos as iCalendar (todos.ics)");
    case ItemKind::Photo: return ExportDialog::tr("&Photos into a folder (photos/)");
    case ItemKind::Other: break;
    }
    return {};
}

} // namespace

ExportDialog::ExportDialog(const QString &archivePath, qint64 snapshotId, QWidget *parent)
    : QDialog(parent)
    , m_archivePath(archivePath)
    , m_snapshotId(snapshotId)
    , m_vcardVersion(new QComboBox(this))
    , m_mirror(new QCheckBox(tr("Copy the handset's files &unchanged, in its own folders"), this))
    , m_folder(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Browse…"), this))
    , m_phase(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_result(new QTextBrowser(this))
    , m_start(new QPushButton(tr("E&xport"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_close(new QPushButton(tr("Close"), this))
    , m_runner(new JobRunner(this))
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export Snapshot"));
    setAccessibleName(tr("Export snapshot"));

    auto *what = new QGroupBox(tr("What to export"), this);
    what->setObjectName(QStringLiteral("exportWhatGroup"));
    auto *whatLayout = new QVBoxLayout(what);
    for (const ItemKind kind : {ItemKind::Contact, ItemKind::Event, ItemKind::Todo, ItemKind::Photo}) {
        auto *box = new QCheckBox(kindLabel(kind), what);
        box->setObjectName(QStringLiteral("exportKind_%1").arg(itemKindName(kind)));
        box->setAccessibleName(tr("Export %1").arg(KindText::plural(kind)));
        box->setChecked(true);
        connect(box, &QCheckBox::toggled, this, &ExportDialog::updateStartable);
        m_kinds.insert(kind, box);
        whatLayout->addWidget(box);
    }
    m_mirror->setObjectName(QStringLiteral("exportMirror"));
    m_mirror->setAccessibleName(tr("Copy the handset's files unchanged"));
    m_mirror->setToolTip(tr("Instead of one file per kind, every stored file is written where the "
                            "handset kept it."));
    whatLayout->addWidget(m_mirror);

    m_vcardVersion->setObjectName(QStringLiteral("exportVcardVersion"));
    m_vcardVersion->setAccessibleName(tr("vCard version"));
    m_vcardVersion->addItem(tr("vCard 3.0 (read by almost every program)"), false);
    m_vcardVersion->addItem(tr("vCard 4.0"), true);
    m_folder->setObjectName(QStringLiteral("exportFolderEdit"));
    m_folder->setAccessibleName(tr("Folder to export into"));
    m_folder->setText(QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                          .filePath(tr("Lifeboat export")));
    m_browse->setObjectName(QStringLiteral("exportBrowseButton"));
    m_browse->setAccessibleName(tr("Choose the folder to export into"));
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_browse);
    auto *form = new QFormLayout;
    auto *versionLabel = new QLabel(tr("&Format of contacts:"), this);
    versionLabel->setBuddy(m_vcardVersion);
    form->addRow(versionLabel, m_vcardVersion);
    auto *folderLabel = new QLabel(tr("&Into the folder:"), this);
    folderLabel->setBuddy(m_folder);
    form->addRow(folderLabel, folderRow);

    m_phase->setObjectName(QStringLiteral("exportPhase"));
    m_phase->setWordWrap(true);
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setAccessibleName(tr("Export progress"));
    m_progress->hide();
    m_result->setObjectName(QStringLiteral("exportResult"));
    m_result->setAccessibleName(tr("What the export wrote"));
    m_result->setOpenExternalLinks(false);
    m_result->hide();

    m_start->setObjectName(QStringLiteral("exportStartButton"));
    m_start->setAccessibleName(tr("Start the export"));
    m_start->setDefault(true);
    m_cancel->setObjectName(QStringLiteral("exportCancelButton"));
    m_cancel->setAccessibleName(tr("Cancel the export"));
    m_close->setObjectName(QStringLiteral("exportCloseButton"));
    m_close->setAccessibleName(tr("Close"));
    auto *buttons = new QDialogButtonBox(this);
    buttons->setObjectName(QStringLiteral("exportButtons"));
    buttons->addButton(m_start, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    m_cancel->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(what);
    layout->addLayout(form);
    layout->addWidget(m_phase);
    layout->addWidget(m_progress);
    layout->addWidget(m_result, 1);
    layout->addWidget(buttons);

    connect(m_start, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(m_cancel, &QPushButton::clicked, m_runner, &JobRunner::cancel);
    connect(m_close, &QPushButton::clicked, this, &ExportDialog::reject);
    connect(m_browse, &QPushButton::clicked, this, &ExportDialog::chooseFolder);
    connect(m_folder, &QLineEdit::textChanged, this, &ExportDialog::updateStartable);
    connect(m_mirror, &QCheckBox::toggled, m_vcardVersion, &QWidget::setDisabled);
    connect(m_runner, &JobRunner::progressChanged, this, &ExportDialog::showProgress);
    connect(m_runner, &JobRunner::finished, this, &ExportDialog::onFinished);
    updateStartable();
    resize(560, 480);
}

ExportDialog::~ExportDialog()
{
    delete m_runner;  // cancels and waits while the task still exists
}

void ExportDialog::setFolder(const QString &folder)
{
    m_folder->setText(folder);
}

void ExportDialog::chooseFolder()
{
    auto *dialog = new QFileDialog(this, tr("Export Into"), m_folder->text());
    dialog->setObjectName(QStringLiteral("exportFolderDialog"));
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &ExportDialog::setFolder);
    dialog->open();
}

void ExportDialog::updateStartable()
{
    const bool anyKind = std::any_of(m_kinds.cbegin(), m_kinds.cend(),
                                     [](const QCheckBox *box) { return box->isChecked(); });
    m_start->setEnabled(!m_runner->isRunning() && anyKind && !m_folder->text().trimmed().isEmpty());
}

bool ExportDialog::startExport()
{
    if (m_runner->isRunning() || !m_start->isEnabled())
        return false;
    ExportOptions options;
    options.folder = QDir::cleanPath(m_folder->text().trimmed());
    options.kinds.clear();
    for (auto it = m_kinds.cbegin(); it != m_kinds.cend(); ++it) {
        if (it.value()->isChecked())
            options.kinds.append(it.key());
    }
    options.vcard40 = m_vcardVersion->currentData().toBool();
    options.mirror = m_mirror->isChecked();
    m_task = std::make_unique<ExportTask>(m_archivePath, m_snapshotId, options);
    ExportTask *task = m_task.get();
    if (!m_runner->start(*task, [task] { task->run(); }))
        return false;
    m_result->hide();
    m_progress->setRange(0, 0);
    m_progress->show();
    m_phase->setText(tr("Exporting into %1…").arg(QDir::toNativeSeparators(options.folder)));
    setRunning(true);
    return true;
}

bool ExportDialog::isRunning() const
{
    return m_runner->isRunning();
}

void ExportDialog::setRunning(bool running)
{
    m_cancel->setVisible(running);
    m_cancel->setEnabled(running);
    m_close->setVisible(!running);
    for (QCheckBox *box : std::as_const(m_kinds))
        box->setEnabled(!running);
    m_mirror->setEnabled(!running);
    m_folder->setEnabled(!running);
    m_browse->setEnabled(!running);
    updateStartable();
}

void ExportDialog::showProgress(const JobProgress &progress)
{
    if (progress.objectsTotal > 0) {
        m_progress->setRange(0, int(progress.objectsTotal));
        m_progress->setValue(int(std::min(progress.objectsDone, progress.objectsTotal)));
    }
    if (!progress.phase.isEmpty())
        m_phase->setText(progress.phase);
}

void ExportDialog::onFinished()
{
    setRunning(false);
    m_progress->hide();
    const ExportReport &report = m_task->report();
    const QString folder = QDir::toNativeSeparators(report.folder);
    QString html;
    if (report.error && report.error->code() == ErrorCode::Cancelled)
        html += QStringLiteral("<p><b>%1</b></p>").arg(tr("The export was cancelled. The files below were written before it stopped.").toHtmlEscaped());
    else if (report.error)
        html += QStringLiteral("<p><b>%1</b></p>").arg(tr("The export failed: %1").arg(report.error->message()).toHtmlEscaped());
    else
        html += QStringLiteral("<p>%1</p>").arg(tr("Exported %1 into %2.")
                                                    .arg(QLocale().formattedDataSize(qint64(report.bytes)), folder)
                                                    .toHtmlEscaped());
    QStringList counts;
    KindCounts kinds = report.counts;
    for (const ItemKind kind : {ItemKind::Contact, ItemKind::Event, ItemKind::Todo, ItemKind::Photo}) {
        if (kinds[kind] > 0)
            counts << tr("%1 %2").arg(kinds[kind]).arg(KindText::plural(kind).toLower());
    }
    if (!counts.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(counts.join(QStringLiteral(" · ")).toHtmlEscaped());
    if (!report.files.isEmpty()) {
        html += QStringLiteral("<p>%1</p><ul>").arg((report.files.size() == 1 ? tr("1 file written:")
                                                                    : tr("%1 files written:").arg(report.files.size())).toHtmlEscaped());
        constexpr qsizetype Listed = 50;
        for (qsizetype i = 0; i < std::min(report.files.size(), Listed); ++i)
            html += QStringLiteral("<li>%1</li>").arg(QDir::toNativeSeparators(report.files.at(i)).toHtmlEscaped());
        if (report.files.size() > Listed)
            html += QStringLiteral("<li>%1</li>").arg(tr("and %1 more").arg(report.files.size() - Listed).toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    if (!report.warnings.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b></p><ul>").arg(tr("Warnings").toHtmlEscaped());
        for (const QString &warning : report.warnings)
            html += QStringLiteral("<li>%1</li>").arg(warning.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    m_phase->setText(report.error ? tr("The export did not finish.") : tr("Done."));
    m_result->setHtml(html);
    m_result->show();
    Q_EMIT exportFinished();
}

void ExportDialog::reject()
{
    if (m_runner->isRunning()) {
        m_runner->cancel();
        m_runner->waitForFinished();
    }
    QDialog::reject();
}

} // namespace Lifeboat
