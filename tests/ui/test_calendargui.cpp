// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The editorial calendar and the planning board in the window (issue 20): items on the days of
// the site's time zone (the test runs with TZ=America/Montreal, the site is in Paris), drags with
// the mouse in the month and the week that keep the time across summer time, undo, the drafts
// without a date dropped on a day, the keyboard, the board's columns, the month as PDF, and a
// colleague's move arriving live.
#include "calendarpage.h"
#include "calendarview.h"
#include "itemeditor.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "planningboard.h"
#include "windowfixture.h"
#include "workflowpanel.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QListWidget>
#include <QMimeData>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QUndoStack>

using namespace Relais;

class TestCalendarGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void theMonthShowsTheSiteZonesDays();
    void aDragInTheMonthKeepsTheTimeAcrossSummerTime_data();
    void aDragInTheMonthKeepsTheTimeAcrossSummerTime();
    void aDragInTheWeekChangesTheHour();
    void anEventDraggedKeepsItsLength();
    void anUndatedDraftDroppedOnADay();
    void aPublishedItemAsksBeforeMoving();
    void theKeyboardMovesAndOpens();
    void aChangeArrivingDuringADragMovesTheItemPressed();
    void filtersAndAFullDay();
    void theBoardChangesStates();
    void theMonthPrintsAsA4Landscape();
    void aColleaguesMoveArrivesLive();

private:
    CalendarPage *showCalendar(const QDate &day, CalendarPage::View view);
    Result<Article> scheduled(
        const QString &title, const QDateTime &at, Status status = Status::Scheduled);
    QDateTime storedTime(qint64 id);
    void drag(QWidget *widget, const QPoint &from, const QPoint &to);
    Test::WindowFixture m_fx;
};

namespace {

const QTimeZone Paris("Europe/Paris");

QDateTime paris(int y, int m, int d, int h, int min)
{
    return Calendar::at(QDate(y, m, d), QTime(h, min), Paris);
}

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

} // namespace

void TestCalendarGui::initTestCase()
{
    QVERIFY(Test::prepareWindowTests());
    // The desktop is in Montréal, the site in Paris: what the calendar shows is Paris's.
    QCOMPARE(QTimeZone::systemTimeZone().id(), QByteArray("America/Montreal"));
}

void TestCalendarGui::init()
{
    Test::WindowFixture::Options options;
    options.size = QSize(1400, 900);
    QVERIFY(m_fx.start(options));
}

void TestCalendarGui::cleanup()
{
    QCOMPARE(MessageBox::takeShownCount(), 0);
    m_fx.stop();
}

CalendarPage *TestCalendarGui::showCalendar(const QDate &day, CalendarPage::View view)
{
    MainWindow &window = m_fx.window();
    window.showPage(MainWindow::Calendar);
    CalendarPage *page = window.calendarPage();
    page->setView(view);
    page->setDate(day);
    page->reload();
    return page;
}

Result<Article> TestCalendarGui::scheduled(const QString &title, const QDateTime &at, Status status)
{
    Article a = Test::sampleArticle(title);
    a.status = status;
    a.publishAt = at;
    return m_fx.store().articles().create(a);
}

QDateTime TestCalendarGui::storedTime(qint64 id)
{
    auto a = m_fx.store().articles().load(id);
    return a ? a->publishAt : QDateTime();
}

