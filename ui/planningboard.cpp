// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "planningboard.h"

#include "calendarview.h"
#include "content/vocabulary.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>

namespace Relais {

namespace {

constexpr int TitleHeight = 28;
constexpr int Margin = 6;

} // namespace

PlanningBoard::PlanningBoard(QWidget *parent)
    : QWidget(parent)
    , m_zone(QTimeZone::systemTimeZone())
{
    setObjectName(QStringLiteral("planningBoard"));
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

QList<WorkflowState> PlanningBoard::columns()
{
    return { WorkflowState::Draft, WorkflowState::InReview, WorkflowState::Approved,
        WorkflowState::Scheduled, WorkflowState::Published };
}

WorkflowState PlanningBoard::columnOf(const CalendarItem &item)
{
    return item.state == WorkflowState::Archived ? WorkflowState::Published : item.state;
}

void PlanningBoard::setItems(const QList<CalendarItem> &items)
{
    m_items = items;
    m_byColumn = QList<QList<int>>(columns().size());
    for (int i = 0; i < m_items.size(); ++i) {
        const int column = int(columns().indexOf(columnOf(m_items.at(i))));
        if (column >= 0)
            m_byColumn[column].append(i);
    }
    updateGeometry();
    update();
}

void PlanningBoard::setRefusedColumns(const QList<WorkflowState> &refused)
{
    m_refused = refused;
    update();
}

int PlanningBoard::cardHeight() const
{
    return 2 * fontMetrics().height() + 14;
}

QSize PlanningBoard::sizeHint() const
{
    qsizetype most = 0;
    for (const QList<int> &column : m_byColumn)
        most = std::max(most, column.size());
    return { 800, TitleHeight + Margin + int(most) * (cardHeight() + Margin) + Margin };
}

QSize PlanningBoard::minimumSizeHint() const
{
    return { 500, sizeHint().height() };
}

QRect PlanningBoard::columnRect(WorkflowState state) const
{
    const int column = int(columns().indexOf(state));
    if (column < 0)
        return {};
    const int n = int(columns().size());
    const int left = column * width() / n;
    return QRect(left, 0, (column + 1) * width() / n - left, height());
}

QList<CalendarItem> PlanningBoard::itemsIn(WorkflowState state) const
{
    QList<CalendarItem> out;
    const int column = int(columns().indexOf(state));
    if (column < 0 || column >= m_byColumn.size())
        return out;
    for (int i : m_byColumn.at(column))
        out.append(m_items.at(i));
    return out;
}

QRect PlanningBoard::cardRect(const QUuid &uuid) const
{
    for (int c = 0; c < m_byColumn.size(); ++c) {
        const QRect column = columnRect(columns().at(c));
        for (int k = 0; k < m_byColumn.at(c).size(); ++k) {
            if (m_items.at(m_byColumn.at(c).at(k)).uuid == uuid)
                return QRect(column.left() + Margin,
                    TitleHeight + Margin + k * (cardHeight() + Margin), column.width() - 2 * Margin,
                    cardHeight());
        }
    }
    return {};
}

int PlanningBoard::columnAt(const QPoint &pos) const
{
    for (int c = 0; c < columns().size(); ++c) {
        if (columnRect(columns().at(c)).contains(pos))
            return c;
    }
    return -1;
}

int PlanningBoard::cardAt(const QPoint &pos) const
{
    const int c = columnAt(pos);
    if (c < 0 || c >= m_byColumn.size() || pos.y() < TitleHeight + Margin)
        return -1;
    const int k = (pos.y() - TitleHeight - Margin) / (cardHeight() + Margin);
    if (k >= m_byColumn.at(c).size())
        return -1;
    return m_byColumn.at(c).at(k);
}

void PlanningBoard::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().window());
    const int dragColumn = m_dragging ? columnAt(m_dragPos) : -1;
    for (int c = 0; c < columns().size(); ++c) {
        const WorkflowState state = columns().at(c);
        const QRect column = columnRect(state).adjusted(2, 2, -2, -2);
        QColor background = palette().base().color();
        if (m_dragging && m_refused.contains(state))
            background = palette().window().color().darker(105);
        p.fillRect(column, background);
        p.setPen(c == dragColumn && !m_refused.contains(state) ? QPen(palette().highlight(), 2)
                                                               : QPen(palette().mid().color()));
        p.drawRect(column.adjusted(0, 0, -1, -1));
        p.fillRect(QRect(column.left(), column.top(), column.width(), 4),
            CalendarView::stateColour(state));
        QFont bold = font();
        bold.setBold(true);
        p.setFont(bold);
        p.setPen(palette().text().color());
        const int count = c < m_byColumn.size() ? int(m_byColumn.at(c).size()) : 0;
        const QString title = state == WorkflowState::Published
            ? tr("Published this week (%1)").arg(count)
            : tr("%1 (%2)").arg(Workflow::displayName(state)).arg(count);
        p.drawText(QRect(column.left() + 6, column.top() + 4, column.width() - 12, TitleHeight - 4),
            Qt::AlignLeft | Qt::AlignVCenter,
            fontMetrics().elidedText(title, Qt::ElideRight, column.width() - 12));
        p.setFont(font());
        if (c < m_byColumn.size()) {
            for (int i : m_byColumn.at(c)) {
                const QRect r = cardRect(m_items.at(i).uuid);
                if (r.top() > height())
                    break;
                paintCard(p, m_items.at(i), r, false);
            }
        }
    }
    if (const int pressed = m_dragging ? indexOf(m_pressed) : -1; pressed >= 0) {
        const CalendarItem &item = m_items.at(pressed);
        QRect r = cardRect(item.uuid);
        r.moveTopLeft(r.topLeft() + (m_dragPos - m_pressPos));
        paintCard(p, item, r, true);
    }
}

