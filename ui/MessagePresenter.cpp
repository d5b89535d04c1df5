#include "ui/MessagePresenter.h"

#include "ui/UiLog.h"

#include <QMessageBox>

namespace Lifeboat {

void MessagePresenter::showError(QWidget *parent, const QString &title, const Error &error)
{
    qCWarning(lcUi).noquote() << title << error.toString();
    // Window-modal and asynchronous: no nested event loop.
    auto *box = new QMessageBox(QMessageBox::Warning, title, error.message(), QMessageBox::Ok, parent);
    box->setObjectName(QStringLiteral("errorMessageBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    if (!error.detail().isEmpty())
        box->setDetailedText(error.detail());
    box->open();
}

} // namespace Lifeboat
