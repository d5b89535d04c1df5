#include "ui/calendar/CalendarView.h"

#include "ui/EmptyStateStack.h"
#include "model/ical/RecurrenceExpander.h"

#include <QCalendarWidget>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSet>
#include <QSplitter>
#include <QTextCharFormat>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Lifeboat {

namespace {

QTreeWidget *makeEventTree(const QString &objectName, const QString &accessibleName,
                           const QStringList &headers, QWidget *parent)
{
    auto *tree = new QTreeWidget(parent);
    tree->setObjectName(objectName);
    tree->setAccessibleName(accessibleName);
    tree->setHeaderLabels(headers);
    tree->setRootIsDecorated(false);
    tree->setUniformRowHeights(true);
    tree->setAlternatingRowColors(true);
    tree->header()->setStretchLastSection(true);
    return tree;
}

QDate localDate(const CalendarTime &time)
{
    if (time.kind == CalendarTime::Kind::Utc && time.dateTime.isValid())
        return time.dateTime.toLocalTime().date();
    return time.date.isValid() ? time.date : time.dateTime.date();
}

// The dates in [from, to] on which the event starts. A rule the expander refuses (or one past
// its limits) shows the first date only and sets `exact` to false.
QList<QDate> occurrenceDates(const Event &event, QDate from, QDate to, bool *exact)
{
    const QDate start = localDate(event.start);
    if (!event.isRecurring())
        return start.isValid() && start >= from && start <= to ? QList<QDate>{start} : QList<QDate>{};
    auto expanded = RecurrenceExpander::occurrences(event, QDateTime(from, QTime(0, 0)),
                                                    QDateTime(to.addDays(1), QTime(0, 0)),
                                                    CalendarView::MaxOccurrencesPerEvent);
    if (!expanded) {
        if (exact)
            *exact = false;
        return start.isValid() && start >= from && start <= to ? QList<QDate>{start} : QList<QDate>{};
    }
    QList<QDate> dates;
    for (const CalendarTime &time : std::as_const(expanded.value())) {
        const QDate date = localDate(time);
        if (date.isValid() && date >= from && date <= to && (dates.isEmpty() || dates.constLast() != date))
            dates.append(date);
    }
    return dates;
}

// Overrides of single occurrences (RECURRENCE-ID) replace the master's occurrence that day.
QSet<QString> overrideKeys(const QList<IndexedEvent> &events)
{
    QSet<QString> keys;
    for (const IndexedEvent &entry : events) {
        if (entry.item.recurrenceId.isValid()) {
            keys.insert(entry.item.uid + u'|'
                        + localDate(entry.item.recurrenceId).toString(Qt::ISODate));
        }
    }
    return keys;
}

} // namespace

