// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendarpage.h"

#include "calendarview.h"
#include "content/vocabulary.h"
#include "messagebox.h"
#include "planningboard.h"
#include "storage/listquery.h"
#include "storage/store.h"

#include <QAction>
#include <QButtonGroup>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMimeData>
#include <QPainter>
#include <QPdfWriter>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QToolButton>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>

#include <functional>

namespace Relais {

namespace {

// A move of the calendar on the undo stack: redo gives the new times, undo the old ones, each
// time with the revision the last step left (a colleague's save in between stops it, said).
class MoveCommand : public QUndoCommand
{
public:
    using Report = std::function<void(const Result<CalendarItem> &)>;

    MoveCommand(Store &store, const CalendarItem &item, const Calendar::Move &to,
        const QString &text, Report report)
        : QUndoCommand(text)
        , m_store(store)
        , m_item(item)
        , m_from { item.start, item.end }
        , m_to(to)
        , m_report(std::move(report))
    { }

    void redo() override { apply(m_to); }
    void undo() override { apply(m_from); }

private:
    void apply(const Calendar::Move &times)
    {
        auto moved = m_store.calendar().move(m_item, times.start, times.end);
        if (moved)
            m_item = *moved;
        else
            setObsolete(true); // nothing to undo or redo any more
        m_report(moved);
    }