// Press, move in steps, release: what a hand does.
void TestCalendarGui::drag(QWidget *widget, const QPoint &from, const QPoint &to)
{
    QTest::mousePress(widget, Qt::LeftButton, {}, from);
    const int steps = 6;
    for (int i = 1; i <= steps; ++i) {
        const QPoint at = from + (to - from) * i / steps;
        QMouseEvent move(QEvent::MouseMove, at, widget->mapToGlobal(at), Qt::NoButton,
            Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(widget, &move);
    }
    QTest::mouseRelease(widget, Qt::LeftButton, {}, to);
}

void TestCalendarGui::theMonthShowsTheSiteZonesDays()
{
    // 1 December 00:30 in Paris is still 30 November in Montréal: the calendar says 1 December.
    auto early = scheduled(QStringLiteral("Au petit matin"), paris(2026, 12, 1, 0, 30));
    RELAIS_VERIFY_OK(early);
    AgendaEntry event = Test::sampleEntry(QStringLiteral("Forum sur deux mois"));
    event.start = paris(2026, 11, 30, 9, 0);
    event.end = paris(2026, 12, 2, 17, 0);
    auto entry = m_fx.store().agenda().create(event);
    RELAIS_VERIFY_OK(entry);
    CalendarPage *page = showCalendar(QDate(2026, 12, 15), CalendarPage::View::Month);
    CalendarView *view = page->calendar();
    QVERIFY(view->isVisible());
    QCOMPARE(view->firstDay(), QDate(2026, 11, 30));
    const QRect itemRect = view->itemRect(early->meta.uuid);
    QVERIFY(itemRect.isValid());
    QCOMPARE(view->dayAt(itemRect.center()), QDate(2026, 12, 1));
    // The event on each of its days, across the two months.
    const QRect eventRect = view->itemRect(entry->meta.uuid);
    QCOMPARE(view->dayAt(eventRect.center()), QDate(2026, 11, 30));
    QCOMPARE(page->calendar()->items().size(), 2);
    for (const QDate &d : { QDate(2026, 11, 30), QDate(2026, 12, 1), QDate(2026, 12, 2) })
        QVERIFY(Calendar::covers(*view->item(entry->meta.uuid), d, Paris));
    // The next month shows the event's end no more; the one before shows its start.
    page->setDate(QDate(2026, 11, 10));
    QVERIFY(view->itemRect(entry->meta.uuid).isValid());
    QVERIFY(!view->itemRect(early->meta.uuid).isValid()
        || view->dayAt(view->itemRect(early->meta.uuid).center()) == QDate(2026, 12, 1));
    // The editor column gives its width to the calendar, and comes back after.
    auto *editorColumn = m_fx.window().findChild<QWidget *>(QStringLiteral("editorColumn"));
    QVERIFY(editorColumn);
    QVERIFY(!editorColumn->isVisible());
    QVERIFY(view->width() > 900);
    m_fx.window().showPage(MainWindow::Articles);
    QVERIFY(editorColumn->isVisible());
}

void TestCalendarGui::aDragInTheMonthKeepsTheTimeAcrossSummerTime_data()
{
    QTest::addColumn<QDateTime>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QDateTime>("expected");
    QTest::newRow("00:30 onto the end of summer time")
        << paris(2026, 10, 24, 0, 30) << QDate(2026, 10, 25) << utc("2026-10-24T22:30:00Z");
    QTest::newRow("23:59 onto the end of summer time")
        << paris(2026, 10, 24, 23, 59) << QDate(2026, 10, 25) << utc("2026-10-25T22:59:00Z");
    QTest::newRow("02:30 onto the start of summer time: 03:30")
        << paris(2026, 3, 27, 2, 30) << QDate(2026, 3, 29) << utc("2026-03-29T01:30:00Z");
    QTest::newRow("23:59 over the start of summer time")
        << paris(2026, 3, 28, 23, 59) << QDate(2026, 3, 30) << utc("2026-03-30T21:59:00Z");
    QTest::newRow("00:30 back before the start of summer time")
        << paris(2026, 4, 1, 0, 30) << QDate(2026, 3, 27) << utc("2026-03-26T23:30:00Z");
}

void TestCalendarGui::aDragInTheMonthKeepsTheTimeAcrossSummerTime()
{
    QFETCH(QDateTime, from);
    QFETCH(QDate, to);
    QFETCH(QDateTime, expected);
    auto made = scheduled(QStringLiteral("Déplacée à la souris"), from);
    RELAIS_VERIFY_OK(made);
    CalendarPage *page = showCalendar(to, CalendarPage::View::Month);
    CalendarView *view = page->calendar();
    const QRect source = view->itemRect(made->meta.uuid);
    QVERIFY2(source.isValid(), "the item is drawn");
    const QRect target = view->dayRect(to);
    QVERIFY(target.isValid());
    drag(view, source.center(), target.center());
    QCOMPARE(storedTime(made->meta.id), expected);
    // Redrawn on its new day, selected.
    QCOMPARE(view->dayAt(view->itemRect(made->meta.uuid).center()), to);
    QCOMPARE(view->selectedItem(), made->meta.uuid);
    // Undone: where it was, to the second.
    QUndoStack *undo = m_fx.window().undoStack();
    QVERIFY(undo->canUndo());
    QVERIFY2(undo->undoText().contains(QStringLiteral("Déplacée")), qPrintable(undo->undoText()));
    m_fx.window().action(QStringLiteral("undo"))->trigger();
    QCOMPARE(storedTime(made->meta.id), from);
    QCOMPARE(view->dayAt(view->itemRect(made->meta.uuid).center()), from.toTimeZone(Paris).date());
    undo->redo();
    QCOMPARE(storedTime(made->meta.id), expected);
}

void TestCalendarGui::aDragInTheWeekChangesTheHour()
{
    auto made = scheduled(QStringLiteral("À 9 heures"), paris(2026, 12, 8, 9, 0));
    RELAIS_VERIFY_OK(made);
    CalendarPage *page = showCalendar(QDate(2026, 12, 8), CalendarPage::View::Week);
    CalendarView *view = page->calendar();
    QCOMPARE(view->firstDay(), QDate(2026, 12, 7));
    const QRect source = view->itemRect(made->meta.uuid);
    QVERIFY(source.isValid());
    QCOMPARE(view->timeAt(source.topLeft() + QPoint(2, 1)), QTime(9, 0));
    // Down three hours and onto Thursday: Thursday 12:00 in Paris.
    // Grabbed a pixel below its top: let go a pixel below 12:00.
    const QPoint grab = source.topLeft() + QPoint(2, 1);
    QPoint to(view->dayRect(QDate(2026, 12, 10)).center().x(), grab.y());
    while (view->timeAt(to) < QTime(12, 0))
        to.ry() += 1;
    to.ry() += 1;
    drag(view, grab, to);
    QCOMPARE(storedTime(made->meta.id), paris(2026, 12, 10, 12, 0));
    m_fx.window().action(QStringLiteral("undo"))->trigger();
    QCOMPARE(storedTime(made->meta.id), paris(2026, 12, 8, 9, 0));
}

void TestCalendarGui::anEventDraggedKeepsItsLength()
{
    AgendaEntry event = Test::sampleEntry(QStringLiteral("Atelier de l’après-midi"));
    event.status = Status::Draft; // not yet on the site: no question
    event.start = paris(2026, 12, 8, 14, 0);
    event.end = paris(2026, 12, 8, 16, 30);
    auto entry = m_fx.store().agenda().create(event);
    RELAIS_VERIFY_OK(entry);
    // The month: onto the 11th, same hours.
    CalendarPage *page = showCalendar(QDate(2026, 12, 8), CalendarPage::View::Month);
    CalendarView *view = page->calendar();
    drag(view, view->itemRect(entry->meta.uuid).center(),
        view->dayRect(QDate(2026, 12, 11)).center());
    auto moved = m_fx.store().agenda().load(entry->meta.id);
    RELAIS_VERIFY_OK(moved);
    QCOMPARE(moved->start, paris(2026, 12, 11, 14, 0));
    QCOMPARE(moved->end, paris(2026, 12, 11, 16, 30));
    // The week: an hour earlier, still two and a half hours long.
    page->setView(CalendarPage::View::Week);
    const QRect block = view->itemRect(entry->meta.uuid);
    QVERIFY2(block.height() > 2 * view->fontMetrics().height(),
        qPrintable(QString::number(block.height())));
    const QPoint grab = block.topLeft() + QPoint(2, 1);
    QPoint to = grab;
    while (view->timeAt(to) >= QTime(13, 0))
        to.ry() -= 1;
    while (view->timeAt(to) < QTime(13, 0))
        to.ry() += 1;
    to.ry() += 1;
    drag(view, grab, to);
    moved = m_fx.store().agenda().load(entry->meta.id);
    QCOMPARE(moved->start, paris(2026, 12, 11, 13, 0));
    QCOMPARE(moved->end, paris(2026, 12, 11, 15, 30));
}

void TestCalendarGui::anUndatedDraftDroppedOnADay()
{
    auto made = scheduled(QStringLiteral("Sans date encore"), {}, Status::Draft);
    RELAIS_VERIFY_OK(made);
    CalendarPage *page = showCalendar(QDate(2026, 12, 1), CalendarPage::View::Month);
    QListWidget *undated = page->undatedList();
    QCOMPARE(undated->count(), 1);
    QCOMPARE(undated->item(0)->text(), QStringLiteral("Sans date encore"));
    // What the list gives a drag, dropped on Wednesday 16 December.
    CalendarView *view = page->calendar();
    QMimeData mime;
    mime.setData(QString::fromLatin1(CalendarView::MimeType),
        QStringLiteral("article:%1").arg(made->meta.id).toUtf8());
    const QPoint at = view->dayRect(QDate(2026, 12, 16)).center();
    QDragEnterEvent enter(at, Qt::MoveAction, &mime, Qt::LeftButton, {});
    QApplication::sendEvent(view, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(at), Qt::MoveAction, &mime, Qt::LeftButton, {});
    QApplication::sendEvent(view, &drop);
    // The site's hour of publication, in Paris; still a draft.
    QCOMPARE(storedTime(made->meta.id), paris(2026, 12, 16, 8, 0));
    QCOMPARE(m_fx.store().articles().load(made->meta.id)->status, Status::Draft);
    QCOMPARE(undated->count(), 0);
    QVERIFY(view->itemRect(made->meta.uuid).isValid());
    // Undone, it waits aside again.
    m_fx.window().undoStack()->undo();
    QVERIFY(!storedTime(made->meta.id).isValid());
    QCOMPARE(undated->count(), 1);
    // Another hour from Site Settings.
    auto settings = m_fx.store().siteSettings().load();
    settings->publishTime = QStringLiteral("17:45");
    RELAIS_VERIFY_OK(m_fx.store().siteSettings().save(*settings));
    page->reload();
    QVERIFY(
        page->scheduleUndated(QStringLiteral("article"), made->meta.id, QDate(2026, 12, 17), {}));
    QCOMPARE(storedTime(made->meta.id), paris(2026, 12, 17, 17, 45));
}

void TestCalendarGui::aPublishedItemAsksBeforeMoving()
{
    auto made
        = scheduled(QStringLiteral("Déjà en ligne"), paris(2026, 12, 2, 10, 0), Status::Published);
    RELAIS_VERIFY_OK(made);
    CalendarPage *page = showCalendar(QDate(2026, 12, 2), CalendarPage::View::Month);
    CalendarView *view = page->calendar();
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    drag(
        view, view->itemRect(made->meta.uuid).center(), view->dayRect(QDate(2026, 12, 3)).center());
    QCOMPARE(MessageBox::takeShownCount(), 1);
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("already published")));
    QCOMPARE(storedTime(made->meta.id), paris(2026, 12, 2, 10, 0));
    QVERIFY(!m_fx.window().undoStack()->canUndo());
    MessageBox::setNextAnswer(QMessageBox::Yes);
    drag(
        view, view->itemRect(made->meta.uuid).center(), view->dayRect(QDate(2026, 12, 3)).center());
    QCOMPARE(MessageBox::takeShownCount(), 1);
    QCOMPARE(storedTime(made->meta.id), paris(2026, 12, 3, 10, 0));
}

