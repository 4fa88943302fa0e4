// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendarview.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMimeData>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace Relais {

namespace {

constexpr int HeaderHeight = 22; // the names of the days
constexpr int Gutter = 44; // the hours, left of a week
constexpr int ArticleMinutes = 30; // how tall an article is in a week
constexpr int MaxStripLines = 3; // the week's all-day strip

// The cell of a month's grid (six weeks of seven days, cell 0 the first Monday) in grid.
QRect monthCell(const QRect &grid, int cell)
{
    const int col = cell % 7;
    const int row = cell / 7;
    const int left = grid.left() + col * grid.width() / 7;
    const int top = grid.top() + row * grid.height() / 6;
    return QRect(left, top, grid.left() + (col + 1) * grid.width() / 7 - left,
        grid.top() + (row + 1) * grid.height() / 6 - top);
}

QColor tint(const QColor &colour, int alpha)
{
    QColor c = colour;
    c.setAlpha(alpha);
    return c;
}

} // namespace

CalendarView::CalendarView(QWidget *parent)
    : QWidget(parent)
    , m_zone(QTimeZone::systemTimeZone())
    , m_date(QDate::currentDate())
    , m_cursor(QDate::currentDate())
{
    setObjectName(QStringLiteral("calendarView"));
    setFocusPolicy(Qt::StrongFocus);
    setAcceptDrops(true);
    setMouseTracking(false);
    setMinimumSize(420, 320);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

QColor CalendarView::kindColour(const QString &kind)
{
    if (kind == u"testimonial")
        return QColor(0x6a, 0x1b, 0x9a);
    if (kind == u"event")
        return QColor(0xb2, 0x3c, 0x17);
    return QColor(0x00, 0x69, 0x5c);
}

QColor CalendarView::stateColour(WorkflowState state)
{
    switch (state) {
    case WorkflowState::Draft:
        return QColor(0x9e, 0x9e, 0x9e);
    case WorkflowState::InReview:
        return QColor(0xf9, 0xa8, 0x25);
    case WorkflowState::Approved:
        return QColor(0x43, 0xa0, 0x47);
    case WorkflowState::Scheduled:
        return QColor(0x15, 0x65, 0xc0);
    case WorkflowState::Published:
        return QColor(0x1b, 0x5e, 0x20);
    case WorkflowState::Archived:
        return QColor(0x61, 0x61, 0x61);
    }
    return Qt::gray;
}

void CalendarView::setMode(Mode mode)
{
    if (m_mode == mode)
        return;
    m_mode = mode;
    m_dirty = true;
    update();
}

void CalendarView::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone;
    index();
}

void CalendarView::setDate(const QDate &day)
{
    if (!day.isValid())
        return;
    m_date = day;
    if (m_cursor < firstDay() || m_cursor > lastDay())
        m_cursor = day;
    m_dirty = true;
    update();
}

QDate CalendarView::firstDay() const
{
    return m_mode == Mode::Month ? Calendar::monthGridStart(m_date) : Calendar::weekStart(m_date);
}

QDate CalendarView::lastDay() const
{
    return firstDay().addDays(m_mode == Mode::Month ? 41 : 6);
}

void CalendarView::setItems(const QList<CalendarItem> &items)
{
    m_items = items;
    index();
}

