#include "model/items/ItemClassifier.h"

namespace Lifeboat {

namespace {

QString normalizedFolder(const QString &path)
{
    QString folder = path.trimmed();
    while (folder.startsWith(u'/'))
        folder.remove(0, 1);
    while (folder.endsWith(u'/'))
        folder.chop(1);
    return folder;
}

bool hasSuffix(const QString &name, std::initializer_list<const char16_t *> suffixes)
{
    for (const char16_t *suffix : suffixes) {
        if (name.endsWith(QStringView(suffix), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace

ItemClassifier::ItemClassifier(QStringList photoFolders)
{
    for (const QString &folder : photoFolders) {
        const QString normalized = normalizedFolder(folder);
        if (!normalized.isEmpty())
            m_photoFolders.append(normalized);
    }
}

QStringList ItemClassifier::defaultPhotoFolders()
{
    return {QStringLiteral("DCIM"), QStringLiteral("Pictures")};
}

ItemKind ItemClassifier::kindForObject(const QString &name, quint16 mtpFormat,
                                       const QString &parentPath) const
{
    if (mtpFormat == kFormatVCard2 || mtpFormat == kFormatVCard3 || hasSuffix(name, {u".vcf"}))
        return ItemKind::Contact;
    if (mtpFormat == kFormatICalendar || mtpFormat == kFormatVCalendar1
        || hasSuffix(name, {u".ics", u".vcs"}))
        return ItemKind::Event;
    const bool photoFormat = mtpFormat == kFormatExifJpeg || mtpFormat == kFormatPng
        || hasSuffix(name, {u".jpg", u".jpeg", u".png", u".heic", u".heif", u".hif"});
    if (photoFormat && isInPhotoFolder(parentPath))
        return ItemKind::Photo;
    return ItemKind::Other;
}

bool ItemClassifier::isInPhotoFolder(const QString &parentPath) const
{
    const QString folder = normalizedFolder(parentPath);
    for (const QString &photoFolder : m_photoFolders) {
        if (folder.compare(photoFolder, Qt::CaseInsensitive) == 0
            || (folder.size() > photoFolder.size() && folder.at(photoFolder.size()) == u'/'
                && folder.startsWith(photoFolder, Qt::CaseInsensitive)))
            return true;
    }
    return false;
}

} // namespace Lifeboat
