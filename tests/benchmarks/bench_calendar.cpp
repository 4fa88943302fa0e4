// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The editorial calendar (issue #20), on a file and on a newsroom in one run: a month holding
// 2,000 items (1,500 articles, 500 events) read and drawn, a drag saved and redrawn, switching
// to the next month and back, the week and the board. The window's own CalendarPage, offscreen,
// 1,400 × 850. PostgreSQL is a private server started for the run on 127.0.0.1 and stopped
// after. Prints, never asserts.
//
//   bench_calendar [--items N] [--runs N]
#include "benchserver.h"
#include "benchsupport.h"
#include "calendarpage.h"
#include "calendarview.h"
#include "frenchtext.h"
#include "planningboard.h"
#include "storage/store.h"
#include "testsupport.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QUndoStack>

#include <cstdio>

using namespace Relais;
using namespace Relais::Bench;

namespace {

struct Figures
{
    double fillS = 0;
    double monthP50 = 0;
    double monthP95 = 0;
    double paintP50 = 0;
    double readP50 = 0;
    double dragP50 = 0;
    double dragP95 = 0;
    double switchP50 = 0;
    double switchP95 = 0;
    double weekP50 = 0;
    double boardP50 = 0;
    int hidden = 0;
};

double ms(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// December 2026 in Paris, filled: articles at every quarter hour of the working day, events
// of one to three days.
void fill(Store &store, int count, Figures &f)
{
    const QTimeZone paris("Europe/Paris");
    FrenchText text;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < count; ++i) {
        const QDate day(2026, 12, 1 + text.bounded(31));
        if (i % 4 == 3) {
            AgendaEntry e;
            e.title = text.title();
            e.start = Calendar::at(day, QTime(8 + text.bounded(10), 0), paris);
            e.end = e.start.addSecs(3600 * (2 + text.bounded(50)));
            e.status = Status::Published;
            if (auto made = store.agenda().create(e); !made) {
                std::fprintf(stderr, "%s\n", qPrintable(made.error().message));
                std::exit(1);
            }
        } else {
            Article a;
            a.title = text.title();
            a.summary = text.sentence();
            a.status = i % 3 == 0 ? Status::Draft : Status::Scheduled;
            a.publishAt
                = Calendar::at(day, QTime(7 + text.bounded(12), 15 * text.bounded(4)), paris);
            if (auto made = store.articles().create(a); !made) {
                std::fprintf(stderr, "%s\n", qPrintable(made.error().message));
                std::exit(1);
            }
        }
    }
    f.fillS = ms(timer) / 1000;
}

void measure(Store &store, int runs, Figures &f)
{
    QUndoStack undo;
    CalendarPage page(store, undo);
    page.resize(1400, 850);
    page.show();
    page.setDate(QDate(2026, 12, 15));
    QCoreApplication::processEvents();
    CalendarView *view = page.calendar();
    QList<double> month;
    QList<double> paint;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        page.reload(); // read, lay out
        view->repaint(); // draw, as the event loop does next
        month.append(ms(timer));
        timer.restart();
        view->repaint();
        paint.append(ms(timer));
    }
    QList<double> reads;
    const QDateTime from = Calendar::at(view->firstDay(), QTime(0, 0), page.timeZone());
    const QDateTime to = Calendar::at(view->lastDay().addDays(1), QTime(0, 0), page.timeZone());
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        (void)store.calendar().items(from, to);
        reads.append(ms(timer));
    }
    f.readP50 = percentile(reads, 0.5);
    f.monthP50 = percentile(month, 0.5);
    f.monthP95 = percentile(month, 0.95);
    f.paintP50 = percentile(paint, 0.5);
    int hidden = 0;
    for (QDate d = QDate(2026, 12, 1); d <= QDate(2026, 12, 31); d = d.addDays(1))
        hidden += view->hiddenCount(d);
    f.hidden = hidden;

    // A drag: the move saved through the repository, the month read and drawn again.
    QList<double> drags;
    for (int i = 0; i < runs; ++i) {
        CalendarItem item;
        for (const CalendarItem &candidate : view->items()) {
            if (!candidate.isEvent() && candidate.state != WorkflowState::Published) {
                item = candidate;
                break;
            }
        }
        const int days = i % 2 == 0 ? 1 : -1;
        QElapsedTimer timer;
        timer.start();
        page.moveItem(item, Calendar::byDays(item, days, page.timeZone()));
        view->repaint();
        drags.append(ms(timer));
    }
    f.dragP50 = percentile(drags, 0.5);
    f.dragP95 = percentile(drags, 0.95);

    QList<double> switches;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        page.setDate(i % 2 == 0 ? QDate(2027, 1, 15) : QDate(2026, 12, 15));
        view->repaint();
        switches.append(ms(timer));
    }
    f.switchP50 = percentile(switches, 0.5);
    f.switchP95 = percentile(switches, 0.95);

    page.setDate(QDate(2026, 12, 15));
    page.setView(CalendarPage::View::Week);
    QList<double> weeks;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        page.reload();
        view->repaint();
        weeks.append(ms(timer));
    }
    f.weekP50 = percentile(weeks, 0.5);
    page.setView(CalendarPage::View::Board);
    QList<double> boards;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        page.reload();
        page.board()->repaint();
        boards.append(ms(timer));
    }
    f.boardP50 = percentile(boards, 0.5);
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption itemsOption(QStringLiteral("items"),
        QStringLiteral("Items in the month."), QStringLiteral("n"), QStringLiteral("2000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"),
        QStringLiteral("Runs of each measure."), QStringLiteral("n"), QStringLiteral("40"));
    parser.addOptions({ itemsOption, runsOption });
    parser.addHelpOption();
    parser.process(app);
    const int items = parser.value(itemsOption).toInt();
    const int runs = parser.value(runsOption).toInt();

    QTemporaryDir dir;
    {
        const PrivateServer server(
            QStringLiteral(RELAIS_SOURCE_DIR), dir.filePath(QStringLiteral("postgresql")));
        if (!server.started())
            return 1;
        Test::ServerDatabase newsroom;
        Figures file;
        Figures pg;
        {
            auto store = openOrExit(dir.filePath(QStringLiteral("calendar.sqlite")));
            fill(*store, items, file);
            measure(*store, runs, file);
        }
        {
            auto store = openOrExit(newsroom.address(), newsroomToMake());
            fill(*store, items, pg);
            measure(*store, runs, pg);
        }
        auto row = [](const char *what, double a, double b, const char *unit) {
            std::printf("%-58s %10.1f %10.1f  %s\n", what, a, b, unit);
        };
        std::printf("December 2026 holding %d items (3 in 4 articles, 1 in 4 events of 2 h to 2 "
                    "days), 1400x850, %d runs each\n",
            items, runs);
        std::printf("%-58s %10s %10s\n", "", "SQLite", "PostgreSQL");
        row("filling the month (a save each, as the window does)", file.fillS, pg.fillS, "s");
        row("the month read, laid out and drawn, p50", file.monthP50, pg.monthP50, "ms");
        row("the month read, laid out and drawn, p95", file.monthP95, pg.monthP95, "ms");
        row("the month drawn again (paint only), p50", file.paintP50, pg.paintP50, "ms");
        row("the six weeks' items read (SQL only), p50", file.readP50, pg.readP50, "ms");
        row("a drag saved, the month read and drawn again, p50", file.dragP50, pg.dragP50, "ms");
        row("a drag saved, the month read and drawn again, p95", file.dragP95, pg.dragP95, "ms");
        row("switching months (read, laid out, drawn), p50", file.switchP50, pg.switchP50, "ms");
        row("switching months (read, laid out, drawn), p95", file.switchP95, pg.switchP95, "ms");
        row("the week read and drawn, p50", file.weekP50, pg.weekP50, "ms");
        row("the planning board read and drawn, p50", file.boardP50, pg.boardP50, "ms");
        std::printf("(items of December that did not fit their day's cell, shown as \"+N\": %d)\n",
            file.hidden);
    }
    return 0;
}
