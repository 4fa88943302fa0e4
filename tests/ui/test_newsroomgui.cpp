// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The window opening a newsroom (issue #18): never blocked while connecting, Cancel gives up at
// once, a password asked when the server wants one that nothing else gives.
#include "mainwindow.h"
#include "newsroomconnector.h"
#include "settings.h"
#include "testsupport.h"

#include <QApplication>
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

QTEST_MAIN(TestNewsroomGui)
#include "test_newsroomgui.moc"
