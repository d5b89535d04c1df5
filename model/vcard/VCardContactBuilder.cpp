#include "model/vcard/VCardContactBuilder.h"

#include "model/vcard/VCardCharsetDecoder.h"
#include "model/vcard/VCardWarnings.h"

#include <QRegularExpression>
#include <QSet>

namespace Lifeboat {

namespace {

bool isLabelledKind(const QByteArray &name)
{
    return name == "TEL" || name == "EMAIL" || name == "ADR";
}

QString component(const QStringList &parts, qsizetype index)
{
    return index < parts.size() ? parts.at(index) : QString();
}

// vCard dates and timestamps in basic (19850415T103000Z) or extended (1985-04-15T10:30:00Z)
// form, with an optional offset.
const QRegularExpression &dateTimePattern()
{
    static const QRegularExpression pattern(QStringLiteral(
        "^(\\d{4})-?(\\d{2})-?(\\d{2})(?:T(\\d{2}):?(\\d{2}):?(\\d{2})?(?:[.,]\\d+)?"
        "(Z|[+-]\\d{2}(?::?\\d{2})?)?)?$"));
    return pattern;
}

QDateTime parseTimestamp(const QString &text)
{
    const QRegularExpressionMatch match = dateTimePattern().match(text.trimmed());
    if (!match.hasMatch())
        return {};
    const QDate date(match.capturedView(1).toInt(), match.capturedView(2).toInt(),
                     match.capturedView(3).toInt());
    const QTime time(match.capturedView(4).toInt(), match.capturedView(5).toInt(),
                     match.capturedView(6).toInt());
    if (!date.isValid() || !time.isValid())
        return {};
    const QStringView zone = match.capturedView(7);
    int offsetSeconds = 0;
    if (!zone.isEmpty() && zone != u"Z") {
        const int sign = zone.front() == u'-' ? -1 : 1;
        const QString digits = zone.sliced(1).toString().remove(u':');
        offsetSeconds = sign * (digits.left(2).toInt() * 3600 + digits.mid(2, 2).toInt() * 60);
    }
    // Lifeboat keeps revisions in UTC with whole seconds, which is what the writer can express.
    return QDateTime(date, time, Qt::OffsetFromUTC, offsetSeconds).toUTC();
}

} // namespace

VCardContactBuilder::VCardContactBuilder(VCardCharsetDecoder &charsets, VCardWarnings &warnings,
                                         qsizetype maxPhotoBytes)
    : m_decoder(charsets, warnings, maxPhotoBytes), m_warnings(warnings)
{}

QString VCardContactBuilder::labelFromAppleLabel(const QString &written)
{
    if (written.startsWith(u"_$!<") && written.endsWith(u">!$_") && written.size() > 8)
        return written.mid(4, written.size() - 8);
    return written;
}

QString VCardContactBuilder::labelFor(const QByteArray &group) const
{
    return group.isEmpty() ? QString() : m_labels.value(group.toLower());
}

void VCardContactBuilder::collectLabels(const QList<VCardContentLine> &lines)
{
    QSet<QByteArray> labelledGroups;
    for (const VCardContentLine &line : lines) {
        if (!line.group.isEmpty() && isLabelledKind(line.name))
            labelledGroups.insert(line.group.toLower());
    }
    for (const VCardContentLine &line : lines) {
        if (line.name != "X-ABLABEL" || line.group.isEmpty())
            continue;
        const QByteArray group = line.group.toLower();
        if (labelledGroups.contains(group) && !m_labels.contains(group))
            m_labels.insert(group, labelFromAppleLabel(m_decoder.unescapedText(line)));
    }
}

Result<Contact> VCardContactBuilder::build(const QList<VCardContentLine> &lines)
{
    m_contact = Contact();
    for (const VCardContentLine &line : lines) {
        if (line.name == "VERSION") {
            m_contact.sourceVersion = QString::fromLatin1(line.value.trimmed());
            m_decoder.setDialect(VCardText::dialectForVersion(m_contact.sourceVersion));
            break;
        }
    }
    for (const VCardContentLine &line : lines) {
        const QByteArray charset = line.charset().toUpper();
        if (!charset.isEmpty() && charset != "UTF-8" && charset != "US-ASCII") {
            m_decoder.setCardCharset(charset);
            break;
        }
    }
    collectLabels(lines);
    for (const VCardContentLine &line : lines) {
        if (Status added = addProperty(line); !added)
            return added.error();
    }
    deriveNames();
    return std::move(m_contact);
}

Status VCardContactBuilder::addProperty(const VCardContentLine &line)
{
    const QByteArray &name = line.name;
    if (name == "VERSION" && !m_seenVersion) {
        m_seenVersion = true;
        return {};
    }
    if (name == "X-ABLABEL" && m_labels.contains(line.group.toLower()))
        return {}; // became the label of its TEL, EMAIL or ADR
    if (!line.group.isEmpty() && !isLabelledKind(name)) {
        // A grouped property such as item2.URL with item2.X-ABLabel: keeping the pair as
        // written is the only way to keep the label attached.
        addExtra(line);
        return {};
    }
    if (line.transferEncoding() == VCardTransferEncoding::Base64 && name != "PHOTO") {
        addExtra(line);
        return {};
    }
    if (name == "FN" && !m_seenFn) {
        m_seenFn = true;
        m_contact.formattedName = m_decoder.unescapedText(line);
    } else if (name == "N" && !m_seenN) {
        m_seenN = true;
        const QStringList parts = VCardText::components(m_decoder.text(line), m_decoder.dialect());
        m_contact.name = {component(parts, 0), component(parts, 1), component(parts, 2),
                          component(parts, 3), component(parts, 4)};
    } else if (name == "ORG" && !m_seenOrg) {
        m_seenOrg = true;
        m_contact.organization = VCardText::components(m_decoder.text(line), m_decoder.dialect());
    } else if (name == "TITLE" && !m_seenTitle) {
        m_seenTitle = true;
        m_contact.title = m_decoder.unescapedText(line);
    } else if (name == "NOTE" && !m_seenNote) {
        m_seenNote = true;
        m_contact.note = m_decoder.unescapedText(line);
    } else if (name == "UID" && !m_seenUid) {
        m_seenUid = true;
        m_contact.uid = m_decoder.unescapedText(line);
    } else if (name == "URL") {
        m_contact.urls.append(m_decoder.unescapedText(line));
    } else if (name == "TEL") {
        addPhone(line);
    } else if (name == "EMAIL") {
        addEmail(line);
    } else if (name == "ADR") {
        addAddress(line);
    } else if (name == "BDAY" && !m_seenBday) {
        addBirthday(line);
    } else if (name == "REV" && !m_seenRev) {
        addRevision(line);
    } else if (name == "PHOTO" && !m_seenPhoto) {
        return addPhoto(line);
    } else {
        addExtra(line);
    }
    return {};
}

void VCardContactBuilder::addExtra(const VCardContentLine &line)
{
    VCardExtraProperty extra;
    extra.group = QString::fromLatin1(line.group);
    extra.name = QString::fromLatin1(line.name);
    if (line.transferEncoding() == VCardTransferEncoding::Base64) {
        // Binary stays base64 text, with its ENCODING parameter, exactly as it came.
        extra.parameters = VCardValueDecoder::parameters(line, false);
        QByteArray compact = line.value;
        compact.replace(' ', QByteArray()).replace('\t', QByteArray());
        extra.value = QString::fromLatin1(compact);
    } else {
        extra.parameters = VCardValueDecoder::parameters(line, true);
        extra.value = VCardText::escapeLineBreaks(m_decoder.text(line));
    }
    m_contact.extraProperties.append(std::move(extra));
}

void VCardContactBuilder::addPhone(const VCardContentLine &line)
{
    VCardValueDecoder::TypedParameters parameters = m_decoder.typedParameters(line);
    ContactPhone phone;
    phone.number = m_decoder.unescapedText(line).trimmed();
    if (phone.number.startsWith(u"tel:", Qt::CaseInsensitive))
        phone.number = phone.number.mid(4);
    phone.types = std::move(parameters.types);
    phone.preferred = parameters.preferred;
    phone.extraParameters = std::move(parameters.extra);
    phone.group = QString::fromLatin1(line.group);
    phone.label = labelFor(line.group);
    m_contact.phones.append(std::move(phone));
}

void VCardContactBuilder::addEmail(const VCardContentLine &line)
{
    VCardValueDecoder::TypedParameters parameters = m_decoder.typedParameters(line);
    if (parameters.uriValue)
        parameters.extra.append({QStringLiteral("VALUE"), QStringLiteral("uri")});
    ContactEmail email;
    email.address = m_decoder.unescapedText(line).trimmed();
    email.types = std::move(parameters.types);
    email.preferred = parameters.preferred;
    email.extraParameters = std::move(parameters.extra);
    email.group = QString::fromLatin1(line.group);
    email.label = labelFor(line.group);
    m_contact.emails.append(std::move(email));
}

void VCardContactBuilder::addAddress(const VCardContentLine &line)
{
    VCardValueDecoder::TypedParameters parameters = m_decoder.typedParameters(line);
    if (parameters.uriValue)
        parameters.extra.append({QStringLiteral("VALUE"), QStringLiteral("uri")});
    const QStringList parts = VCardText::components(m_decoder.text(line), m_decoder.dialect());
    ContactAddress address;
    address.poBox = component(parts, 0);
    address.extended = component(parts, 1);
    address.street = component(parts, 2);
    address.locality = component(parts, 3);
    address.region = component(parts, 4);
    address.postalCode = component(parts, 5);
    address.country = component(parts, 6);
    address.types = std::move(parameters.types);
    address.preferred = parameters.preferred;
    address.extraParameters = std::move(parameters.extra);
    address.group = QString::fromLatin1(line.group);
    address.label = labelFor(line.group);
    m_contact.addresses.append(std::move(address));
}

Status VCardContactBuilder::addPhoto(const VCardContentLine &line)
{
    QString type;
    bool uriValue = false;
    for (const VCardRawParameter &parameter : line.parameters) {
        const QByteArray upper = parameter.value.trimmed().toUpper();
        if (parameter.name == "TYPE" || parameter.name == "MEDIATYPE")
            type = VCardValueDecoder::parameterText(parameter.value.trimmed());
        else if (parameter.name.isEmpty() && upper != "BASE64" && upper != "B")
            type = QString::fromLatin1(upper); // vCard 2.1: PHOTO;ENCODING=BASE64;JPEG:
        else if (parameter.name == "VALUE" && (upper == "URI" || upper == "URL"))
            uriValue = true;
    }
    if (type.startsWith(u"image/", Qt::CaseInsensitive))
        type = type.mid(6);
    if (!type.contains(u'/'))
        type = type.toUpper();

    QByteArray decoded;
    if (line.transferEncoding() == VCardTransferEncoding::Base64) {
        const Result<bool> ok = m_decoder.base64(line.value, line.lineNumber, &decoded);
        if (!ok)
            return ok.error();
        if (!*ok)
            return {};
    } else if (line.value.startsWith("data:")) {
        const qsizetype comma = line.value.indexOf(',');
        if (comma < 0) {
            m_warnings.add(tr("Line %1: the photo's data URI has no data and was skipped.")
                               .arg(line.lineNumber));
            return {};
        }
        const QByteArray header = line.value.mid(5, comma - 5);
        const QByteArrayView payload = QByteArrayView(line.value).sliced(comma + 1);
        const QList<QByteArray> headerParts = header.split(';');
        const QString mediaType = QString::fromLatin1(headerParts.first()).trimmed().toLower();
        type = mediaType.startsWith(u"image/") ? mediaType.mid(6).toUpper() : mediaType;
        if (headerParts.contains("base64")) {
            const Result<bool> ok = m_decoder.base64(payload, line.lineNumber, &decoded);
            if (!ok)
                return ok.error();
            if (!*ok)
                return {};
        } else {
            decoded = QByteArray::fromPercentEncoding(payload.toByteArray());
        }
    } else if (uriValue || line.value.contains("://")) {
        m_seenPhoto = true;
        m_contact.photoUri = m_decoder.text(line).trimmed();
        m_contact.photoType = type;
        return {};
    } else {
        addExtra(line);
        return {};
    }
    m_seenPhoto = true;
    m_contact.photo = std::move(decoded);
    m_contact.photoType = type;
    return {};
}

void VCardContactBuilder::addBirthday(const VCardContentLine &line)
{
    for (const VCardRawParameter &parameter : line.parameters) {
        if (parameter.name != "VALUE" && parameter.name != "CHARSET"
            && parameter.name != "ENCODING") {
            // e.g. Apple's X-APPLE-OMIT-YEAR: the field could not express it, so keep it whole.
            addExtra(line);
            return;
        }
    }
    m_seenBday = true;
    const QString text = m_decoder.unescapedText(line).trimmed();
    if (line.parameterValue("VALUE").toUpper() == "TEXT") {
        m_contact.birthdayText = text;
        return;
    }
    const QRegularExpressionMatch match = dateTimePattern().match(text);
    if (match.hasMatch()) {
        m_contact.birthday = QDate(match.capturedView(1).toInt(), match.capturedView(2).toInt(),
                                   match.capturedView(3).toInt());
        // Keep the text when the date alone would not say everything (a time, or a bad date).
        if (!m_contact.birthday.isValid() || !match.capturedView(4).isEmpty())
            m_contact.birthdayText = text;
    } else {
        m_contact.birthdayText = text; // --0415: a birthday without a year
    }
}

void VCardContactBuilder::addRevision(const VCardContentLine &line)
{
    const QDateTime revision = parseTimestamp(m_decoder.unescapedText(line));
    if (!revision.isValid()) {
        addExtra(line);
        return;
    }
    m_seenRev = true;
    m_contact.revision = revision;
}

void VCardContactBuilder::deriveNames()
{
    Contact &contact = m_contact;
    if (contact.formattedName.isEmpty()) {
        if (!contact.name.isEmpty()) {
            const QStringList parts{contact.name.prefixes, contact.name.given,
                                    contact.name.additional, contact.name.family,
                                    contact.name.suffixes};
            QStringList present;
            for (const QString &part : parts) {
                if (!part.trimmed().isEmpty())
                    present.append(part.trimmed());
            }
            contact.formattedName = present.join(u' ');
        } else if (!contact.organization.isEmpty()) {
            contact.formattedName = contact.organization.first();
        }
    }
    const bool isOrganisation = !contact.organization.isEmpty()
        && contact.formattedName == contact.organization.first();
    if (contact.name.isEmpty() && !contact.formattedName.trimmed().isEmpty() && !isOrganisation) {
        // A Western-order guess: the last word is the family name. Names written without
        // spaces (Japanese, Chinese) stay whole in the given name.
        QStringList words = contact.formattedName.simplified().split(u' ');
        if (words.size() > 1)
            contact.name.family = words.takeLast();
        contact.name.given = words.join(u' ');
    }
}

} // namespace Lifeboat
