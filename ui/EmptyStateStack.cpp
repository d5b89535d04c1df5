#include "ui/EmptyStateStack.h"

#include <QLabel>

namespace Lifeboat {

EmptyStateStack::EmptyStateStack(QWidget *content, const QString &objectName, QWidget *parent)
    : QStackedWidget(parent)
    , m_label(new QLabel(this))
{
    setObjectName(objectName);
    m_label->setObjectName(objectName + QStringLiteral("Message"));
    m_label->setAlignment(Qt::AlignCenter);
    m_label->setWordWrap(true);
    m_label->setMargin(24);
    m_label->setForegroundRole(QPalette::PlaceholderText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    addWidget(content);
    addWidget(m_label);
}

void EmptyStateStack::showMessage(const QString &message)
{
    m_label->setText(message);
    m_label->setAccessibleName(message);
    setCurrentWidget(m_label);
}

void EmptyStateStack::showContent()
{
    setCurrentIndex(0);
}

bool EmptyStateStack::isShowingMessage() const
{
    return currentWidget() == m_label;
}

QString EmptyStateStack::message() const
{
    return m_label->text();
}

} // namespace Lifeboat
