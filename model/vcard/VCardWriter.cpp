#include "model/vcard/VCardWriter.h"

#include "model/vcard/VCardLineFolder.h"
#include "model/vcard/VCardText.h"

#include <QSet>

namespace Lifeboat {

namespace {

// Labels Apple writes as `_$!<Name>!$_` and shows translated.
bool isAppleBuiltInLabel(const QString &label)
{
    static const QSet<QString> builtIn{
        QStringLiteral("Mobile"),   QStringLiteral("Home"),      QStringLiteral("Work"),
        QStringLiteral("Main"),     QStringLiteral("HomeFAX"),   QStringLiteral("WorkFAX"),
        QStringLiteral("OtherFAX"), QStringLiteral("Pager"),     QStringLiteral("Other"),
        QStringLiteral("HomePage"), QStringLiteral("School"),    QStringLiteral("Anniversary"),
        QStringLiteral("Assistant"), QStringLiteral("Father"),   QStringLiteral("Mother"),
        QStringLiteral("Parent"),   QStringLiteral("Brother"),   QStringLiteral("Sister"),
        QStringLiteral("Child"),    QStringLiteral("Friend"),    QStringLiteral("Spouse"),
        QStringLiteral("Partner"),  QStringLiteral("Manager")};
    return builtIn.contains(label);
}

class CardWriter
{
public:
    CardWriter(QByteArray &out, VCardWriter::Version version)
        : m_out(out), m_version(version),
          m_dialect(version == VCardWriter::Version::V40 ? VCardText::Dialect::V40
                                                         : VCardText::Dialect::V30)
    {}

    void write(const Contact &contact);

private:
    struct Line
    {
        QString group;
        QString name;
        QList<VCardParameter> parameters;
        QString value;
    };

    bool v4() const { return m_version == VCardWriter::Version::V40; }
    void writeLine(const Line &line);
    QString escaped(const QString &text) const { return VCardText::escape(text, m_dialect, false); }
    QString compound(const QStringList &parts) const;
    void addTypes(Line &line, const QStringList &types, bool preferred) const;
    QString groupFor(const QString &group, const QString &label);
    void emitLabel(const QString &group, const QString &label);
    void writeBirthday(const Contact &contact);
    void writePhoto(const Contact &contact);

