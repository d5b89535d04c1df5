#pragma once

#include "common/Error.h"
#include "ui/MessagePresenter.h"

#include <QList>

namespace Lifeboat::TestSupport {

// Keeps the errors the window would show in a message box, for a GUI test to check, and shows
// nothing (a modal box would stop the test).
class RecordingPresenter : public MessagePresenter
{
public:
    // `errors` must outlive the presenter (the window owns it and may outlive the test's use).
    explicit RecordingPresenter(QList<Error> *errors) : m_errors(errors) {}
    void showError(QWidget *, const QString &, const Error &error) override { m_errors->append(error); }

private:
    QList<Error> *m_errors;
};

} // namespace Lifeboat::TestSupport
