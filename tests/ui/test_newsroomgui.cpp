// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The window opening a newsroom (issue #18): never blocked while connecting, Cancel gives up at
// once, a password asked when the server wants one that nothing else gives.
#include "connectdialog.h"
#include "mainwindow.h"
#include "newsroomconnector.h"
#include "settings.h"
#include "storage/serveraddress.h"
#include "testsupport.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QMenu>
#include <QSignalSpy>
#include <QSpinBox>
#include <QInputDialog>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QTcpServer>
#include <QTimer>

using namespace Relais;

class TestNewsroomGui : public QObject
{
    Q_OBJECT

private slots:
    void opensWithThePasswordFile();
    void asksForThePasswordWhenNothingGivesIt();
    void aSilentServerNeverBlocksTheWindow();
    void connectDialogSaysWhatIsWrong();
    void openRecentAsksTheOwnerToOpen();

private:
    // The tests' password, read from libpq's password file of the run's server.
    static QString testPassword();
};

QString TestNewsroomGui::testPassword()
{
    const auto pg = Test::ServerDatabase::server();
    QFile file(pg.value(QStringLiteral("PG_PASSFILE")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray &line : file.readAll().split('\n')) {
        const QList<QByteArray> f = line.split(':');
        if (f.size() == 5 && f.at(3) == pg.value(QStringLiteral("PG_USER")).toUtf8())
            return QString::fromUtf8(f.at(4));
    }
    return {};
}

void TestNewsroomGui::opensWithThePasswordFile()
{
    Test::TempStore made; // a newsroom
    const QString address = made.path();
    made.close();
    auto store = openNewsroom(address, nullptr);
    RELAIS_VERIFY_OK(store);
    QVERIFY((*store)->database().isPostgres());
    QSettings qsettings(
        QDir(qEnvironmentVariable("XDG_RUNTIME_DIR")).filePath(QStringLiteral("newsroomgui.conf")),
        QSettings::IniFormat);
    Settings settings(qsettings);
    MainWindow window(**store, settings);
    QVERIFY2(window.windowTitle().contains(QStringLiteral(" on 127.0.0.1")),
        qPrintable(window.windowTitle()));
}

void TestNewsroomGui::asksForThePasswordWhenNothingGivesIt()
{
    Test::TempStore made;
    const QString address = made.path();
    made.close();
    const QString password = testPassword();
    QVERIFY(!password.isEmpty());
    const QByteArray passFile = qgetenv("PGPASSFILE");
    qputenv("PGPASSFILE", "/nonexistent/pgpass");
    int asked = 0;
    QTimer answer;
    answer.setInterval(50);
    connect(&answer, &QTimer::timeout, this, [&] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            auto *dialog = qobject_cast<QInputDialog *>(w);
            if (dialog && dialog->isVisible()) {
                ++asked;
                // First a wrong one: asked again, with the server's refusal.
                dialog->setTextValue(asked == 1 ? QStringLiteral("wrong") : password);
                dialog->accept();
            }
        }
    });
    answer.start();
    auto store = openNewsroom(address, nullptr);
    answer.stop();
    RELAIS_VERIFY_OK(store);
    QCOMPARE(asked, 2);
    // A background job's own connection finds the password in this process's memory.
    auto job = Store::open(address, Database::Options::unchecked());
    qputenv("PGPASSFILE", passFile);
    RELAIS_VERIFY_OK(job);
    Database::rememberPassword(address, QString());
}

void TestNewsroomGui::aSilentServerNeverBlocksTheWindow()
{
    // A server that takes the connection and never says a word.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    const QString address
        = QStringLiteral("postgresql://nobody@127.0.0.1:%1/news?connect_timeout=3")
              .arg(silent.serverPort());
    int ticks = 0;
    QTimer tick;
    tick.setInterval(50);
    connect(&tick, &QTimer::timeout, this, [&] { ++ticks; });
    tick.start();
    QElapsedTimer clock;
    clock.start();
    auto timedOut = openNewsroom(address, nullptr);
    QVERIFY(!timedOut);
    QCOMPARE(timedOut.error().code, Error::Code::Unreachable);
    QVERIFY2(timedOut.error().message.contains(QStringLiteral("not answering")),
        qPrintable(timedOut.error().message));
    QVERIFY(clock.elapsed() >= 2500);
    QVERIFY2(ticks >= clock.elapsed() / 50 / 2, qPrintable(QString::number(ticks))); // not blocked

    // Cancel gives up at once, long before the connect timeout.
    const QString patient
        = QStringLiteral("postgresql://nobody@127.0.0.1:%1/news?connect_timeout=30")
              .arg(silent.serverPort());
    qint64 cancelledAt = -1;
    QTimer cancel;
    cancel.setInterval(50);
    connect(&cancel, &QTimer::timeout, this, [&] {
        QProgressDialog *progress = nullptr;
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (w->objectName() == u"newsroomConnecting" && w->isVisible())
                progress = qobject_cast<QProgressDialog *>(w);
        }
        auto *button = progress ? progress->findChild<QPushButton *>() : nullptr;
        if (button && cancelledAt < 0) {
            cancelledAt = clock.elapsed();
            button->click(); // as the user does
        }
    });
    clock.restart();
    cancel.start();
    auto cancelled = openNewsroom(patient, nullptr);
    cancel.stop();
    QVERIFY(!cancelled);
    QVERIFY2(cancelled.error().message.contains(QStringLiteral("cancelled")),
        qPrintable(cancelled.error().message));
    QVERIFY(cancelledAt >= 400); // the dialog shows after half a second
    QVERIFY2(clock.elapsed() - cancelledAt < 1000, qPrintable(QString::number(clock.elapsed())));
}