    Store &m_store;
    CalendarItem m_item;
    Calendar::Move m_from;
    Calendar::Move m_to;
    Report m_report;
};

// The side list of drafts without a date: dragged onto a day of the calendar.
class UndatedList : public QListWidget
{
public:
    using QListWidget::QListWidget;

protected:
    QStringList mimeTypes() const override
    {
        return { QString::fromLatin1(CalendarView::MimeType) };
    }
    QMimeData *mimeData(const QList<QListWidgetItem *> &items) const override
    {
        if (items.isEmpty())
            return nullptr;
        auto *data = new QMimeData;
        data->setData(QString::fromLatin1(CalendarView::MimeType),
            items.first()->data(Qt::UserRole).toString().toUtf8());
        data->setText(items.first()->text());
        return data;
    }
};

QString localText(const QDateTime &utc, const QTimeZone &zone, bool allDay)
{
    const QDateTime local = utc.toTimeZone(zone);
    return allDay ? QLocale().toString(local.date(), QLocale::LongFormat)
                  : QLocale().toString(local, QStringLiteral("dddd d MMMM yyyy, HH:mm"));
}

} // namespace

CalendarPage::CalendarPage(Store &store, QUndoStack &undo, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_undo(undo)
    , m_publishTime(8, 0)
{
    setObjectName(QStringLiteral("calendarPage"));
    // It shares the list column's stack: its toolbar must not make that column (and the
    // window) wider when another page shows. On its own page it has the window's width.
    setMinimumSize(240, 240);
    m_calendar = new CalendarView(this);
    m_board = new PlanningBoard(this);
    m_boardScroll = new QScrollArea(this);
    m_boardScroll->setWidget(m_board);
    m_boardScroll->setWidgetResizable(true);
    m_boardScroll->setFrameShape(QFrame::NoFrame);

    m_previous = new QToolButton(this);
    m_previous->setObjectName(QStringLiteral("calendarPrevious"));
    m_previous->setArrowType(Qt::LeftArrow);
    m_previous->setAutoRaise(true);
    m_next = new QToolButton(this);
    m_next->setObjectName(QStringLiteral("calendarNext"));
    m_next->setArrowType(Qt::RightArrow);
    m_next->setAutoRaise(true);
    m_today = new QPushButton(this);
    m_today->setObjectName(QStringLiteral("calendarToday"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("calendarTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Preferred); // never cut

    m_views = new QButtonGroup(this);
    m_month = new QPushButton(this);
    m_week = new QPushButton(this);
    m_boardButton = new QPushButton(this);
    int id = 0;
    for (QPushButton *b : { m_month, m_week, m_boardButton }) {
        b->setCheckable(true);
        m_views->addButton(b, id++);
    }
    m_month->setObjectName(QStringLiteral("calendarMonth"));
    m_week->setObjectName(QStringLiteral("calendarWeek"));
    m_boardButton->setObjectName(QStringLiteral("calendarBoard"));
    m_month->setChecked(true);

    auto combo = [this](const char *name) {
        auto *c = new QComboBox(this);
        c->setObjectName(QString::fromLatin1(name));
        c->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        connect(c, &QComboBox::currentIndexChanged, this, [this] {
            if (m_loaded)
                reload();
        });
        return c;
    };
    m_section = combo("calendarSection");
    m_kind = combo("calendarKind");
    m_state = combo("calendarState");
    m_person = combo("calendarPerson");
    m_print = new QToolButton(this);
    m_print->setObjectName(QStringLiteral("calendarPrint"));
    m_print->setPopupMode(QToolButton::InstantPopup);
    auto *printMenu = new QMenu(m_print);
    // Actions of the page (their translations' context), shown in the button's menu.
    auto *printAction = new QAction(this);
    printMenu->addAction(printAction);
    printAction->setObjectName(QStringLiteral("calendarPrintAction"));
    auto *pdfAction = new QAction(this);
    printMenu->addAction(pdfAction);
    pdfAction->setObjectName(QStringLiteral("calendarPdfAction"));
    m_print->setMenu(printMenu);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(4, 4, 4, 0);
    bar->addWidget(m_previous);
    bar->addWidget(m_today);
    bar->addWidget(m_next);
    bar->addWidget(m_title);
    bar->addStretch();
    bar->addWidget(m_month);
    bar->addWidget(m_week);
    bar->addWidget(m_boardButton);
    bar->addWidget(m_print);

    m_side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(m_side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    m_undatedLabel = new QLabel(m_side);
    m_undatedLabel->setWordWrap(true);
    m_undated = new UndatedList(m_side);
    m_undated->setObjectName(QStringLiteral("calendarUndated"));
    m_undated->setDragEnabled(true);
    m_undated->setDragDropMode(QAbstractItemView::DragOnly);
    m_undated->setSelectionMode(QAbstractItemView::SingleSelection);
    m_undated->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_undated->setTextElideMode(Qt::ElideRight);
    sideLayout->addWidget(m_undatedLabel);
    sideLayout->addWidget(m_undated, 1);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_calendar);
    m_stack->addWidget(m_boardScroll);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_side);
    split->addWidget(m_stack);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    split->setSizes({ 200, 900 });

    // The filters on a row of their own: the title never gives way to them.
    auto *filters = new QHBoxLayout;
    filters->setContentsMargins(4, 0, 4, 0);
    for (QComboBox *box : { m_section, m_kind, m_state, m_person })
        filters->addWidget(box);
    filters->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addLayout(filters);
    layout->addWidget(split, 1);

    connect(m_previous, &QToolButton::clicked, this, [this] { step(-1); });
    connect(m_next, &QToolButton::clicked, this, [this] { step(1); });
    connect(m_today, &QPushButton::clicked, this,
        [this] { setDate(QDateTime::currentDateTimeUtc().toTimeZone(m_zone).date()); });
    connect(m_views, &QButtonGroup::idClicked, this, [this](int view) { setView(View(view)); });
    connect(printAction, &QAction::triggered, this, [this] {
        QPrinter printer(QPrinter::HighResolution);
        printer.setPageOrientation(QPageLayout::Landscape);
        printer.setPageSize(QPageSize(QPageSize::A4));
        QPrintDialog dialog(&printer, this);
        if (dialog.exec() == QDialog::Accepted)
            printTo(printer);
    });
    connect(pdfAction, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save the Month as PDF"),
            tr("calendar-%1.pdf").arg(date().toString(QStringLiteral("yyyy-MM"))),
            tr("PDF documents (*.pdf)"));
        if (path.isEmpty())
            return;
        if (auto r = saveAsPdf(path); !r)
            emit message(r.error().message);
        else
            emit message(tr("Saved the month as %1.").arg(QFileInfo(path).fileName()));
    });
    connect(m_calendar, &CalendarView::moveRequested, this,
        [this](const CalendarItem &item, const Calendar::Move &to) { moveItem(item, to); });
    connect(m_calendar, &CalendarView::dropRequested, this, &CalendarPage::scheduleUndated);
    connect(m_calendar, &CalendarView::openRequested, this,
        [this](const CalendarItem &item) { emit openItem(item.type, item.uuid); });
    connect(m_calendar, &CalendarView::contextMenuRequested, this, &CalendarPage::showMenu);
    connect(m_calendar, &CalendarView::dayRequested, this, [this](const QDate &day) {
        m_calendar->setDate(day);
        setView(View::Week);
    });
    connect(m_board, &PlanningBoard::stateRequested, this,
        [this](const CalendarItem &item, WorkflowState to) { changeState(item, to); });
    connect(m_board, &PlanningBoard::openRequested, this,
        [this](const CalendarItem &item) { emit openItem(item.type, item.uuid); });
    connect(m_board, &PlanningBoard::contextMenuRequested, this, &CalendarPage::showMenu);
    connect(m_undated, &QListWidget::itemDoubleClicked, this, [this](QListWidgetItem *item) {
        const QStringList parts = item->data(Qt::UserRole).toString().split(QLatin1Char(':'));
        emit openItem(parts.value(0), QUuid(item->data(Qt::UserRole + 1).toString()));
    });
    retranslate();
}

QComboBox *CalendarPage::filter(const QString &name) const
{
    if (name == u"section")
        return m_section;
    if (name == u"kind")
        return m_kind;
    if (name == u"state")
        return m_state;
    return name == u"person" ? m_person : nullptr;
}

void CalendarPage::retranslate()
{
    m_previous->setToolTip(tr("Previous (Page Up)"));
    m_next->setToolTip(tr("Next (Page Down)"));
    m_previous->setShortcut(QKeySequence(Qt::Key_PageUp));
    m_next->setShortcut(QKeySequence(Qt::Key_PageDown));
    m_today->setText(tr("Today"));
    m_month->setText(tr("Month"));
    m_week->setText(tr("Week"));
    m_boardButton->setText(tr("Board"));
    m_boardButton->setToolTip(tr("The planning board: a column for each state of the workflow"));
    m_print->setText(tr("Print"));
    m_print->menu()->actions().at(0)->setText(tr("&Print the Month…"));
    m_print->menu()->actions().at(1)->setText(tr("Save the Month as P&DF…"));
    m_undatedLabel->setText(tr("Drafts without a date — drag one onto a day"));
    m_calendar->setToolTip(tr("Drag an item to another day (in a week, to another hour); "
                              "double-click or Enter opens it; Ctrl+arrows move it by a day."));
    fillFilters();
    updateTitle();
}

void CalendarPage::fillFilters()
{
    auto refill = [](QComboBox *box, const QList<std::pair<QString, QString>> &entries) {
        const QString current = box->currentData().toString();
        const QSignalBlocker blocker(box);
        box->clear();
        for (const auto &[text, data] : entries)
            box->addItem(text, data);
        box->setCurrentIndex(std::max(0, box->findData(current)));
    };
    QList<std::pair<QString, QString>> sections { { tr("All sections"), QString() } };
    for (const auto &s : Vocabulary::sections())
        sections.append({ s.title, s.slug });
    refill(m_section, sections);
    refill(m_kind,
        { { tr("All kinds"), QString() }, { tr("News"), QStringLiteral("news") },
            { tr("Testimonials"), QStringLiteral("testimonial") },
            { tr("Events"), QStringLiteral("event") } });
    QList<std::pair<QString, QString>> states { { tr("All states"), QString() } };
    for (WorkflowState s : { WorkflowState::Draft, WorkflowState::InReview, WorkflowState::Approved,
             WorkflowState::Scheduled, WorkflowState::Published, WorkflowState::Archived })
        states.append({ Workflow::displayName(s), Workflow::toString(s) });
    refill(m_state, states);
    QList<std::pair<QString, QString>> people { { tr("Everyone"), QString() } };
    people.append({ tr("Me"), m_store.database().userName() });
    if (m_store.database().isPostgres()) {
        if (auto logins = m_store.activity().people()) {
            for (const QString &login : std::as_const(*logins)) {
                if (login != m_store.database().userName())
                    people.append({ login, login });
            }
        }
    }
    refill(m_person, people);
}

CalendarFilter CalendarPage::currentFilter() const
{
    CalendarFilter f;
    f.section = m_section->currentData().toString();
    f.kind = m_kind->currentData().toString();
    f.state = m_state->currentData().toString();
    f.person = m_person->currentData().toString();
    return f;
}

void CalendarPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CalendarPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loaded) {
        m_loaded = true;
        reload();
    }
}

