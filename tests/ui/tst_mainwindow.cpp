#include "DemoArchiveBuilder.h"

#include "ui/MainWindow.h"
#include "RecordingPresenter.h"
#include "ui/MessagePresenter.h"
#include "ui/browse/SnapshotView.h"
#include "ui/calendar/CalendarView.h"
#include "ui/photos/PhotoCanvas.h"
#include "ui/photos/PhotoGridModel.h"
#include "ui/photos/PhotoViewer.h"
#include "ui/photos/PhotosView.h"

#include <QCalendarWidget>
#include <QComboBox>
#include <QSettings>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>
#include <QTreeWidget>

using namespace Lifeboat;
using Lifeboat::TestSupport::RecordingPresenter;

namespace {

QStringList columnTexts(const QAbstractItemModel *model, int column, int role = Qt::DisplayRole)
{
    QStringList texts;
    for (int row = 0; row < model->rowCount(); ++row)
        texts.append(model->index(row, column).data(role).toString());
    return texts;
}

QStringList treeTexts(const QTreeWidgetItem *item)
{
    QStringList texts{item->text(0)};
    for (int i = 0; i < item->childCount(); ++i)
        texts += treeTexts(item->child(i));
    return texts;
}

} // namespace

class tst_MainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void emptyLibraryTellsWhatToDo();
    void libraryListsArchivesAndSnapshots();
    void contactsFilterAsYouType_data();
    void contactsFilterAsYouType();
    void contactCardShowsDetails();
    void recurringEventOnEachDate_data();
    void recurringEventOnEachDate();
    void agendaListsTheMonth();
    void todosAreSortable_data();
    void todosAreSortable();
    void photosLoadThumbnailsAndFullView();
    void searchAcrossKinds_data();
    void searchAcrossKinds();
    void searchHitShowsItem();
    void whatChangedComparesSnapshots();
    void olderSnapshotIsBrowsable();
    void brokenArchivesExplainWhatToDo_data();
    void brokenArchivesExplainWhatToDo();

private:
    template<typename T>
    T *child(const char *name) const
    {
        auto *found = m_window->findChild<T *>(QLatin1String(name));
        if (!found)
            qWarning("no widget %s", name);
        return found;
    }

    QTemporaryDir m_dir;
    QString m_archivePath;
    DemoArchiveBuilder::Result m_built;
    QList<Error> m_errors;
    std::unique_ptr<MainWindow> m_window;
    const QDate m_anchor{2026, 11, 1};
};

void tst_MainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("LifeboatTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    QVERIFY(m_dir.isValid());
    QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("library"))));
    m_archivePath = m_dir.filePath(QStringLiteral("elsewhere/Demo Handset.lifeboat"));
    QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("elsewhere"))));
    auto built = DemoArchiveBuilder::build(m_archivePath, m_anchor);
    QVERIFY2(built.ok(), built ? "" : qPrintable(built.error().toString()));
    m_built = built.value();
    QCOMPARE(DemoArchiveBuilder::firstMonday(m_anchor), QDate(2026, 11, 2));
}

void tst_MainWindow::init()
{
    QSettings().clear();
    m_errors.clear();
    m_window = std::make_unique<MainWindow>(nullptr, m_dir.filePath(QStringLiteral("library")));
    m_window->setMessagePresenter(std::make_unique<RecordingPresenter>(&m_errors));
    m_window->show();
}

void tst_MainWindow::cleanup()
{
    m_window.reset();
}

void tst_MainWindow::emptyLibraryTellsWhatToDo()
{
    auto *pages = child<QStackedWidget>("mainPages");
    auto *message = child<QLabel>("mainMessage");
    QVERIFY(pages && message);
    QCOMPARE(pages->currentWidget(), message->parentWidget());
    QCOMPARE(message->text(), MainWindow::libraryEmptyMessage());
    QVERIFY(child<QWidget>("openArchiveButton")->isVisible());
    QVERIFY(!child<QWidget>("archiveTree")->isVisible());
    QVERIFY(message->text().contains(QStringLiteral("File > Open")));
}

