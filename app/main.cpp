// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "language.h"
#include "mainwindow.h"
#include "newsroomconnector.h"
#include "processinfo.h"
#include "screenshotmode.h"
#include "publish/passwordvault.h"
#include "previewpane.h"
#include "passwordprompt.h"
#include "settings.h"
#include "storage/store.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>

#include <cstdio>

namespace {

// The window's command line, the same for the help printed without a display.
struct Options
{
    QCommandLineOption database { QStringLiteral("database"),
        QStringLiteral("The database file, or a newsroom: postgresql://USER@HOST:PORT/DATABASE."),
        QStringLiteral("path") };
    QCommandLineOption language { QStringLiteral("language"),
        QStringLiteral("Language of the window: en or fr."), QStringLiteral("code") };
    // For start-up measurements and smoke tests: print the time to the first list page, quit.
    QCommandLineOption firstPage { QStringLiteral("exit-after-first-page") };
    // For the README and visual checks: open the first item, save a picture of the window, quit.
    QCommandLineOption screenshot { QStringLiteral("screenshot"),
        QStringLiteral("Save a screenshot."), QStringLiteral("png") };
    QCommandLineOption page { QStringLiteral("page"),
        QStringLiteral(
            "Section shown first (0-5: articles, agenda, contacts, trash, submissions, calendar)."),
        QStringLiteral("n") };
    // With --screenshot: open a dialog first (publish, published, targets, history) and take
    // the whole screen. The password of a publish comes from a private file, never argv.
    QCommandLineOption show { QStringLiteral("show"), QStringLiteral("Dialog to show."),
        QStringLiteral("name") };
    QCommandLineOption passwordFile { QStringLiteral("password-file"),
        QStringLiteral("Password of the target."), QStringLiteral("file") };
};

Options describeOptions(QCommandLineParser &parser)
{
    Options o;
    parser.setApplicationDescription(
        QStringLiteral("Relais: editorial workstation of the portal."));
    parser.addHelpOption();
    parser.addVersionOption();
    for (QCommandLineOption *hidden :
        { &o.firstPage, &o.screenshot, &o.page, &o.show, &o.passwordFile })
        hidden->setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions(
        { o.database, o.language, o.firstPage, o.screenshot, o.page, o.show, o.passwordFile });
    return o;
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    // Help and version need no display: answered by a core application (a QApplication without
    // a display aborts in Qt's xcb plugin before it could print anything).
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "-h" || arg == "--help" || arg == "-?" || arg == "--help-all" || arg == "-v"
            || arg == "--version") {
            QCoreApplication core(argc, argv);
            QCoreApplication::setApplicationName(QStringLiteral("relais"));
            QCoreApplication::setApplicationVersion(QStringLiteral(RELAIS_VERSION));
            QCommandLineParser parser;
            describeOptions(parser);
            parser.process(core); // prints and exits, or says what is wrong
            return 0;
        }
    }
    Relais::PreviewPane::registerScheme(); // before the application, as Qt WebEngine requires
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Relais"));
    QApplication::setApplicationName(QStringLiteral("relais"));
    QApplication::setApplicationDisplayName(QStringLiteral("Relais"));
    QApplication::setApplicationVersion(QStringLiteral(RELAIS_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("relais"));

    QCommandLineParser parser;
    const Options o = describeOptions(parser);
    const QCommandLineOption &databaseOption = o.database;
    const QCommandLineOption &languageOption = o.language;
    const QCommandLineOption &firstPageOption = o.firstPage;
    const QCommandLineOption &screenshotOption = o.screenshot;
    const QCommandLineOption &pageOption = o.page;
    const QCommandLineOption &showOption = o.show;
    const QCommandLineOption &passwordFileOption = o.passwordFile;
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
    // The window opens at once and checks every page of the file in the background; a
    // newsroom is connected to in the background first.
    auto open = [](const QString &location, const QString &password,
                    QWidget *parent) -> Relais::Result<std::unique_ptr<Relais::Store>> {
        if (Relais::Database::isServerAddress(location))
            return Relais::openNewsroom(location, parent, password);
        QDir().mkpath(QFileInfo(location).absolutePath());
        Relais::Database::Options options;
        options.checkContents = false;
        return Relais::Store::open(location, options);
    };
    auto store = open(path, QString(), nullptr);
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
    settings.addRecentDatabase((*store)->database().path());

    auto *window = new Relais::MainWindow(**store, settings);
    window->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(window, &QObject::destroyed, [s = store->release()] { delete s; });
    // File → Open, Connect to Newsroom, Open Recent: the new database gets a new window, the
    // old one goes (its store with it) once the new one is open; a refusal leaves it as it is.
    std::function<void(Relais::MainWindow *)> follow;
    follow = [&](Relais::MainWindow *current) {
        QObject::connect(current, &Relais::MainWindow::openRequested, &app,
            [&, current](const QString &location, const QString &password) {
                auto next = open(location, password, current);
                if (!next) {
                    QMessageBox::warning(current,
                        QApplication::translate("main", "Cannot open the database"),
                        next.error().message);
                    return;
                }
                settings.setLastDatabase(location);
                settings.addRecentDatabase((*next)->database().path());
                auto *replacement = new Relais::MainWindow(**next, settings);
                replacement->setAttribute(Qt::WA_DeleteOnClose);
                QObject::connect(
                    replacement, &QObject::destroyed, [s = next->release()] { delete s; });
                follow(replacement);
                replacement->show();
                current->close();
            });
    };
    follow(window);
    if (parser.isSet(firstPageOption)) {
        QObject::connect(window, &Relais::MainWindow::firstPageShown, &app, [&] {
            std::printf("first-page-ms %lld peak-rss-kb %lld\n",
                static_cast<long long>(sinceStart.elapsed()),
                static_cast<long long>(Relais::ProcessInfo::peakResidentKb()));
            std::fflush(stdout);
            QApplication::quit();
        });
    }
    if (parser.isSet(pageOption))
        window->showPage(Relais::MainWindow::Page(qBound(0, parser.value(pageOption).toInt(), 5)));
    if (parser.isSet(passwordFileOption)) {
        auto password = Relais::PasswordVault::readPasswordFile(parser.value(passwordFileOption));
        if (!password) {
            std::fprintf(stderr, "relais: %s\n", qPrintable(password.error().message));
            return 2;
        }
        Relais::PasswordPrompt::setAnswer(
            [p = *password](const Relais::PublishTarget &) { return std::optional<QString>(p); });
    }
    if (parser.isSet(screenshotOption))
        Relais::ScreenshotMode::arrange(
            *window, parser.value(screenshotOption), parser.value(showOption));
    window->show();
    const int code = QApplication::exec();
    // Whatever window is still there (quit without closing it: screenshots, measurements)
    // goes before the application, its store and its change feed with it.
    for (QWidget *top : QApplication::topLevelWidgets()) {
        if (auto *open = qobject_cast<Relais::MainWindow *>(top))
            delete open;
    }
    return code;
}
