#include "ui/handsets/HandsetsPane.h"

#include "app/HandsetWatcher.h"

#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace Lifeboat {

HandsetsPane::HandsetsPane(HandsetWatcher *watcher, QWidget *parent)
    : QWidget(parent)
    , m_watcher(watcher)
    , m_list(new QListWidget(this))
    , m_empty(new QLabel(this))
    , m_backUp(new QPushButton(tr("&Back Up Now"), this))
{
    setObjectName(QStringLiteral("handsetsPane"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *title = new QLabel(tr("Handsets"), this);
    title->setObjectName(QStringLiteral("handsetsTitle"));
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    title->setBuddy(m_list);
    title->setContentsMargins(4, 4, 4, 0);

    m_list->setObjectName(QStringLiteral("handsetList"));
    m_list->setAccessibleName(tr("Handsets"));
    m_list->setAccessibleDescription(tr("Connected handsets, their state and their last backup"));
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideNone);
    m_list->setUniformItemSizes(false);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setIconSize(QSize(32, 32));
    m_list->setSpacing(2);

    m_empty->setObjectName(QStringLiteral("handsetsEmptyLabel"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_empty->setContentsMargins(6, 6, 6, 6);
    m_empty->setText(tr("No handset connected. Connect one with its USB cable, unlock it and choose "
                        "\"File transfer\" — or try Lifeboat with the demo handset "
                        "(Handset > Use Demo Handset)."));
    m_empty->setAccessibleName(m_empty->text());

    m_backUp->setObjectName(QStringLiteral("backUpNowButton"));
    m_backUp->setAccessibleName(tr("Back up the selected handset now"));
    m_backUp->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));

    layout->addWidget(title);
    layout->addWidget(m_empty, 1);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_backUp);

    connect(m_backUp, &QPushButton::clicked, this, [this] {
        const QString key = currentKey();
        if (!key.isEmpty())
            Q_EMIT backUpRequested(key);
    });
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const auto status = m_watcher->handset(item->data(KeyRole).toString());
        if (!status)
            return;
        if (status->canBackUp() && !m_backupRunning)
            Q_EMIT backUpRequested(status->key);
        else if (status->state == HandsetStatus::State::Unavailable)
            m_watcher->refresh(status->key);  // "try again", after the user did what it said
    });
    connect(m_list, &QListWidget::currentItemChanged, this, [this] {
        updateControls();
        Q_EMIT currentHandsetChanged();
    });
    connect(watcher, &HandsetWatcher::handsetAdded, this, &HandsetsPane::handsetAdded);
    connect(watcher, &HandsetWatcher::handsetChanged, this, &HandsetsPane::handsetChanged);
    connect(watcher, &HandsetWatcher::handsetRemoved, this, &HandsetsPane::handsetRemoved);
    const QList<HandsetStatus> known = watcher->handsets();
    for (const HandsetStatus &status : known)
        handsetAdded(status.key);
    updateControls();
}

QString HandsetsPane::currentKey() const
{
    if (QListWidgetItem *item = m_list->currentItem())
        return item->data(KeyRole).toString();
    if (m_list->count() == 1)
        return m_list->item(0)->data(KeyRole).toString();
    return {};
}

void HandsetsPane::selectHandset(const QString &key)
{
    if (QListWidgetItem *item = itemFor(key))
        m_list->setCurrentItem(item);
}

void HandsetsPane::setBackupRunning(bool running)
{
    m_backupRunning = running;
    updateControls();
}

QListWidgetItem *HandsetsPane::itemFor(const QString &key) const
{
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(KeyRole).toString() == key)
            return m_list->item(i);
    }
    return nullptr;
}

void HandsetsPane::handsetAdded(const QString &key)
{
    const auto status = m_watcher->handset(key);
    if (!status || itemFor(key))
        return;
    auto *item = new QListWidgetItem(m_list);
    item->setData(KeyRole, key);
    showStatus(item, *status);
    if (!m_list->currentItem())
        m_list->setCurrentItem(item);
    updateControls();
}

void HandsetsPane::handsetChanged(const QString &key)
{
    const auto status = m_watcher->handset(key);
    QListWidgetItem *item = itemFor(key);
    if (!status || !item)
        return;
    showStatus(item, *status);
    updateControls();
}

void HandsetsPane::handsetRemoved(const QString &key)
{
    delete itemFor(key);
    updateControls();
    Q_EMIT currentHandsetChanged();
}

void HandsetsPane::showStatus(QListWidgetItem *item, const HandsetStatus &status)
{
    QStringList lines{status.name, status.stateText};
    if (!status.lastBackupText.isEmpty() && status.state != HandsetStatus::State::BackingUp)
        lines.append(status.lastBackupText);
    if (!status.note.isEmpty())
        lines.append(status.note);
    const QString text = lines.join(u'\n');
    item->setText(text);
    item->setData(Qt::AccessibleTextRole, lines.join(QStringLiteral(". ")));
    item->setToolTip(status.detail);

    QStyle::StandardPixmap icon = QStyle::SP_DriveHDIcon;
    switch (status.state) {
    case HandsetStatus::State::Locked:
    case HandsetStatus::State::Busy:
    case HandsetStatus::State::NoPermission:
    case HandsetStatus::State::Unavailable:
        icon = QStyle::SP_MessageBoxWarning;
        break;
    case HandsetStatus::State::BackingUp:
        icon = QStyle::SP_BrowserReload;
        break;
    case HandsetStatus::State::Probing:
    case HandsetStatus::State::Ready:
        // A gentle reminder when the last backup is old; a handset otherwise.
        icon = status.identity && status.backupIsOld ? QStyle::SP_MessageBoxInformation
                                                     : QStyle::SP_DriveHDIcon;
        break;
    }
    item->setIcon(style()->standardIcon(icon));
}

void HandsetsPane::updateControls()
{
    m_empty->setVisible(m_list->count() == 0);
    m_list->setVisible(m_list->count() > 0);
    m_backUp->setVisible(m_list->count() > 0);
    const auto status = m_watcher->handset(currentKey());
    m_backUp->setEnabled(!m_backupRunning && status && status->canBackUp());
}

} // namespace Lifeboat