void tst_MainWindow::libraryListsArchivesAndSnapshots()
{
    QVERIFY(m_window->openArchive(m_archivePath));
    QVERIFY(m_errors.isEmpty());
    auto *tree = child<QTreeWidget>("archiveTree");
    QVERIFY(tree);
    QCOMPARE(tree->topLevelItemCount(), 1);
    QTreeWidgetItem *archive = tree->topLevelItem(0);
    QCOMPARE(archive->text(0), QStringLiteral("Demo Handset"));
    QCOMPARE(archive->childCount(), 2);
    // Newest first, with state and counts; the newest complete one is shown.
    QCOMPARE(archive->child(0)->data(0, Qt::UserRole + 2).toLongLong(), m_built.secondSnapshot);
    QVERIFY(archive->child(0)->text(0).contains(QStringLiteral("Complete")));
    QVERIFY2(archive->child(0)->text(0).contains(QStringLiteral("3 contacts · 4 events · 3 to-dos · 4 photos")),
             qPrintable(archive->child(0)->text(0)));
    QCOMPARE(tree->currentItem(), archive->child(0));
    QVERIFY(tree->isVisible());
    QCOMPARE(m_window->snapshotView()->snapshotId(), m_built.secondSnapshot);
    QVERIFY(child<QLabel>("snapshotHeader")->text().contains(QStringLiteral("Complete")));

    // Remembered when the window is opened again.
    m_window->close();
    m_window = std::make_unique<MainWindow>(nullptr, m_dir.filePath(QStringLiteral("library")));
    QCOMPARE(child<QTreeWidget>("archiveTree")->topLevelItemCount(), 1);
}

void tst_MainWindow::contactsFilterAsYouType_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("empty") << QString() << QStringList{QStringLiteral("Anna Berg"), QStringLiteral("Ben Okafor"),
                                                       QStringLiteral("Eva Lind")};
    QTest::newRow("family name") << QStringLiteral("okafor") << QStringList{QStringLiteral("Ben Okafor")};
    QTest::newRow("prefix") << QStringLiteral("Be") << QStringList{QStringLiteral("Anna Berg"), QStringLiteral("Ben Okafor")};
    QTest::newRow("organisation") << QStringLiteral("northwind") << QStringList{QStringLiteral("Eva Lind")};
    QTest::newRow("e-mail") << QStringLiteral("anna.berg@") << QStringList{QStringLiteral("Anna Berg")};
    QTest::newRow("nothing") << QStringLiteral("zebra") << QStringList{};
}

void tst_MainWindow::contactsFilterAsYouType()
{
    QFETCH(QString, filter);
    QFETCH(QStringList, expected);
    QVERIFY(m_window->openArchive(m_archivePath));
    auto *field = child<QLineEdit>("contactFilterField");
    auto *list = child<QListView>("contactList");
    QVERIFY(field && list);
    QTest::keyClicks(field, filter);
    QCOMPARE(columnTexts(list->model(), 0), expected);
}

void tst_MainWindow::contactCardShowsDetails()
{
    QVERIFY(m_window->openArchive(m_archivePath));
    auto *list = child<QListView>("contactList");
    auto *card = child<QTextBrowser>("contactCard");
    QVERIFY(list && card);
    list->setCurrentIndex(list->model()->index(0, 0));
    // The indexed fields at once; the whole card once the reader has parsed the stored vCard.
    QVERIFY(card->toPlainText().contains(QStringLiteral("+49 170 5550 199")));
    QTRY_VERIFY_WITH_TIMEOUT(card->toPlainText().contains(QStringLiteral("Lindenstraße 12")), 5000);
    const QString text = card->toPlainText();
    for (const QString &expected : {QStringLiteral("Anna Berg"), QStringLiteral("Mobile"),
                                    QStringLiteral("+49 170 5550 199"), QStringLiteral("Work"),
                                    QStringLiteral("+49 30 5550 456"), QStringLiteral("anna.berg@example.org"),
                                    QStringLiteral("Lindenstraße 12"), QStringLiteral("10115 Berlin"),
                                    QStringLiteral("Harbour Books"), QStringLiteral("Birthday"),
                                    QStringLiteral("1990"), QStringLiteral("Prefers calls after 6 pm.")}) {
        QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" not in: ") + text));
    }
    QVERIFY2(card->toHtml().contains(QStringLiteral("lifeboat:contact-photo")), "photo shown");

    list->setCurrentIndex(list->model()->index(1, 0));
    QTRY_VERIFY_WITH_TIMEOUT(card->toPlainText().contains(QStringLiteral("Home")), 5000);
    QVERIFY(card->toPlainText().contains(QStringLiteral("+44 20 7946 0321")));
    QVERIFY(!card->toHtml().contains(QStringLiteral("lifeboat:contact-photo")));
}

