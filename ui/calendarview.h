// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/calendar.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QPoint>
#include <QRect>
#include <QTimeZone>
#include <QWidget>

#include <optional>

namespace Relais {

// The month or the week of the editorial calendar, drawn by hand (a month of 2,000 items in a
// few milliseconds): articles at the hour of their publication, agenda entries over their
// days, in the site's time zone. An item dragged with the mouse, or moved with Ctrl+arrows,
// asks for its move (moveRequested); the page saves it. A draft from the side list dropped on
// a day asks for a date (dropRequested).
class CalendarView : public QWidget
{
    Q_OBJECT

public:
    enum class Mode { Month, Week };
    // The MIME type of an item dragged from elsewhere (the side list): "type:id".
    static constexpr auto MimeType = "application/x-relais-calendar-item";

    explicit CalendarView(QWidget *parent = nullptr);

    void setMode(Mode mode);
    Mode mode() const { return m_mode; }
    void setTimeZone(const QTimeZone &zone);
    QTimeZone timeZone() const { return m_zone; }
    // The day shown: its month, or its week.
    void setDate(const QDate &day);
    QDate date() const { return m_date; }
    // The first and last days drawn (a month view draws six weeks).
    QDate firstDay() const;
    QDate lastDay() const;
    void setItems(const QList<CalendarItem> &items);
    const QList<CalendarItem> &items() const { return m_items; }

    // The selection: an item (null uuid: none) and the day of the keyboard's cursor.
    QUuid selectedItem() const { return m_selected; }
    QDate selectedDay() const { return m_cursor; }
    void select(const QUuid &uuid);
    std::optional<CalendarItem> item(const QUuid &uuid) const;

    // Geometry, for tests and the drag: where a day's cell is, where an item is drawn
    // (its first piece), the day and the time of day (week view; invalid in a month) under a point.
    QRect dayRect(const QDate &day) const;
    QRect itemRect(const QUuid &uuid) const;
    QDate dayAt(const QPoint &pos) const;
    QTime timeAt(const QPoint &pos) const;
    // How many items a day has that do not fit its cell ("+4"), as drawn.
    int hiddenCount(const QDate &day) const;
    // Draws the view into painter over rect (printing: the same drawing as the screen).
    void render(QPainter &painter, const QRect &rect, bool forPrint = false);
    // The colour of an item's kind and of its state.
    static QColor kindColour(const QString &kind);
    static QColor stateColour(WorkflowState state);

signals:
    void moveRequested(const Relais::CalendarItem &item, const Relais::Calendar::Move &to);
    void dropRequested(const QString &type, qint64 id, const QDate &day, const QTime &time);
    void openRequested(const Relais::CalendarItem &item);
    void contextMenuRequested(const Relais::CalendarItem &item, const QPoint &globalPos);
    void selectionChanged();
    // A day of a month view clicked on its "+4": the week of that day is asked for.
    void dayRequested(const QDate &day);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    // One drawn piece of an item: a line in a month's cell, a block in a week's column, a bar
    // of the week's all-day strip.
    struct Piece
    {
        int item = -1; // index in m_items
        QDate day;
        QRect rect;
    };
    void layout(const QRect &area);
    void layoutMonth(const QRect &area);
    void layoutWeek(const QRect &area);
    void paintMonth(QPainter &p, bool forPrint);
    void paintWeek(QPainter &p, bool forPrint);
    void paintPiece(QPainter &p, const Piece &piece, bool ghost = false) const;
    void index();
    int pieceAt(const QPoint &pos) const;
    // Where an item dragged to pos goes.
    std::optional<Calendar::Move> dropMove(const CalendarItem &item, const QPoint &pos) const;
    QRect gridRect() const;
    QRect weekHoursRect() const;
    int hourHeight() const;
    void moveCursor(int days);
    void stepWithinDay(int step);
    QList<int> itemsOn(const QDate &day) const { return m_byDay.value(day); }

    Mode m_mode = Mode::Month;
    QTimeZone m_zone;
    QDate m_date;
    QList<CalendarItem> m_items;
    QHash<QDate, QList<int>> m_byDay; // every day an item covers, in drawing order
    // Where each item of m_items falls, worked out once per reading (time zone conversions
    // are what a month of 2,000 items spends most on).
    struct Placed
    {
        QDate first;
        QDate last;
        bool spans = false; // all day, or over several days: the month's top, the week's strip
        int startMinute = 0; // in the site's zone
        QString time; // "08:00 " before its title on its first day; empty for all day
    };
    QList<Placed> m_placed;
    QList<Piece> m_pieces;
    QHash<QDate, int> m_hidden; // what did not fit, per day
    QRect m_laidOut; // the area m_pieces were laid out for
    bool m_dirty = true;
    QUuid m_selected;
    QDate m_cursor;
    // A drag with the mouse: the item pressed (by uuid: the items may be read again meanwhile,
    // a colleague's change arriving), its piece as it was, where, and where it is now.
    struct Pressed
    {
        QUuid uuid;
        QDate day;
        QRect rect;
    };
    std::optional<Pressed> m_pressed;
    int indexOf(const QUuid &uuid) const;
    QPoint m_pressPos;
    QPoint m_dragPos;
    bool m_dragging = false;
    // A drop from outside hovering: the day (and time) it would take.
    QPoint m_dropHover;
    bool m_dropHovering = false;
};

} // namespace Relais
