#include "device/virtual/ObjectNameRules.h"

namespace Lifeboat {

QString ObjectNameRules::problem(const QString &name)
{
    if (name.isEmpty())
        return QStringLiteral("empty name");
    if (name == u"." || name == u"..")
        return QStringLiteral("name is a relative directory reference");
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (c == u'/' || c == u'\\')
            return QStringLiteral("name contains a path separator");
        if (c.unicode() < 0x20)
            return QStringLiteral("name contains a control character or NUL");
        if (c.isHighSurrogate() && i + 1 < name.size() && name.at(i + 1).isLowSurrogate()) {
            ++i;
            continue;
        }
        if (c.isSurrogate())
            return QStringLiteral("name contains a lone surrogate");
    }
    // Lone surrogates are refused above, so the UTF-8 length is exact.
    if (name.toUtf8().size() > MaxNameBytes)
        return QStringLiteral("name longer than %1 bytes").arg(MaxNameBytes);
    return {};
}

} // namespace Lifeboat