CalendarView::CalendarView(QWidget *parent)
    : QWidget(parent)
    , m_calendar(new QCalendarWidget(this))
    , m_dayTitle(new QLabel(this))
    , m_dayList(makeEventTree(QStringLiteral("dayEventList"), tr("Events on the selected day"),
                              {tr("Time"), tr("Event"), tr("Location")}, this))
    , m_agendaTitle(new QLabel(this))
    , m_agenda(makeEventTree(QStringLiteral("agendaList"), tr("Agenda of the shown month"),
                             {tr("Date"), tr("Time"), tr("Event"), tr("Location")}, this))
    , m_inexactNote(new QLabel(this))
{
    setObjectName(QStringLiteral("calendarView"));
    m_calendar->setObjectName(QStringLiteral("monthView"));
    m_calendar->setAccessibleName(tr("Month"));
    m_calendar->setGridVisible(true);
    m_calendar->setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
    m_calendar->setFirstDayOfWeek(QLocale().firstDayOfWeek());

    m_dayTitle->setObjectName(QStringLiteral("dayTitle"));
    m_agendaTitle->setObjectName(QStringLiteral("agendaTitle"));
    QFont titleFont = m_agendaTitle->font();
    titleFont.setBold(true);
    m_dayTitle->setFont(titleFont);
    m_agendaTitle->setFont(titleFont);
    m_inexactNote->setObjectName(QStringLiteral("recurrenceNote"));
    m_inexactNote->setWordWrap(true);
    m_inexactNote->setForegroundRole(QPalette::PlaceholderText);
    m_inexactNote->setText(tr("Some repeating events have rules Lifeboat cannot expand; they are "
                              "shown on their first date only."));
    m_inexactNote->hide();

    // The month grows with the window; the selected day and the month's agenda sit beside it.
    m_calendar->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    m_calendar->setMinimumSize(m_calendar->minimumSizeHint());

    auto *day = new QWidget(this);
    auto *dayLayout = new QVBoxLayout(day);
    dayLayout->setContentsMargins(0, 0, 0, 0);
    dayLayout->addWidget(m_dayTitle);
    dayLayout->addWidget(m_dayList, 1);

    auto *agenda = new QWidget(this);
    auto *agendaLayout = new QVBoxLayout(agenda);
    agendaLayout->setContentsMargins(0, 0, 0, 0);
    agendaLayout->addWidget(m_agendaTitle);
    agendaLayout->addWidget(m_agenda, 1);
    agendaLayout->addWidget(m_inexactNote);

    auto *side = new QSplitter(Qt::Vertical, this);
    side->setObjectName(QStringLiteral("calendarSideSplitter"));
    side->addWidget(day);
    side->addWidget(agenda);
    side->setStretchFactor(1, 2);
    side->setChildrenCollapsible(false);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("calendarSplitter"));
    splitter->addWidget(m_calendar);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    m_stack = new EmptyStateStack(splitter, QStringLiteral("calendarStack"), this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stack);

    connect(m_calendar, &QCalendarWidget::currentPageChanged, this, [this] { refreshMonth(); });
    connect(m_calendar, &QCalendarWidget::selectionChanged, this, [this] { refreshDay(); });
    connect(m_agenda, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        selectDate(item->data(0, Qt::UserRole).toDate());
    });
}

void CalendarView::setEvents(QList<IndexedEvent> events)
{
    m_events = std::move(events);
    if (m_events.isEmpty()) {
        m_stack->showMessage(tr("This snapshot holds no calendar events."));
    } else {
        m_stack->showContent();
    }
    bool exact = true;
    for (const IndexedEvent &entry : std::as_const(m_events)) {
        const QDate start = localDate(entry.item.start);
        if (entry.item.isRecurring() && start.isValid())
            occurrenceDates(entry.item, start, start.addYears(1), &exact);
    }
    m_inexactNote->setVisible(!exact);
    selectDate(initialDate());
    refreshMonth();
}

QDate CalendarView::initialDate() const
{
    // Today if this month has events, else the next date with one, else the last one: what a
    // person opening a calendar expects.
    const QDate today = QDate::currentDate();
    const QDate monthStart(today.year(), today.month(), 1);
    if (!occurrencesBetween(monthStart, monthStart.addMonths(1).addDays(-1)).isEmpty())
        return today;
    const QList<Occurrence> upcoming = occurrencesBetween(today, today.addYears(2));
    if (!upcoming.isEmpty())
        return upcoming.constFirst().date;
    QDate latest;
    for (const IndexedEvent &entry : m_events) {
        const QDate date = localDate(entry.item.start);
        if (date.isValid() && (!latest.isValid() || date > latest))
            latest = date;
    }
    return latest.isValid() ? latest : today;
}

QList<CalendarView::Occurrence> CalendarView::occurrencesBetween(QDate from, QDate to) const
{
    const QSet<QString> overridden = overrideKeys(m_events);
    QList<Occurrence> occurrences;
    for (int i = 0; i < m_events.size(); ++i) {
        const Event &event = m_events.at(i).item;
        const QList<QDate> dates = occurrenceDates(event, from, to, nullptr);
        for (const QDate &date : dates) {
            if (!event.recurrenceId.isValid()
                && overridden.contains(event.uid + u'|' + date.toString(Qt::ISODate)))
                continue;
            occurrences.append({date, i});
        }
    }
    std::stable_sort(occurrences.begin(), occurrences.end(), [this](const Occurrence &a, const Occurrence &b) {
        if (a.date != b.date)
            return a.date < b.date;
        return timeText(m_events.at(a.eventIndex).item) < timeText(m_events.at(b.eventIndex).item);
    });
    return occurrences;
}