void CalendarPage::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_undated->setDragEnabled(!readOnly);
}

void CalendarPage::setView(View view)
{
    m_view = view;
    m_views->button(int(view))->setChecked(true);
    if (view != View::Board)
        m_calendar->setMode(
            view == View::Month ? CalendarView::Mode::Month : CalendarView::Mode::Week);
    m_stack->setCurrentIndex(view == View::Board ? 1 : 0);
    m_side->setVisible(view != View::Board);
    m_previous->setEnabled(view != View::Board);
    m_next->setEnabled(view != View::Board);
    m_today->setEnabled(view != View::Board);
    if (m_loaded)
        reload();
    updateTitle();
    (view == View::Board ? static_cast<QWidget *>(m_board) : m_calendar)->setFocus();
}

void CalendarPage::setDate(const QDate &day)
{
    m_calendar->setDate(day);
    if (m_loaded)
        read(false); // another period: the settings and the drafts aside stay as they are
    updateTitle();
}

QDate CalendarPage::date() const
{
    return m_calendar->date();
}

void CalendarPage::step(int direction)
{
    const QDate d = m_calendar->date();
    setDate(m_view == View::Month ? d.addMonths(direction) : d.addDays(7LL * direction));
}

void CalendarPage::updateTitle()
{
    const QLocale locale;
    const QDate d = m_calendar->date();
    if (m_view == View::Board) {
        m_title->setText(tr("Planning board"));
    } else if (m_view == View::Month) {
        QString month = locale.standaloneMonthName(d.month());
        if (!month.isEmpty())
            month[0] = month[0].toUpper();
        m_title->setText(tr("%1 %2", "month year").arg(month).arg(d.year()));
    } else {
        const QDate monday = Calendar::weekStart(d);
        const QDate sunday = monday.addDays(6);
        const QString from = locale.toString(monday,
            monday.month() == sunday.month() ? QStringLiteral("d") : QStringLiteral("d MMM"));
        m_title->setText(tr("Week %1: %2–%3", "week number, first and last day")
                             .arg(monday.weekNumber())
                             .arg(from, locale.toString(sunday, QStringLiteral("d MMM yyyy"))));
    }
}

