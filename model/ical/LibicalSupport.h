#pragma once

// Private to model/ical: includes libical, which lifeboat_model links PRIVATE.

#include <QByteArray>
#include <QMutex>
#include <QString>

#include <libical/ical.h>

#include <memory>

namespace Lifeboat {

struct IcalComponentDeleter
{
    void operator()(icalcomponent *component) const { icalcomponent_free(component); }
};
using IcalComponentPtr = std::unique_ptr<icalcomponent, IcalComponentDeleter>;

struct IcalRecurIteratorDeleter
{
    void operator()(icalrecur_iterator *iterator) const { icalrecur_iterator_free(iterator); }
};
using IcalRecurIteratorPtr = std::unique_ptr<icalrecur_iterator, IcalRecurIteratorDeleter>;

struct IcalBufferDeleter
{
    void operator()(char *buffer) const { icalmemory_free_buffer(buffer); }
};
using IcalBufferPtr = std::unique_ptr<char, IcalBufferDeleter>;

// libical 3 keeps icalerrno and its ring buffer per thread, but its time zone cache (built-in
// zones, the UTC zone, icaltimezone component caches) and the "errors are fatal" switch are
// process-wide and unguarded. Every call into libical from Lifeboat holds this lock, which also
// makes sure errors are never fatal (libical would otherwise abort() on some bad input).
class LibicalLock
{
public:
    LibicalLock();
    ~LibicalLock();
    LibicalLock(const LibicalLock &) = delete;
    LibicalLock &operator=(const LibicalLock &) = delete;

private:
    QMutexLocker<QMutex> m_locker;
};

// Text helpers: libical hands out UTF-8 C strings that may be null.
QString icalText(const char *text);
QString icalPropertyValueText(const icalproperty *property);  // as written, e.g. an RRULE
QString icalParameterText(const icalproperty *property, icalparameter_kind kind);

// Parses one complete VCALENDAR (NUL-terminated copy); null when libical gives up.
IcalComponentPtr parseIcalComponent(const QByteArray &text);
QByteArray serializeIcalComponent(icalcomponent *component);

} // namespace Lifeboat
