#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace Lifeboat {

// The contacts of the demo set: vCards of the varieties real phones write, chosen by index:
// Android's 2.1 with quoted-printable UTF-8 names, Apple's 3.0 with item groups, X-ABLabel and a
// photo, and 4.0. Deterministic for (seed, index).
class DemoContacts
{
public:
    enum class Variety { Android21, Apple30, Version40 };

    static Variety varietyOf(int index);
    static QString fileName(quint64 seed, int index);
    // `photoJpeg` is embedded in Apple 3.0 cards when not empty.
    static QByteArray card(quint64 seed, int index, const QByteArray &photoJpeg);
    static QDateTime modified(quint64 seed, int index);
};

} // namespace Lifeboat
