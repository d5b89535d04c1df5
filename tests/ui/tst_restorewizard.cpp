#include "app/HandsetConnector.h"
#include "app/HandsetWatcher.h"
#include "app/jobs/BackupJob.h"
#include "model/archive/Archive.h"
#include "ui/MainWindow.h"
#include "ui/MessagePresenter.h"
#include "ui/browse/SnapshotView.h"
#include "ui/restore/RestoreWizard.h"

#include <QAction>
#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace Lifeboat;

namespace {

QMap<QString, QByteArray> filesUnder(const QString &root)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            files.insert(QDir(root).relativeFilePath(path), file.readAll());
    }
    return files;
}

QStringList treeTexts(const QTreeWidget *tree)
{
    QStringList texts;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *kind = tree->topLevelItem(i);
        texts << kind->text(0) + u'|' + kind->text(1);
        for (int j = 0; j < kind->childCount(); ++j)
            texts << kind->child(j)->text(0) + u'|' + kind->child(j)->text(1);
    }
    return texts;
}

} // namespace

// The restore wizard end to end: the demo handset backed up with BackupJob, restored through
// the wizard's pages onto a virtual handset serving an empty folder.
class tst_RestoreWizard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void restoreOntoWipedHandset();
    void dryRunPreviewChangesNothing();
    void replaceNeedsConfirmation();
    void cancelStopsTheRestore();
    void pickedItemsAndSavedReport_data();
    void pickedItemsAndSavedReport();
    void menuActionOpensWizardOnShownSnapshot();

private:
    template<typename T>
    T *child(const char *name) const
    {
        auto *found = m_wizard->findChild<T *>(QLatin1String(name));
        if (!found)
            qWarning("no widget %s", name);
        return found;
    }
    void goToPage(RestoreWizard::PageId page);
    QByteArray storedContent(const ObjectRecord &object);

    QTemporaryDir m_dir;
    QString m_archivePath;
    qint64 m_snapshotId = 0;
    QList<ObjectRecord> m_objects;
    QString m_phone;
    std::unique_ptr<RestoreWizard> m_wizard;
};

void tst_RestoreWizard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("LifeboatTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_restorewizard"));
    QVERIFY(m_dir.isValid());
    m_archivePath = m_dir.filePath(QStringLiteral("demo.lifeboat"));
    auto archive = Archive::create(m_archivePath);
    QVERIFY(archive);
    HandsetSpec demo;
    demo.kind = HandsetSpec::Kind::Demo;
    auto handset = HandsetConnector::open(demo);
    QVERIFY2(handset, handset ? "" : qPrintable(handset.error().toString()));
    const BackupReport backup = BackupJob(**handset, **archive).run();
    QCOMPARE(backup.state, SnapshotState::Complete);
    m_snapshotId = backup.snapshotId;
    auto objects = (*archive)->snapshotObjects(m_snapshotId);
    QVERIFY(objects);
    m_objects = *objects;
    QVERIFY(m_objects.size() > 100);
}

void tst_RestoreWizard::init()
{
    m_phone = m_dir.filePath(QStringLiteral("phone-%1").arg(QLatin1String(QTest::currentTestFunction())));
    if (QTest::currentDataTag())
        m_phone += u'-' + QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-');
    QDir(m_phone).removeRecursively();
    QVERIFY(QDir().mkpath(m_phone));
    HandsetSpec wiped;
    wiped.kind = HandsetSpec::Kind::VirtualFolder;
    wiped.value = m_phone;
    m_wizard = std::make_unique<RestoreWizard>(m_archivePath, m_snapshotId,
                                               QList<RestoreTarget>{{QStringLiteral("Wiped phone"), wiped}});
    m_wizard->show();
}

void tst_RestoreWizard::cleanup()
{
    m_wizard.reset();
}

void tst_RestoreWizard::goToPage(RestoreWizard::PageId page)
{
    while (m_wizard->currentId() != page) {
        const int before = m_wizard->currentId();
        QTRY_VERIFY2_WITH_TIMEOUT(m_wizard->currentPage()->isComplete(),
                                  qPrintable(QStringLiteral("page %1 never completes").arg(before)), 30000);
        m_wizard->next();
        QVERIFY2(m_wizard->currentId() != before, "the wizard did not move on");
    }
}

QByteArray tst_RestoreWizard::storedContent(const ObjectRecord &object)
{
    auto archive = Archive::open(m_archivePath, Archive::OpenMode::ReadOnly);
    QByteArray bytes;
    if (!archive)
        return bytes;
    const Status read = (*archive)->readContent(object.contentHash, [&](const char *d, qsizetype n) {
        bytes.append(d, n);
        return Status();
    });
    return read ? bytes : QByteArray();
}

