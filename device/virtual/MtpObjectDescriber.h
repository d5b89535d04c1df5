#pragma once

#include "device/mtp/PtpDatasets.h"
#include "device/virtual/VirtualHandsetFaults.h"
#include "device/virtual/VirtualHandsetProfile.h"
#include "device/virtual/VirtualObject.h"

#include <optional>

namespace Lifeboat {

// How the virtual handset describes one object to the host: its ObjectInfo dataset and its
// object properties, as the profile presents them and as hostile faults distort them.
class MtpObjectDescriber
{
public:
    MtpObjectDescriber(const VirtualHandsetProfile &profile, const VirtualHandsetFaults &faults)
        : m_profile(profile), m_faults(faults)
    {}

    QString name(const VirtualObject &object) const;
    quint64 announcedSize(const VirtualObject &object) const;
    QString dateString(const QDateTime &when) const;

    PtpObjectInfo objectInfo(const VirtualObject &object, quint32 parentHandle) const;

    // One property of the object, or nullopt when the profile does not have it.
    std::optional<PtpObjProp> property(const VirtualObject &object, quint16 property,
                                       quint32 handle, quint32 parentHandle) const;
    // The object's properties (`property` 0xFFFFFFFF or 0: all of them) appended to `list`.
    void appendProperties(PtpObjPropList &list, const VirtualObject &object, quint32 property,
                          quint32 handle, quint32 parentHandle) const;

private:
    const VirtualHandsetProfile &m_profile;
    const VirtualHandsetFaults &m_faults;
};

} // namespace Lifeboat
