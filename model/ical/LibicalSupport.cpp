#include "model/ical/LibicalSupport.h"

namespace Lifeboat {

namespace {
QMutex &libicalMutex()
{
    static QMutex mutex;
    return mutex;
}
} // namespace

LibicalLock::LibicalLock()
    : m_locker(&libicalMutex())
{
    icalerror_set_errors_are_fatal(0);
    icalerror_clear_errno();
}

LibicalLock::~LibicalLock()
{
    icalerror_clear_errno();
}

QString icalText(const char *text)
{
    return text ? QString::fromUtf8(text) : QString();
}

QString icalPropertyValueText(const icalproperty *property)
{
    if (!property)
        return {};
    IcalBufferPtr text(icalproperty_get_value_as_string_r(property));
    return icalText(text.get());
}

QString icalParameterText(const icalproperty *property, icalparameter_kind kind)
{
    // libical's accessors take non-const pointers although they do not modify.
    auto *mutableProperty = const_cast<icalproperty *>(property);
    icalparameter *parameter = icalproperty_get_first_parameter(mutableProperty, kind);
    if (!parameter)
        return {};
    if (kind == ICAL_TZID_PARAMETER)
        return icalText(icalparameter_get_tzid(parameter));
    return icalText(icalparameter_as_ical_string(parameter));
}

IcalComponentPtr parseIcalComponent(const QByteArray &text)
{
    // QByteArray::constData() is NUL-terminated, which is what libical's parser needs.
    return IcalComponentPtr(icalparser_parse_string(text.constData()));
}

QByteArray serializeIcalComponent(icalcomponent *component)
{
    IcalBufferPtr text(icalcomponent_as_ical_string_r(component));
    return text ? QByteArray(text.get()) : QByteArray();
}

} // namespace Lifeboat
