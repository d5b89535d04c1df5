#pragma once

#include "model/archive/ArchiveTypes.h"

#include <QDate>
#include <QWidget>

class QCalendarWidget;
class QLabel;
class QTreeWidget;

namespace Lifeboat {

class EmptyStateStack;

// The calendar tab: a month view in which every day with an event (each occurrence of a
// recurring one) is marked, the selected day's events, and an agenda of the shown month.
class CalendarView : public QWidget
{
    Q_OBJECT
public:
    explicit CalendarView(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(CalendarView)

    void setEvents(QList<IndexedEvent> events);
    void showMonth(int year, int month);
    void selectDate(QDate date);
    // Shows the month and day of an event found by search; false if not listed.
    bool showEvent(qint64 objectId, const QString &uid);

    struct Occurrence
    {
        QDate date;
        int eventIndex = 0;
    };
    QList<Occurrence> occurrencesBetween(QDate from, QDate to) const;

    static constexpr int MaxOccurrencesPerEvent = 1000;

private:
    void refreshMonth();
    void refreshDay();
    QString timeText(const Event &event) const;
    QDate initialDate() const;

    QList<IndexedEvent> m_events;
    QCalendarWidget *m_calendar;
    QLabel *m_dayTitle;
    QTreeWidget *m_dayList;
    QLabel *m_agendaTitle;
    QTreeWidget *m_agenda;
    QLabel *m_inexactNote;
    EmptyStateStack *m_stack;
    QList<QDate> m_markedDates;
};

} // namespace Lifeboat
