#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class QWidget;

namespace Lifeboat {

class MainWindow;

// For the documentation only (`lifeboat --screenshot DIR`): walks through the main views of the
// window and saves each as DIR/<name>.png with QWidget::grab, then quits. Steps are spaced by
// timers so that thumbnails and searches finish on the reader's thread first.
class ScreenshotTour : public QObject
{
    Q_OBJECT
public:
    ScreenshotTour(MainWindow *window, QString directory, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ScreenshotTour)

    void setSearchText(const QString &text) { m_searchText = text; }
    void start();

Q_SIGNALS:
    void finished(bool ok);

private:
    using Step = std::function<void()>;
    void runNext();
    void save(QWidget *widget, const QString &name);
    // Holds the tour until `condition` is true (checked every step delay), at most `attempts` times.
    void waitFor(std::function<bool()> condition, int attempts = 30);
    void addHandsetSteps();

    QPointer<MainWindow> m_window;
    QString m_directory;
    QString m_searchText = QStringLiteral("Anna");
    QList<Step> m_steps;
    bool m_ok = true;
    static constexpr int StepDelayMs = 900;
};

} // namespace Lifeboat