void CalendarPage::reload()
{
    read(true);
}

void CalendarPage::read(bool everything)
{
    if (everything) {
        if (auto settings = m_store.siteSettings().load()) {
            const QTimeZone zone(settings->timeZone.toUtf8());
            m_zone = zone.isValid() ? zone : QTimeZone("Europe/Paris");
            const QTime time = QTime::fromString(settings->publishTime, QStringLiteral("HH:mm"));
            m_publishTime = time.isValid() ? time : QTime(8, 0);
        }
    }
    if (m_calendar->timeZone() != m_zone)
        m_calendar->setTimeZone(m_zone); // lays the items out again: only when it changed
    m_board->setTimeZone(m_zone);
    const CalendarFilter filter = currentFilter();
    auto keep = [&filter](const QList<CalendarItem> &items) {
        QList<CalendarItem> kept;
        for (const CalendarItem &i : items) {
            if (filter.accepts(i))
                kept.append(i);
        }
        return kept;
    };
    if (m_view == View::Board) {
        // Published this week: from Monday 00:00 of the site's week.
        const QDate monday
            = Calendar::weekStart(QDateTime::currentDateTimeUtc().toTimeZone(m_zone).date());
        auto items = m_store.calendar().board(Calendar::at(monday, QTime(0, 0), m_zone));
        if (!items) {
            emit message(items.error().message);
            return;
        }
        m_allBoard = *items;
        m_board->setItems(keep(m_allBoard));
        QList<WorkflowState> refused;
        for (WorkflowState s : PlanningBoard::columns()) {
            if (m_readOnly
                || (!m_store.database().hasRole(QStringLiteral("editor"))
                    && s != WorkflowState::InReview && s != WorkflowState::Draft))
                refused.append(s);
        }
        m_board->setRefusedColumns(refused);
    } else {
        const QDateTime from = Calendar::at(m_calendar->firstDay(), QTime(0, 0), m_zone);
        const QDateTime to = Calendar::at(m_calendar->lastDay().addDays(1), QTime(0, 0), m_zone);
        auto items = m_store.calendar().items(from, to);
        if (!items) {
            emit message(items.error().message);
            return;
        }
        m_all = *items;
        m_calendar->setItems(keep(m_all));
    }
    if (everything && m_view != View::Board) {
        // The drafts without a date: the same whatever the month shown.
        auto undated = m_store.calendar().unscheduled();
        const QString selected = m_undated->currentItem()
            ? m_undated->currentItem()->data(Qt::UserRole).toString()
            : QString();
        m_undated->clear();
        if (undated) {
            for (const CalendarItem &item : keep(*undated)) {
                auto *row = new QListWidgetItem(item.title, m_undated);
                const QString key = item.type + QLatin1Char(':') + QString::number(item.id);
                row->setData(Qt::UserRole, key);
                row->setData(Qt::UserRole + 1, item.uuid.toString());
                row->setToolTip(tr("%1 — %2, written by %3")
                                    .arg(item.title, Workflow::displayName(item.state),
                                        item.writer.isEmpty() ? tr("nobody known") : item.writer));
                QPixmap swatch(10, 10);
                swatch.fill(CalendarView::kindColour(item.kind));
                row->setIcon(QIcon(swatch));
                if (key == selected)
                    m_undated->setCurrentItem(row);
            }
        }
        m_undatedLabel->setText(
            tr("Drafts without a date (%1) — drag one onto a day").arg(m_undated->count()));
    }
}

