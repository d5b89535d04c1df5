#include "ui/photos/PhotoCanvas.h"

#include <QPainter>

namespace Lifeboat {

PhotoCanvas::PhotoCanvas(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("photoCanvas"));
    setAccessibleName(tr("Photo"));
    setBackgroundRole(QPalette::Window);
    setAutoFillBackground(true);
    setMinimumSize(160, 120);
}

void PhotoCanvas::setImage(const QImage &image)
{
    m_image = image;
    m_message.clear();
    update();
}

void PhotoCanvas::setMessage(const QString &message)
{
    m_image = QImage();
    m_message = message;
    setAccessibleDescription(message);
    update();
}

QSize PhotoCanvas::sizeHint() const
{
    return QSize(800, 600);
}

void PhotoCanvas::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    if (m_image.isNull()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect().adjusted(12, 12, -12, -12), Qt::AlignCenter | Qt::TextWordWrap, m_message);
        return;
    }
    const QSizeF imageSize = QSizeF(m_image.size()) / m_image.devicePixelRatio();
    QSizeF target = imageSize;
    if (target.width() > width() || target.height() > height())
        target = imageSize.scaled(QSizeF(size()), Qt::KeepAspectRatio);
    const QRectF area(QPointF((width() - target.width()) / 2, (height() - target.height()) / 2), target);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.drawImage(area, m_image);
}

} // namespace Lifeboat
