#pragma once

#include "model/archive/ArchiveTypes.h"

#include <QAbstractListModel>
#include <QCache>
#include <QHash>
#include <QPixmap>
#include <QPointer>
#include <QSet>

namespace Lifeboat {

class ArchiveReader;

// The photos of one snapshot, newest first, for a QListView in icon mode. A thumbnail is asked
// of the reader only when the view paints its item, and kept in a bounded cache, so tens of
// thousands of photos cost no more than the ones on screen.
class PhotoGridModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { ObjectIdRole = Qt::UserRole + 1 };

    explicit PhotoGridModel(ArchiveReader *reader, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(PhotoGridModel)

    void setPhotos(QList<IndexedPhoto> photos);
    const IndexedPhoto &photo(int row) const { return m_photos.at(row); }
    int rowOfObject(qint64 objectId) const { return m_rows.value(objectId, -1); }
    bool hasThumbnail(qint64 objectId) const { return m_cache.contains(objectId); }

    void setIconSize(QSize size) { m_iconSize = size; }
    void setDevicePixelRatio(qreal ratio) { m_devicePixelRatio = ratio; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

    static constexpr int CacheCostLimitKiB = 96 * 1024;

private:
    void thumbnailLoaded(qint64 objectId, const QImage &image);
    void thumbnailsDropped(const QList<qint64> &objectIds);
    QPixmap placeholder(bool unavailable) const;

    QPointer<ArchiveReader> m_reader;
    QList<IndexedPhoto> m_photos;
    QHash<qint64, int> m_rows;
    mutable QCache<qint64, QPixmap> m_cache;
    mutable QSet<qint64> m_requested;
    QSet<qint64> m_unavailable;
    QSize m_iconSize{128, 128};
    qreal m_devicePixelRatio = 1.0;
    mutable QPixmap m_loadingPixmap;
    mutable QPixmap m_unavailablePixmap;
};

} // namespace Lifeboat