QList<WorkflowState> CalendarPage::allowedStates(const CalendarItem &item) const
{
    QList<WorkflowState> allowed;
    if (m_readOnly)
        return allowed;
    const Database &db = m_store.database();
    const bool editor = db.hasRole(QStringLiteral("editor"));
    const bool own = item.writer == db.userName();
    switch (item.state) {
    case WorkflowState::Draft:
        if (own || editor)
            allowed.append(WorkflowState::InReview);
        if (editor)
            allowed << WorkflowState::Approved << WorkflowState::Scheduled
                    << WorkflowState::Published;
        break;
    case WorkflowState::InReview:
        if (editor)
            allowed << WorkflowState::Approved << WorkflowState::Draft << WorkflowState::Scheduled
                    << WorkflowState::Published;
        break;
    case WorkflowState::Approved:
        if (editor)
            allowed << WorkflowState::Draft << WorkflowState::Scheduled << WorkflowState::Published;
        break;
    case WorkflowState::Scheduled:
        if (editor)
            allowed << WorkflowState::Draft << WorkflowState::Published;
        break;
    case WorkflowState::Published:
        if (editor)
            allowed << WorkflowState::Draft << WorkflowState::Archived;
        break;
    case WorkflowState::Archived:
        if (editor)
            allowed << WorkflowState::Draft << WorkflowState::Published;
        break;
    }
    return allowed;
}

