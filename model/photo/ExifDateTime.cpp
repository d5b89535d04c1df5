#include "model/photo/ExifDateTime.h"

#include <QTimeZone>

#include <optional>

namespace Lifeboat {

namespace {

std::optional<int> digits(QByteArrayView text, qsizetype from, qsizetype count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        if (i >= text.size() || text[i] < '0' || text[i] > '9')
            return std::nullopt;
        value = value * 10 + (text[i] - '0');
    }
    return value;
}

bool isSeparator(char c, char expected)
{
    // Some phones write ISO dashes in the date part; accept them rather than lose the date.
    return c == expected || (expected == ':' && c == '-');
}

} // namespace

std::optional<int> ExifDateTime::parseOffset(QByteArrayView offset)
{
    const QByteArrayView text = offset.trimmed();
    if (text.size() != 6 || (text[0] != '+' && text[0] != '-') || text[3] != ':')
        return std::nullopt;
    const auto hours = digits(text, 1, 2);
    const auto minutes = digits(text, 4, 2);
    if (!hours || !minutes || *hours > 14 || *minutes > 59)
        return std::nullopt;
    const int seconds = *hours * 3600 + *minutes * 60;
    return text[0] == '-' ? -seconds : seconds;
}

QDateTime ExifDateTime::parse(QByteArrayView dateTime, QByteArrayView subSeconds,
                              QByteArrayView offset)
{
    const QByteArrayView text = dateTime.trimmed();
    if (text.size() < 19 || !isSeparator(text[4], ':') || !isSeparator(text[7], ':')
        || (text[10] != ' ' && text[10] != 'T') || text[13] != ':' || text[16] != ':')
        return {};
    const auto year = digits(text, 0, 4);
    const auto month = digits(text, 5, 2);
    const auto day = digits(text, 8, 2);
    const auto hour = digits(text, 11, 2);
    const auto minute = digits(text, 14, 2);
    const auto second = digits(text, 17, 2);
    if (!year || !month || !day || !hour || !minute || !second || *year == 0)
        return {};
    const QDate date(*year, *month, *day);
    int msec = 0;
    const QByteArrayView sub = subSeconds.trimmed();
    if (!sub.isEmpty()) {
        // SubSecTime is a decimal fraction: "5" is 500 ms, "123456" is 123 ms.
        const qsizetype n = std::min<qsizetype>(sub.size(), 3);
        if (const auto fraction = digits(sub, 0, n))
            msec = *fraction * (n == 1 ? 100 : n == 2 ? 10 : 1);
    }
    const QTime time(*hour, *minute, *second, msec);
    if (!date.isValid() || !time.isValid())
        return {};
    if (const auto seconds = parseOffset(offset))
        return QDateTime(date, time, QTimeZone(*seconds));
    return QDateTime(date, time, Qt::LocalTime);
}

} // namespace Lifeboat