// Which items each day shows, in the order they are drawn: what spans several days or takes
// the whole day first (by start), then the rest by time.
void CalendarView::index()
{
    m_byDay.clear();
    m_placed.clear();
    m_placed.reserve(m_items.size());
    // A year on either side of the days shown: what a long event needs.
    const Calendar::WallClock clock(m_zone,
        QDateTime(firstDay().addDays(-400), QTime(0, 0), Qt::UTC),
        QDateTime(lastDay().addDays(400), QTime(0, 0), Qt::UTC));
    for (int i = 0; i < m_items.size(); ++i) {
        const CalendarItem &item = m_items.at(i);
        Placed placed;
        const Calendar::Days days = Calendar::daysOf(item, clock);
        placed.first = days.first;
        placed.last = days.last;
        if (item.start.isValid()) {
            const QTime start = clock.local(item.start).time();
            placed.startMinute = start.hour() * 60 + start.minute();
        }
        if (placed.first.isValid()) {
            placed.last = std::min(placed.last, placed.first.addDays(366));
            placed.spans = item.allDay || placed.last > placed.first;
            if (!item.allDay)
                placed.time = QStringLiteral("%1:%2")
                                  .arg(placed.startMinute / 60, 2, 10, QLatin1Char('0'))
                                  .arg(placed.startMinute % 60, 2, 10, QLatin1Char('0'));
            for (QDate d = placed.first; d <= placed.last; d = d.addDays(1))
                m_byDay[d].append(i);
        }
        m_placed.append(placed);
    }
    for (auto it = m_byDay.begin(); it != m_byDay.end(); ++it) {
        std::stable_sort(it->begin(), it->end(), [this](int a, int b) {
            const bool sa = m_placed.at(a).spans;
            const bool sb = m_placed.at(b).spans;
            if (sa != sb)
                return sa;
            return m_items.at(a).start < m_items.at(b).start;
        });
    }
    if (!m_selected.isNull() && !item(m_selected))
        m_selected = QUuid();
    m_dirty = true;
    update();
}

std::optional<CalendarItem> CalendarView::item(const QUuid &uuid) const
{
    for (const CalendarItem &i : m_items) {
        if (i.uuid == uuid)
            return i;
    }
    return std::nullopt;
}

void CalendarView::select(const QUuid &uuid)
{
    if (m_selected == uuid)
        return;
    m_selected = uuid;
    if (const auto found = item(uuid)) {
        const QDate first = Calendar::firstDay(*found, m_zone);
        if (first.isValid() && (m_cursor < first || m_cursor > Calendar::lastDay(*found, m_zone)))
            m_cursor = first;
    }
    update();
    emit selectionChanged();
}

QRect CalendarView::gridRect() const
{
    return rect().adjusted(0, HeaderHeight, -1, -1);
}

int CalendarView::hourHeight() const
{
    return std::max(12, weekHoursRect().height() / 24);
}

QRect CalendarView::weekHoursRect() const
{
    const int line = fontMetrics().height() + 4;
    const QRect grid = gridRect();
    return grid.adjusted(Gutter, MaxStripLines * line + 6, 0, 0);
}

void CalendarView::layout(const QRect &area)
{
    m_pieces.clear();
    m_hidden.clear();
    if (m_mode == Mode::Month)
        layoutMonth(area);
    else
        layoutWeek(area);
    m_laidOut = area;
    m_dirty = false;
}

void CalendarView::layoutMonth(const QRect &area)
{
    const QRect grid = area.adjusted(0, HeaderHeight, 0, 0);
    const int line = fontMetrics().height() + 3;
    const QDate first = firstDay();
    for (int cell = 0; cell < 42; ++cell) {
        const QDate day = first.addDays(cell);
        const QRect r = monthCell(grid, cell);
        const QList<int> on = itemsOn(day);
        const int room = std::max(1, (r.height() - line - 4) / line);
        const int shown = int(on.size()) > room ? room - 1 : int(on.size());
        for (int k = 0; k < shown; ++k)
            m_pieces.append({ on.at(k), day,
                QRect(r.left() + 2, r.top() + line + 2 + k * line, r.width() - 4, line - 1) });
        if (shown < on.size())
            m_hidden.insert(day, int(on.size()) - shown);
    }
}

