#pragma once

#include "common/Error.h"
#include "ui/MessagePresenter.h"

#include <QList>
#include <QStringList>

namespace Lifeboat::TestSupport {

// Keeps the errors the window would show in a message box and the questions it would ask, for
// a GUI test to check, and shows nothing (a modal box would stop the test). Questions are
// answered with `answer`: false, the safe choice, unless the test says otherwise.
class RecordingPresenter : public MessagePresenter
{
public:
    // `errors` (and `questions`) must outlive the presenter: the window owns it.
    explicit RecordingPresenter(QList<Error> *errors, QStringList *questions = nullptr,
                                const bool *answer = nullptr)
        : m_errors(errors), m_questions(questions), m_answer(answer)
    {}
    void showError(QWidget *, const QString &, const Error &error) override { m_errors->append(error); }
    bool confirm(QWidget *, const QString &, const QString &question, const QString &,
                 const QString &) override
    {
        if (m_questions)
            m_questions->append(question);
        return m_answer && *m_answer;
    }

private:
    QList<Error> *m_errors;
    QStringList *m_questions;
    const bool *m_answer;
};

} // namespace Lifeboat::TestSupport
