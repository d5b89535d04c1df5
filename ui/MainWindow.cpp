#include "ui/MainWindow.h"

#include "app/Settings.h"
#include "model/archive/Archive.h"
#include "ui/MessagePresenter.h"
#include "ui/SaveCopyFlow.h"
#include "ui/UiLog.h"
#include "ui/browse/ArchiveReader.h"
#include "ui/browse/LibraryPane.h"
#include "ui/browse/SnapshotView.h"
#include "ui/handsets/BackupController.h"
#include "ui/unlock/ArchiveUnlocker.h"

#include <QAction>
#include <QTabWidget>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QVBoxLayout>

#include <algorithm>

namespace Lifeboat {

MainWindow::MainWindow(QWidget *parent, const QString &libraryFolder)
    : QMainWindow(parent)
    , m_libraryFolder(libraryFolder.isEmpty()
                          ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                          : libraryFolder)
    , m_presenter(std::make_unique<MessagePresenter>())
    , m_unlocker(std::make_unique<ArchiveUnlocker>(this))
    , m_reader(new ArchiveReader(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_library(new LibraryPane(this))
    , m_pages(new QStackedWidget(this))
    , m_message(new QLabel(this))
    , m_snapshotView(new SnapshotView(m_reader, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Lifeboat"));

    m_message->setObjectName(QStringLiteral("mainMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setMargin(32);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_pages->setObjectName(QStringLiteral("mainPages"));
    auto *messagePage = new QWidget(this);
    auto *messageLayout = new QVBoxLayout(messagePage);
    auto *openButton = new QPushButton(tr("&Open Archive…"), messagePage);
    openButton->setObjectName(QStringLiteral("openArchiveButton"));
    openButton->setAccessibleName(tr("Open an archive"));
    connect(openButton, &QPushButton::clicked, this, &MainWindow::chooseArchiveToOpen);
    messageLayout->addStretch(1);
    messageLayout->addWidget(m_message);
    messageLayout->addWidget(openButton, 0, Qt::AlignHCenter);
    messageLayout->addStretch(1);
    m_pages->addWidget(messagePage);
    m_pages->addWidget(m_snapshotView);

    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_library);
    m_splitter->addWidget(m_pages);
    setUpHandsets();
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    m_library->setMinimumWidth(fontMetrics().averageCharWidth() * 24);
    // Wide enough for a snapshot's counts line ("12 contacts · 340 events · ...") by default.
    const int libraryWidth =
        fontMetrics().horizontalAdvance(QStringLiteral("000 contacts · 000 events · 00 to-dos · 0000 photos"))
        + m_library->indentation() * 3;
    m_splitter->setSizes({libraryWidth, fontMetrics().averageCharWidth() * 120});
    setCentralWidget(m_splitter);

    createActions();
    createHandsetActions();
    connect(m_library, &LibraryPane::snapshotSelected, this,
            [this](const QString &path, qint64 snapshotId) { showSnapshot(path, snapshotId); });
    connect(m_library, &LibraryPane::archiveSelected, this, [this](const QString &path) {
        if (path != m_archivePath || m_pages->currentWidget() != m_snapshotView)
            openArchive(path);
    });

    resize(1100, 720);
    restoreSettings();
    reloadLibrary();
}

MainWindow::~MainWindow()
{
    // It uses m_unlocker and m_settings until its job has ended: it goes before they do.
    delete m_backupController;
}

void MainWindow::setMessagePresenter(std::unique_ptr<MessagePresenter> presenter)
{
    m_presenter = std::move(presenter);
}

QString MainWindow::libraryEmptyMessage()
{
    return tr("No archive yet. Connect a handset and choose Back up, or open an archive with "
              "File > Open.");
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open Archive…"), this, &MainWindow::chooseArchiveToOpen);
    open->setObjectName(QStringLiteral("openArchiveAction"));
    open->setShortcut(QKeySequence::Open);
    QAction *saveCopy = file->addAction(tr("Save a &Copy…"), this, &MainWindow::saveArchiveCopy);
    saveCopy->setObjectName(QStringLiteral("saveCopyAction"));
    QAction *reload = file->addAction(tr("&Reload Library"), this, &MainWindow::reloadLibrary);
    reload->setObjectName(QStringLiteral("reloadLibraryAction"));
    reload->setShortcut(QKeySequence::Refresh);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *find = edit->addAction(tr("&Find…"), this, [this] {
        if (m_pages->currentWidget() == m_snapshotView)
            m_snapshotView->startSearch();
    });
    find->setObjectName(QStringLiteral("findAction"));
    find->setShortcut(QKeySequence::Find);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    const QList<std::pair<QString, SnapshotView::Tab>> tabs{
        {tr("&Contacts"), SnapshotView::ContactsTab}, {tr("C&alendar"), SnapshotView::CalendarTab},
        {tr("&To-dos"), SnapshotView::TodosTab},     {tr("&Photos"), SnapshotView::PhotosTab},
        {tr("&Search"), SnapshotView::SearchTab},     {tr("&What Changed"), SnapshotView::ChangesTab}};
    for (const auto &[label, tab] : tabs) {
        const SnapshotView::Tab shown = tab;
        QAction *action = view->addAction(label, this, [this, shown] { m_snapshotView->showTab(shown); });
        action->setObjectName(QStringLiteral("showTabAction%1").arg(int(tab) + 1));
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + int(tab))));
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Lifeboat"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);

    createToolActions(file, help);
}

void MainWindow::showAbout()
{
    auto *box = new QMessageBox(QMessageBox::Information, tr("About Lifeboat"),
                                tr("Lifeboat %1\n\nKeeps a complete, versioned copy of a handset's "
                                   "contacts, calendar, to-dos and photos on this computer.")
                                    .arg(QApplication::applicationVersion()),
                                QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("aboutBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::chooseArchiveToOpen()
{
    // Asynchronous, so no nested event loop runs while the user chooses.
    auto *dialog = new QFileDialog(this, tr("Open Archive"), m_libraryFolder,
                                   tr("Lifeboat archives (*.lifeboat);;All files (*)"));
    dialog->setObjectName(QStringLiteral("openArchiveDialog"));
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) { openArchive(path); });
    dialog->open();
}

void MainWindow::saveArchiveCopy()
{
    if (m_archivePath.isEmpty()) {
        m_presenter->showError(this, tr("Save a Copy"),
                               Error(ErrorCode::Usage, tr("Choose an archive on the left first, then save a copy of it.")));
        return;
    }
    (new SaveCopyFlow(this, m_archivePath, m_presenter.get()))->start();
}

void MainWindow::showMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setAccessibleName(message);
    m_pages->setCurrentWidget(m_message->parentWidget());
    // An empty pane says nothing; the message in the middle says what to do.
    m_library->setVisible(m_library->hasArchives());
}

void MainWindow::reloadLibrary()
{
    const QDir folder(m_libraryFolder);
    QStringList paths;
    const QStringList names = folder.entryList({QStringLiteral("*.lifeboat")}, QDir::Files, QDir::Name);
    for (const QString &name : names)
        paths.append(folder.filePath(name));
    for (const QString &path : std::as_const(m_openedElsewhere)) {
        if (!paths.contains(path) && QFileInfo::exists(path))
            paths.append(path);
    }
    for (const QString &path : std::as_const(paths))
        listArchive(path, false);
    if (!m_library->hasArchives())
        showMessage(libraryEmptyMessage());
    else if (m_archivePath.isEmpty())
        showMessage(tr("Choose a snapshot on the left to see what it holds."));
}

bool MainWindow::useArchive(const QString &path)
{
    if (m_archive && m_archivePath == path)
        return true;
    auto opened = openReadOnly(path, true);
    if (!opened) {
        m_presenter->showError(this, tr("Cannot open %1").arg(QFileInfo(path).fileName()), opened.error());
        return false;
    }
    m_archive = std::move(opened.value());
    m_archivePath = path;
    m_reader->setArchivePath(path, m_archive->archiveKey());
    setWindowTitle(tr("%1 — Lifeboat").arg(QFileInfo(path).completeBaseName()));
    return true;
}

Result<std::unique_ptr<Archive>> MainWindow::openReadOnly(const QString &path, bool mayAsk)
{
    return m_unlocker->open(path, mayAsk);
}

bool MainWindow::listArchive(const QString &path, bool reportErrors)
{
    auto opened = openReadOnly(path, reportErrors);
    if (!opened) {
        qCWarning(lcUi).noquote() << "Cannot open" << path << opened.error().toString();
        if (reportErrors)
            m_presenter->showError(this, tr("Cannot open %1").arg(QFileInfo(path).fileName()), opened.error());
        else
            m_library->setArchiveError(path, opened.error().message());
        return false;
    }
    auto snapshots = opened.value()->snapshots();
    if (!snapshots) {
        m_library->setArchiveError(path, snapshots.error().message());
        return false;
    }
    m_library->setArchive(path, snapshots.value());
    return true;
}

bool MainWindow::openArchive(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (!listArchive(absolute, true))
        return false;
    if (QFileInfo(absolute).absolutePath() != QDir(m_libraryFolder).absolutePath()
        && !m_openedElsewhere.contains(absolute))
        m_openedElsewhere.append(absolute);
    if (!useArchive(absolute))
        return false;
    auto snapshots = m_archive->snapshots();
    if (!snapshots || snapshots->isEmpty()) {
        showMessage(tr("This archive holds no snapshots yet. Connect its handset and choose Back up."));
        return true;
    }
    // The newest complete snapshot is what a person means by "the backup".
    qint64 chosen = snapshots->constLast().id;
    for (auto it = snapshots->crbegin(); it != snapshots->crend(); ++it) {
        if (it->state == SnapshotState::Complete) {
            chosen = it->id;
            break;
        }
    }
    return showSnapshot(absolute, chosen);
}

bool MainWindow::showSnapshot(const QString &path, qint64 snapshotId)
{
    if (!useArchive(path))
        return false;
    SnapshotView::Content content;
    auto snapshot = m_archive->snapshot(snapshotId);
    auto all = m_archive->snapshots();
    auto contacts = m_archive->contacts(snapshotId);
    auto events = m_archive->events(snapshotId);
    auto todos = m_archive->todos(snapshotId);
    auto photos = m_archive->photos(snapshotId);
    for (const Error *error : {snapshot ? nullptr : &snapshot.error(), all ? nullptr : &all.error(),
                               contacts ? nullptr : &contacts.error(), events ? nullptr : &events.error(),
                               todos ? nullptr : &todos.error(), photos ? nullptr : &photos.error()}) {
        if (error) {
            m_presenter->showError(this, tr("Cannot show this snapshot"), *error);
            return false;
        }
    }
    content.snapshot = snapshot.value();
    content.allSnapshots = std::move(all.value());
    content.contacts = std::move(contacts.value());
    content.events = std::move(events.value());
    content.todos = std::move(todos.value());
    content.photos = std::move(photos.value());
    m_snapshotView->setContent(std::move(content));
    m_library->show();
    m_pages->setCurrentWidget(m_snapshotView);
    const QSignalBlocker blocker(m_library);
    m_library->selectSnapshot(path, snapshotId);
    return true;
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("MainWindow"));
    restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("state")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("splitter")).toByteArray());
    m_openedElsewhere = settings.value(QStringLiteral("openedArchives")).toStringList();
    const int tab = settings.value(QStringLiteral("tab"), 0).toInt();
    m_snapshotView->showTab(SnapshotView::Tab(std::clamp(tab, 0, int(SnapshotView::ChangesTab))));
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("MainWindow"));
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("state"), saveState());
    settings.setValue(QStringLiteral("splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("openedArchives"), m_openedElsewhere);
    settings.setValue(QStringLiteral("tab"), m_snapshotView->tabs()->currentIndex());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_backupController && m_backupController->isRunning()) {
        const bool stop = m_presenter->confirm(
            this, tr("Backup Running"),
            tr("A backup of %1 is running. Stop it and quit?\n\nWhat it has copied so far is kept, "
               "and the next backup of the handset continues from there.")
                .arg(m_backupController->runningHandsetName()),
            tr("Stop and Quit"), tr("Keep Backing Up"));
        if (!stop) {
            event->ignore();
            return;
        }
        m_backupController->cancel();
    }
    saveSettings();
    event->accept();
}

} // namespace Lifeboat