void TestNewsroomGui::connectDialogSaysWhatIsWrong()
{
    Test::TempStore made; // a newsroom
    const auto pg = Test::ServerDatabase::server();
    auto parsed = ServerAddress::parse(made.path());
    RELAIS_VERIFY_OK(parsed);
    ConnectDialog dialog;
    QVERIFY(dialog.address().isEmpty()); // no server, no database yet
    dialog.findChild<QLineEdit *>(QStringLiteral("host"))->setText(parsed->host);
    dialog.findChild<QSpinBox *>(QStringLiteral("port"))->setValue(parsed->port);
    dialog.findChild<QLineEdit *>(QStringLiteral("user"))->setText(parsed->user);
    auto *database = dialog.findChild<QLineEdit *>(QStringLiteral("database"));
    auto *tls = dialog.findChild<QComboBox *>(QStringLiteral("tls"));
    tls->setCurrentIndex(tls->findData(QStringLiteral("disable")));
    auto test = [&dialog](const QString &said) {
        QSignalSpy finished(&dialog, &ConnectDialog::testFinished);
        dialog.testConnection();
        if (!finished.wait(15000))
            return QByteArray("no answer");
        return dialog.resultText().contains(said) ? QByteArray() : dialog.resultText().toUtf8();
    };

    database->setText(parsed->database);
    QCOMPARE(test(QStringLiteral("Connected")), QByteArray());
    QVERIFY(dialog.resultText().contains(parsed->user));
    // The address it makes opens the same newsroom.
    QVERIFY(dialog.address().startsWith(QStringLiteral("postgresql://%1@").arg(parsed->user)));
    QVERIFY(dialog.address().contains(QStringLiteral("sslmode=disable")));
    auto again = Store::open(dialog.address(), Database::Options::unchecked());
    RELAIS_VERIFY_OK(again);

    database->setText(QStringLiteral("no_such_newsroom"));
    QCOMPARE(test(QStringLiteral("There is no database")), QByteArray());
    dialog.findChild<QLineEdit *>(QStringLiteral("password"))->setText(QStringLiteral("wrong"));
    database->setText(parsed->database);
    QCOMPARE(test(QStringLiteral("refused the password")), QByteArray());
    dialog.findChild<QLineEdit *>(QStringLiteral("password"))->clear();
    QTcpServer silent; // a port where nothing answers as PostgreSQL
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    dialog.findChild<QSpinBox *>(QStringLiteral("port"))->setValue(silent.serverPort());
    silent.close();
    QCOMPARE(test(QStringLiteral("not answering")), QByteArray());
    // A database of another program.
    Test::ServerDatabase other;
    QCOMPARE(other.adminExec(QStringLiteral("CREATE TABLE invoices (id integer)")), QString());
    dialog.findChild<QSpinBox *>(QStringLiteral("port"))->setValue(parsed->port);
    database->setText(other.name());
    QCOMPARE(test(QStringLiteral("another program")), QByteArray());
}

void TestNewsroomGui::openRecentAsksTheOwnerToOpen()
{
    Test::TempStore made;
    const QString address = made.path();
    QTemporaryDir dir;
    QSettings qsettings(dir.filePath(QStringLiteral("recent.conf")), QSettings::IniFormat);
    Settings settings(qsettings);
    const QString file = dir.filePath(QStringLiteral("local.sqlite"));
    settings.addRecentDatabase(file);
    settings.addRecentDatabase(address);
    settings.addRecentDatabase(file); // again: first, once
    QCOMPARE(settings.recentDatabases(), QStringList({ file, address }));
    MainWindow window(made.store(), settings);
    auto *recent = window.findChild<QMenu *>(QStringLiteral("recentMenu"));
    QVERIFY(recent);
    emit recent->aboutToShow();
    // The database shown is not offered again; the file is.
    QCOMPARE(recent->actions().size(), 1);
    QCOMPARE(recent->actions().first()->data().toString(), file);
    QSignalSpy requested(&window, &MainWindow::openRequested);
    recent->actions().first()->trigger();
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.first().at(0).toString(), file);
}

QTEST_MAIN(TestNewsroomGui)
#include "test_newsroomgui.moc"