void TestCalendarGui::theKeyboardMovesAndOpens()
{
    auto first = scheduled(QStringLiteral("Premier du jour"), paris(2026, 12, 9, 8, 0));
    auto second = scheduled(QStringLiteral("Second du jour"), paris(2026, 12, 9, 11, 0));
    RELAIS_VERIFY_OK(first);
    RELAIS_VERIFY_OK(second);
    CalendarPage *page = showCalendar(QDate(2026, 12, 9), CalendarPage::View::Month);
    CalendarView *view = page->calendar();
    view->setFocus();
    QTest::mouseClick(view, Qt::LeftButton, {}, view->dayRect(QDate(2026, 12, 8)).center());
    QCOMPARE(view->selectedDay(), QDate(2026, 12, 8));
    QVERIFY(view->selectedItem().isNull());
    QTest::keyClick(view, Qt::Key_Right);
    QCOMPARE(view->selectedDay(), QDate(2026, 12, 9));
    QCOMPARE(view->selectedItem(), first->meta.uuid);
    QTest::keyClick(view, Qt::Key_Down);
    QCOMPARE(view->selectedItem(), second->meta.uuid);
    // Ctrl+Right: a day later, the same time; Ctrl+Down in a month: a week later.
    QTest::keyClick(view, Qt::Key_Right, Qt::ControlModifier);
    QCOMPARE(storedTime(second->meta.id), paris(2026, 12, 10, 11, 0));
    QCOMPARE(view->selectedItem(), second->meta.uuid);
    QTest::keyClick(view, Qt::Key_Down, Qt::ControlModifier);
    QCOMPARE(storedTime(second->meta.id), paris(2026, 12, 17, 11, 0));
    // Enter opens it in its editor.
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(m_fx.window().currentPage(), MainWindow::Articles);
    ItemEditor *editor = m_fx.window().currentEditor();
    QVERIFY(editor);
    QCOMPARE(editor->currentUuid(), second->meta.uuid);
    QVERIFY(m_fx.window().workflowPanel()->isVisible());
}

