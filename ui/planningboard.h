// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/calendar.h"

#include <QList>
#include <QPoint>
#include <QRect>
#include <QTimeZone>
#include <QWidget>

namespace Relais {

// The planning board: a column per state of the workflow (draft, in review, approved,
// scheduled, published this week), a card per article or agenda entry with its writer,
// sections and date. A card dragged to another column asks for that state (stateRequested);
// the page decides whether the person's role allows it and the database has the last word.
class PlanningBoard : public QWidget
{
    Q_OBJECT

public:
    explicit PlanningBoard(QWidget *parent = nullptr);

    static QList<WorkflowState> columns();
    void setTimeZone(const QTimeZone &zone) { m_zone = zone; }
    void setItems(const QList<CalendarItem> &items);
    const QList<CalendarItem> &items() const { return m_items; }
    // Columns a card may not be dropped on (the person's role), drawn greyed while dragging.
    void setRefusedColumns(const QList<WorkflowState> &refused);

    QRect columnRect(WorkflowState state) const;
    QRect cardRect(const QUuid &uuid) const;
    // The items of a column, top to bottom.
    QList<CalendarItem> itemsIn(WorkflowState state) const;
    QUuid selectedItem() const { return m_selected; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void stateRequested(const Relais::CalendarItem &item, Relais::WorkflowState to);
    void openRequested(const Relais::CalendarItem &item);
    void contextMenuRequested(const Relais::CalendarItem &item, const QPoint &globalPos);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    static WorkflowState columnOf(const CalendarItem &item);
    int columnAt(const QPoint &pos) const;
    int cardAt(const QPoint &pos) const; // index in m_items
    int cardHeight() const;
    void paintCard(QPainter &p, const CalendarItem &item, const QRect &r, bool ghost) const;

    QTimeZone m_zone;
    QList<CalendarItem> m_items;
    QList<QList<int>> m_byColumn;
    QList<WorkflowState> m_refused;
    QUuid m_selected;
    QUuid m_pressed; // by uuid: the items may be read again during a drag
    int indexOf(const QUuid &uuid) const;
    QPoint m_pressPos;
    QPoint m_dragPos;
    bool m_dragging = false;
};

} // namespace Relais