void CalendarView::layoutWeek(const QRect &area)
{
    const int line = fontMetrics().height() + 4;
    const QRect grid = area.adjusted(0, HeaderHeight, 0, 0);
    const QRect hours = grid.adjusted(Gutter, MaxStripLines * line + 6, 0, 0);
    const int hour = std::max(12, hours.height() / 24);
    const QDate first = firstDay();
    for (int col = 0; col < 7; ++col) {
        const QDate day = first.addDays(col);
        const int left = hours.left() + col * hours.width() / 7;
        const int width = (col + 1) * hours.width() / 7 - col * hours.width() / 7;
        const QList<int> on = itemsOn(day);
        // The strip: what takes whole days.
        QList<int> strip;
        QList<int> timed;
        for (int i : on)
            (m_placed.at(i).spans ? strip : timed).append(i);
        const int stripShown
            = int(strip.size()) > MaxStripLines ? MaxStripLines - 1 : int(strip.size());
        for (int k = 0; k < stripShown; ++k)
            m_pieces.append({ strip.at(k), day,
                QRect(left + 1, grid.top() + 2 + k * line, width - 2, line - 2) });
        int hidden = int(strip.size()) - stripShown;
        // The hours: blocks side by side where they overlap (lanes).
        struct Block
        {
            int item;
            int top;
            int bottom;
            int lane = 0;
        };
        QList<Block> blocks;
        for (int i : timed) {
            const CalendarItem &item = m_items.at(i);
            const int minutes = m_placed.at(i).startMinute;
            int length = ArticleMinutes;
            if (item.end.isValid() && item.end > item.start)
                length = int(std::min<qint64>(item.start.secsTo(item.end) / 60, 24 * 60 - minutes));
            const int top = hours.top() + minutes * hour / 60;
            const int bottom
                = std::max(top + line - 2, hours.top() + (minutes + length) * hour / 60);
            blocks.append({ i, top, bottom });
        }
        QList<int> laneEnds;
        for (Block &b : blocks) {
            int lane = 0;
            while (lane < laneEnds.size() && laneEnds.at(lane) > b.top)
                ++lane;
            if (lane == laneEnds.size())
                laneEnds.append(b.bottom);
            else
                laneEnds[lane] = b.bottom;
            b.lane = lane;
        }
        const int lanes = std::max<int>(1, int(laneEnds.size()));
        const int maxLanes = std::max(1, width / 24);
        for (const Block &b : std::as_const(blocks)) {
            if (b.lane >= maxLanes) {
                ++hidden;
                continue;
            }
            const int shownLanes = std::min(lanes, maxLanes);
            const int x = left + 1 + b.lane * (width - 2) / shownLanes;
            const int w = (width - 2) / shownLanes - 1;
            m_pieces.append({ b.item, day, QRect(x, b.top, w, b.bottom - b.top - 1) });
        }
        if (hidden > 0)
            m_hidden.insert(day, hidden);
    }
}

QRect CalendarView::dayRect(const QDate &day) const
{
    const QDate first = firstDay();
    const qint64 offset = first.daysTo(day);
    if (offset < 0 || day > lastDay())
        return {};
    const QRect grid = gridRect();
    if (m_mode == Mode::Month) {
        return monthCell(grid, int(offset));
    }
    const QRect hours = weekHoursRect();
    const int col = int(offset);
    return QRect(hours.left() + col * hours.width() / 7, grid.top(),
        (col + 1) * hours.width() / 7 - col * hours.width() / 7, grid.height());
}

QRect CalendarView::itemRect(const QUuid &uuid) const
{
    if (m_dirty || m_laidOut != rect())
        const_cast<CalendarView *>(this)->layout(rect());
    for (const Piece &p : m_pieces) {
        if (m_items.at(p.item).uuid == uuid)
            return p.rect;
    }
    return {};
}

QDate CalendarView::dayAt(const QPoint &pos) const
{
    for (QDate d = firstDay(); d <= lastDay(); d = d.addDays(1)) {
        if (dayRect(d).contains(pos))
            return d;
    }
    return {};
}

QTime CalendarView::timeAt(const QPoint &pos) const
{
    if (m_mode != Mode::Week)
        return {};
    const QRect hours = weekHoursRect();
    if (pos.y() < hours.top())
        return {};
    const int minutes = std::clamp((pos.y() - hours.top()) * 60 / hourHeight(), 0, 24 * 60 - 15);
    return QTime(minutes / 60, (minutes % 60) / 15 * 15);
}

