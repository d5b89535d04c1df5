#pragma once

#include "model/archive/ArchiveTypes.h"

#include <QDialog>
#include <QPointer>

class QLabel;

namespace Lifeboat {

class ArchiveReader;
class PhotoCanvas;

// A photo at full size, decoded from the archive's copy of the original file on the reader's
// thread, with the date it was taken. Non-modal; it closes with Escape.
class PhotoViewer : public QDialog
{
    Q_OBJECT
public:
    PhotoViewer(ArchiveReader *reader, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(PhotoViewer)

    void showPhoto(const IndexedPhoto &photo);
    qint64 objectId() const { return m_objectId; }
    PhotoCanvas *canvas() const { return m_canvas; }

Q_SIGNALS:
    void photoShown(qint64 objectId);

private:
    QPointer<ArchiveReader> m_reader;
    PhotoCanvas *m_canvas;
    QLabel *m_info;
    quint64 m_request = 0;
    qint64 m_objectId = 0;
};

} // namespace Lifeboat
