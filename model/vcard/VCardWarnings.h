#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Lifeboat {

// Collects warnings up to a bound, so that a file of a million garbage lines cannot grow an
// unbounded list; the rest are only counted and summed up at the end.
class VCardWarnings
{
    Q_DECLARE_TR_FUNCTIONS(Lifeboat::VCardWarnings)

public:
    explicit VCardWarnings(qsizetype max) : m_max(max) {}

    void add(const QString &warning)
    {
        if (m_list.size() < m_max)
            m_list.append(warning);
        else
            ++m_suppressed;
    }

    QStringList take()
    {
        if (m_suppressed > 0)
            m_list.append(tr("%n further problem(s) were not listed.", nullptr, int(m_suppressed)));
        m_suppressed = 0;
        return std::exchange(m_list, {});
    }

private:
    qsizetype m_max;
    qsizetype m_suppressed = 0;
    QStringList m_list;
};

} // namespace Lifeboat