int CalendarView::hiddenCount(const QDate &day) const
{
    if (m_dirty || m_laidOut != rect())
        const_cast<CalendarView *>(this)->layout(rect());
    return m_hidden.value(day);
}

int CalendarView::indexOf(const QUuid &uuid) const
{
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_items.at(i).uuid == uuid)
            return i;
    }
    return -1;
}

int CalendarView::pieceAt(const QPoint &pos) const
{
    for (int i = int(m_pieces.size()) - 1; i >= 0; --i) {
        if (m_pieces.at(i).rect.contains(pos))
            return i;
    }
    return -1;
}

void CalendarView::resizeEvent(QResizeEvent *event)
{
    m_dirty = true;
    QWidget::resizeEvent(event);
}

void CalendarView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    if (m_dirty || m_laidOut != rect())
        layout(rect());
    p.fillRect(rect(), palette().base());
    if (m_mode == Mode::Month)
        paintMonth(p, false);
    else
        paintWeek(p, false);

    // The item being dragged, where it would go.
    const int dragged = m_dragging && m_pressed ? indexOf(m_pressed->uuid) : -1;
    if (dragged >= 0) {
        const QDate target = dayAt(m_dragPos);
        if (target.isValid()) {
            p.setPen(QPen(palette().highlight().color(), 2));
            p.setBrush(Qt::NoBrush);
            p.drawRect(dayRect(target).adjusted(1, 1, -1, -1));
        }
        Piece ghost { dragged, m_pressed->day, m_pressed->rect };
        ghost.rect.moveTopLeft(m_pressed->rect.topLeft() + (m_dragPos - m_pressPos));
        paintPiece(p, ghost, true);
    }
    if (m_dropHovering) {
        const QDate target = dayAt(m_dropHover);
        if (target.isValid()) {
            p.setPen(QPen(palette().highlight().color(), 2, Qt::DashLine));
            p.setBrush(Qt::NoBrush);
            p.drawRect(dayRect(target).adjusted(1, 1, -1, -1));
        }
    }
}

void CalendarView::render(QPainter &painter, const QRect &area, bool forPrint)
{
    layout(area);
    painter.save();
    painter.setClipRect(area);
    if (m_mode == Mode::Month)
        paintMonth(painter, forPrint);
    else
        paintWeek(painter, forPrint);
    painter.restore();
    m_dirty = true; // the screen lays out again for its own size
}

void CalendarView::paintMonth(QPainter &p, bool forPrint)
{
    const QRect area = m_laidOut;
    const QRect grid = area.adjusted(0, HeaderHeight, 0, 0);
    const QLocale locale;
    const QColor lines = forPrint ? QColor(0x99, 0x99, 0x99) : palette().mid().color();
    const QColor text = forPrint ? Qt::black : palette().text().color();
    const QColor faded = forPrint ? QColor(0x88, 0x88, 0x88) : palette().placeholderText().color();
    const QDate first = firstDay();
    const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(m_zone).date();
    p.setPen(text);
    for (int col = 0; col < 7; ++col) {
        const QRect r(
            area.left() + col * area.width() / 7, area.top(), area.width() / 7, HeaderHeight);
        p.drawText(r, Qt::AlignCenter, locale.dayName(col + 1, QLocale::ShortFormat));
    }
    const int line = fontMetrics().height() + 3;
    for (int cell = 0; cell < 42; ++cell) {
        const QDate day = first.addDays(cell);
        const QRect r = monthCell(grid, cell);
        const bool inMonth = day.month() == m_date.month();
        if (!inMonth)
            p.fillRect(r, forPrint ? QColor(0xf4, 0xf4, 0xf4) : palette().alternateBase().color());
        if (day.dayOfWeek() >= 6 && inMonth)
            p.fillRect(r, QColor(0, 0, 0, 8));
        p.setPen(lines);
        p.drawRect(r.adjusted(0, 0, -1, -1));
        QFont dayFont = font();
        const bool isToday = day == today && !forPrint;
        dayFont.setBold(isToday);
        p.setFont(dayFont);
        p.setPen(isToday ? palette().highlight().color() : inMonth ? text : faded);
        const QString number = day.day() == 1 ? locale.toString(day, QStringLiteral("d MMM"))
                                              : QString::number(day.day());
        p.drawText(
            r.adjusted(4, 1, -4, 0).topLeft() + QPoint(0, fontMetrics().ascent() + 1), number);
        p.setFont(font());
        if (const int hidden = m_hidden.value(day)) {
            p.setPen(faded);
            const QRect more(r.left() + 4, r.bottom() - line, r.width() - 8, line);
            p.drawText(more, Qt::AlignLeft | Qt::AlignVCenter,
                tr("+%1", "items of a day that do not fit its cell").arg(hidden));
        }
        if (!forPrint && day == m_cursor && hasFocus()) {
            p.setPen(QPen(palette().highlight().color(), 1, Qt::DotLine));
            p.setBrush(Qt::NoBrush);
            p.drawRect(r.adjusted(2, 2, -3, -3));
        }
    }
    for (const Piece &piece : std::as_const(m_pieces))
        paintPiece(p, piece);
}

