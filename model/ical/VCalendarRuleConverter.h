#pragma once

// Private to model/ical: vCalendar 1.0 RRULE ("W1 MO TU #10") -> RFC 5545 RRULE.

#include "model/ical/VCalendarTime.h"

#include <QString>

#include <functional>
#include <optional>

namespace Lifeboat {

// Converted: D<n>, W<n> <days>, MP<n> <1+|2-...> <days>, MD<n> <days|n-|LD>, YM<n> <months>,
// YD<n> <yeardays>, each with "#count" ("#0": forever; none: #2 as the 1.0 spec says) or an end
// date (-> UNTIL, spelled like DTSTART as RFC 5545 demands).
// Not converted (the rule is dropped and a warning given): nested rules ("D1 #2 M5 #3"),
// and time lists in D/W rules ("D1 1200 1800"), which have no simple RFC 5545 form; the
// time lists alone are ignored, so such an entry keeps its first daily time only.
class VCalendarRuleConverter
{
public:
    using UntilFormatter = std::function<QString(const VCalendarTime &)>;

    static std::optional<QString> toRRule(const QString &v1Rule, const UntilFormatter &formatUntil,
                                          QString *problem);
};

} // namespace Lifeboat
