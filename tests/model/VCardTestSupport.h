#pragma once

#include "model/items/Contact.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

// Helpers shared by the vCard tests.
namespace Lifeboat::VCardTest {

// The bytes of tests/data/vcard/<name>.
QByteArray fixture(const QString &name);

QString joinParameters(const QList<VCardParameter> &parameters);

// One field of a contact as text, addressed by a short key, so that data rows can check any
// field: "fn", "tel1", "tel1.types", "adr0.street", "extra:X-ABDATE", "extra:X-ABDATE.group", ...
QString field(const Contact &contact, const QString &key);

// "Equal" for a round trip: every field and every extra property, in order, with group,
// parameters and value. Only sourceVersion may differ, since the writer chooses the version.
// Returns the names of the fields that differ; empty when the contacts are equal.
QString differences(const Contact &a, const Contact &b);

// The fixtures of real-world exports that must read without warnings.
QStringList goodFixtures();

} // namespace Lifeboat::VCardTest
