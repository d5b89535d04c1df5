#pragma once

#include "model/archive/ArchiveTypes.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QListView;

namespace Lifeboat {

class ArchiveReader;
class EmptyStateStack;
class PhotoGridModel;
class PhotoViewer;

// The photos tab: a grid of thumbnails loaded lazily; double-click or Enter opens the photo.
class PhotosView : public QWidget
{
    Q_OBJECT
public:
    explicit PhotosView(ArchiveReader *reader, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(PhotosView)

    void setPhotos(QList<IndexedPhoto> photos);
    bool showPhoto(qint64 objectId);
    PhotoViewer *openViewer(int row);
    PhotoGridModel *model() const { return m_model; }

private:
    ArchiveReader *m_reader;
    PhotoGridModel *m_model;
    QListView *m_grid;
    QLabel *m_summary;
    EmptyStateStack *m_stack;
    QPointer<PhotoViewer> m_viewer;
};

} // namespace Lifeboat
