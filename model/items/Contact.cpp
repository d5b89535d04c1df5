#include "model/items/Contact.h"

namespace Lifeboat {

QString Contact::displayName() const
{
    if (!formattedName.trimmed().isEmpty())
        return formattedName.trimmed();
    const QStringList parts = QStringList{name.prefixes, name.given, name.additional, name.family,
                                          name.suffixes};
    QStringList present;
    for (const QString &part : parts) {
        if (!part.trimmed().isEmpty())
            present.append(part.trimmed());
    }
    if (!present.isEmpty())
        return present.join(u' ');
    if (!organization.isEmpty() && !organization.first().isEmpty())
        return organization.first();
    if (!phones.isEmpty())
        return phones.first().number;
    if (!emails.isEmpty())
        return emails.first().address;
    return {};
}

QString Contact::searchText() const
{
    QStringList words{displayName(), name.given, name.family, organization.join(u' '), title, note};
    for (const ContactPhone &phone : phones)
        words.append(phone.number);
    for (const ContactEmail &email : emails)
        words.append(email.address);
    for (const ContactAddress &address : addresses)
        words.append(QStringList{address.street, address.locality, address.region,
                                 address.postalCode, address.country}
                         .join(u' '));
    words.removeAll(QString());
    return words.join(u' ');
}

} // namespace Lifeboat