void tst_MainWindow::recurringEventOnEachDate_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QStringList>("expected");
    const QString standup = QStringLiteral("Team stand-up");
    for (int day : {2, 4, 9, 11, 16, 18, 23, 25})
        QTest::addRow("2026-11-%02d", day) << QDate(2026, 11, day) << QStringList{standup};
    // COUNT=8 ends it; the dentist and the concert are single events.
    QTest::newRow("after the count") << QDate(2026, 11, 30) << QStringList{};
    QTest::newRow("tuesday") << QDate(2026, 11, 3) << QStringList{};
    QTest::newRow("dentist") << QDate(2026, 11, 12) << QStringList{QStringLiteral("Dentist")};
    QTest::newRow("yearly birthday") << QDate(2026, 11, 20) << QStringList{QStringLiteral("Anna's birthday")};
    QTest::newRow("birthday next year") << QDate(2027, 11, 20) << QStringList{QStringLiteral("Anna's birthday")};
    QTest::newRow("concert") << QDate(2026, 11, 21) << QStringList{QStringLiteral("Concert at the Philharmonie")};
}

void tst_MainWindow::recurringEventOnEachDate()
{
    QFETCH(QDate, date);
    QFETCH(QStringList, expected);
    QVERIFY(m_window->openArchive(m_archivePath));
    auto *view = m_window->findChild<CalendarView *>();
    auto *month = child<QCalendarWidget>("monthView");
    auto *day = child<QTreeWidget>("dayEventList");
    QVERIFY(view && month && day);
    view->selectDate(date);
    QCOMPARE(month->selectedDate(), date);
    QStringList shown;
    for (int i = 0; i < day->topLevelItemCount(); ++i) {
        if (day->topLevelItem(i)->flags() != Qt::NoItemFlags)
            shown.append(day->topLevelItem(i)->text(1));
    }
    QCOMPARE(shown, expected);
    // The month view marks exactly the dates with events.
    QCOMPARE(month->dateTextFormat(date).fontWeight() == QFont::Bold, !expected.isEmpty());
}

void tst_MainWindow::agendaListsTheMonth()
{
    QVERIFY(m_window->openArchive(m_archivePath));
    auto *view = m_window->findChild<CalendarView *>();
    auto *agenda = child<QTreeWidget>("agendaList");
    QVERIFY(view && agenda);
    view->showMonth(2026, 11);
    QVERIFY(child<QLabel>("agendaTitle")->text().contains(QStringLiteral("2026")));
    QList<QDate> standups;
    QStringList summaries;
    for (int i = 0; i < agenda->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = agenda->topLevelItem(i);
        summaries.append(item->text(2));
        if (item->text(2) == QStringLiteral("Team stand-up"))
            standups.append(item->data(0, Qt::UserRole).toDate());
    }
    QCOMPARE(standups, (QList<QDate>{{2026, 11, 2}, {2026, 11, 4}, {2026, 11, 9}, {2026, 11, 11},
                                     {2026, 11, 16}, {2026, 11, 18}, {2026, 11, 23}, {2026, 11, 25}}));
    QCOMPARE(agenda->topLevelItemCount(), 8 + 3);
    QVERIFY(summaries.indexOf(QStringLiteral("Dentist")) < summaries.indexOf(QStringLiteral("Anna's birthday")));

    view->showMonth(2026, 12);
    QCOMPARE(agenda->topLevelItemCount(), 1);  // "No events this month."
    QCOMPARE(agenda->topLevelItem(0)->flags(), Qt::NoItemFlags);
}

void tst_MainWindow::todosAreSortable_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("order");
    QTest::addColumn<QStringList>("expected");
    const QString passport = QStringLiteral("Renew passport");
    const QString paint = QStringLiteral("Buy paint for the boat");
    const QString taxes = QStringLiteral("File taxes");
    QTest::newRow("summary") << 0 << int(Qt::AscendingOrder) << QStringList{paint, taxes, passport};
    QTest::newRow("due, undated last") << 1 << int(Qt::AscendingOrder) << QStringList{taxes, passport, paint};
    QTest::newRow("priority") << 3 << int(Qt::AscendingOrder) << QStringList{passport, paint, taxes};
    QTest::newRow("priority descending") << 3 << int(Qt::DescendingOrder) << QStringList{taxes, paint, passport};
}

void tst_MainWindow::todosAreSortable()
{
    QFETCH(int, column);
    QFETCH(int, order);
    QFETCH(QStringList, expected);
    QVERIFY(m_window->openArchive(m_archivePath));
    auto *table = child<QTreeView>("todoTable");
    QVERIFY(table);
    QCOMPARE(table->model()->rowCount(), 3);
    table->sortByColumn(column, Qt::SortOrder(order));
    QCOMPARE(columnTexts(table->model(), 0), expected);
    const QStringList statuses = columnTexts(table->model(), 2);
    QVERIFY(statuses.contains(QStringLiteral("Completed")));
    QVERIFY(statuses.contains(QStringLiteral("In progress")));
    QVERIFY(columnTexts(table->model(), 3).contains(QStringLiteral("High (1)")));
}

