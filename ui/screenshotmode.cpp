// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "screenshotmode.h"

#include "activitydialog.h"
#include "calendarpage.h"
#include "conflictdialog.h"
#include "connectdialog.h"
#include "exportdialog.h"
#include "mainwindow.h"
#include "moderationcontroller.h"
#include "previewpane.h"
#include "publishdialog.h"
#include "publishhistorydialog.h"
#include "publishtargetsdialog.h"
#include "storage/store.h"
#include "submissionview.h"

#include <QAction>
#include <QApplication>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QTimer>

#include <cstdio>

namespace Relais::ScreenshotMode {

namespace {

void save(const QPixmap &shot, const QString &png)
{
    if (!shot.save(png))
        std::fprintf(stderr, "relais: cannot write %s\n", qPrintable(png));
    QApplication::quit();
}

// The window, with the dialogs open over it painted where they are (a grab of the X root
// misses top-level windows beside Qt WebEngine's GL surface under Xvfb).
void grabWithDialogs(MainWindow &window, const QString &png)
{
    QPixmap shot = window.grab();
    QPainter painter(&shot);
    const auto dialogs = window.findChildren<QDialog *>();
    for (QDialog *d : dialogs) {
        if (d->isVisible())
            painter.drawPixmap(
                d->frameGeometry().topLeft() - window.geometry().topLeft(), d->grab());
    }
    painter.end();
    save(shot, png);
}

// The window alone, once what its right side shows is there (the submission or the preview
// page: loadFinished comes before the first paint, hence the pause), at most 15 s.
void plain(MainWindow &window, const QString &png)
{
    auto take = [&window, png] { save(window.grab(), png); };
    PreviewPane *preview = window.previewPane();
    if (window.currentPage() == MainWindow::Submissions) {
        QObject::connect(window.moderation()->view(), &SubmissionView::shown, &window,
            [&window, take] { QTimer::singleShot(700, &window, take); });
        QTimer::singleShot(15000, &window, take);
    } else if (preview->isVisible()) {
        QObject::connect(preview, &PreviewPane::updated, &window,
            [&window, take] { QTimer::singleShot(700, &window, take); });
        QTimer::singleShot(15000, &window, take);
    } else {
        QTimer::singleShot(800, &window, take);
    }
    window.selectFirstItem();
}

// The editor filled in from the first submission (run with --page 4).
void approval(MainWindow &window, const QString &png)
{
    QTimer::singleShot(1500, &window, [&window, png] {
        window.action(QStringLiteral("approveSubmission"))->trigger();
        QTimer::singleShot(800, &window, [&window, png] { save(window.grab(), png); });
    });
}

// A dialog that opens at once: targets, history, export, or the conflicts of the first
// WordPress target.
bool openDialog(MainWindow &window, const QString &show)
{
    Store &store = *window.store();
    QDialog *dialog = nullptr;
    if (show == u"conflicts") {
        auto targets = store.publishing().targets();
        for (const PublishTarget &t : targets ? *targets : QList<PublishTarget>()) {
            if (t.isWordPress()) {
                dialog = new ConflictDialog(store, t, &window);
                break;
            }
        }
    } else if (show == u"targets") {
        dialog = new PublishTargetsDialog(store, &window);
    } else if (show == u"history") {
        dialog = new PublishHistoryDialog(store, &window);
    } else if (show == u"activity") {
        dialog = new ActivityDialog(store, &window);
    } else if (show == u"export") {
        dialog = new ExportDialog(store, *window.settings(), &window);
    } else if (show == u"connect") {
        auto *connect = new ConnectDialog(&window);
        if (store.database().isPostgres())
            connect->setAddress(store.database().path());
        dialog = connect;
    } else {
        return false;
    }
    if (dialog)
        dialog->show();
    return true;
}

// File → Publish, taken when the plan is shown ("publish") or the publish is over
// ("published"), at most 2 minutes.
void publishing(MainWindow &window, const QString &png, const QString &show)
{
    window.action(QStringLiteral("publish"))->trigger();
    auto *poll = new QTimer(&window);
    poll->setInterval(200);
    QObject::connect(poll, &QTimer::timeout, &window, [&window, png, show, poll] {
        auto *dialog = window.findChild<PublishDialog *>();
        if (!dialog)
            return;
        using Stage = PublishDialog::Stage;
        if (dialog->stage() == Stage::Planned && show == u"published") {
            dialog->findChild<QPushButton *>(QStringLiteral("publishButton"))->click();
            return;
        }
        if ((dialog->stage() == Stage::Planned && show == u"publish")
            || dialog->stage() == Stage::Finished || dialog->stage() == Stage::NoTarget) {
            poll->stop();
            QTimer::singleShot(300, &window, [&window, png] { grabWithDialogs(window, png); });
        }
    });
    poll->start();
    QTimer::singleShot(120000, qApp, &QApplication::quit);
}

} // namespace

void arrange(MainWindow &window, const QString &png, const QString &show)
{
    QObject::connect(&window, &MainWindow::firstPageShown, &window, [&window, png, show] {
        if (show.isEmpty())
            return plain(window, png);
        window.selectFirstItem();
        if (show == u"approve")
            return approval(window, png);
        if (show == u"review") {
            // What waits for review, the first of it open with its comments.
            window.showWorkflowFilter(QStringLiteral("waiting"));
            window.selectFirstItem();
            QTimer::singleShot(800, &window, [&window, png] { save(window.grab(), png); });
            return;
        }
        if (show == u"calendar" || show == u"calendar-week" || show == u"board") {
            // The month (or week) of the latest item dated until two months from now: the demo's
            // content is of its own time.
            CalendarPage *page = window.calendarPage();
            const QDateTime now = QDateTime::currentDateTimeUtc();
            auto recent = window.store()->calendar().items(now.addYears(-3), now.addDays(60));
            if (recent && !recent->isEmpty())
                page->setDate(recent->last().start.toTimeZone(page->timeZone()).date());
            page->setView(show == u"board"     ? CalendarPage::View::Board
                    : show == u"calendar-week" ? CalendarPage::View::Week
                                               : CalendarPage::View::Month);
            window.showPage(MainWindow::Calendar);
            QTimer::singleShot(800, &window, [&window, png] { save(window.grab(), png); });
            return;
        }
        if (openDialog(window, show)) {
            QTimer::singleShot(800, &window, [&window, png] { grabWithDialogs(window, png); });
            return;
        }
        publishing(window, png, show);
    });
}

} // namespace Relais::ScreenshotMode