QString CalendarView::timeText(const Event &event) const
{
    if (event.start.isAllDay())
        return tr("All day");
    QDateTime start = event.start.dateTime;
    if (event.start.kind == CalendarTime::Kind::Utc || event.start.kind == CalendarTime::Kind::Zoned)
        start = start.toLocalTime();
    if (!start.isValid())
        return {};
    QString text = QLocale().toString(start.time(), QLocale::ShortFormat);
    if (event.end.isValid() && !event.end.isAllDay()) {
        QDateTime end = event.end.dateTime;
        if (event.end.kind == CalendarTime::Kind::Utc || event.end.kind == CalendarTime::Kind::Zoned)
            end = end.toLocalTime();
        if (end.isValid())
            text = tr("%1 – %2").arg(text, QLocale().toString(end.time(), QLocale::ShortFormat));
    }
    return text;
}

void CalendarView::showMonth(int year, int month)
{
    m_calendar->setCurrentPage(year, month);
}

void CalendarView::selectDate(QDate date)
{
    if (!date.isValid())
        return;
    m_calendar->setSelectedDate(date);
    m_calendar->setCurrentPage(date.year(), date.month());
    refreshDay();
}

bool CalendarView::showEvent(qint64 objectId, const QString &uid)
{
    for (const IndexedEvent &entry : std::as_const(m_events)) {
        if (entry.objectId == objectId && (uid.isEmpty() || entry.item.uid == uid)) {
            selectDate(localDate(entry.item.start));
            return true;
        }
    }
    return false;
}

void CalendarView::refreshMonth()
{
    for (const QDate &date : std::as_const(m_markedDates))
        m_calendar->setDateTextFormat(date, QTextCharFormat());
    m_markedDates.clear();

    const QDate first(m_calendar->yearShown(), m_calendar->monthShown(), 1);
    const QDate last = first.addMonths(1).addDays(-1);
    m_agendaTitle->setText(tr("Agenda for %1").arg(QLocale().toString(first, QStringLiteral("MMMM yyyy"))));
    m_agenda->clear();

    QTextCharFormat marked;
    marked.setFontWeight(QFont::Bold);
    marked.setFontUnderline(true);
    const QList<Occurrence> occurrences = occurrencesBetween(first, last);
    for (const Occurrence &occurrence : occurrences) {
        const Event &event = m_events.at(occurrence.eventIndex).item;
        auto *item = new QTreeWidgetItem(m_agenda, {QLocale().toString(occurrence.date, QStringLiteral("ddd d")),
                                                    timeText(event), event.summary, event.location});
        item->setData(0, Qt::UserRole, occurrence.date);
        if (!m_markedDates.contains(occurrence.date)) {
            m_markedDates.append(occurrence.date);
            m_calendar->setDateTextFormat(occurrence.date, marked);
        }
    }
    if (occurrences.isEmpty()) {
        auto *item = new QTreeWidgetItem(m_agenda, {QString(), QString(), tr("No events this month.")});
        item->setFlags(Qt::NoItemFlags);
    }
    for (int column = 0; column < m_agenda->columnCount() - 1; ++column)
        m_agenda->resizeColumnToContents(column);
}

void CalendarView::refreshDay()
{
    const QDate date = m_calendar->selectedDate();
    m_dayTitle->setText(QLocale().toString(date, QLocale::LongFormat));
    m_dayList->clear();
    const QList<Occurrence> occurrences = occurrencesBetween(date, date);
    for (const Occurrence &occurrence : occurrences) {
        const Event &event = m_events.at(occurrence.eventIndex).item;
        new QTreeWidgetItem(m_dayList, {timeText(event), event.summary, event.location});
    }
    if (occurrences.isEmpty()) {
        auto *item = new QTreeWidgetItem(m_dayList, {QString(), tr("Nothing on this day.")});
        item->setFlags(Qt::NoItemFlags);
    }
    m_dayList->resizeColumnToContents(0);
    m_dayList->resizeColumnToContents(1);
}

} // namespace Lifeboat
