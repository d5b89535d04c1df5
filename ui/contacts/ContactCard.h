#pragma once

#include "model/items/Contact.h"

#include <QImage>
#include <QTextBrowser>

namespace Lifeboat {

// Everything a person wants to see of one contact: photo, numbers with their types, e-mails,
// addresses, organisation, birthday and note. Rich text, so it follows the palette and the
// user's font, and can be selected and copied.
class ContactCard : public QTextBrowser
{
    Q_OBJECT
public:
    explicit ContactCard(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ContactCard)

    void showContact(const Contact &contact);
    void clearContact();

    // "Mobile", "Work fax", or the handset's own label.
    static QString typeLabel(const QStringList &types, const QString &label);

    static constexpr qsizetype MaxPhotoBytes = 4 << 20;

protected:
    QVariant loadResource(int type, const QUrl &name) override;

private:
    void setPhoto(const Contact &contact);

    QUrl photoUrl() const;

    QImage m_photo;
    quint64 m_photoSerial = 0;
};

} // namespace Lifeboat
