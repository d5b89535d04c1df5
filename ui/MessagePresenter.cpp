#include "ui/MessagePresenter.h"

#include "ui/UiLog.h"

#include <QMessageBox>
#include <QPushButton>

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

bool MessagePresenter::confirm(QWidget *parent, const QString &title, const QString &question,
                               const QString &proceed, const QString &stay)
{
    // Modal, and answered before the caller goes on: it decides whether the caller may.
    QMessageBox box(QMessageBox::Question, title, question, QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("confirmMessageBox"));
    QPushButton *yes = box.addButton(proceed, QMessageBox::DestructiveRole);
    QPushButton *no = box.addButton(stay, QMessageBox::RejectRole);
    box.setDefaultButton(no);
    box.setEscapeButton(no);
    box.exec();
    const bool proceeding = box.clickedButton() == yes;
    qCInfo(lcUi).noquote() << title << (proceeding ? "confirmed" : "declined");
    return proceeding;
}

} // namespace Lifeboat
