// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The window seeing a colleague's work live (issue #18): lists and counts, an open editor
// reloaded in place, a bar when it holds unsaved edits, an item deleted elsewhere, and the
// newsroom's connection lost and found again.
#include "articleeditor.h"
#include "listpanel.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "storage/changefeed.h"
#include "testsupport.h"
#include "windowfixture.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>

using namespace Relais;

class TestLiveWindow : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void aColleaguesSaveShowsInTheListAndTheOpenEditor();
    void unsavedEditsAreNeverOverwrittenAndKeepMineWins();
    void loadTheirsAndCompare();
    void anItemDeletedElsewhereCloses();
    void theStatusBarSaysWhenTheNewsroomIsOffline();
    void textTypedWhileTheServerIsAwayIsSavedWhenItIsBack();
    void theEditorSaysWhoElseIsEditing();

private:
    ArticleEditor *openFirstArticle();
    std::unique_ptr<Store> colleague();
    Test::WindowFixture m_fx;
};

void TestLiveWindow::init()
{
    Test::WindowFixture::Options options;
    options.autosaveDelayMs = 300;
    QVERIFY(m_fx.start(options));
    QSignalSpy started(m_fx.window().changeFeed(), &ChangeFeed::started);
    QVERIFY(m_fx.window().changeFeed()->isOnline() || started.wait(10000));
}

void TestLiveWindow::cleanup()
{
    QCOMPARE(MessageBox::takeShownCount(), 0);
    m_fx.stop();
}

std::unique_ptr<Store> TestLiveWindow::colleague()
{
    auto opened = Store::open(m_fx.temp().path(), Database::Options::unchecked());
    if (!opened)
        qFatal("cannot open a second connection: %s", qPrintable(opened.error().message));
    return std::move(*opened);
}

ArticleEditor *TestLiveWindow::openFirstArticle()
{
    m_fx.window().showPage(MainWindow::Articles);
    ListPanel *panel = m_fx.window().listPanel(MainWindow::Articles);
    panel->view()->selectRow(0);
    auto *editor = qobject_cast<ArticleEditor *>(m_fx.window().currentEditor());
    if (!editor || !editor->hasItem())
        return nullptr;
    return editor;
}

void TestLiveWindow::aColleaguesSaveShowsInTheListAndTheOpenEditor()
{
    ArticleEditor *editor = openFirstArticle();
    QVERIFY(editor);
    const qint64 id = editor->currentId();
    auto other = colleague();
    Article theirs = *other->articles().load(id);
    theirs.title = QStringLiteral("Titre changé par une collègue");
    RELAIS_VERIFY_OK(other->articles().update(theirs));
    // The form without unsaved edits is read again in place, within a second or so.
    QTRY_COMPARE_WITH_TIMEOUT(editor->titleEdit()->text(), theirs.title, 2000);
    QVERIFY(!editor->isModified());
    QVERIFY(!editor->newerVersionBar());
    QVERIFY(m_fx.window().statusBar()->currentMessage().contains(QStringLiteral("updated by")));
    ListPanel *panel = m_fx.window().listPanel(MainWindow::Articles);
    auto listed = [panel](const QString &title) {
        const QAbstractItemModel *model = panel->view()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            for (int column = 0; column < model->columnCount(); ++column) {
                // Titles are shown isolated (U+2068 … U+2069) from the text around them.
                if (model->index(row, column).data().toString().contains(title))
                    return true;
            }
        }
        return false;
    };
    QTRY_VERIFY(listed(theirs.title));
    QCOMPARE(editor->currentId(), id); // still the same item selected

    // A new item from elsewhere counts in the sidebar.
    const int before = m_fx.window()
                           .sidebar()
                           ->item(MainWindow::sidebarRow(MainWindow::Articles))
                           ->data(Qt::UserRole)
                           .toInt();
    RELAIS_VERIFY_OK(
        other->articles().create(Test::sampleArticle(QStringLiteral("Nouvel article"))));
    QTRY_COMPARE_WITH_TIMEOUT(m_fx.window()
                                  .sidebar()
                                  ->item(MainWindow::sidebarRow(MainWindow::Articles))
                                  ->data(Qt::UserRole)
                                  .toInt(),
        before + 1, 2000);
}