bool CalendarPage::moveItem(const CalendarItem &item, const Calendar::Move &to)
{
    if (m_readOnly) {
        emit message(tr("This database is read-only: “%1” was not moved.").arg(item.title));
        return false;
    }
    if (!to.start.isValid())
        return false;
    if (item.state == WorkflowState::Published || item.state == WorkflowState::Archived) {
        const auto answer = MessageBox::question(this, tr("Move a Published Item"),
            tr("“%1” is already published (%2). Move it to %3? Its page will show the new date "
               "at the next publish.")
                .arg(item.title, localText(item.start, m_zone, item.allDay),
                    localText(to.start, m_zone, item.allDay)),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return false;
    }
    const QString text
        = tr("Move “%1” to %2")
              .arg(item.title,
                  QLocale().toString(to.start.toTimeZone(m_zone).date(), QStringLiteral("d MMM")));
    auto *command = new MoveCommand(
        m_store, item, to, text, [this, title = item.title](const Result<CalendarItem> &moved) {
            m_lastMoveOk = bool(moved);
            if (!moved)
                emit message(tr("“%1” was not moved: %2").arg(title, moved.error().message));
            reload();
            if (moved)
                m_calendar->select(moved->uuid);
            emit changed();
        });
    m_undo.push(command); // runs it; a refused move leaves nothing to undo
    return m_lastMoveOk;
}

bool CalendarPage::scheduleUndated(
    const QString &type, qint64 id, const QDate &day, const QTime &time)
{
    auto item = m_store.calendar().find(type, id);
    if (!item) {
        emit message(item.error().message);
        return false;
    }
    const QTime at = time.isValid() ? time : m_publishTime;
    return moveItem(*item, { Calendar::at(day, at, m_zone), item->end });
}

QString CalendarPage::askReason(const CalendarItem &item)
{
    bool ok = false;
    const QString reason = QInputDialog::getText(this, tr("Return to Writer"),
        tr("Why does “%1” go back to %2?")
            .arg(item.title, item.writer.isEmpty() ? tr("its writer") : item.writer),
        QLineEdit::Normal, QString(), &ok);
    return ok ? reason.trimmed() : QString();
}

bool CalendarPage::changeState(const CalendarItem &item, WorkflowState to, const QString &given)
{
    if (!allowedStates(item).contains(to)) {
        emit message(m_readOnly
                ? tr("This database is read-only: “%1” was not changed.").arg(item.title)
                : tr("“%1” cannot go from %2 to %3 as %4.")
                      .arg(item.title, Workflow::displayName(item.state).toLower(),
                          Workflow::displayName(to).toLower(),
                          Database::roleName(m_store.database().role())));
        return false;
    }
    QString reason = given;
    if (to == WorkflowState::Draft
        && (item.state == WorkflowState::InReview || item.state == WorkflowState::Approved)
        && reason.isEmpty()) {
        reason = askReason(item);
        if (reason.isEmpty())
            return false;
    }
    // Scheduling something without a date: tomorrow at the site's hour of publication.
    const QDate tomorrow = QDateTime::currentDateTimeUtc().toTimeZone(m_zone).date().addDays(1);
    auto done = m_store.calendar().changeState(
        item, to, reason, Calendar::at(tomorrow, m_publishTime, m_zone));
    if (!done)
        emit message(tr("“%1” was not changed: %2").arg(item.title, done.error().message));
    else
        emit message(tr("“%1” is now %2.").arg(item.title, Workflow::displayName(to).toLower()));
    reload();
    emit changed();
    return bool(done);
}

void CalendarPage::showMenu(const CalendarItem &item, const QPoint &globalPos)
{
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("calendarMenu"));
    QAction *open = menu.addAction(tr("&Open"));
    connect(open, &QAction::triggered, this, [this, item] { emit openItem(item.type, item.uuid); });
    menu.addSeparator();
    const QList<WorkflowState> allowed = allowedStates(item);
    const std::pair<WorkflowState, QString> steps[] = {
        { WorkflowState::InReview, tr("Send for &Review") },
        { WorkflowState::Approved, tr("&Approve") },
        { WorkflowState::Draft,
            item.state == WorkflowState::InReview || item.state == WorkflowState::Approved
                ? tr("Re&turn to Writer…")
                : tr("Back to &Draft") },
        { WorkflowState::Scheduled, tr("&Schedule") },
        { WorkflowState::Published, tr("&Publish Now") },
        { WorkflowState::Archived, tr("Arc&hive") },
    };
    for (const auto &[state, text] : steps) {
        if (state == item.state)
            continue;
        QAction *action = menu.addAction(text);
        action->setData(Workflow::toString(state));
        action->setEnabled(allowed.contains(state));
        if (!action->isEnabled() && !m_readOnly)
            action->setToolTip(tr("Not for %1 on an item %2.")
                                   .arg(Database::roleName(m_store.database().role()),
                                       Workflow::displayName(item.state).toLower()));
        connect(action, &QAction::triggered, this,
            [this, item, state = state] { changeState(item, state); });
    }
    if (item.type == EntityType::Article && item.state == WorkflowState::Draft
        && item.start.isValid()) {
        menu.addSeparator();
        QAction *undate = menu.addAction(tr("Remove the &Date"));
        undate->setEnabled(!m_readOnly);
        connect(undate, &QAction::triggered, this, [this, item] { moveItem(item, { {}, {} }); });
    }
    menu.exec(globalPos);
}

