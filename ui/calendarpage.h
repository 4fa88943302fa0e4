// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/calendar.h"
#include "result.h"

#include <QDate>
#include <QTimeZone>
#include <QUuid>
#include <QWidget>

class QButtonGroup;
class QComboBox;
class QLabel;
class QListWidget;
class QPagedPaintDevice;
class QPushButton;
class QScrollArea;
class QStackedWidget;
class QToolButton;
class QUndoStack;

namespace Relais {

class CalendarView;
class PlanningBoard;
class Store;

// The Calendar page (Ctrl+6): the month or the week of the site's time zone with the drafts
// that have no date beside it, or the planning board; filters by section, kind, state and
// person; Print and Save as PDF. Moves are saved at once with the revision the page read (a
// colleague's save in between is never overwritten) and go on the window's undo stack.
class CalendarPage : public QWidget
{
    Q_OBJECT

public:
    enum class View { Month, Week, Board };

    CalendarPage(Store &store, QUndoStack &undo, QWidget *parent = nullptr);

    void setView(View view);
    View view() const { return m_view; }
    void setDate(const QDate &day);
    QDate date() const;
    // Nothing is written (a read-only database): moves and state changes are refused.
    void setReadOnly(bool readOnly);

    CalendarView *calendar() const { return m_calendar; }
    PlanningBoard *board() const { return m_board; }
    QListWidget *undatedList() const { return m_undated; }
    QComboBox *filter(const QString &name) const; // section, kind, state, person
    QTimeZone timeZone() const { return m_zone; }

    // Reads what the page shows again (after a change here or elsewhere), keeping the selection.
    void reload();
    // What it shows is out of date: read again when next shown.
    void invalidate() { m_loaded = false; }
    // The month shown, A4 landscape, on a printer or a PDF file.
    void printTo(QPagedPaintDevice &device);
    Result<void> saveAsPdf(const QString &path);

    // What the page does on a request (the view's and the board's signals end here); public for
    // tests and the keyboard. False with a message when refused or when it failed.
    bool moveItem(const CalendarItem &item, const Calendar::Move &to);
    bool scheduleUndated(const QString &type, qint64 id, const QDate &day, const QTime &time);
    bool changeState(const CalendarItem &item, WorkflowState to, const QString &reason = {});
    // The states the person's role lets them take item to from the board or the menu.
    QList<WorkflowState> allowedStates(const CalendarItem &item) const;

signals:
    void openItem(const QString &type, const QUuid &uuid);
    void message(const QString &text);
    // Something was saved from the page: lists and counts follow.
    void changed();

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    // Reads the period shown; everything: the site's settings and the drafts without a date too.
    void read(bool everything);
    void fillFilters();
    void step(int direction);
    void updateTitle();
    void showMenu(const CalendarItem &item, const QPoint &globalPos);
    CalendarFilter currentFilter() const;
    QString askReason(const CalendarItem &item);

    Store &m_store;
    QUndoStack &m_undo;
    View m_view = View::Month;
    QTimeZone m_zone;
    QTime m_publishTime;
    bool m_readOnly = false;
    bool m_loaded = false;
    bool m_lastMoveOk = false;
    QList<CalendarItem> m_all; // of the period, before the filters
    QList<CalendarItem> m_allBoard;

    QToolButton *m_previous = nullptr;
    QToolButton *m_next = nullptr;
    QPushButton *m_today = nullptr;
    QLabel *m_title = nullptr;
    QButtonGroup *m_views = nullptr;
    QPushButton *m_month = nullptr;
    QPushButton *m_week = nullptr;
    QPushButton *m_boardButton = nullptr;
    QComboBox *m_section = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_state = nullptr;
    QComboBox *m_person = nullptr;
    QToolButton *m_print = nullptr;
    QLabel *m_undatedLabel = nullptr;
    QListWidget *m_undated = nullptr;
    QWidget *m_side = nullptr;
    QStackedWidget *m_stack = nullptr;
    CalendarView *m_calendar = nullptr;
    PlanningBoard *m_board = nullptr;
    QScrollArea *m_boardScroll = nullptr;
};

} // namespace Relais