void TestLiveWindow::unsavedEditsAreNeverOverwrittenAndKeepMineWins()
{
    ArticleEditor *editor = openFirstArticle();
    QVERIFY(editor);
    const qint64 id = editor->currentId();
    editor->titleEdit()->setFocus();
    editor->titleEdit()->end(false);
    QTest::keyClicks(editor->titleEdit(), QStringLiteral(" (mine)"));
    QVERIFY(editor->isModified());
    const QString mine = editor->titleEdit()->text();

    // Saved elsewhere before the autosave: the bar, not a dialog, and nothing overwritten.
    auto other = colleague();
    Article theirs = *other->articles().load(id);
    theirs.summary = QStringLiteral("Résumé de la collègue");
    auto saved = other->articles().update(theirs);
    RELAIS_VERIFY_OK(saved);
    QTRY_VERIFY_WITH_TIMEOUT(editor->newerVersionBar(), 2000);
    auto *text = editor->newerVersionBar()->findChild<QLabel *>(QStringLiteral("newerVersionText"));
    QVERIFY(text->text().contains(other->database().userName()));
    QVERIFY(text->text().contains(QStringLiteral("saved a newer version")));
    QCOMPARE(editor->titleEdit()->text(), mine);
    // Autosave waits for the choice.
    QTest::qWait(800);
    QVERIFY(editor->isModified());
    QCOMPARE(other->articles().load(id)->meta.revision, saved->meta.revision);

    auto differences = editor->differences();
    RELAIS_VERIFY_OK(differences);
    QStringList fields;
    for (const auto &difference : *differences)
        fields.append(difference.field);
    QVERIFY2(fields.contains(QStringLiteral("title")) && fields.contains(QStringLiteral("summary")),
        qPrintable(fields.join(QLatin1Char(' '))));
    QVERIFY2(fields.size() <= 3, qPrintable(fields.join(QLatin1Char(' ')))); // the slug may follow

    editor->newerVersionBar()->findChild<QPushButton *>(QStringLiteral("keepMine"))->click();
    QVERIFY(!editor->newerVersionBar());
    QVERIFY(!editor->isModified());
    const Article stored = *other->articles().load(id);
    QCOMPARE(stored.title, mine);
    QCOMPARE(stored.meta.revision, saved->meta.revision + 1);
}

void TestLiveWindow::loadTheirsAndCompare()
{
    ArticleEditor *editor = openFirstArticle();
    QVERIFY(editor);
    const qint64 id = editor->currentId();
    editor->titleEdit()->setFocus();
    QTest::keyClicks(editor->titleEdit(), QStringLiteral("X"));
    auto other = colleague();
    Article theirs = *other->articles().load(id);
    theirs.title = QStringLiteral("Leur version");
    RELAIS_VERIFY_OK(other->articles().update(theirs));
    QTRY_VERIFY_WITH_TIMEOUT(editor->newerVersionBar(), 2000);
    editor->newerVersionBar()->findChild<QPushButton *>(QStringLiteral("loadTheirs"))->click();
    QCOMPARE(editor->titleEdit()->text(), QStringLiteral("Leur version"));
    QVERIFY(!editor->isModified());
    QVERIFY(!editor->newerVersionBar());
}

void TestLiveWindow::anItemDeletedElsewhereCloses()
{
    ArticleEditor *editor = openFirstArticle();
    QVERIFY(editor);
    const qint64 id = editor->currentId();
    QVERIFY(id > 0);
    const QString title = editor->titleEdit()->text();
    auto other = colleague();
    // Moved to the trash elsewhere: closed here, saying who did it.
    RELAIS_VERIFY_OK(other->articles().moveToTrash({ id }));
    // (The list may then select its neighbour, as after a deletion here.)
    QTRY_VERIFY_WITH_TIMEOUT(!editor->hasItem() || editor->currentId() != id, 2000);
    QTRY_VERIFY(m_fx.window().statusBar()->currentMessage().contains(QStringLiteral("trash")));
    QVERIFY(m_fx.window().statusBar()->currentMessage().contains(title.left(20)));
    QVERIFY(m_fx.window().statusBar()->currentMessage().contains(other->database().userName()));

    // Deleted for good while open (trash and deletion in one transaction): closed too.
    editor = openFirstArticle();
    QVERIFY(editor);
    const qint64 second = editor->currentId();
    QVERIFY(second > 0 && second != id);
    {
        Transaction transaction(other->database());
        RELAIS_VERIFY_OK(other->articles().moveToTrash({ second }));
        RELAIS_VERIFY_OK(other->articles().purge({ second }));
        RELAIS_VERIFY_OK(transaction.commit());
    }
    QTRY_VERIFY_WITH_TIMEOUT(!editor->hasItem() || editor->currentId() != second, 2000);
    QTRY_VERIFY(m_fx.window().statusBar()->currentMessage().contains(QStringLiteral("deleted")));
}

