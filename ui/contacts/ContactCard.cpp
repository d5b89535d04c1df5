#include "ui/contacts/ContactCard.h"

#include <QImage>
#include <QLocale>
#include <QRegularExpression>
#include <QUrl>

namespace Lifeboat {

namespace {


QString escaped(const QString &text)
{
    return text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"));
}

QString row(const QString &label, const QString &valueHtml)
{
    return QStringLiteral("<tr><td style=\"padding-right:12px\"><i>%1</i></td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), valueHtml);
}

QString addressText(const ContactAddress &address)
{
    QStringList lines;
    for (const QString &part : {address.poBox, address.extended, address.street}) {
        if (!part.trimmed().isEmpty())
            lines.append(part.trimmed());
    }
    const QString cityLine = QStringList{address.postalCode, address.locality}.join(u' ').trimmed();
    if (!cityLine.isEmpty())
        lines.append(cityLine);
    for (const QString &part : {address.region, address.country}) {
        if (!part.trimmed().isEmpty())
            lines.append(part.trimmed());
    }
    return lines.join(u'\n');
}

} // namespace

ContactCard::ContactCard(QWidget *parent)
    : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("contactCard"));
    setAccessibleName(tr("Contact details"));
    setOpenLinks(false);
    setFrameShape(QFrame::NoFrame);
}

QString ContactCard::typeLabel(const QStringList &types, const QString &label)
{
    if (!label.isEmpty())
        return label;
    QStringList words;
    for (const QString &type : types) {
        const QString t = type.toLower();
        if (t == u"cell")
            words.append(tr("mobile"));
        else if (t == u"home")
            words.append(tr("home"));
        else if (t == u"work")
            words.append(tr("work"));
        else if (t == u"fax")
            words.append(tr("fax"));
        else if (t == u"pager")
            words.append(tr("pager"));
        else if (t == u"internet" || t == u"voice" || t == u"pref" || t == u"x400")
            continue;  // says nothing a person needs
        else
            words.append(t);
    }
    if (words.isEmpty())
        return tr("other");
    QString text = words.join(u' ');
    text[0] = text[0].toUpper();
    return text;
}

void ContactCard::setPhoto(const Contact &contact)
{
    m_photo = QImage();
    QImage image;
    if (!contact.photo.isEmpty() && contact.photo.size() <= MaxPhotoBytes)
        image = QImage::fromData(contact.photo);
    if (image.isNull())
        return;
    const int edge = fontMetrics().height() * 6;
    image = image.scaled(QSize(edge, edge) * devicePixelRatioF(), Qt::KeepAspectRatio,
                         Qt::SmoothTransformation);
    image.setDevicePixelRatio(devicePixelRatioF());
    m_photo = image;
    ++m_photoSerial;
}

QUrl ContactCard::photoUrl() const
{
    return QUrl(QStringLiteral("lifeboat:contact-photo-%1").arg(m_photoSerial));
}

QVariant ContactCard::loadResource(int type, const QUrl &name)
{
    // Each contact's photo gets its own URL: the document caches resources by URL.
    if (type == QTextDocument::ImageResource && name == photoUrl())
        return m_photo;
    return QTextBrowser::loadResource(type, name);
}

void ContactCard::showContact(const Contact &contact)
{
    setPhoto(contact);
    const bool hasPhoto = !m_photo.isNull();

    QString html;
    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"4\"><tr>");
    if (hasPhoto)
        html += QStringLiteral("<td><img src=\"%1\"></td>").arg(photoUrl().toString());
    QString name = contact.displayName();
    if (name.isEmpty())
        name = tr("(no name)");
    html += QStringLiteral("<td valign=\"middle\"><h2>%1</h2>").arg(escaped(name));
    const QString organisation = contact.organization.join(QStringLiteral(", "));
    const QString job = QStringList{contact.title, organisation}.filter(QRegularExpression(QStringLiteral("\\S"))).join(QStringLiteral(", "));
    if (!job.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(escaped(job));
    html += QStringLiteral("</td></tr></table>");

    QString rows;
    for (const ContactPhone &phone : contact.phones)
        rows += row(typeLabel(phone.types, phone.label), escaped(phone.number));
    for (const ContactEmail &email : contact.emails) {
        rows += row(typeLabel(email.types, email.label),
                    QStringLiteral("<a href=\"mailto:%1\">%2</a>")
                        .arg(QString::fromLatin1(QUrl::toPercentEncoding(email.address)),
                             escaped(email.address)));
    }
    for (const ContactAddress &address : contact.addresses)
        rows += row(typeLabel(address.types, address.label), escaped(addressText(address)));
    if (!organisation.isEmpty())
        rows += row(tr("Organisation"), escaped(organisation));
    if (contact.birthday.isValid())
        rows += row(tr("Birthday"), escaped(QLocale().toString(contact.birthday, QLocale::LongFormat)));
    else if (!contact.birthdayText.isEmpty())
        rows += row(tr("Birthday"), escaped(contact.birthdayText));
    for (const QString &url : contact.urls)
        rows += row(tr("Web"), escaped(url));
    if (!contact.note.isEmpty())
        rows += row(tr("Note"), escaped(contact.note));
    if (!rows.isEmpty())
        html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">%1</table>").arg(rows);
    setHtml(html);
}

void ContactCard::clearContact()
{
    m_photo = QImage();
    clear();
}

} // namespace Lifeboat