void tst_MainWindow::photosLoadThumbnailsAndFullView()
{
    QVERIFY(m_window->openArchive(m_archivePath));
    m_window->snapshotView()->showTab(SnapshotView::PhotosTab);
    auto *grid = child<QListView>("photoGrid");
    auto *view = m_window->findChild<PhotosView *>();
    QVERIFY(grid && view);
    QCOMPARE(grid->viewMode(), QListView::IconMode);
    PhotoGridModel *model = view->model();
    QCOMPARE(model->rowCount(), 4);
    // Newest first.
    QCOMPARE(columnTexts(model, 0), (QStringList{QStringLiteral("IMG_0004.jpg"), QStringLiteral("IMG_0003.jpg"),
                                                 QStringLiteral("IMG_0002.jpg"), QStringLiteral("IMG_0001.jpg")}));
    // Thumbnails arrive from the reader thread, the one without an embedded thumbnail decoded
    // from the photo itself.
    for (int row = 0; row < model->rowCount(); ++row)
        model->index(row, 0).data(Qt::DecorationRole);
    for (int row = 0; row < model->rowCount(); ++row) {
        const qint64 objectId = model->photo(row).objectId;
        QTRY_VERIFY_WITH_TIMEOUT(model->hasThumbnail(objectId), 10000);
    }

    PhotoViewer *viewer = view->openViewer(1);
    QVERIFY(viewer);
    QCOMPARE(viewer->windowTitle(), QStringLiteral("IMG_0003.jpg"));
    QTRY_VERIFY_WITH_TIMEOUT(!viewer->canvas()->image().isNull(), 10000);
    QCOMPARE(viewer->canvas()->image().size(), QSize(640, 480));
    const QString info = viewer->findChild<QLabel *>(QStringLiteral("photoInfo"))->text();
    QVERIFY2(info.contains(QStringLiteral("Taken")) && info.contains(QStringLiteral("2026")), qPrintable(info));
    QVERIFY(info.contains(QStringLiteral("640 × 480")));
}

void tst_MainWindow::searchAcrossKinds_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expectedTitle");
    QTest::newRow("contact") << QStringLiteral("Okafor") << QStringLiteral("Ben Okafor");
    QTest::newRow("event") << QStringLiteral("stand-up") << QStringLiteral("Team stand-up");
    QTest::newRow("to-do") << QStringLiteral("passport") << QStringLiteral("Renew passport");
    QTest::newRow("photo") << QStringLiteral("IMG_0004") << QStringLiteral("IMG_0004.jpg");
}

void tst_MainWindow::searchAcrossKinds()
{
    QFETCH(QString, text);
    QFETCH(QString, expectedTitle);
    QVERIFY(m_window->openArchive(m_archivePath));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    auto *tabs = child<QTabWidget>("snapshotTabs");
    auto *field = child<QLineEdit>("searchField");
    auto *results = child<QTreeWidget>("searchResults");
    QVERIFY(tabs && field && results);
    QCOMPARE(tabs->currentIndex(), int(SnapshotView::SearchTab));
    QTest::keyClicks(field, text);
    QTRY_VERIFY_WITH_TIMEOUT(results->topLevelItemCount() > 0, 5000);
    QStringList titles;
    for (int i = 0; i < results->topLevelItemCount(); ++i)
        titles.append(results->topLevelItem(i)->text(1));
    QVERIFY2(titles.contains(expectedTitle), qPrintable(titles.join(u',')));
}

void tst_MainWindow::searchHitShowsItem()
{
    QVERIFY(m_window->openArchive(m_archivePath));
    m_window->snapshotView()->startSearch();
    auto *field = child<QLineEdit>("searchField");
    auto *results = child<QTreeWidget>("searchResults");
    QTest::keyClicks(field, QStringLiteral("Okafor"));
    QTRY_VERIFY_WITH_TIMEOUT(results->topLevelItemCount() == 1, 5000);
    Q_EMIT results->itemActivated(results->topLevelItem(0), 0);
    QCOMPARE(child<QTabWidget>("snapshotTabs")->currentIndex(), int(SnapshotView::ContactsTab));
    QVERIFY(child<QTextBrowser>("contactCard")->toPlainText().contains(QStringLiteral("Ben Okafor")));
}