void TestLiveWindow::theStatusBarSaysWhenTheNewsroomIsOffline()
{
    if (!Test::onPostgres())
        QSKIP("A file has no connection to lose.");
    auto *live = m_fx.window().findChild<QLabel *>(QStringLiteral("liveStatus"));
    QVERIFY(live);
    QVERIFY(live->isHidden());
    auto admin = Store::open(m_fx.temp().path(), Database::Options::unchecked());
    RELAIS_VERIFY_OK(admin);
    QSignalSpy lost(m_fx.window().changeFeed(), &ChangeFeed::connectionLost);
    QSignalSpy restored(m_fx.window().changeFeed(), &ChangeFeed::connectionRestored);
    RELAIS_VERIFY_OK((*admin)->database().exec(
        QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = "
                       "current_database() AND application_name = 'relais-feed'")));
    QVERIFY(lost.wait(5000));
    QVERIFY(!live->isHidden());
    QVERIFY(live->text().contains(QStringLiteral("Offline")));
    QVERIFY(restored.wait(10000));
    QVERIFY(live->isHidden());
}

void TestLiveWindow::textTypedWhileTheServerIsAwayIsSavedWhenItIsBack()
{
    if (!Test::onPostgres())
        QSKIP("A file has no server to lose.");
    ArticleEditor *editor = openFirstArticle();
    QVERIFY(editor);
    const qint64 id = editor->currentId();
    auto admin = colleague();
    const QString name
        = admin->database().scalar(QStringLiteral("SELECT current_database()"))->toString();
    admin.reset();
    // A database's connections are turned off from another one: the server's own "postgres".
    const auto pg = Test::ServerDatabase::server();
    const QString connectionName = QStringLiteral("live-admin");
    {
        QSqlDatabase server = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
        server.setHostName(pg.value(QStringLiteral("PG_HOST")));
        server.setPort(pg.value(QStringLiteral("PG_PORT")).toInt());
        server.setUserName(pg.value(QStringLiteral("PG_USER")));
        server.setDatabaseName(QStringLiteral("postgres"));
        QVERIFY2(server.open(), qPrintable(server.lastError().text()));
    }
    const auto closeAdmin = qScopeGuard([&connectionName] {
        QSqlDatabase::database(connectionName, false).close();
        QSqlDatabase::removeDatabase(connectionName);
    });
    auto sql = [&connectionName](const QString &text) {
        QSqlQuery query(QSqlDatabase::database(connectionName, false));
        return query.exec(text) ? QString() : query.lastError().text();
    };

    // The server ends every other connection and takes no new one for a while (a restart).
    QCOMPARE(
        sql(QStringLiteral("ALTER DATABASE \"%1\" ALLOW_CONNECTIONS false").arg(name)), QString());
    QCOMPARE(sql(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE "
                                "datname = '%1'")
                     .arg(name)),
        QString());
    editor->titleEdit()->setFocus();
    editor->titleEdit()->end(false);
    QTest::keyClicks(editor->titleEdit(), QStringLiteral(" (typed offline)"));
    const QString typed = editor->titleEdit()->text();
    QTRY_VERIFY_WITH_TIMEOUT(
        m_fx.window().statusBar()->currentMessage().contains(QStringLiteral("Not saved yet")),
        5000);
    QVERIFY(editor->isModified());
    QCOMPARE(editor->titleEdit()->text(), typed);

    // Back: the text goes in by itself, with the revision check as always.
    QCOMPARE(
        sql(QStringLiteral("ALTER DATABASE \"%1\" ALLOW_CONNECTIONS true").arg(name)), QString());
    QTRY_VERIFY_WITH_TIMEOUT(!editor->isModified(), 12000);
    auto check = colleague();
    QCOMPARE(check->articles().load(id)->title, typed);
}

void TestLiveWindow::theEditorSaysWhoElseIsEditing()
{
    ArticleEditor *editor = openFirstArticle();
    QVERIFY(editor);
    const qint64 id = editor->currentId();
    QVERIFY(editor->othersEditingText().isEmpty());
    // The window told the others it has the article open.
    auto other = colleague();
    QCOMPARE(*other->presence().othersEditing(QStringLiteral("articles"), id),
        QStringList { m_fx.store().database().userName() });
    // A colleague opens the same article: said when the item is shown again (and every 10 s).
    RELAIS_VERIFY_OK(other->presence().beat(QStringLiteral("articles"), id));
    ListPanel *panel = m_fx.window().listPanel(MainWindow::Articles);
    panel->view()->selectRow(1);
    panel->view()->selectRow(0);
    QCOMPARE(editor->currentId(), id);
    QVERIFY2(editor->othersEditingText().contains(other->database().userName()),
        qPrintable(editor->othersEditingText()));
    QVERIFY(editor->othersEditingText().contains(QStringLiteral("is editing")));
    // Another item: nobody else there.
    panel->view()->selectRow(1);
    QVERIFY(editor->othersEditingText().isEmpty());
    // The window closing says it has gone.
    m_fx.window().close();
    QCOMPARE(*other->presence().othersEditing(QStringLiteral("articles"),
                 m_fx.window().editor(MainWindow::Articles)->currentId()),
        QStringList());
}

QTEST_MAIN(TestLiveWindow)
#include "test_livewindow.moc"
