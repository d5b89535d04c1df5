#include "ui/photos/PhotoGridModel.h"

#include "ui/browse/ArchiveReader.h"

#include <QApplication>
#include <QIcon>
#include <QLocale>
#include <QPainter>
#include <QPalette>
#include <QStyle>

#include <algorithm>

namespace Lifeboat {

PhotoGridModel::PhotoGridModel(ArchiveReader *reader, QObject *parent)
    : QAbstractListModel(parent)
    , m_reader(reader)
    , m_cache(CacheCostLimitKiB)
{
    connect(reader, &ArchiveReader::thumbnailLoaded, this, &PhotoGridModel::thumbnailLoaded);
    connect(reader, &ArchiveReader::thumbnailsDropped, this, &PhotoGridModel::thumbnailsDropped);
}

void PhotoGridModel::setPhotos(QList<IndexedPhoto> photos)
{
    std::stable_sort(photos.begin(), photos.end(), [](const IndexedPhoto &a, const IndexedPhoto &b) {
        const QDateTime &left = a.item.taken.isValid() ? a.item.taken : a.item.modified;
        const QDateTime &right = b.item.taken.isValid() ? b.item.taken : b.item.modified;
        return left > right;
    });
    beginResetModel();
    m_photos = std::move(photos);
    m_rows.clear();
    m_rows.reserve(m_photos.size());
    for (int row = 0; row < m_photos.size(); ++row)
        m_rows.insert(m_photos.at(row).objectId, row);
    m_cache.clear();
    m_requested.clear();
    m_unavailable.clear();
    endResetModel();
}

int PhotoGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_photos.size());
}

QPixmap PhotoGridModel::placeholder(bool unavailable) const
{
    QPixmap &pixmap = unavailable ? m_unavailablePixmap : m_loadingPixmap;
    if (!pixmap.isNull())
        return pixmap;
    pixmap = QPixmap(m_iconSize * m_devicePixelRatio);
    pixmap.setDevicePixelRatio(m_devicePixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    const QPalette palette = QApplication::palette();
    const QRectF frame(QPointF(0, 0), QSizeF(m_iconSize));
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(palette.color(QPalette::AlternateBase));
    painter.drawRoundedRect(frame.adjusted(4, 4, -4, -4), 6, 6);
    if (unavailable) {
        const QIcon icon = QApplication::style()->standardIcon(QStyle::SP_FileIcon);
        const int edge = m_iconSize.width() / 3;
        icon.paint(&painter, QRect(QPoint((m_iconSize.width() - edge) / 2, (m_iconSize.height() - edge) / 2),
                                   QSize(edge, edge)));
    }
    return pixmap;
}

QVariant PhotoGridModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_photos.size())
        return {};
    const IndexedPhoto &entry = m_photos.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return entry.item.name;
    case Qt::AccessibleTextRole:
    case Qt::ToolTipRole: {
        const QDateTime taken = entry.item.taken.isValid() ? entry.item.taken : entry.item.modified;
        return tr("%1, taken %2").arg(entry.item.name,
                                      QLocale().toString(taken.toLocalTime(), QLocale::ShortFormat));
    }
    case Qt::DecorationRole: {
        if (const QPixmap *cached = m_cache.object(entry.objectId))
            return *cached;
        if (m_unavailable.contains(entry.objectId))
            return placeholder(true);
        if (!m_requested.contains(entry.objectId) && m_reader) {
            m_requested.insert(entry.objectId);
            m_reader->requestThumbnail(entry.objectId);
        }
        return placeholder(false);
    }
    case ObjectIdRole:
        return entry.objectId;
    default:
        return {};
    }
}

void PhotoGridModel::thumbnailLoaded(qint64 objectId, const QImage &image)
{
    if (!m_requested.remove(objectId))
        return;  // for another snapshot or archive
    const int row = m_rows.value(objectId, -1);
    if (row < 0)
        return;
    if (image.isNull()) {
        m_unavailable.insert(objectId);
    } else {
        QImage scaled = image.scaled(m_iconSize * m_devicePixelRatio, Qt::KeepAspectRatio,
                                     Qt::SmoothTransformation);
        auto *pixmap = new QPixmap(QPixmap::fromImage(std::move(scaled)));
        pixmap->setDevicePixelRatio(m_devicePixelRatio);
        const int costKiB = std::max(1, int(pixmap->width() * pixmap->height() * 4 / 1024));
        m_cache.insert(objectId, pixmap, costKiB);
    }
    const QModelIndex changed = index(row, 0);
    Q_EMIT dataChanged(changed, changed, {Qt::DecorationRole});
}

void PhotoGridModel::thumbnailsDropped(const QList<qint64> &objectIds)
{
    // Scrolled past before they were loaded; asked again if they come back into view.
    for (qint64 objectId : objectIds)
        m_requested.remove(objectId);
}

} // namespace Lifeboat