void CalendarPage::printTo(QPagedPaintDevice &device)
{
    device.setPageOrientation(QPageLayout::Landscape);
    device.setPageSize(QPageSize(QPageSize::A4));
    QPainter painter(&device);
    const QRect page = painter.viewport();
    // Drawn at the screen's scale, then enlarged to the page.
    const QSize logical(1400, int(1400.0 * page.height() / std::max(1, page.width())));
    painter.setWindow(QRect(QPoint(0, 0), logical));
    painter.setFont(font());
    QFont title = font();
    title.setPointSizeF(font().pointSizeF() * 1.6);
    title.setBold(true);
    painter.setFont(title);
    painter.setPen(Qt::black);
    const int titleHeight = QFontMetrics(title).height() + 12;
    painter.drawText(QRect(0, 0, logical.width(), titleHeight), Qt::AlignLeft | Qt::AlignVCenter,
        m_title->text());
    painter.setFont(font());
    painter.drawText(QRect(0, 0, logical.width(), titleHeight), Qt::AlignRight | Qt::AlignVCenter,
        tr("Times in %1").arg(QString::fromUtf8(m_zone.id())));
    m_calendar->render(
        painter, QRect(0, titleHeight, logical.width(), logical.height() - titleHeight), true);
}

Result<void> CalendarPage::saveAsPdf(const QString &path)
{
    {
        QPdfWriter writer(path);
        writer.setTitle(m_title->text());
        writer.setCreator(QStringLiteral("Relais"));
        writer.setResolution(150);
        printTo(writer);
    }
    const QFileInfo written(path);
    if (!written.exists() || written.size() == 0)
        return Error::invalid(tr("The PDF could not be written to “%1”.").arg(path));
    return {};
}

} // namespace Relais
