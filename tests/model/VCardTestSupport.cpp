#include "VCardTestSupport.h"

#include <QFile>

namespace Lifeboat::VCardTest {

QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(LIFEBOAT_TEST_DATA_DIR "/vcard/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}

QString joinParameters(const QList<VCardParameter> &parameters)
{
    QStringList parts;
    for (const VCardParameter &parameter : parameters)
        parts.append(parameter.name.isEmpty() ? parameter.value
                                              : parameter.name + u'=' + parameter.value);
    return parts.join(u';');
}

QString field(const Contact &c, const QString &key)
{
    const QString index = key.section(u'.', 0, 0);
    const QString sub = key.section(u'.', 1);
    auto at = [&](const QString &prefix) { return index.mid(prefix.size()).toInt(); };
    if (key.startsWith(u"extra:")) {
        const QString name = key.mid(6).section(u'.', 0, 0);
        const QString part = key.mid(6).section(u'.', 1);
        for (const VCardExtraProperty &extra : c.extraProperties) {
            if (extra.name != name)
                continue;
            if (part == u"group")
                return extra.group;
            if (part == u"params")
                return joinParameters(extra.parameters);
            return extra.value;
        }
        return QStringLiteral("<none>");
    }
    if (key == u"fn") return c.formattedName;
    if (key == u"family") return c.name.family;
    if (key == u"given") return c.name.given;
    if (key == u"additional") return c.name.additional;
    if (key == u"prefixes") return c.name.prefixes;
    if (key == u"suffixes") return c.name.suffixes;
    if (key == u"org") return c.organization.join(u'|');
    if (key == u"title") return c.title;
    if (key == u"note") return c.note;
    if (key == u"uid") return c.uid;
    if (key == u"urls") return c.urls.join(u'|');
    if (key == u"bday") return c.birthday.toString(Qt::ISODate);
    if (key == u"bdayText") return c.birthdayText;
    if (key == u"rev") return c.revision.toString(Qt::ISODate);
    if (key == u"version") return c.sourceVersion;
    if (key == u"photo.size") return QString::number(c.photo.size());
    if (key == u"photo.jpeg") return c.photo.startsWith("\xFF\xD8\xFF") ? QStringLiteral("yes") : QStringLiteral("no");
    if (key == u"photo.type") return c.photoType;
    if (key == u"photo.uri") return c.photoUri;
    if (key == u"tels") return QString::number(c.phones.size());
    if (key == u"emails") return QString::number(c.emails.size());
    if (key == u"adrs") return QString::number(c.addresses.size());
    if (key == u"extras") return QString::number(c.extraProperties.size());
    if (index.startsWith(u"tel")) {
        const ContactPhone &p = c.phones.value(at(QStringLiteral("tel")));
        if (sub.isEmpty()) return p.number;
        if (sub == u"types") return p.types.join(u',');
        if (sub == u"pref") return p.preferred ? QStringLiteral("yes") : QStringLiteral("no");
        if (sub == u"label") return p.label;
        if (sub == u"group") return p.group;
        if (sub == u"params") return joinParameters(p.extraParameters);
    }
    if (index.startsWith(u"email")) {
        const ContactEmail &e = c.emails.value(at(QStringLiteral("email")));
        if (sub.isEmpty()) return e.address;
        if (sub == u"types") return e.types.join(u',');
        if (sub == u"pref") return e.preferred ? QStringLiteral("yes") : QStringLiteral("no");
        if (sub == u"label") return e.label;
        if (sub == u"group") return e.group;
        if (sub == u"params") return joinParameters(e.extraParameters);
    }
    if (index.startsWith(u"adr")) {
        const ContactAddress &a = c.addresses.value(at(QStringLiteral("adr")));
        if (sub == u"street") return a.street;
        if (sub == u"extended") return a.extended;
        if (sub == u"locality") return a.locality;
        if (sub == u"region") return a.region;
        if (sub == u"code") return a.postalCode;
        if (sub == u"country") return a.country;
        if (sub == u"types") return a.types.join(u',');
        if (sub == u"pref") return a.preferred ? QStringLiteral("yes") : QStringLiteral("no");
        if (sub == u"label") return a.label;
        if (sub == u"group") return a.group;
    }
    qFatal("unknown field key %s", qPrintable(key));
    return {};
}

QString differences(const Contact &a, const Contact &b)
{
    QStringList diffs;
    auto check = [&](const char *name, bool same) {
        if (!same)
            diffs.append(QString::fromLatin1(name));
    };
    check("uid", a.uid == b.uid);
    check("formattedName", a.formattedName == b.formattedName);
    check("name", a.name == b.name);
    check("organization", a.organization == b.organization);
    check("title", a.title == b.title);
    check("birthday", a.birthday == b.birthday);
    check("birthdayText", a.birthdayText == b.birthdayText);
    check("note", a.note == b.note);
    check("urls", a.urls == b.urls);
    check("revision", a.revision == b.revision);
    check("phones", a.phones == b.phones);
    check("emails", a.emails == b.emails);
    check("addresses", a.addresses == b.addresses);
    check("photo", a.photo == b.photo);
    check("photoType", a.photoType == b.photoType);
    check("photoUri", a.photoUri == b.photoUri);
    if (a.extraProperties != b.extraProperties) {
        for (qsizetype i = 0; i < std::max(a.extraProperties.size(), b.extraProperties.size()); ++i) {
            const VCardExtraProperty x = a.extraProperties.value(i);
            const VCardExtraProperty y = b.extraProperties.value(i);
            if (!(x == y))
                diffs.append(QStringLiteral("extra %1: %2.%3;%4:%5 vs %6.%7;%8:%9")
                                 .arg(i)
                                 .arg(x.group, x.name, joinParameters(x.parameters), x.value,
                                      y.group, y.name, joinParameters(y.parameters), y.value));
        }
    }
    return diffs.join(QStringLiteral(", "));
}

QStringList goodFixtures()
{
    return {QStringLiteral("android-21.vcf"),       QStringLiteral("iphone-30.vcf"),
            QStringLiteral("google-30.vcf"),        QStringLiteral("outlook-21.vcf"),
            QStringLiteral("shiftjis-21.vcf"),      QStringLiteral("rfc6350-examples.vcf"),
            QStringLiteral("rfc2426-examples.vcf"), QStringLiteral("agent-21.vcf")};
}

} // namespace Lifeboat::VCardTest