void TestCalendarGui::aChangeArrivingDuringADragMovesTheItemPressed()
{
    auto pressed = scheduled(QStringLiteral("Celle qu’on tient"), paris(2026, 12, 9, 11, 0));
    RELAIS_VERIFY_OK(pressed);
    CalendarPage *page = showCalendar(QDate(2026, 12, 9), CalendarPage::View::Month);
    CalendarView *view = page->calendar();
    const QPoint from = view->itemRect(pressed->meta.uuid).center();
    const QPoint to = view->dayRect(QDate(2026, 12, 11)).center();
    QTest::mousePress(view, Qt::LeftButton, {}, from);
    QMouseEvent move(QEvent::MouseMove, (from + to) / 2, view->mapToGlobal((from + to) / 2),
        Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view, &move);
    // Meanwhile a colleague's item lands before it on the same day, and the page reads again.
    auto arrived = scheduled(QStringLiteral("Arrivée pendant le geste"), paris(2026, 12, 9, 7, 0));
    RELAIS_VERIFY_OK(arrived);
    page->reload();
    QTest::mouseRelease(view, Qt::LeftButton, {}, to);
    QCOMPARE(storedTime(pressed->meta.id), paris(2026, 12, 11, 11, 0));
    QCOMPARE(storedTime(arrived->meta.id), paris(2026, 12, 9, 7, 0));
}

