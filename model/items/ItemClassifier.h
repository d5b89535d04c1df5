#pragma once

#include "model/items/ItemKind.h"

#include <QString>
#include <QStringList>

namespace Lifeboat {

// Decides what an object on a handset is from what an MTP listing shows: its name, its object
// format code and its folder (ARCHITECTURE.md, "What is on a handset"). Android reports most
// files as format 0x3000 (undefined), so the name's extension counts as much as the format.
// An iCalendar object may hold events and to-dos; it is classed Event here and split by the
// parser.
class ItemClassifier
{
public:
    // MTP object format codes (MTP 1.1, appendix A).
    static constexpr quint16 kFormatExifJpeg = 0x3801;
    static constexpr quint16 kFormatPng = 0x380B;
    static constexpr quint16 kFormatVCard2 = 0xBB82;
    static constexpr quint16 kFormatVCard3 = 0xBB83;
    static constexpr quint16 kFormatVCalendar1 = 0xBE02;
    static constexpr quint16 kFormatICalendar = 0xBE03;

    // Folders relative to a storage's root, compared case-insensitively; sub-folders count.
    explicit ItemClassifier(QStringList photoFolders = defaultPhotoFolders());

    static QStringList defaultPhotoFolders(); // DCIM, Pictures

    const QStringList &photoFolders() const { return m_photoFolders; }

    // `parentPath` is the object's folder relative to the storage root ("DCIM/Camera");
    // a leading or trailing '/' is ignored.
    ItemKind kindForObject(const QString &name, quint16 mtpFormat, const QString &parentPath) const;

private:
    bool isInPhotoFolder(const QString &parentPath) const;

    QStringList m_photoFolders;
};

} // namespace Lifeboat
