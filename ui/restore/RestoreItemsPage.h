#pragma once

#include "model/items/ItemKind.h"

#include <QMap>
#include <QWizardPage>

class QCheckBox;
class QLineEdit;
class QListWidget;
class QRadioButton;

namespace Lifeboat {

class RestoreWizard;

// What to restore: whole kinds, or items picked from a searchable checklist of the snapshot.
class RestoreItemsPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit RestoreItemsPage(RestoreWizard *wizard);
    Q_DISABLE_COPY_MOVE(RestoreItemsPage)

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void fillItems();
    void applyFilter(const QString &text);
    void setShownChecked(bool checked);
    void updateEnabled();
    QList<qint64> checkedItems() const;

    RestoreWizard *m_wizard;
    QRadioButton *m_wholeKinds;
    QRadioButton *m_pickedItems;
    QMap<ItemKind, QCheckBox *> m_kinds;
    QLineEdit *m_filter;
    QListWidget *m_items;
    qint64 m_filledFor = -1;
};

} // namespace Lifeboat
