#include "ui/search/SearchView.h"

#include "ui/KindText.h"
#include "ui/browse/ArchiveReader.h"
#include "ui/search/SnippetDelegate.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Lifeboat {

SearchView::SearchView(ArchiveReader *reader, QWidget *parent)
    : QWidget(parent)
    , m_reader(reader)
    , m_field(new QLineEdit(this))
    , m_results(new QTreeWidget(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("searchView"));
    m_field->setObjectName(QStringLiteral("searchField"));
    m_field->setAccessibleName(tr("Search this snapshot"));
    m_field->setPlaceholderText(tr("Search contacts, events, to-dos and photos (Ctrl+F)"));
    m_field->setClearButtonEnabled(true);

    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setAccessibleName(tr("Search results"));
    m_results->setHeaderLabels({tr("Kind"), tr("Item"), tr("Match")});
    m_results->setRootIsDecorated(false);
    m_results->setUniformRowHeights(true);
    m_results->setAlternatingRowColors(true);
    m_results->header()->setStretchLastSection(true);
    m_results->setItemDelegateForColumn(2, new SnippetDelegate(m_results));

    m_status->setObjectName(QStringLiteral("searchStatus"));
    m_status->setText(tr("Type a name, number, place or word. Press Enter on a result to show it."));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_field);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_status);

    m_typingPause.setSingleShot(true);
    m_typingPause.setInterval(TypingPauseMs);
    connect(&m_typingPause, &QTimer::timeout, this, &SearchView::searchNow);
    connect(m_field, &QLineEdit::textChanged, this, [this] { m_typingPause.start(); });
    connect(m_field, &QLineEdit::returnPressed, this, &SearchView::searchNow);

    connect(reader, &ArchiveReader::searchFinished, this,
            [this](quint64 request, const QList<SearchHit> &hits) {
                if (request == m_request)
                    showHits(hits);
            });
    connect(reader, &ArchiveReader::requestFailed, this, [this](quint64 request, const QString &message) {
        if (request != m_request)
            return;
        m_results->clear();
        m_hits.clear();
        m_status->setText(tr("The search failed: %1").arg(message));
        Q_EMIT searchFinished();
    });
    connect(m_results, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const int index = item->data(0, Qt::UserRole).toInt();
        if (index >= 0 && index < m_hits.size())
            Q_EMIT hitActivated(m_hits.at(index));
    });
}

void SearchView::setSnapshot(qint64 snapshotId)
{
    m_snapshotId = snapshotId;
    if (!m_field->text().trimmed().isEmpty())
        searchNow();
}

void SearchView::focusSearchField()
{
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
}

void SearchView::searchNow()
{
    m_typingPause.stop();
    const QString text = m_field->text().trimmed();
    if (text.isEmpty() || m_snapshotId == 0) {
        m_request = 0;
        m_results->clear();
        m_hits.clear();
        m_status->clear();
        return;
    }
    m_status->setText(tr("Searching…"));
    m_request = m_reader->search(m_snapshotId, text);
}

void SearchView::showHits(const QList<SearchHit> &hits)
{
    m_hits = hits;
    m_results->clear();
    QList<QTreeWidgetItem *> items;
    items.reserve(hits.size());
    for (int i = 0; i < hits.size(); ++i) {
        const SearchHit &hit = hits.at(i);
        auto *item = new QTreeWidgetItem({KindText::singular(hit.kind), hit.title, hit.snippet});
        item->setData(0, Qt::UserRole, i);
        item->setToolTip(2, hit.snippet);
        items.append(item);
    }
    m_results->addTopLevelItems(items);
    m_results->resizeColumnToContents(0);
    m_results->setColumnWidth(1, std::max(m_results->columnWidth(1), fontMetrics().averageCharWidth() * 28));
    m_status->setText(hits.isEmpty() ? tr("Nothing found. Try fewer or shorter words.")
                     : hits.size() == 1 ? tr("1 result. Press Enter or double-click to show it.")
                                        : tr("%1 results. Press Enter or double-click to show one.")
                                              .arg(hits.size()));
    Q_EMIT searchFinished();
}

} // namespace Lifeboat
