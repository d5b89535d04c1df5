#pragma once

#include <QMainWindow>

namespace Lifeboat {

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(MainWindow)
};

} // namespace Lifeboat
