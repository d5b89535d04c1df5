#include "app/cli/ItemPrinter.h"

#include "app/cli/CliOutput.h"

#include <QJsonArray>
#include <QLocale>

namespace Lifeboat {

namespace {

QJsonValue jsonTime(const CalendarTime &time)
{
    if (!time.isValid())
        return QJsonValue();
    if (time.isAllDay())
        return time.date.toString(Qt::ISODate);
    if (time.kind == CalendarTime::Kind::Floating)
        return time.dateTime.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    return time.dateTime.toUTC().toString(Qt::ISODate);
}

} // namespace

ItemPrinter::ItemPrinter(Archive &archive, CliStreams &streams, OutputFormat format)
    : m_archive(archive)
    , m_streams(streams)
    , m_format(format)
{}

QString ItemPrinter::timeText(const CalendarTime &time)
{
    const QLocale locale;
    if (!time.isValid())
        return QString();
    if (time.isAllDay())
        return locale.toString(time.date, QLocale::ShortFormat);
    const QDateTime shown = time.kind == CalendarTime::Kind::Floating ? time.dateTime
                                                                       : time.dateTime.toLocalTime();
    return locale.toString(shown, QLocale::ShortFormat);
}

QJsonObject ItemPrinter::contactJson(const IndexedContact &indexed)
{
    const Contact &c = indexed.item;
    QJsonArray phones;
    for (const ContactPhone &phone : c.phones)
        phones.append(QJsonObject{{QStringLiteral("number"), phone.number},
                                  {QStringLiteral("types"), QJsonArray::fromStringList(phone.types)}});
    QJsonArray emails;
    for (const ContactEmail &email : c.emails)
        emails.append(QJsonObject{{QStringLiteral("address"), email.address},
                                  {QStringLiteral("types"), QJsonArray::fromStringList(email.types)}});
    return QJsonObject{{QStringLiteral("object"), indexed.objectId},
                       {QStringLiteral("uid"), c.uid},
                       {QStringLiteral("name"), c.displayName()},
                       {QStringLiteral("organization"), c.organization.join(QStringLiteral(", "))},
                       {QStringLiteral("phones"), phones},
                       {QStringLiteral("emails"), emails},
                       {QStringLiteral("birthday"), c.birthday.isValid()
                            ? QJsonValue(c.birthday.toString(Qt::ISODate)) : QJsonValue()}};
}

QJsonObject ItemPrinter::eventJson(const IndexedEvent &indexed)
{
    const Event &e = indexed.item;
    return QJsonObject{{QStringLiteral("object"), indexed.objectId},
                       {QStringLiteral("uid"), e.uid},
                       {QStringLiteral("summary"), e.summary},
                       {QStringLiteral("location"), e.location},
                       {QStringLiteral("start"), jsonTime(e.start)},
                       {QStringLiteral("end"), jsonTime(e.end)},
                       {QStringLiteral("all_day"), e.start.isAllDay()},
                       {QStringLiteral("recurrence"), e.recurrenceRule}};
}

QJsonObject ItemPrinter::todoJson(const IndexedTodo &indexed)
{
    const Todo &t = indexed.item;
    return QJsonObject{{QStringLiteral("object"), indexed.objectId},
                       {QStringLiteral("uid"), t.uid},
                       {QStringLiteral("summary"), t.summary},
                       {QStringLiteral("due"), jsonTime(t.due)},
                       {QStringLiteral("status"), Todo::statusName(t.status)},
                       {QStringLiteral("priority"), t.priority},
                       {QStringLiteral("percent_complete"), t.percentComplete}};
}

QJsonObject ItemPrinter::photoJson(const IndexedPhoto &indexed)
{
    const Photo &p = indexed.item;
    return QJsonObject{{QStringLiteral("object"), indexed.objectId},
                       {QStringLiteral("path"), p.path},
                       {QStringLiteral("size"), qint64(p.size)},
                       {QStringLiteral("taken"), p.taken.isValid()
                            ? QJsonValue(p.taken.toUTC().toString(Qt::ISODate)) : QJsonValue()},
                       {QStringLiteral("width"), p.width},
                       {QStringLiteral("height"), p.height}};
}

void ItemPrinter::heading(const QString &title, qsizetype count)
{
    m_streams.out << QStringLiteral("%1 (%2)").arg(title).arg(count) << '\n';
}

Status ItemPrinter::printSnapshot(qint64 snapshotId, const QList<ItemKind> &kinds)
{
    QJsonObject json{{QStringLiteral("snapshot"), snapshotId}};
    const bool text = m_format == OutputFormat::Text;

    if (kinds.contains(ItemKind::Contact)) {
        const auto contacts = m_archive.contacts(snapshotId);
        if (!contacts)
            return contacts.error();
        QJsonArray array;
        if (text)
            heading(tr("Contacts"), contacts->size());
        for (const IndexedContact &c : *contacts) {
            if (!text) {
                array.append(contactJson(c));
                continue;
            }
            QStringList details;
            if (!c.item.phones.isEmpty())
                details << c.item.phones.first().number;
            if (!c.item.emails.isEmpty())
                details << c.item.emails.first().address;
            m_streams.out << QStringLiteral("  %1  %2").arg(c.item.displayName(), -30)
                                 .arg(details.join(QStringLiteral("  ")))
                          << '\n';
        }
        if (!text)
            json.insert(QStringLiteral("contacts"), array);
    }
    if (kinds.contains(ItemKind::Event)) {
        const auto events = m_archive.events(snapshotId);
        if (!events)
            return events.error();
        QJsonArray array;
        if (text)
            heading(tr("Events"), events->size());
        for (const IndexedEvent &e : *events) {
            if (!text) {
                array.append(eventJson(e));
                continue;
            }
            QString line = QStringLiteral("  %1  %2").arg(timeText(e.item.start), -18).arg(e.item.summary);
            if (!e.item.location.isEmpty())
                line += QStringLiteral(" (%1)").arg(e.item.location);
            if (e.item.isRecurring())
                line += QStringLiteral(" ") + tr("[repeats]");
            m_streams.out << line << '\n';
        }
        if (!text)
            json.insert(QStringLiteral("events"), array);
    }
    if (kinds.contains(ItemKind::Todo)) {
        const auto todos = m_archive.todos(snapshotId);
        if (!todos)
            return todos.error();
        QJsonArray array;
        if (text)
            heading(tr("To-dos"), todos->size());
        for (const IndexedTodo &t : *todos) {
            if (!text) {
                array.append(todoJson(t));
                continue;
            }
            const bool done = t.item.status == Todo::Status::Completed;
            m_streams.out << QStringLiteral("  [%1] %2  %3")
                                 .arg(done ? u'x' : u' ')
                                 .arg(timeText(t.item.due), -18)
                                 .arg(t.item.summary)
                          << '\n';
        }
        if (!text)
            json.insert(QStringLiteral("todos"), array);
    }
    if (kinds.contains(ItemKind::Photo)) {
        const auto photos = m_archive.photos(snapshotId);
        if (!photos)
            return photos.error();
        QJsonArray array;
        if (text)
            heading(tr("Photos"), photos->size());
        const QLocale locale;
        for (const IndexedPhoto &p : *photos) {
            if (!text) {
                array.append(photoJson(p));
                continue;
            }
            m_streams.out << QStringLiteral("  %1  %2  %3")
                                 .arg(locale.toString(p.item.taken.toLocalTime(), QLocale::ShortFormat), -18)
                                 .arg(p.item.path, -40)
                                 .arg(CliOutput::bytes(p.item.size))
                          << '\n';
        }
        if (!text)
            json.insert(QStringLiteral("photos"), array);
    }
    if (!text)
        CliOutput::printJson(m_streams, json);
    return {};
}

} // namespace Lifeboat
