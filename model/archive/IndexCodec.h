#pragma once

#include "model/items/CalendarTime.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Lifeboat::IndexCodec {

// Index columns that hold a structured value as one text. Values come back from a file we may
// not have written: decoding never fails, it yields an invalid value instead.
QString encodeTime(const CalendarTime &time);
CalendarTime decodeTime(const QString &text);

// A list kept in one column, items separated by a line feed (which a single-line value never has).
QString encodeList(const QStringList &items);
QStringList decodeList(const QString &text);

// SHA-256 over the given fields, to tell "same UID, different content" in a diff.
QByteArray digest(const QStringList &fields);

} // namespace Lifeboat::IndexCodec
