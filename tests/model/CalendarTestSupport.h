#pragma once

#include "model/ical/ICalendarReader.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QString>

namespace Lifeboat::Test {

inline QByteArray calendarFixture(const QString &name)
{
    QFile file(QStringLiteral(LIFEBOAT_TEST_DATA_DIR "/ical/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

inline const Event *eventByUid(const CalendarParseResult &result, const QString &uid, bool override = false)
{
    for (const Event &event : result.events) {
        if (event.uid == uid && event.recurrenceId.isValid() == override)
            return &event;
    }
    return nullptr;
}

// A python3 that has the independent parsers (python3-icalendar, python3-vobject) installed;
// empty when there is none. Debian's own interpreter is preferred over pyenv shims.
inline QString pythonWithCalendarModules()
{
    QStringList candidates{QStringLiteral("/usr/bin/python3")};
    const QString onPath = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (!onPath.isEmpty())
        candidates.append(onPath);
    for (const QString &python : candidates) {
        if (!QFile::exists(python))
            continue;
        QProcess probe;
        probe.start(python, {QStringLiteral("-c"), QStringLiteral("import icalendar, vobject")});
        if (probe.waitForFinished(20000) && probe.exitStatus() == QProcess::NormalExit && probe.exitCode() == 0)
            return python;
    }
    return {};
}

// Runs `script` with the given arguments; returns stdout, or an empty array with `error` set.
inline QByteArray runPython(const QString &python, const QString &script, const QStringList &arguments,
                            QString *error)
{
    QProcess process;
    process.start(python, QStringList{QStringLiteral("-c"), script} + arguments);
    if (!process.waitForFinished(30000) || process.exitCode() != 0) {
        *error = QString::fromUtf8(process.readAllStandardError());
        return {};
    }
    return process.readAllStandardOutput();
}

// Every well-formed fixture, in the order the merger tests add them.
inline const QStringList kGoodFixtures{
    QStringLiteral("outlook_windows_tz.ics"), QStringLiteral("google_export.ics"),
    QStringLiteral("apple_valarm.ics"),       QStringLiteral("rfc5545_examples.ics"),
    QStringLiteral("allday.ics"),             QStringLiteral("todos.ics"),
    QStringLiteral("mixed.ics"),              QStringLiteral("nokia_s60.vcs"),
    QStringLiteral("sonyericsson_tz.vcs")};

inline CalendarParseResult parseOrFail(const QString &file)
{
    const QByteArray data = calendarFixture(file);
    const Result<CalendarParseResult> result = ICalendarReader::parse(data);
    if (!result) {
        qWarning() << file << result.error().toString();
        return {};
    }
    return *result;
}

} // namespace Lifeboat::Test