void tst_RestoreWizard::restoreOntoWipedHandset()
{
    QCOMPARE(child<QComboBox>("restoreSnapshotCombo")->currentData().toLongLong(), m_snapshotId);
    goToPage(RestoreWizard::ConfirmPage);
    QVERIFY(child<QLabel>("restoreConfirmSummary")->text().contains(u"another handset")
            || child<QLabel>("restoreConfirmSummary")->text().contains(u"different handset"));
    QVERIFY(filesUnder(m_phone).isEmpty());

    m_wizard->next();  // the Restore (commit) button
    QCOMPARE(m_wizard->currentId(), int(RestoreWizard::ProgressPage));
    QTRY_COMPARE_WITH_TIMEOUT(m_wizard->currentId(), int(RestoreWizard::ReportPage), 60000);

    const RestoreReport &report = m_wizard->resultReport();
    QVERIFY2(!report.error, qPrintable(report.error ? report.error->toString() : QString()));
    QVERIFY(report.failed.isEmpty());
    QCOMPARE(report.restored.size(), m_objects.size());
    QVERIFY(report.differentHandset);

    // The handset's folder holds every object of the snapshot, byte for byte.
    const QMap<QString, QByteArray> files = filesUnder(m_phone);
    QCOMPARE(files.size(), m_objects.size());
    auto archive = Archive::open(m_archivePath, Archive::OpenMode::ReadOnly);
    QVERIFY(archive);
    for (const ObjectRecord &object : std::as_const(m_objects)) {
        QByteArray stored;
        QVERIFY((*archive)->readContent(object.contentHash, [&](const char *d, qsizetype n) {
            stored.append(d, n);
            return Status();
        }));
        QVERIFY2(files.contains(object.path()), qPrintable(object.path()));
        QVERIFY2(files.value(object.path()) == stored, qPrintable(object.path()));
    }

    // The progress page ended with every kind's bar full.
    qint64 contacts = 0;
    for (const ObjectRecord &object : std::as_const(m_objects))
        contacts += object.kind == ItemKind::Contact ? 1 : 0;
    auto *contactsBar = child<QProgressBar>("restoreProgress_contacts");
    QCOMPARE(contactsBar->maximum(), int(contacts));
    QCOMPARE(contactsBar->value(), int(contacts));

    const QString summary = child<QLabel>("restoreReportSummary")->text();
    QVERIFY2(summary.contains(QString::number(m_objects.size())), qPrintable(summary));
    const QString shown = child<QTextBrowser>("restoreReportView")->toPlainText();
    QVERIFY(shown.contains(QStringLiteral("Restored (%1)").arg(m_objects.size())));
    QVERIFY(shown.contains(u"another handset"));
}

void tst_RestoreWizard::dryRunPreviewChangesNothing()
{
    goToPage(RestoreWizard::PreviewPage);
    QTRY_VERIFY_WITH_TIMEOUT(m_wizard->currentPage()->isComplete(), 30000);
    QVERIFY(filesUnder(m_phone).isEmpty());
    const RestoreReport &plan = m_wizard->previewReport();
    QVERIFY(plan.dryRun);
    QCOMPARE(plan.plan.size(), m_objects.size());

    const QString summary = child<QLabel>("restorePreviewSummary")->text();
    QVERIFY2(summary.contains(u"Nothing has been changed"), qPrintable(summary));
    QVERIFY2(summary.contains(QString::number(m_objects.size())), qPrintable(summary));
    auto *otherHandset = child<QLabel>("restorePreviewOtherHandset");
    QVERIFY(otherHandset->isVisible());
    QVERIFY(otherHandset->text().contains(u"different handset"));

    // One row per kind with its counts, then one row per item saying what happens to it.
    const QStringList rows = treeTexts(child<QTreeWidget>("restorePreviewTree"));
    qsizetype writes = 0;
    for (const QString &row : rows)
        writes += row.endsWith(u"|Write") ? 1 : 0;
    QCOMPARE(writes, m_objects.size());
    qsizetype contacts = 0;
    for (const ObjectRecord &object : std::as_const(m_objects))
        contacts += object.kind == ItemKind::Contact ? 1 : 0;
    QVERIFY2(rows.contains(QStringLiteral("Contacts|%1 to write").arg(contacts)), qPrintable(rows.mid(0, 3).join(u'\n')));

    // Going on to the confirmation still writes nothing.
    m_wizard->next();
    QCOMPARE(m_wizard->currentId(), int(RestoreWizard::ConfirmPage));
    QVERIFY(filesUnder(m_phone).isEmpty());
}