void PlanningBoard::paintCard(
    QPainter &p, const CalendarItem &item, const QRect &r, bool ghost) const
{
    p.save();
    if (ghost)
        p.setOpacity(0.75);
    const QColor kind = CalendarView::kindColour(item.kind);
    p.setBrush(palette().base());
    p.setPen(QPen(item.uuid == m_selected ? palette().highlight().color() : palette().mid().color(),
        item.uuid == m_selected ? 2 : 1));
    p.drawRect(r.adjusted(0, 0, -1, -1));
    p.fillRect(QRect(r.left(), r.top(), 4, r.height()), kind);
    const QRect text = r.adjusted(10, 4, -6, -4);
    p.setPen(palette().text().color());
    const int line = fontMetrics().height();
    p.drawText(QRect(text.left(), text.top(), text.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
        fontMetrics().elidedText(item.title, Qt::ElideRight, text.width()));
    QStringList details;
    if (!item.writer.isEmpty())
        details.append(item.writer);
    if (!item.sections.isEmpty())
        details.append(Vocabulary::sectionTitle(item.sections.first()));
    if (item.start.isValid()) {
        const QDateTime local = item.start.toTimeZone(m_zone);
        details.append(item.allDay ? QLocale().toString(local.date(), QStringLiteral("d MMM"))
                                   : QLocale().toString(local, QStringLiteral("d MMM HH:mm")));
    }
    p.setPen(palette().placeholderText().color());
    p.drawText(QRect(text.left(), text.top() + line + 2, text.width(), line),
        Qt::AlignLeft | Qt::AlignVCenter,
        fontMetrics().elidedText(
            details.join(QStringLiteral(" · ")), Qt::ElideRight, text.width()));
    p.restore();
}

void PlanningBoard::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    const QPoint pos = event->position().toPoint();
    const int hit = cardAt(pos);
    m_selected = hit >= 0 ? m_items.at(hit).uuid : QUuid();
    m_pressed = event->button() == Qt::LeftButton ? m_selected : QUuid();
    m_pressPos = pos;
    m_dragPos = pos;
    m_dragging = false;
    update();
}

void PlanningBoard::mouseMoveEvent(QMouseEvent *event)
{
    if (m_pressed.isNull() || !(event->buttons() & Qt::LeftButton))
        return;
    const QPoint pos = event->position().toPoint();
    if (!m_dragging && (pos - m_pressPos).manhattanLength() < QApplication::startDragDistance())
        return;
    m_dragging = true;
    m_dragPos = pos;
    update();
}

void PlanningBoard::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    const bool dragged = m_dragging;
    const int pressed = indexOf(m_pressed);
    m_dragging = false;
    m_pressed = QUuid();
    update();
    if (!dragged || pressed < 0)
        return;
    const int column = columnAt(event->position().toPoint());
    if (column < 0)
        return;
    const CalendarItem item = m_items.at(pressed);
    const WorkflowState to = columns().at(column);
    if (to != columnOf(item))
        emit stateRequested(item, to);
}

int PlanningBoard::indexOf(const QUuid &uuid) const
{
    for (int i = 0; i < m_items.size(); ++i) {
        if (!uuid.isNull() && m_items.at(i).uuid == uuid)
            return i;
    }
    return -1;
}

void PlanningBoard::mouseDoubleClickEvent(QMouseEvent *event)
{
    const int hit = cardAt(event->position().toPoint());
    if (hit >= 0)
        emit openRequested(m_items.at(hit));
}

void PlanningBoard::contextMenuEvent(QContextMenuEvent *event)
{
    int hit = event->reason() == QContextMenuEvent::Mouse ? cardAt(event->pos()) : -1;
    if (hit < 0) {
        for (int i = 0; i < m_items.size(); ++i) {
            if (m_items.at(i).uuid == m_selected && event->reason() != QContextMenuEvent::Mouse)
                hit = i;
        }
    }
    if (hit >= 0)
        emit contextMenuRequested(m_items.at(hit), event->globalPos());
}

void PlanningBoard::keyPressEvent(QKeyEvent *event)
{
    int index = -1;
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_items.at(i).uuid == m_selected)
            index = i;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && index >= 0) {
        emit openRequested(m_items.at(index));
        return;
    }
    // Arrows: up and down in a column, left and right to the next column's first card.
    if (event->key() == Qt::Key_Up || event->key() == Qt::Key_Down || event->key() == Qt::Key_Left
        || event->key() == Qt::Key_Right) {
        int column = index >= 0 ? int(columns().indexOf(columnOf(m_items.at(index)))) : 0;
        int row = index >= 0 ? int(m_byColumn.at(column).indexOf(index)) : -1;
        if (event->key() == Qt::Key_Up)
            row = std::max(0, row - 1);
        else if (event->key() == Qt::Key_Down)
            row += 1;
        else {
            column = std::clamp(
                column + (event->key() == Qt::Key_Left ? -1 : 1), 0, int(columns().size()) - 1);
            row = 0;
        }
        if (column < m_byColumn.size() && !m_byColumn.at(column).isEmpty()) {
            row = std::min(row, int(m_byColumn.at(column).size()) - 1);
            m_selected = m_items.at(m_byColumn.at(column).at(row)).uuid;
            update();
        }
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace Relais