void CalendarView::paintWeek(QPainter &p, bool forPrint)
{
    const QRect area = m_laidOut;
    const int line = fontMetrics().height() + 4;
    const QRect grid = area.adjusted(0, HeaderHeight, 0, 0);
    const QRect hours = grid.adjusted(Gutter, MaxStripLines * line + 6, 0, 0);
    const int hour = std::max(12, hours.height() / 24);
    const QColor lines = forPrint ? QColor(0x99, 0x99, 0x99) : palette().mid().color();
    const QColor light = forPrint ? QColor(0xdd, 0xdd, 0xdd) : palette().midlight().color();
    const QColor text = forPrint ? Qt::black : palette().text().color();
    const QColor faded = forPrint ? QColor(0x88, 0x88, 0x88) : palette().placeholderText().color();
    const QLocale locale;
    const QDate first = firstDay();
    const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(m_zone).date();
    // Hours, left.
    p.setPen(faded);
    for (int h = 0; h < 24; ++h) {
        const int y = hours.top() + h * hour;
        p.setPen(light);
        p.drawLine(hours.left(), y, hours.right(), y);
        if (h % 2 == 0 || hour >= 24) {
            p.setPen(faded);
            p.drawText(QRect(area.left(), y - line / 2, Gutter - 6, line),
                Qt::AlignRight | Qt::AlignVCenter, QTime(h, 0).toString(QStringLiteral("HH:mm")));
        }
    }
    for (int col = 0; col < 7; ++col) {
        const QDate day = first.addDays(col);
        const int left = hours.left() + col * hours.width() / 7;
        const int width = (col + 1) * hours.width() / 7 - col * hours.width() / 7;
        if (day.dayOfWeek() >= 6)
            p.fillRect(QRect(left, grid.top(), width, grid.height()), QColor(0, 0, 0, 8));
        p.setPen(lines);
        p.drawLine(left, area.top(), left, area.bottom());
        QFont dayFont = font();
        dayFont.setBold(day == today && !forPrint);
        p.setFont(dayFont);
        p.setPen(day == today && !forPrint ? palette().highlight().color() : text);
        p.drawText(QRect(left, area.top(), width, HeaderHeight), Qt::AlignCenter,
            locale.toString(day, QStringLiteral("ddd d")));
        p.setFont(font());
        if (const int hidden = m_hidden.value(day)) {
            p.setPen(faded);
            p.drawText(
                QRect(left + 2, grid.top() + (MaxStripLines - 1) * line + 2, width - 4, line),
                Qt::AlignRight | Qt::AlignVCenter,
                tr("+%1", "items of a day that do not fit its cell").arg(hidden));
        }
        if (!forPrint && day == m_cursor && hasFocus()) {
            p.setPen(QPen(palette().highlight().color(), 1, Qt::DotLine));
            p.setBrush(Qt::NoBrush);
            p.drawRect(QRect(left + 1, grid.top() + 1, width - 3, grid.height() - 3));
        }
    }
    p.setPen(lines);
    p.drawLine(area.left(), grid.top(), area.right(), grid.top());
    p.drawLine(area.left(), hours.top() - 3, area.right(), hours.top() - 3);
    p.drawRect(area.adjusted(0, 0, -1, -1));
    // Now, as a line across today.
    const QDateTime now = QDateTime::currentDateTimeUtc().toTimeZone(m_zone);
    if (!forPrint && now.date() >= first && now.date() <= lastDay()) {
        const QRect day = dayRect(now.date());
        const int y = hours.top() + (now.time().hour() * 60 + now.time().minute()) * hour / 60;
        p.setPen(QPen(QColor(0xd3, 0x2f, 0x2f), 2));
        p.drawLine(day.left(), y, day.right(), y);
    }
    for (const Piece &piece : std::as_const(m_pieces))
        paintPiece(p, piece);
}

