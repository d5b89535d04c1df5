#include "ui/photos/PhotoViewer.h"

#include "ui/browse/ArchiveReader.h"
#include "ui/photos/PhotoCanvas.h"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace Lifeboat {

PhotoViewer::PhotoViewer(ArchiveReader *reader, QWidget *parent)
    : QDialog(parent)
    , m_reader(reader)
    , m_canvas(new PhotoCanvas(this))
    , m_info(new QLabel(this))
{
    setObjectName(QStringLiteral("photoViewer"));
    setAccessibleName(tr("Photo viewer"));
    m_info->setObjectName(QStringLiteral("photoInfo"));
    m_info->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_info->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_canvas, 1);
    layout->addWidget(m_info);
    resize(900, 700);

    connect(reader, &ArchiveReader::photoLoaded, this, [this](quint64 request, const QImage &image) {
        if (request != m_request)
            return;
        m_canvas->setImage(image);
        Q_EMIT photoShown(m_objectId);
    });
    connect(reader, &ArchiveReader::requestFailed, this, [this](quint64 request, const QString &message) {
        if (request == m_request)
            m_canvas->setMessage(message);
    });
}

void PhotoViewer::showPhoto(const IndexedPhoto &photo)
{
    m_objectId = photo.objectId;
    const Photo &item = photo.item;
    setWindowTitle(item.name);
    m_canvas->setMessage(tr("Loading %1…").arg(item.name));
    const QLocale locale;
    QStringList parts;
    if (item.taken.isValid())
        parts.append(tr("Taken %1").arg(locale.toString(item.taken.toLocalTime(), QLocale::LongFormat)));
    else if (item.modified.isValid())
        parts.append(tr("Saved on the handset %1").arg(locale.toString(item.modified.toLocalTime(), QLocale::LongFormat)));
    if (item.width > 0 && item.height > 0)
        parts.append(tr("%1 × %2 pixels").arg(item.width).arg(item.height));
    parts.append(locale.formattedDataSize(qint64(item.size)));
    parts.append(item.path.isEmpty() ? item.name : item.path);
    m_info->setText(parts.join(QStringLiteral(" · ")));
    if (m_reader)
        m_request = m_reader->loadPhoto(photo.objectId);
}

} // namespace Lifeboat
