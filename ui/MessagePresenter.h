#pragma once

#include "common/Error.h"

#include <QString>

class QWidget;

namespace Lifeboat {

// The seam through which windows tell the user about a failure. The application shows a
// message box; tests record what would have been shown instead of blocking on a modal dialog.
class MessagePresenter
{
public:
    virtual ~MessagePresenter() = default;
    virtual void showError(QWidget *parent, const QString &title, const Error &error);
};

} // namespace Lifeboat