void CalendarView::paintPiece(QPainter &p, const Piece &piece, bool ghost) const
{
    const CalendarItem &item = m_items.at(piece.item);
    const QRect r = piece.rect;
    const QColor kind = kindColour(item.kind);
    const QColor state = stateColour(item.state);
    const bool selected = item.uuid == m_selected;
    p.save();
    p.setRenderHint(QPainter::Antialiasing, false);
    if (ghost)
        p.setOpacity(0.7);
    // Drafts are pale and dashed; what is planned for good is full.
    const bool planned = item.state == WorkflowState::Scheduled
        || item.state == WorkflowState::Published || item.state == WorkflowState::Archived;
    p.setBrush(tint(kind, planned ? 60 : 28));
    p.setPen(QPen(selected ? palette().highlight().color() : tint(kind, 160), selected ? 2 : 1,
        planned ? Qt::SolidLine : Qt::DashLine));
    p.drawRect(r.adjusted(0, 0, -1, -1));
    p.fillRect(QRect(r.left(), r.top(), 4, r.height()), state);
    // Cancelled events and archived items are struck through by their state's grey.
    QString label = item.title;
    const Placed &placed = m_placed.at(piece.item);
    if (piece.day == placed.first) {
        if (!placed.time.isEmpty())
            label = placed.time + QLatin1Char(' ') + label;
    } else {
        label = QStringLiteral("… ") + label;
    }
    p.setPen(palette().text().color());
    const QRect textRect = r.adjusted(7, 0, -2, 0);
    const QString elided = fontMetrics().elidedText(label, Qt::ElideRight, textRect.width());
    p.drawText(textRect,
        Qt::AlignLeft | (r.height() > 2 * fontMetrics().height() ? Qt::AlignTop : Qt::AlignVCenter),
        elided);
    p.restore();
}

std::optional<Calendar::Move> CalendarView::dropMove(
    const CalendarItem &item, const QPoint &pos) const
{
    const QDate target = dayAt(pos);
    if (!target.isValid() || !m_pressed)
        return std::nullopt;
    const Pressed &pressed = *m_pressed;
    const QRect hours = weekHoursRect();
    const bool inHours = m_mode == Mode::Week && pressed.rect.top() >= hours.top() - 1
        && pos.y() >= hours.top() && !item.allDay;
    if (inHours) {
        // The top of the block where it is let go, to the quarter hour.
        const QPoint top(pos.x(), pressed.rect.top() + (pos.y() - m_pressPos.y()));
        QTime time = timeAt(QPoint(top.x(), std::max(top.y(), hours.top())));
        if (!time.isValid())
            return std::nullopt;
        return Calendar::toTime(item, target, time, m_zone);
    }
    return Calendar::byDays(item, int(pressed.day.daysTo(target)), m_zone);
}