    QByteArray &m_out;
    VCardWriter::Version m_version;
    VCardText::Dialect m_dialect;
    QSet<QString> m_usedGroups; // lower case
    QSet<QString> m_labelledGroups;
    int m_nextGroup = 1;
};

QString parameterValue(const QString &value)
{
    QString clean = value;
    clean.replace(u'"', u'\'').replace(u'\r', u' ').replace(u'\n', u' ');
    // Commas separate list values (TYPE=WORK,VOICE) and need no quotes.
    if (clean.contains(u':') || clean.contains(u';'))
        return u'"' + clean + u'"';
    return clean;
}

void CardWriter::writeLine(const Line &line)
{
    QString text;
    if (!line.group.isEmpty())
        text += line.group + u'.';
    text += line.name;
    for (const VCardParameter &parameter : line.parameters) {
        text += u';';
        if (parameter.name.isEmpty()) {
            text += parameter.value;
        } else {
            text += parameter.name + u'=' + parameterValue(parameter.value);
        }
    }
    text += u':';
    text += VCardText::escapeLineBreaks(line.value);
    VCardLineFolder::appendFolded(m_out, text.toUtf8());
}

QString CardWriter::compound(const QStringList &parts) const
{
    QStringList escapedParts;
    escapedParts.reserve(parts.size());
    for (const QString &part : parts)
        escapedParts.append(VCardText::escape(part, m_dialect, true));
    return escapedParts.join(u';');
}

void CardWriter::addTypes(Line &line, const QStringList &types, bool preferred) const
{
    QStringList written;
    for (const QString &type : types)
        written.append(v4() ? type.toLower() : type.toUpper());
    if (preferred && !v4())
        written.append(QStringLiteral("pref"));
    if (!written.isEmpty())
        line.parameters.append({QStringLiteral("TYPE"), written.join(u',')});
    if (preferred && v4())
        line.parameters.append({QStringLiteral("PREF"), QStringLiteral("1")});
}

QString CardWriter::groupFor(const QString &group, const QString &label)
{
    if (!group.isEmpty() || label.isEmpty())
        return group;
    QString fresh;
    do {
        fresh = QStringLiteral("item%1").arg(m_nextGroup++);
    } while (m_usedGroups.contains(fresh));
    m_usedGroups.insert(fresh);
    return fresh;
}

void CardWriter::emitLabel(const QString &group, const QString &label)
{
    if (label.isEmpty() || group.isEmpty() || m_labelledGroups.contains(group.toLower()))
        return;
    m_labelledGroups.insert(group.toLower());
    const QString written = isAppleBuiltInLabel(label) ? u"_$!<" + label + u">!$_" : label;
    writeLine({group, QStringLiteral("X-ABLabel"), {}, escaped(written)});
}

void CardWriter::writeBirthday(const Contact &contact)
{
    Line line{{}, QStringLiteral("BDAY"), {}, {}};
    if (!contact.birthdayText.isEmpty()) {
        const QChar first = contact.birthdayText.front();
        if (!first.isDigit() && first != u'-')
            line.parameters.append({QStringLiteral("VALUE"), QStringLiteral("text")});
        line.value = escaped(contact.birthdayText);
    } else if (contact.birthday.isValid()) {
        line.value = contact.birthday.toString(v4() ? QStringLiteral("yyyyMMdd")
                                                    : QStringLiteral("yyyy-MM-dd"));
    } else {
        return;
    }
    writeLine(line);
}

void CardWriter::writePhoto(const Contact &contact)
{
    const QString &type = contact.photoType;
    const QString mediaType = type.contains(u'/') ? type
        : type.isEmpty()                          ? QString()
                                                  : u"image/" + type.toLower();
    if (!contact.photo.isEmpty()) {
        const QString base64 = QString::fromLatin1(contact.photo.toBase64());
        if (v4()) {
            writeLine({{}, QStringLiteral("PHOTO"), {},
                  u"data:" + mediaType + u";base64," + base64});
        } else {
            Line line{{}, QStringLiteral("PHOTO"), {{QStringLiteral("ENCODING"), QStringLiteral("b")}},
                      base64};
            if (!type.isEmpty())
                line.parameters.append({QStringLiteral("TYPE"), type});
            writeLine(line);
        }
    } else if (!contact.photoUri.isEmpty()) {
        Line line{{}, QStringLiteral("PHOTO"), {{QStringLiteral("VALUE"), QStringLiteral("uri")}},
                  contact.photoUri};
        if (v4() && !mediaType.isEmpty())
            line.parameters.append({QStringLiteral("MEDIATYPE"), mediaType});
        else if (!type.isEmpty())
            line.parameters.append({QStringLiteral("TYPE"), type});
        writeLine(line);
    }
}

void CardWriter::write(const Contact &contact)
{
    for (const VCardExtraProperty &extra : contact.extraProperties)
        m_usedGroups.insert(extra.group.toLower());
    for (const ContactPhone &phone : contact.phones)
        m_usedGroups.insert(phone.group.toLower());
    for (const ContactEmail &email : contact.emails)
        m_usedGroups.insert(email.group.toLower());
    for (const ContactAddress &address : contact.addresses)
        m_usedGroups.insert(address.group.toLower());

    m_out.append("BEGIN:VCARD\r\n");
    m_out.append(v4() ? "VERSION:4.0\r\n" : "VERSION:3.0\r\n");
    writeLine({{}, QStringLiteral("FN"), {}, escaped(contact.formattedName)});
    const ContactName &name = contact.name;
    if (!v4() || !name.isEmpty())
        writeLine({{}, QStringLiteral("N"), {},
              compound({name.family, name.given, name.additional, name.prefixes, name.suffixes})});
    if (!contact.organization.isEmpty())
        writeLine({{}, QStringLiteral("ORG"), {}, compound(contact.organization)});
    if (!contact.title.isEmpty())
        writeLine({{}, QStringLiteral("TITLE"), {}, escaped(contact.title)});
    writeBirthday(contact);
    for (const ContactPhone &phone : contact.phones) {
        Line line{groupFor(phone.group, phone.label), QStringLiteral("TEL"), {}, escaped(phone.number)};
        addTypes(line, phone.types, phone.preferred);
        line.parameters.append(phone.extraParameters);
        writeLine(line);
        emitLabel(line.group, phone.label);
    }
    for (const ContactEmail &email : contact.emails) {
        Line line{groupFor(email.group, email.label), QStringLiteral("EMAIL"), {},
                  escaped(email.address)};
        addTypes(line, email.types, email.preferred);
        line.parameters.append(email.extraParameters);
        writeLine(line);
        emitLabel(line.group, email.label);
    }
    for (const ContactAddress &address : contact.addresses) {
        Line line{groupFor(address.group, address.label), QStringLiteral("ADR"), {},
                  compound({address.poBox, address.extended, address.street, address.locality,
                            address.region, address.postalCode, address.country})};
        addTypes(line, address.types, address.preferred);
        line.parameters.append(address.extraParameters);
        writeLine(line);
        emitLabel(line.group, address.label);
    }
    for (const QString &url : contact.urls)
        writeLine({{}, QStringLiteral("URL"), {}, url});
    if (!contact.note.isEmpty())
        writeLine({{}, QStringLiteral("NOTE"), {}, escaped(contact.note)});
    writePhoto(contact);
    if (!contact.uid.isEmpty())
        writeLine({{}, QStringLiteral("UID"), {}, escaped(contact.uid)});
    if (contact.revision.isValid())
        writeLine({{}, QStringLiteral("REV"), {},
              contact.revision.toUTC().toString(v4() ? QStringLiteral("yyyyMMddTHHmmssZ")
                                                     : QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"))});
    for (const VCardExtraProperty &extra : contact.extraProperties) {
        if (!extra.name.isEmpty())
            writeLine({extra.group, extra.name, extra.parameters, extra.value});
    }
    m_out.append("END:VCARD\r\n");
}

} // namespace

QByteArray VCardWriter::write(const Contact &contact, Version version)
{
    QByteArray out;
    CardWriter(out, version).write(contact);
    return out;
}

QByteArray VCardWriter::write(const QList<Contact> &contacts, Version version)
{
    QByteArray out;
    for (const Contact &contact : contacts)
        CardWriter(out, version).write(contact);
    return out;
}

} // namespace Lifeboat
