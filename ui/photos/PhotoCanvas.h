#pragma once

#include <QImage>
#include <QWidget>

namespace Lifeboat {

// Paints one image as large as fits, keeping its proportions, centred on the window colour.
class PhotoCanvas : public QWidget
{
    Q_OBJECT
public:
    explicit PhotoCanvas(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(PhotoCanvas)

    void setImage(const QImage &image);
    void setMessage(const QString &message);
    const QImage &image() const { return m_image; }
    QString message() const { return m_message; }

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QImage m_image;
    QString m_message;
};

} // namespace Lifeboat