void tst_RestoreWizard::replaceNeedsConfirmation()
{
    // A contact the snapshot lacks: replace mode deletes it, and the preview says so.
    const auto contact = std::find_if(m_objects.cbegin(), m_objects.cend(),
                                      [](const ObjectRecord &o) { return o.kind == ItemKind::Contact; });
    QVERIFY(contact != m_objects.cend());
    const QString strayPath = QDir(m_phone).filePath(contact->parentPath + QStringLiteral("/stray.vcf"));
    QVERIFY(QDir().mkpath(QFileInfo(strayPath).absolutePath()));
    QFile stray(strayPath);
    QVERIFY(stray.open(QIODevice::WriteOnly));
    stray.write("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Stray Person\r\nN:Person;Stray;;;\r\nEND:VCARD\r\n");
    stray.close();

    goToPage(RestoreWizard::ModePage);
    auto *replace = child<QRadioButton>("restoreModeReplace");
    auto *confirm = child<QCheckBox>("restoreReplaceConfirm");
    auto *next = m_wizard->button(QWizard::NextButton);
    QVERIFY(m_wizard->currentPage()->isComplete());
    QVERIFY(!confirm->isEnabled());
    replace->click();
    QVERIFY(!m_wizard->currentPage()->isComplete());
    QVERIFY(!next->isEnabled());
    QVERIFY(child<QLabel>("restoreReplaceWarning")->text().contains(u"deleted"));
    m_wizard->next();
    QCOMPARE(m_wizard->currentId(), int(RestoreWizard::ModePage));
    // Without confirmation the wizard refuses to start a real replace, too.
    QVERIFY(!m_wizard->startRestore(false));

    confirm->click();
    QVERIFY(m_wizard->currentPage()->isComplete());
    QVERIFY(next->isEnabled());
    goToPage(RestoreWizard::PreviewPage);
    QTRY_VERIFY_WITH_TIMEOUT(m_wizard->currentPage()->isComplete(), 30000);
    const QStringList rows = treeTexts(child<QTreeWidget>("restorePreviewTree"));
    QVERIFY2(rows.contains(contact->parentPath + QStringLiteral("/stray.vcf|Delete from the handset")),
             qPrintable(rows.filter(u"stray").join(u'\n')));
    QVERIFY(child<QLabel>("restorePreviewSummary")->text().contains(u"delete 1"));
    QVERIFY(QFile::exists(strayPath));  // a preview deletes nothing

    // Unticking the confirmation after going back blocks the way again.
    m_wizard->back();
    QCOMPARE(m_wizard->currentId(), int(RestoreWizard::ModePage));
    confirm->click();
    QVERIFY(!next->isEnabled());
}

void tst_RestoreWizard::cancelStopsTheRestore()
{
    goToPage(RestoreWizard::ConfirmPage);
    m_wizard->next();
    QCOMPARE(m_wizard->currentId(), int(RestoreWizard::ProgressPage));
    auto *cancel = child<QPushButton>("restoreCancelButton");
    QVERIFY(cancel->isEnabled());
    cancel->click();
    QVERIFY(!cancel->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(m_wizard->currentId(), int(RestoreWizard::ReportPage), 30000);
    const RestoreReport &report = m_wizard->resultReport();
    QVERIFY(report.error);
    QCOMPARE(report.error->code(), ErrorCode::Cancelled);
    QVERIFY(report.restored.size() < m_objects.size());
    // What was restored is on the handset; at most the item in hand when cancel came is not.
    const qsizetype onHandset = filesUnder(m_phone).size();
    QVERIFY(onHandset >= report.restored.size());
    QVERIFY(onHandset <= report.restored.size() + 1);
    QCOMPARE(m_wizard->currentPage()->title(), QStringLiteral("Restore cancelled"));
    QVERIFY(child<QLabel>("restoreReportSummary")->text().contains(u"cancelled"));
}

void tst_RestoreWizard::pickedItemsAndSavedReport_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::newRow("html") << QStringLiteral("html");
    QTest::newRow("pdf") << QStringLiteral("pdf");
}