void CalendarView::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    if (m_dirty || m_laidOut != rect())
        layout(rect());
    m_pressed.reset();
    m_dragging = false;
    const QPoint pos = event->position().toPoint();
    const QDate day = dayAt(pos);
    if (day.isValid())
        m_cursor = day;
    const int hit = pieceAt(pos);
    if (event->button() == Qt::LeftButton || event->button() == Qt::RightButton) {
        const QUuid uuid = hit >= 0 ? m_items.at(m_pieces.at(hit).item).uuid : QUuid();
        if (uuid != m_selected) {
            m_selected = uuid;
            emit selectionChanged();
        }
    }
    if (event->button() == Qt::LeftButton && hit >= 0) {
        const Piece &piece = m_pieces.at(hit);
        m_pressed = Pressed { m_items.at(piece.item).uuid, piece.day, piece.rect };
        m_pressPos = pos;
        m_dragPos = pos;
    } else if (event->button() == Qt::LeftButton && m_mode == Mode::Month && day.isValid()
        && m_hidden.value(day) > 0) {
        const QRect r = dayRect(day);
        const int line = fontMetrics().height() + 3;
        if (pos.y() >= r.bottom() - line)
            emit dayRequested(day);
    }
    update();
}

void CalendarView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_pressed || !(event->buttons() & Qt::LeftButton))
        return;
    const QPoint pos = event->position().toPoint();
    if (!m_dragging && (pos - m_pressPos).manhattanLength() < QApplication::startDragDistance())
        return;
    m_dragging = true;
    m_dragPos = pos;
    update();
}

void CalendarView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    const std::optional<Pressed> pressed = m_pressed;
    const bool dragged = m_dragging;
    const QPoint pos = event->position().toPoint();
    m_dragging = false;
    const int index = pressed ? indexOf(pressed->uuid) : -1;
    if (dragged && index >= 0) {
        const CalendarItem item = m_items.at(index);
        const auto move = dropMove(item, pos);
        m_pressed.reset();
        update();
        if (move && (move->start != item.start || move->end != item.end))
            emit moveRequested(item, *move);
        return;
    }
    m_pressed.reset();
    update();
}

void CalendarView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (m_dirty || m_laidOut != rect())
        layout(rect());
    const int hit = pieceAt(event->position().toPoint());
    if (hit >= 0)
        emit openRequested(m_items.at(m_pieces.at(hit).item));
}

void CalendarView::contextMenuEvent(QContextMenuEvent *event)
{
    if (m_dirty || m_laidOut != rect())
        layout(rect());
    int hit = event->reason() == QContextMenuEvent::Mouse ? pieceAt(event->pos()) : -1;
    std::optional<CalendarItem> target;
    if (hit >= 0)
        target = m_items.at(m_pieces.at(hit).item);
    else if (event->reason() != QContextMenuEvent::Mouse)
        target = item(m_selected);
    if (!target)
        return;
    QPoint global = event->globalPos();
    if (event->reason() != QContextMenuEvent::Mouse) {
        const QRect r = itemRect(target->uuid);
        global = mapToGlobal(r.isValid() ? r.bottomLeft() : rect().center());
    }
    emit contextMenuRequested(*target, global);
}

// The cursor goes to another day; the selection to that day's first item.
void CalendarView::moveCursor(int days)
{
    m_cursor = m_cursor.addDays(days);
    if (m_cursor < firstDay() || m_cursor > lastDay())
        setDate(m_cursor);
    const QList<int> on = itemsOn(m_cursor);
    const QUuid next = on.isEmpty() ? QUuid() : m_items.at(on.first()).uuid;
    if (next != m_selected) {
        m_selected = next;
        emit selectionChanged();
    }
    update();
}

