#include "ui/photos/PhotosView.h"

#include "ui/EmptyStateStack.h"
#include "ui/browse/ArchiveReader.h"
#include "ui/photos/PhotoGridModel.h"
#include "ui/photos/PhotoViewer.h"

#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QVBoxLayout>

namespace Lifeboat {

PhotosView::PhotosView(ArchiveReader *reader, QWidget *parent)
    : QWidget(parent)
    , m_reader(reader)
    , m_model(new PhotoGridModel(reader, this))
    , m_grid(new QListView(this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("photosView"));
    const int edge = std::max(96, fontMetrics().height() * 7);
    const QSize iconSize(edge, edge);
    m_model->setIconSize(iconSize);
    m_model->setDevicePixelRatio(devicePixelRatioF());

    m_grid->setObjectName(QStringLiteral("photoGrid"));
    m_grid->setAccessibleName(tr("Photos"));
    m_grid->setViewMode(QListView::IconMode);
    m_grid->setIconSize(iconSize);
    m_grid->setGridSize(QSize(edge + 16, edge + fontMetrics().height() * 2));
    m_grid->setUniformItemSizes(true);
    m_grid->setResizeMode(QListView::Adjust);
    m_grid->setMovement(QListView::Static);
    m_grid->setLayoutMode(QListView::Batched);
    m_grid->setBatchSize(400);
    m_grid->setWordWrap(false);
    m_grid->setTextElideMode(Qt::ElideMiddle);
    m_grid->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_grid->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_grid->setModel(m_model);

    m_summary->setObjectName(QStringLiteral("photoSummary"));

    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_grid, 1);
    contentLayout->addWidget(m_summary);

    m_stack = new EmptyStateStack(content, QStringLiteral("photosStack"), this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stack);

    connect(m_grid, &QListView::activated, this, [this](const QModelIndex &index) { openViewer(index.row()); });
}

void PhotosView::setPhotos(QList<IndexedPhoto> photos)
{
    quint64 bytes = 0;
    for (const IndexedPhoto &photo : std::as_const(photos))
        bytes += photo.item.size;
    m_model->setPhotos(std::move(photos));
    const int count = m_model->rowCount();
    if (count == 0) {
        m_stack->showMessage(tr("This snapshot holds no photos."));
        return;
    }
    m_stack->showContent();
    const QString size = QLocale().formattedDataSize(qint64(bytes));
    m_summary->setText(count == 1 ? tr("1 photo, %1. Double-click it to see it at full size.").arg(size)
                                  : tr("%1 photos, %2. Double-click a photo to see it at full size.")
                                        .arg(QLocale().toString(count), size));
}

bool PhotosView::showPhoto(qint64 objectId)
{
    const int row = m_model->rowOfObject(objectId);
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row, 0);
    m_grid->setCurrentIndex(index);
    m_grid->scrollTo(index);
    return true;
}

PhotoViewer *PhotosView::openViewer(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return nullptr;
    if (!m_viewer) {
        m_viewer = new PhotoViewer(m_reader, this);
        m_viewer->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_viewer->showPhoto(m_model->photo(row));
    m_viewer->show();
    m_viewer->raise();
    m_viewer->activateWindow();
    return m_viewer;
}

} // namespace Lifeboat