void TestCalendarGui::filtersAndAFullDay()
{
    for (int i = 0; i < 14; ++i)
        RELAIS_VERIFY_OK(
            scheduled(QStringLiteral("Article %1").arg(i), paris(2026, 12, 14, 8 + i / 2, 0)));
    AgendaEntry event = Test::sampleEntry(QStringLiteral("Le même jour"));
    event.start = paris(2026, 12, 14, 18, 0);
    event.end = paris(2026, 12, 14, 20, 0);
    RELAIS_VERIFY_OK(m_fx.store().agenda().create(event));
    CalendarPage *page = showCalendar(QDate(2026, 12, 14), CalendarPage::View::Month);
    CalendarView *view = page->calendar();
    QCOMPARE(view->items().size(), 15);
    const int hidden = view->hiddenCount(QDate(2026, 12, 14));
    QVERIFY2(hidden > 0 && hidden < 15, qPrintable(QString::number(hidden)));
    // Only events: one, nothing hidden.
    QComboBox *kind = page->filter(QStringLiteral("kind"));
    kind->setCurrentIndex(kind->findData(QStringLiteral("event")));
    QCOMPARE(view->items().size(), 1);
    QCOMPARE(view->hiddenCount(QDate(2026, 12, 14)), 0);
    kind->setCurrentIndex(0);
    QComboBox *state = page->filter(QStringLiteral("state"));
    state->setCurrentIndex(state->findData(QStringLiteral("published")));
    QCOMPARE(view->items().size(), 1); // the event; the articles are scheduled
    state->setCurrentIndex(0);
    // Clicking "+N" opens that day's week.
    const QRect cell = view->dayRect(QDate(2026, 12, 14));
    QTest::mouseClick(view, Qt::LeftButton, {}, QPoint(cell.left() + 8, cell.bottom() - 4));
    QCOMPARE(page->view(), CalendarPage::View::Week);
    QCOMPARE(view->firstDay(), QDate(2026, 12, 14));
}

void TestCalendarGui::theBoardChangesStates()
{
    auto draft = scheduled(QStringLiteral("Brouillon au tableau"), {}, Status::Draft);
    RELAIS_VERIFY_OK(draft);
    CalendarPage *page = showCalendar(QDate::currentDate(), CalendarPage::View::Board);
    PlanningBoard *board = page->board();
    QVERIFY(board->isVisible());
    QVERIFY(board->cardRect(draft->meta.uuid).isValid());
    QCOMPARE(board->itemsIn(WorkflowState::Draft).size(), 1);
    // Dragged to In review: sent for review.
    drag(board, board->cardRect(draft->meta.uuid).center(),
        board->columnRect(WorkflowState::InReview).center());
    QCOMPARE(
        Workflow::stateOf(*m_fx.store().articles().load(draft->meta.id)), WorkflowState::InReview);
    QCOMPARE(board->itemsIn(WorkflowState::InReview).size(), 1);
    // Then approved, then scheduled (without a date: tomorrow at the site's hour).
    drag(board, board->cardRect(draft->meta.uuid).center(),
        board->columnRect(WorkflowState::Approved).center());
    drag(board, board->cardRect(draft->meta.uuid).center(),
        board->columnRect(WorkflowState::Scheduled).center());
    auto stored = m_fx.store().articles().load(draft->meta.id);
    QCOMPARE(Workflow::stateOf(*stored), WorkflowState::Scheduled);
    const QDate tomorrow = QDateTime::currentDateTimeUtc().toTimeZone(Paris).date().addDays(1);
    QCOMPARE(stored->publishAt, Calendar::at(tomorrow, QTime(8, 0), Paris));
    QCOMPARE(board->itemsIn(WorkflowState::Scheduled).size(), 1);
    // What the log says.
    ActivityRepository::Filter filter;
    filter.item = draft->meta.uuid;
    auto log = m_fx.store().activity().entries(filter);
    RELAIS_VERIFY_OK(log);
    QVERIFY(log->size() >= 4);
    // Enter opens the selected card.
    QTest::mouseClick(board, Qt::LeftButton, {}, board->cardRect(draft->meta.uuid).center());
    QCOMPARE(board->selectedItem(), draft->meta.uuid);
    QTest::keyClick(board, Qt::Key_Return);
    QCOMPARE(m_fx.window().currentPage(), MainWindow::Articles);
    QCOMPARE(m_fx.window().currentEditor()->currentUuid(), draft->meta.uuid);
}