void tst_RestoreWizard::pickedItemsAndSavedReport()
{
    QFETCH(QString, suffix);
    // Pick one contact by searching for its name.
    const SnapshotItems &items = m_wizard->items();
    const auto contact = std::find_if(items.items().cbegin(), items.items().cend(),
                                      [](const SnapshotItem &i) { return i.kind == ItemKind::Contact; });
    QVERIFY(contact != items.items().cend());
    const SnapshotItem picked = *contact;
    goToPage(RestoreWizard::ItemsPage);
    child<QRadioButton>("restorePickedItemsRadio")->click();
    QVERIFY(!m_wizard->currentPage()->isComplete());
    child<QLineEdit>("restoreItemFilter")->setText(picked.title);
    auto *list = child<QListWidget>("restoreItemList");
    QListWidgetItem *match = nullptr;
    int shown = 0;
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->isHidden())
            continue;
        ++shown;
        if (list->item(row)->data(Qt::UserRole).toLongLong() == picked.objectId)
            match = list->item(row);
    }
    QVERIFY(match);
    QVERIFY2(shown < list->count() / 10, "the search does not narrow the list");
    match->setCheckState(Qt::Checked);
    QVERIFY(m_wizard->currentPage()->isComplete());

    goToPage(RestoreWizard::ConfirmPage);
    m_wizard->next();
    QTRY_COMPARE_WITH_TIMEOUT(m_wizard->currentId(), int(RestoreWizard::ReportPage), 30000);
    const QMap<QString, QByteArray> files = filesUnder(m_phone);
    QCOMPARE(files.keys(), QStringList{picked.path});
    const auto object = std::find_if(m_objects.cbegin(), m_objects.cend(),
                                     [&](const ObjectRecord &o) { return o.id == picked.objectId; });
    QVERIFY(object != m_objects.cend());
    QCOMPARE(files.first(), storedContent(*object));

    const QString path = m_dir.filePath(QStringLiteral("report-%1.%2").arg(QLatin1String(QTest::currentDataTag()), suffix));
    const Status saved = m_wizard->saveReport(path);
    QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().toString()));
    const QFileInfo info(path);
    QVERIFY(info.exists());
    QVERIFY(info.size() > 200);
    QCOMPARE(info.permissions() & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther
                                   | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther),
             QFile::Permissions());
    QVERIFY(info.permissions().testFlag(QFile::ReadOwner));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    if (suffix == u"html") {
        const QString html = QString::fromUtf8(bytes);
        QVERIFY2(html.contains(picked.title.toHtmlEscaped()), qPrintable(picked.title));
        QVERIFY(html.contains(picked.path.toHtmlEscaped()));
        QVERIFY(html.contains(u"Restored (1)"));
    } else {
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY(bytes.trimmed().endsWith("%%EOF"));
    }
    // Saving again over the file keeps it private.
    QVERIFY(QFile::setPermissions(path, info.permissions() | QFile::ReadOther));
    QVERIFY(m_wizard->saveReport(path));
    QVERIFY(!QFileInfo(path).permissions().testFlag(QFile::ReadOther));
}

void tst_RestoreWizard::menuActionOpensWizardOnShownSnapshot()
{
    QSettings().clear();
    MainWindow window(nullptr, m_dir.filePath(QStringLiteral("library")));
    window.show();
    QVERIFY(window.openArchive(m_archivePath));
    // The wizard offers the handsets the pane shows as ready: switch the demo handset on.
    auto *demo = window.findChild<QAction *>(QStringLiteral("useDemoHandsetAction"));
    QVERIFY(demo);
    if (!demo->isChecked())
        demo->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(window.handsetWatcher()->handset(HandsetWatcher::demoKey())
                                 && window.handsetWatcher()->handset(HandsetWatcher::demoKey())->canBackUp(),
                             10000);
    auto *action = window.findChild<QAction *>(QStringLiteral("restoreAction"));
    QVERIFY(action);
    QVERIFY(!action->shortcut().isEmpty());
    action->trigger();
    auto *wizard = window.findChild<RestoreWizard *>();
    QVERIFY(wizard);
    QTRY_VERIFY(wizard->isVisible());
    QCOMPARE(wizard->choices().snapshotId, window.snapshotView()->snapshotId());
    QVERIFY(!wizard->targets().isEmpty());
    QCOMPARE(wizard->targets().first().spec.kind, HandsetSpec::Kind::Demo);
    for (const char *name : {"exportAction", "verifyAction"}) {
        auto *other = window.findChild<QAction *>(QLatin1String(name));
        QVERIFY2(other && !other->shortcut().isEmpty(), name);
    }
    wizard->reject();
}

QTEST_MAIN(tst_RestoreWizard)
#include "tst_restorewizard.moc"
