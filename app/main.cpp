// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "language.h"
#include "mainwindow.h"
#include "processinfo.h"
#include "publish/passwordvault.h"
#include "exportdialog.h"
#include "moderationcontroller.h"
#include "previewpane.h"
#include "submissionview.h"
#include "conflictdialog.h"
#include "publishdialog.h"
#include "publishhistorydialog.h"
#include "passwordprompt.h"
#include "publish/publishjob.h"
#include "publishtargetsdialog.h"
#include "settings.h"
#include "storage/store.h"

#include <QApplication>
#include <QScreen>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QPainter>
#include <QPixmap>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    Relais::PreviewPane::registerScheme(); // before the application, as Qt WebEngine requires
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Relais"));
    QApplication::setApplicationName(QStringLiteral("relais"));
    QApplication::setApplicationDisplayName(QStringLiteral("Relais"));
    QApplication::setApplicationVersion(QStringLiteral(RELAIS_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("relais"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Relais: editorial workstation of the portal."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption databaseOption(
        QStringLiteral("database"), QStringLiteral("The database file."), QStringLiteral("path"));
    const QCommandLineOption languageOption(QStringLiteral("language"),
        QStringLiteral("Language of the window: en or fr."), QStringLiteral("code"));
    // For start-up measurements and smoke tests: print the time to the first list page, quit.
    QCommandLineOption firstPageOption(QStringLiteral("exit-after-first-page"));
    firstPageOption.setFlags(QCommandLineOption::HiddenFromHelp);
    // For the README and visual checks: open the first item, save a picture of the window, quit.
    QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"), QStringLiteral("Save a screenshot."), QStringLiteral("png"));
    screenshotOption.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption pageOption(QStringLiteral("page"),
        QStringLiteral(
            "Section shown first (0-4: articles, agenda, contacts, trash, submissions)."),
        QStringLiteral("n"));
    pageOption.setFlags(QCommandLineOption::HiddenFromHelp);
    // With --screenshot: open a dialog first (publish, published, targets, history) and take
    // the whole screen. The password of a publish comes from a private file, never argv.
    QCommandLineOption showOption(
        QStringLiteral("show"), QStringLiteral("Dialog to show."), QStringLiteral("name"));
    showOption.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption passwordFileOption(QStringLiteral("password-file"),
        QStringLiteral("Password of the target."), QStringLiteral("file"));
    passwordFileOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({ databaseOption, languageOption, firstPageOption, screenshotOption,
        pageOption, showOption, passwordFileOption });
    parser.process(app);

    QSettings qsettings;
    Relais::Settings settings(qsettings);
    Relais::installTranslations(
        parser.isSet(languageOption) ? parser.value(languageOption) : settings.language());

    QString path = parser.value(databaseOption);
    if (path.isEmpty())
        path = settings.lastDatabase();
    if (path.isEmpty())
        path = Relais::Settings::defaultDatabasePath();
    QDir().mkpath(QFileInfo(path).absolutePath());

    // The window opens at once and checks every page of the file in the background.
    Relais::Database::Options options;
    options.checkContents = false;
    auto store = Relais::Store::open(path, options);
    if (!store) {
        std::fprintf(stderr, "relais: %s\n%s\n", qPrintable(store.error().message),
            qPrintable(store.error().detail));
        if (!parser.isSet(firstPageOption))
            QMessageBox::critical(nullptr,
                QApplication::translate("main", "Cannot open the database"), store.error().message);
        return 1;
    }
    if (!parser.isSet(databaseOption))
        settings.setLastDatabase(path);

    Relais::MainWindow window(**store, settings);
    if (parser.isSet(firstPageOption)) {
        QObject::connect(&window, &Relais::MainWindow::firstPageShown, &app, [&] {
            std::printf("first-page-ms %lld peak-rss-kb %lld\n",
                static_cast<long long>(sinceStart.elapsed()),
                static_cast<long long>(Relais::ProcessInfo::peakResidentKb()));
            std::fflush(stdout);
            QApplication::quit();
        });
    }
    if (parser.isSet(pageOption))
        window.showPage(Relais::MainWindow::Page(qBound(0, parser.value(pageOption).toInt(), 4)));
    if (parser.isSet(passwordFileOption)) {
        auto password = Relais::PasswordVault::readPasswordFile(parser.value(passwordFileOption));
        if (!password) {
            std::fprintf(stderr, "relais: %s\n", qPrintable(password.error().message));
            return 2;
        }
        Relais::PasswordPrompt::setAnswer(
            [p = *password](const Relais::PublishTarget &) { return std::optional<QString>(p); });
    }
    if (parser.isSet(screenshotOption) && parser.isSet(showOption)) {
        const QString png = parser.value(screenshotOption);
        const QString show = parser.value(showOption);
        auto grabScreen = [png, &window] {
            // The window, with the dialogs open over it painted where they are (a grab of the
            // X root misses top-level windows beside Qt WebEngine's GL surface under Xvfb).
            QPixmap shot = window.grab();
            QPainter painter(&shot);
            const auto dialogs = window.findChildren<QDialog *>();
            for (QDialog *d : dialogs) {
                if (d->isVisible())
                    painter.drawPixmap(
                        d->frameGeometry().topLeft() - window.geometry().topLeft(), d->grab());
            }
            painter.end();
            if (!shot.save(png))
                std::fprintf(stderr, "relais: cannot write %s\n", qPrintable(png));
            QApplication::quit();
        };
        QObject::connect(&window, &Relais::MainWindow::firstPageShown, &app,
            [&window, &app, show, grabScreen, png] {
                window.selectFirstItem();
                if (show == u"approve") {
                    // The editor filled in from the first submission (run with --page 4).
                    QTimer::singleShot(1500, &window, [&window, png] {
                        window.action(QStringLiteral("approveSubmission"))->trigger();
                        QTimer::singleShot(800, &window, [&window, png] {
                            if (!window.grab().save(png))
                                std::fprintf(stderr, "relais: cannot write %s\n", qPrintable(png));
                            QApplication::quit();
                        });
                    });
                    return;
                }
                if (show == u"conflicts") {
                    // The items of the first WordPress target waiting for a decision.
                    auto targets = window.store()->publishing().targets();
                    for (const Relais::PublishTarget &t :
                        targets ? *targets : QList<Relais::PublishTarget>()) {
                        if (!t.isWordPress())
                            continue;
                        auto *dialog = new Relais::ConflictDialog(*window.store(), t, &window);
                        dialog->show();
                        break;
                    }
                    QTimer::singleShot(800, &window, grabScreen);
                    return;
                }
                if (show == u"targets" || show == u"history" || show == u"export") {
                    QDialog *dialog = show == u"targets"
                        ? static_cast<QDialog *>(
                            new Relais::PublishTargetsDialog(*window.store(), &window))
                        : show == u"history"
                        ? static_cast<QDialog *>(
                            new Relais::PublishHistoryDialog(*window.store(), &window))
                        : new Relais::ExportDialog(*window.store(), *window.settings(), &window);
                    dialog->show();
                    QTimer::singleShot(800, &window, grabScreen);
                    return;
                }
                window.action(QStringLiteral("publish"))->trigger();
                auto *poll = new QTimer(&window);
                poll->setInterval(200);
                QObject::connect(
                    poll, &QTimer::timeout, &window, [&window, show, grabScreen, poll] {
                        auto *dialog = window.findChild<Relais::PublishDialog *>();
                        if (!dialog)
                            return;
                        using Stage = Relais::PublishDialog::Stage;
                        if (dialog->stage() == Stage::Planned && show == u"published") {
                            dialog->findChild<QPushButton *>(QStringLiteral("publishButton"))
                                ->click();
                            return;
                        }
                        if ((dialog->stage() == Stage::Planned && show == u"publish")
                            || dialog->stage() == Stage::Finished
                            || dialog->stage() == Stage::NoTarget) {
                            poll->stop();
                            QTimer::singleShot(300, &window, grabScreen);
                        }
                    });
                poll->start();
                QTimer::singleShot(120000, &app, &QApplication::quit);
            });
    } else if (parser.isSet(screenshotOption)) {
        const QString png = parser.value(screenshotOption);
        QObject::connect(&window, &Relais::MainWindow::firstPageShown, &app, [&window, png] {
            auto take = [&window, png] {
                if (!window.grab().save(png))
                    std::fprintf(stderr, "relais: cannot write %s\n", qPrintable(png));
                QApplication::quit();
            };
            // With the preview pane: once its page is there (loadFinished comes before the
            // first paint, hence the pause), at most 15 s.
            Relais::PreviewPane *preview = window.previewPane();
            if (window.currentPage() == Relais::MainWindow::Submissions) {
                QObject::connect(window.moderation()->view(), &Relais::SubmissionView::shown,
                    &window, [&window, take] { QTimer::singleShot(700, &window, take); });
                QTimer::singleShot(15000, &window, take);
            } else if (preview->isVisible()) {
                QObject::connect(preview, &Relais::PreviewPane::updated, &window,
                    [&window, take] { QTimer::singleShot(700, &window, take); });
                QTimer::singleShot(15000, &window, take);
            } else {
                QTimer::singleShot(800, &window, take);
            }
            window.selectFirstItem();
        });
    }
    window.show();
    return QApplication::exec();
}