void TestCalendarGui::theMonthPrintsAsA4Landscape()
{
    RELAIS_VERIFY_OK(scheduled(QStringLiteral("Au programme"), paris(2026, 12, 10, 9, 0)));
    CalendarPage *page = showCalendar(QDate(2026, 12, 10), CalendarPage::View::Month);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("month.pdf"));
    RELAIS_VERIFY_OK(page->saveAsPdf(path));
    QFile pdf(path);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(5) == "%PDF-");
    const QString pdfinfo = QStandardPaths::findExecutable(QStringLiteral("pdfinfo"));
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdfinfo.isEmpty() || pdftotext.isEmpty())
        QSKIP("poppler-utils (pdfinfo, pdftotext) is not installed");
    QProcess info;
    info.start(pdfinfo, { path });
    QVERIFY(info.waitForFinished(20000));
    const QString said = QString::fromUtf8(info.readAllStandardOutput());
    QVERIFY2(said.contains(QStringLiteral("Pages:           1")), qPrintable(said));
    // A4 landscape: 842 × 595 points.
    QVERIFY2(said.contains(QStringLiteral("841.")) || said.contains(QStringLiteral("842")),
        qPrintable(said));
    QVERIFY2(said.contains(QStringLiteral("x 595")), qPrintable(said));
    QProcess text;
    text.start(pdftotext, { path, QStringLiteral("-") });
    QVERIFY(text.waitForFinished(20000));
    const QString words = QString::fromUtf8(text.readAllStandardOutput());
    QVERIFY2(words.contains(QStringLiteral("Au programme")), qPrintable(words));
    QVERIFY2(words.contains(QStringLiteral("December 2026")), qPrintable(words));
    QVERIFY2(words.contains(QStringLiteral("Europe/Paris")), qPrintable(words));
}

void TestCalendarGui::aColleaguesMoveArrivesLive()
{
    auto made = scheduled(QStringLiteral("Déplacée par un collègue"), paris(2026, 12, 9, 8, 0));
    RELAIS_VERIFY_OK(made);
    CalendarPage *page = showCalendar(QDate(2026, 12, 9), CalendarPage::View::Month);
    CalendarView *view = page->calendar();
    const CalendarItem seen = *view->item(made->meta.uuid);
    auto other = Store::open(m_fx.temp().path(), Database::Options::unchecked());
    RELAIS_VERIFY_OK(other);
    auto theirs = (*other)->calendar().find(QStringLiteral("article"), made->meta.id);
    RELAIS_VERIFY_OK(theirs);
    RELAIS_VERIFY_OK((*other)->calendar().move(*theirs, paris(2026, 12, 18, 8, 0), {}));
    // Within a few seconds, on its new day (the feed of a file polls, a newsroom's is told).
    QTRY_COMPARE_WITH_TIMEOUT(
        view->dayAt(view->itemRect(made->meta.uuid).center()), QDate(2026, 12, 18), 5000);
    // A move made from what was seen before is refused, theirs kept.
    QVERIFY(!page->moveItem(seen, Calendar::byDays(seen, 1, Paris)));
    QCOMPARE(storedTime(made->meta.id), paris(2026, 12, 18, 8, 0));
    QVERIFY(!m_fx.window().undoStack()->canUndo());
}

QTEST_MAIN(TestCalendarGui)
#include "test_calendargui.moc"
