#pragma once

#include "common/Error.h"

#include <QString>

class QWidget;

namespace Lifeboat {

// The seam through which windows tell the user about a failure or ask before something that
// cannot be undone. The application shows a message box; tests record what would have been
// shown, and answer, instead of blocking on a modal dialog.
class MessagePresenter
{
public:
    virtual ~MessagePresenter() = default;
    virtual void showError(QWidget *parent, const QString &title, const Error &error);
    // True when the user chose `proceed`; `stay` is the safe default (Esc, Enter).
    virtual bool confirm(QWidget *parent, const QString &title, const QString &question,
                         const QString &proceed, const QString &stay);
};

} // namespace Lifeboat
