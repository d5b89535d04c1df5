#include "model/ical/VCalendarRuleConverter.h"

#include <QRegularExpression>
#include <QStringList>

namespace Lifeboat {

namespace {

const QStringList &weekdays()
{
    static const QStringList days{QStringLiteral("SU"), QStringLiteral("MO"), QStringLiteral("TU"),
                                  QStringLiteral("WE"), QStringLiteral("TH"), QStringLiteral("FR"),
                                  QStringLiteral("SA")};
    return days;
}

// "1+" -> 1, "2-" -> -2, "3" -> 3, "LD" -> -1; nullopt when not an ordinal.
std::optional<int> ordinal(const QString &token)
{
    if (token == u"LD")
        return -1;
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,3})([+-]?)$"));
    const QRegularExpressionMatch match = pattern.match(token);
    if (!match.hasMatch())
        return std::nullopt;
    const int value = match.captured(1).toInt();
    if (value == 0)
        return std::nullopt;
    return match.captured(2) == u"-" ? -value : value;
}

bool isTimeToken(const QString &token)
{
    static const QRegularExpression pattern(QStringLiteral("^\\d{4}\\$?$"));
    return pattern.match(token).hasMatch();
}

} // namespace

std::optional<QString> VCalendarRuleConverter::toRRule(const QString &v1Rule,
                                                       const UntilFormatter &formatUntil,
                                                       QString *problem)
{
    const QStringList tokens = v1Rule.simplified().toUpper().split(u' ', Qt::SkipEmptyParts);
    static const QRegularExpression head(QStringLiteral("^(D|W|MP|MD|YM|YD)(\\d{1,4})$"));
    const QRegularExpressionMatch match = tokens.isEmpty() ? QRegularExpressionMatch() : head.match(tokens.first());
    if (!match.hasMatch()) {
        *problem = QStringLiteral("unknown vCalendar 1.0 rule \"%1\"").arg(v1Rule);
        return std::nullopt;
    }
    const QString kind = match.captured(1);
    const int interval = qMax(1, match.captured(2).toInt());

    QStringList byList;
    QList<int> pendingOrdinals;  // MP: "1+ 2-" waiting for their weekdays
    bool ordinalsUsed = false;
    int count = 2;               // the 1.0 spec's default when neither #n nor an end is given
    std::optional<VCalendarTime> until;

    for (qsizetype i = 1; i < tokens.size(); ++i) {
        const QString &token = tokens.at(i);
        if (token.startsWith(u'#')) {
            bool ok = false;
            count = token.mid(1).toInt(&ok);
            if (!ok || count < 0) {
                *problem = QStringLiteral("bad count in rule \"%1\"").arg(v1Rule);
                return std::nullopt;
            }
            continue;
        }
        if (head.match(token).hasMatch()) {
            *problem = QStringLiteral("nested vCalendar 1.0 rule \"%1\" not converted").arg(v1Rule);
            return std::nullopt;
        }
        if (token.size() >= 8 && token.at(0).isDigit() && (until = VCalendarTime::parse(token)))
            continue;
        if (isTimeToken(token) && (kind == u"D" || kind == u"W"))
            continue;  // time lists: see the class comment
        if (kind == u"W" && weekdays().contains(token)) {
            byList.append(token);
        } else if (kind == u"MP" && weekdays().contains(token)) {
            for (int position : std::as_const(pendingOrdinals))
                byList.append(QString::number(position) + token);
            ordinalsUsed = true;
        } else if (kind == u"MP" && ordinal(token)) {
            if (ordinalsUsed) {
                pendingOrdinals.clear();
                ordinalsUsed = false;
            }
            pendingOrdinals.append(*ordinal(token));
        } else if (kind == u"MD" && ordinal(token) && qAbs(*ordinal(token)) <= 31) {
            byList.append(QString::number(*ordinal(token)));
        } else if (kind == u"YM" && token.toInt() >= 1 && token.toInt() <= 12) {
            byList.append(QString::number(token.toInt()));
        } else if (kind == u"YD" && ordinal(token) && qAbs(*ordinal(token)) <= 366) {
            byList.append(QString::number(*ordinal(token)));
        } else {
            *problem = QStringLiteral("unexpected \"%1\" in rule \"%2\"").arg(token, v1Rule);
            return std::nullopt;
        }
    }

    QString rule;
    QString byName;
    if (kind == u"D") {
        rule = QStringLiteral("FREQ=DAILY");
    } else if (kind == u"W") {
        rule = QStringLiteral("FREQ=WEEKLY");
        byName = QStringLiteral("BYDAY");
    } else if (kind == u"MP") {
        rule = QStringLiteral("FREQ=MONTHLY");
        byName = QStringLiteral("BYDAY");
    } else if (kind == u"MD") {
        rule = QStringLiteral("FREQ=MONTHLY");
        byName = QStringLiteral("BYMONTHDAY");
    } else if (kind == u"YM") {
        rule = QStringLiteral("FREQ=YEARLY");
        byName = QStringLiteral("BYMONTH");
    } else {
        rule = QStringLiteral("FREQ=YEARLY");
        byName = QStringLiteral("BYYEARDAY");
    }
    if (interval > 1)
        rule += QStringLiteral(";INTERVAL=%1").arg(interval);
    if (until)
        rule += QStringLiteral(";UNTIL=") + formatUntil(*until);
    else if (count > 0)
        rule += QStringLiteral(";COUNT=%1").arg(count);
    if (!byName.isEmpty() && !byList.isEmpty())
        rule += u';' + byName + u'=' + byList.join(u',');
    return rule;
}

} // namespace Lifeboat
