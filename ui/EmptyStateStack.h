#pragma once

#include <QStackedWidget>

class QLabel;

namespace Lifeboat {

// Shows either a view or, while there is nothing to show, a sentence that says what to do.
class EmptyStateStack : public QStackedWidget
{
    Q_OBJECT
public:
    EmptyStateStack(QWidget *content, const QString &objectName, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(EmptyStateStack)

    void showMessage(const QString &message);
    void showContent();
    bool isShowingMessage() const;
    QString message() const;

private:
    QLabel *m_label;
};

} // namespace Lifeboat