// Up and down go through the items of the cursor's day; past them, to the day before or after
// (a week before or after in a month).
void CalendarView::stepWithinDay(int step)
{
    const QList<int> on = itemsOn(m_cursor);
    int at = -1;
    for (int k = 0; k < on.size(); ++k) {
        if (m_items.at(on.at(k)).uuid == m_selected)
            at = k;
    }
    const int next = at + step;
    if (at >= 0 && next >= 0 && next < on.size()) {
        m_selected = m_items.at(on.at(next)).uuid;
        emit selectionChanged();
        update();
        return;
    }
    if (at < 0 && step > 0 && !on.isEmpty()) {
        m_selected = m_items.at(on.first()).uuid;
        emit selectionChanged();
        update();
        return;
    }
    moveCursor(step * (m_mode == Mode::Month ? 7 : 1));
}

void CalendarView::keyPressEvent(QKeyEvent *event)
{
    const bool ctrl = event->modifiers() & Qt::ControlModifier;
    const int key = event->key();
    if (ctrl
        && (key == Qt::Key_Left || key == Qt::Key_Right || key == Qt::Key_Up
            || key == Qt::Key_Down)) {
        const auto selected = item(m_selected);
        if (!selected || !selected->start.isValid())
            return;
        if (m_mode == Mode::Week && (key == Qt::Key_Up || key == Qt::Key_Down)
            && !selected->allDay) {
            // An hour earlier or later, by the clock of the site.
            const QDateTime local = selected->start.toTimeZone(m_zone);
            const QDateTime moved = local.addSecs(key == Qt::Key_Up ? -3600 : 3600);
            emit moveRequested(
                *selected, Calendar::toTime(*selected, moved.date(), moved.time(), m_zone));
            return;
        }
        const int days = key == Qt::Key_Left ? -1
            : key == Qt::Key_Right           ? 1
            : key == Qt::Key_Up              ? (m_mode == Mode::Month ? -7 : -1)
                                             : (m_mode == Mode::Month ? 7 : 1);
        m_cursor = m_cursor.addDays(days);
        emit moveRequested(*selected, Calendar::byDays(*selected, days, m_zone));
        return;
    }
    switch (key) {
    case Qt::Key_Left:
        moveCursor(-1);
        return;
    case Qt::Key_Right:
        moveCursor(1);
        return;
    case Qt::Key_Up:
        stepWithinDay(-1);
        return;
    case Qt::Key_Down:
        stepWithinDay(1);
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (const auto selected = item(m_selected))
            emit openRequested(*selected);
        return;
    case Qt::Key_Escape:
        if (m_dragging) {
            m_dragging = false;
            m_pressed.reset();
            update();
            return;
        }
        break;
    default:
        break;
    }
    QWidget::keyPressEvent(event);
}

void CalendarView::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasFormat(QString::fromLatin1(MimeType))) {
        event->acceptProposedAction();
        m_dropHovering = true;
        m_dropHover = event->position().toPoint();
        update();
    }
}

void CalendarView::dragMoveEvent(QDragMoveEvent *event)
{
    if (!event->mimeData()->hasFormat(QString::fromLatin1(MimeType)))
        return;
    m_dropHover = event->position().toPoint();
    if (dayAt(m_dropHover).isValid())
        event->acceptProposedAction();
    else
        event->ignore();
    update();
}

void CalendarView::dragLeaveEvent(QDragLeaveEvent *)
{
    m_dropHovering = false;
    update();
}

void CalendarView::dropEvent(QDropEvent *event)
{
    m_dropHovering = false;
    update();
    const QString data = QString::fromUtf8(event->mimeData()->data(QString::fromLatin1(MimeType)));
    const qsizetype colon = data.indexOf(QLatin1Char(':'));
    const QPoint pos = event->position().toPoint();
    const QDate day = dayAt(pos);
    if (colon <= 0 || !day.isValid())
        return;
    bool ok = false;
    const qint64 id = data.mid(colon + 1).toLongLong(&ok);
    if (!ok)
        return;
    event->acceptProposedAction();
    emit dropRequested(data.left(colon), id, day, timeAt(pos));
}

} // namespace Relais
