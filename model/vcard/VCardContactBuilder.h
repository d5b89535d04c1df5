#pragma once

#include "common/Result.h"
#include "model/items/Contact.h"
#include "model/vcard/VCardContentLine.h"
#include "model/vcard/VCardValueDecoder.h"

#include <QCoreApplication>
#include <QHash>

namespace Lifeboat {

class VCardCharsetDecoder;
class VCardWarnings;

// Maps the properties of one card onto a Contact. Properties Lifeboat does not interpret, and
// second occurrences of single-valued ones, become extra properties so that nothing is lost.
// A property that cannot be decoded is skipped with a warning; the card is kept.
class VCardContactBuilder
{
    Q_DECLARE_TR_FUNCTIONS(Lifeboat::VCardContactBuilder)

public:
    VCardContactBuilder(VCardCharsetDecoder &charsets, VCardWarnings &warnings,
                        qsizetype maxPhotoBytes);

    // `lines` are the properties between BEGIN:VCARD and END:VCARD.
    Result<Contact> build(const QList<VCardContentLine> &lines);

    // Apple's built-in labels are written `_$!<Mobile>!$_`; returns "Mobile" for those.
    static QString labelFromAppleLabel(const QString &written);

private:
    Status addProperty(const VCardContentLine &line);
    void addExtra(const VCardContentLine &line);
    void addPhone(const VCardContentLine &line);
    void addEmail(const VCardContentLine &line);
    void addAddress(const VCardContentLine &line);
    Status addPhoto(const VCardContentLine &line);
    void addBirthday(const VCardContentLine &line);
    void addRevision(const VCardContentLine &line);
    void collectLabels(const QList<VCardContentLine> &lines);
    void deriveNames();
    QString labelFor(const QByteArray &group) const;

    VCardValueDecoder m_decoder;
    VCardWarnings &m_warnings;
    Contact m_contact;
    QHash<QByteArray, QString> m_labels; // lower-case group -> label of X-ABLabel
    bool m_seenFn = false, m_seenN = false, m_seenOrg = false, m_seenTitle = false;
    bool m_seenNote = false, m_seenUid = false, m_seenBday = false, m_seenRev = false;
    bool m_seenPhoto = false, m_seenVersion = false;
};

} // namespace Lifeboat
