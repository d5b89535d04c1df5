#include "ui/MainWindow.h"

#include <QLabel>

namespace Lifeboat {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Lifeboat"));
    auto *placeholder = new QLabel(tr("Connect a handset to back it up."), this);
    placeholder->setAlignment(Qt::AlignCenter);
    setCentralWidget(placeholder);
    resize(960, 640);
}

} // namespace Lifeboat
