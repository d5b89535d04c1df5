#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace Lifeboat {

// A vCard property Lifeboat does not interpret (X-*, IMPP, GEO, ...), kept verbatim so that a
// round trip through Lifeboat loses nothing.
struct VCardParameter
{
    QString name;   // upper case; empty for a bare vCard 2.1 type such as `;CELL`
    QString value;
    bool operator==(const VCardParameter &) const = default;
};

struct VCardExtraProperty
{
    QString group;  // `item1` of `item1.X-ABLabel`, or empty
    QString name;   // upper case
    QList<VCardParameter> parameters;
    QString value;  // decoded text, escapes kept as written (it is written back as it came)
    bool operator==(const VCardExtraProperty &) const = default;
};

struct ContactName
{
    QString family;
    QString given;
    QString additional;
    QString prefixes;
    QString suffixes;
    bool isEmpty() const
    {
        return family.isEmpty() && given.isEmpty() && additional.isEmpty() && prefixes.isEmpty()
            && suffixes.isEmpty();
    }
    bool operator==(const ContactName &) const = default;
};

struct ContactPhone
{
    QString number;
    QStringList types;  // lower case: cell, home, work, voice, fax, pager, ...
    bool preferred = false;
    QString label;      // Apple's X-ABLabel for the property's group, if any
    QString group;      // vCard property group (`item1`), kept so grouped X- properties stay attached
    QList<VCardParameter> extraParameters;  // parameters Lifeboat does not interpret, kept verbatim
    bool operator==(const ContactPhone &) const = default;
};

struct ContactEmail
{
    QString address;
    QStringList types;
    bool preferred = false;
    QString label;
    QString group;      // vCard property group (`item1`), kept so grouped X- properties stay attached
    QList<VCardParameter> extraParameters;  // parameters Lifeboat does not interpret, kept verbatim
    bool operator==(const ContactEmail &) const = default;
};

struct ContactAddress
{
    QString poBox;
    QString extended;
    QString street;
    QString locality;
    QString region;
    QString postalCode;
    QString country;
    QStringList types;
    bool preferred = false;
    QString label;
    QString group;      // vCard property group (`item1`), kept so grouped X- properties stay attached
    QList<VCardParameter> extraParameters;  // parameters Lifeboat does not interpret, kept verbatim
    bool operator==(const ContactAddress &) const = default;
};

// One person or organisation as a handset keeps it. Fields are what a browser, a search and a
// diff need; everything else travels in `extraProperties`.
struct Contact
{
    QString uid;
    QString formattedName;  // FN
    ContactName name;       // N
    QStringList organization;  // ORG components: company, then units
    QString title;
    QDate birthday;          // invalid when absent or without a year
    QString birthdayText;    // BDAY as written, for dates without a year (--0415)
    QString note;
    QStringList urls;
    QDateTime revision;      // REV
    QList<ContactPhone> phones;
    QList<ContactEmail> emails;
    QList<ContactAddress> addresses;
    QByteArray photo;        // decoded image bytes
    QString photoType;       // JPEG, PNG, ... as the card says
    QString photoUri;        // PHOTO;VALUE=uri
    QString sourceVersion;   // 2.1, 3.0 or 4.0: the version the card was read from
    QList<VCardExtraProperty> extraProperties;

    // The name to show in a list: FN, else N, else organisation, else first number or e-mail.
    QString displayName() const;
    // Every searchable text of the contact joined by spaces, for full-text search.
    QString searchText() const;

    bool operator==(const Contact &) const = default;
};

} // namespace Lifeboat
