#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>

namespace Lifeboat {

// How the virtual handset presents itself: the Lifeboat layout with PIM formats, or an Android
// phone with its quirks (files only, renumbered handles, no SendObjectPropList).
class VirtualHandsetProfile
{
public:
    enum class Kind { Lifeboat, Android };

    explicit VirtualHandsetProfile(Kind kind = Kind::Lifeboat) : m_kind(kind) {}

    Kind kind() const { return m_kind; }
    QString name() const;  // "lifeboat" or "android"
    static bool fromName(const QString &name, Kind *kind);

    QString manufacturer() const;
    QString model() const;
    QString deviceVersion() const;
    QString vendorExtension() const;
    quint16 vendorId() const;
    quint16 productId() const;
    QString interfaceName() const;

    QList<quint16> operations() const;
    QList<quint16> events() const;
    QList<quint16> deviceProperties() const;
    QList<quint16> playbackFormats() const;
    QList<quint16> objectProperties() const;
    bool supportsOperation(quint16 code) const;

    bool renumbersHandlesEachSession() const { return m_kind == Kind::Android; }

    // The MTP format of a file, from its name and (for vCards) its first bytes.
    quint16 formatForFile(const QString &name, QByteArrayView head = {}) const;

private:
    Kind m_kind;
};

} // namespace Lifeboat