void tst_MainWindow::whatChangedComparesSnapshots()
{
    QVERIFY(m_window->openArchive(m_archivePath));
    m_window->snapshotView()->showTab(SnapshotView::ChangesTab);
    auto *tree = child<QTreeWidget>("diffTree");
    QVERIFY(tree);
    QTRY_VERIFY_WITH_TIMEOUT(tree->topLevelItemCount() > 0, 5000);
    QStringList texts;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        texts += treeTexts(tree->topLevelItem(i));
    const QString all = texts.join(u'\n');
    for (const QString &expected :
         {QStringLiteral("Contacts: 1 added, 1 removed, 1 changed"), QStringLiteral("Eva Lind"),
          QStringLiteral("Carl Diaz"), QStringLiteral("Anna Berg"), QStringLiteral("Events: 1 added, 0 removed, 0 changed"),
          QStringLiteral("Concert at the Philharmonie"), QStringLiteral("Photos: 1 added, 0 removed, 0 changed"),
          QStringLiteral("DCIM/Camera/IMG_0004.jpg")}) {
        QVERIFY2(all.contains(expected), qPrintable(expected + QStringLiteral(" not in:\n") + all));
    }
    QVERIFY(!all.contains(QStringLiteral("To-dos:")));

    // Any two: backwards, the other way round.
    auto *from = child<QComboBox>("diffFromCombo");
    auto *to = child<QComboBox>("diffToCombo");
    QVERIFY(from && to);
    from->setCurrentIndex(1);
    to->setCurrentIndex(0);
    QTRY_VERIFY_WITH_TIMEOUT(tree->topLevelItemCount() > 0
                                 && tree->topLevelItem(0)->text(0).startsWith(QStringLiteral("Contacts: 1 added, 1 removed")),
                             5000);
}

void tst_MainWindow::olderSnapshotIsBrowsable()
{
    QVERIFY(m_window->openArchive(m_archivePath));
    auto *tree = child<QTreeWidget>("archiveTree");
    tree->setCurrentItem(tree->topLevelItem(0)->child(1));
    QCOMPARE(m_window->snapshotView()->snapshotId(), m_built.firstSnapshot);
    QCOMPARE(columnTexts(child<QListView>("contactList")->model(), 0),
             (QStringList{QStringLiteral("Anna Berg"), QStringLiteral("Ben Okafor"), QStringLiteral("Carl Diaz")}));
    QCOMPARE(child<QTreeView>("todoTable")->model()->rowCount(), 3);
    QCOMPARE(m_window->findChild<PhotosView *>()->model()->rowCount(), 3);
    // The first snapshot has nothing before it.
    QVERIFY(child<QLabel>("diffSummary")->text().contains(QStringLiteral("first snapshot")));
}

void tst_MainWindow::brokenArchivesExplainWhatToDo_data()
{
    QTest::addColumn<QByteArray>("kind");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("phrase");
    QTest::newRow("not a database") << QByteArray("garbage") << int(ErrorCode::Archive) << QStringLiteral("not a Lifeboat archive");
    QTest::newRow("newer Lifeboat") << QByteArray("newer") << int(ErrorCode::NewerArchive) << QStringLiteral("Update Lifeboat");
    QTest::newRow("missing") << QByteArray("missing") << -1 << QString();
}

void tst_MainWindow::brokenArchivesExplainWhatToDo()
{
    QFETCH(QByteArray, kind);
    QFETCH(int, code);
    QFETCH(QString, phrase);
    const QString path = m_dir.filePath(QStringLiteral("broken-%1.lifeboat").arg(QString::fromLatin1(kind)));
    QFile::remove(path);
    if (kind == "garbage") {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
    } else if (kind == "newer") {
        QVERIFY(QFile::copy(m_archivePath, path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        // SQLite's header keeps PRAGMA user_version big-endian at offset 60.
        QVERIFY(file.seek(60));
        file.write(QByteArray::fromHex("00007fff"));
    }
    QVERIFY(!m_window->openArchive(path));
    QCOMPARE(m_errors.size(), 1);
    QVERIFY(!m_errors.constFirst().message().isEmpty());
    if (code >= 0) {
        QCOMPARE(int(m_errors.constFirst().code()), code);
        QVERIFY2(m_errors.constFirst().message().contains(phrase), qPrintable(m_errors.constFirst().message()));
    }
    // The window still says what to do.
    QCOMPARE(child<QLabel>("mainMessage")->text(), MainWindow::libraryEmptyMessage());
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
