// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The window seeing a colleague's work live (issue #18): lists and counts, an open editor
// reloaded in place, a bar when it holds unsaved edits, an item deleted elsewhere, and the
// newsroom's connection lost and found again.
#include "articleeditor.h"
#include "entitylistmodel.h"
#include "storage/peoplerepository.h"
#include "listpanel.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "storage/changefeed.h"
#include "testsupport.h"
#include "waitingchangesdialog.h"
#include "windowfixture.h"

#include <QAction>
#include <QFileInfo>
#include <QLabel>
#include <QTreeWidget>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QUuid>

using namespace Relais;

class TestLiveWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void aColleaguesSaveShowsInTheListAndTheOpenEditor();
    void unsavedEditsAreNeverOverwrittenAndKeepMineWins();
    void loadTheirsAndCompare();
    void anItemDeletedElsewhereCloses();
    void theStatusBarSaysWhenTheNewsroomIsOffline();
    void textTypedWhileTheServerIsAwayIsSavedWhenItIsBack();
    void whatWaitsSurvivesClosingTheWindow();
    void aNewerVersionSavedMeanwhileWaitsForAChoice();
    void theEditorSaysWhoElseIsEditing();
    void aContributorsWindowMirrorsTheRole();

private:
    ArticleEditor *openFirstArticle();
    std::unique_ptr<Store> colleague();
    QString databaseName();
    Test::WindowFixture m_fx;
};

void TestLiveWindow::initTestCase()
{
    QVERIFY(Test::prepareWindowTests());
}

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

namespace {

// The newsroom's server as a restart looks from a desktop: every connection to the test's
// database ended, none taken until allowed again. Turned from the server's own "postgres"
// database (a database cannot refuse connections from inside itself).
class ServerSwitch
{
public:
    explicit ServerSwitch(const QString &database)
        : m_database(database)
    {
        const auto pg = Test::ServerDatabase::server();
        QSqlDatabase server = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        server.setHostName(pg.value(QStringLiteral("PG_HOST")));
        server.setPort(pg.value(QStringLiteral("PG_PORT")).toInt());
        server.setUserName(pg.value(QStringLiteral("PG_USER")));
        server.setDatabaseName(QStringLiteral("postgres"));
        if (!server.open())
            qFatal("postgres: %s", qPrintable(server.lastError().text()));
    }
    ~ServerSwitch()
    {
        (void)allow();
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    // Empty when done, else the server's error.
    QString refuse()
    {
        const QString error
            = sql(QStringLiteral("ALTER DATABASE \"%1\" ALLOW_CONNECTIONS false").arg(m_database));
        if (!error.isEmpty())
            return error;
        return sql(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE "
                                  "datname = '%1'")
                       .arg(m_database));
    }
    QString allow()
    {
        return sql(QStringLiteral("ALTER DATABASE \"%1\" ALLOW_CONNECTIONS true").arg(m_database));
    }

private:
    QString sql(const QString &text)
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        return query.exec(text) ? QString() : query.lastError().text();
    }

    QString m_name = QStringLiteral("live-admin");
    QString m_database;
};

} // namespace

QString TestLiveWindow::databaseName()
{
    return m_fx.store().database().scalar(QStringLiteral("SELECT current_database()"))->toString();
}

void TestLiveWindow::textTypedWhileTheServerIsAwayIsSavedWhenItIsBack()
{
    if (!Test::onPostgres())
        QSKIP("A file has no server to lose.");
    ArticleEditor *editor = openFirstArticle();
    QVERIFY(editor);
    const qint64 id = editor->currentId();
    ServerSwitch server(databaseName());
    OfflineJournal *journal = m_fx.window().offlineJournal();
    QVERIFY(journal);
    QCOMPARE(journal->count(), 0);

    QCOMPARE(server.refuse(), QString());
    editor->titleEdit()->setFocus();
    editor->titleEdit()->end(false);
    QTest::keyClicks(editor->titleEdit(), QStringLiteral(" (typed offline)"));
    const QString typed = editor->titleEdit()->text();
    // Kept on this computer at the first save that did not go through.
    QTRY_VERIFY_WITH_TIMEOUT(journal->count() == 1, 8000);
    QVERIFY2(m_fx.window().statusBar()->currentMessage().contains(
                 QStringLiteral("kept on this computer")),
        qPrintable(m_fx.window().statusBar()->currentMessage()));
    QVERIFY(editor->isModified());
    QVERIFY(editor->isKeptOffline());
    QCOMPARE(editor->titleEdit()->text(), typed);
    auto *live = m_fx.window().findChild<QLabel *>(QStringLiteral("liveStatus"));
    QTRY_COMPARE_WITH_TIMEOUT(live->text(), QStringLiteral("Offline — 1 change waiting"), 8000);
    QVERIFY(m_fx.window().action(QStringLiteral("waitingChanges"))->isEnabled());

    // Back: the text goes in by itself, with the revision check as always.
    QCOMPARE(server.allow(), QString());
    QTRY_VERIFY_WITH_TIMEOUT(!editor->isModified(), 12000);
    QCOMPARE(journal->count(), 0);
    QVERIFY(!editor->isKeptOffline());
    auto check = colleague();
    QCOMPARE(check->articles().load(id)->title, typed);
    QTRY_VERIFY_WITH_TIMEOUT(live->isHidden(), 12000);
}

void TestLiveWindow::whatWaitsSurvivesClosingTheWindow()
{
    if (!Test::onPostgres())
        QSKIP("A file has no server to lose.");
    ArticleEditor *editor = openFirstArticle();
    QVERIFY(editor);
    const qint64 id = editor->currentId();
    const QString journalPath = m_fx.window().offlineJournal()->path();
    ServerSwitch server(databaseName());
    QCOMPARE(server.refuse(), QString());
    editor->bodyEdit()->setFocus();
    QTest::keyClicks(editor->bodyEdit(), QStringLiteral("A paragraph typed offline."));
    const QString typed = editor->bodyEdit()->toPlainText();
    QTRY_VERIFY_WITH_TIMEOUT(editor->isKeptOffline(), 8000);

    // Closing asks nothing (what was typed waits on this computer) and keeps the journal.
    QVERIFY(m_fx.window().close());
    QCOMPARE(MessageBox::takeShownCount(), 0);
    QVERIFY(QFileInfo::exists(journalPath));

    // The next window, once the server answers, sends it by itself.
    QCOMPARE(server.allow(), QString());
    QVERIFY(m_fx.restartWindow());
    QCOMPARE(m_fx.window().offlineJournal()->path(), journalPath);
    QTRY_COMPARE_WITH_TIMEOUT(m_fx.window().offlineJournal()->count(), 0, 15000);
    auto check = colleague();
    QCOMPARE(check->articles().load(id)->body, typed);
    QVERIFY2(m_fx.window().statusBar()->currentMessage().contains(QStringLiteral("was saved")),
        qPrintable(m_fx.window().statusBar()->currentMessage()));
}

void TestLiveWindow::aNewerVersionSavedMeanwhileWaitsForAChoice()
{
    if (!Test::onPostgres())
        QSKIP("A file has no server to lose.");
    ArticleEditor *editor = openFirstArticle();
    QVERIFY(editor);
    const qint64 id = editor->currentId();
    ServerSwitch server(databaseName());
    QCOMPARE(server.refuse(), QString());
    editor->titleEdit()->setFocus();
    editor->titleEdit()->end(false);
    QTest::keyClicks(editor->titleEdit(), QStringLiteral(" (mine, offline)"));
    const QString mine = editor->titleEdit()->text();
    QTRY_VERIFY_WITH_TIMEOUT(editor->isKeptOffline(), 8000);
    QVERIFY(m_fx.window().close());

    // Meanwhile a colleague saves the same article.
    QCOMPARE(server.allow(), QString());
    auto other = colleague();
    Article theirs = *other->articles().load(id);
    theirs.title = QStringLiteral("Theirs, saved meanwhile");
    RELAIS_VERIFY_OK(other->articles().save(theirs));

    QVERIFY(m_fx.restartWindow());
    OfflineJournal *journal = m_fx.window().offlineJournal();
    QTRY_VERIFY_WITH_TIMEOUT(!journal->entries()->first().problem.isEmpty(), 15000);
    QVERIFY2(
        m_fx.window().statusBar()->currentMessage().contains(QStringLiteral("needs your choice")),
        qPrintable(m_fx.window().statusBar()->currentMessage()));
    QCOMPARE(journal->count(), 1);
    QCOMPARE(other->articles().load(id)->title, theirs.title); // never overwritten unasked
    auto *live = m_fx.window().findChild<QLabel *>(QStringLiteral("liveStatus"));
    QCOMPARE(live->text(), QStringLiteral("1 change waiting on this computer"));

    // File → Changes Waiting: the entry, with who saved; Open shows it in its editor.
    WaitingChangesDialog dialog(*journal, {}, &m_fx.window());
    QCOMPARE(dialog.list()->topLevelItemCount(), 1);
    QCOMPARE(dialog.list()->topLevelItem(0)->text(0), mine);
    QVERIFY2(dialog.list()->topLevelItem(0)->text(3).contains(other->database().userName()),
        qPrintable(dialog.list()->topLevelItem(0)->text(3)));
    const OfflineJournal::Entry entry = journal->entries()->first();
    QVERIFY(m_fx.window().openWaitingChange(entry));
    auto *shown = qobject_cast<ArticleEditor *>(m_fx.window().currentEditor());
    QVERIFY(shown);
    QCOMPARE(shown->currentId(), id);
    QCOMPARE(shown->titleEdit()->text(), mine);
    QVERIFY(shown->isModified());
    QVERIFY(shown->newerVersionBar());
    // Autosave waits for the choice: theirs stays.
    QTest::qWait(800);
    QCOMPARE(other->articles().load(id)->title, theirs.title);
    // Keep Mine: saved over theirs, and nothing waits any more.
    QVERIFY(shown->keepMine());
    QCOMPARE(other->articles().load(id)->title, mine);
    QCOMPARE(journal->count(), 0);
    QTRY_VERIFY(live->isHidden());
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
    // The list marks the item too: a pencil, and the name in the tooltip.
    EntityListModel *model = panel->model();
    const QModelIndex marked = model->index(model->rowOf(EntityType::Article, id), 0);
    QCOMPARE(marked.data(EntityListModel::EditingRole).toStringList(),
        QStringList { other->database().userName() });
    QVERIFY(!marked.data(Qt::DecorationRole).isNull());
    QVERIFY2(
        marked.data(Qt::ToolTipRole).toString().contains(QStringLiteral("is editing this item")),
        qPrintable(marked.data(Qt::ToolTipRole).toString()));
    const QModelIndex unmarked
        = model->index(model->rowOf(EntityType::Article, id) == 0 ? 1 : 0, 0);
    QVERIFY(unmarked.data(EntityListModel::EditingRole).toStringList().isEmpty());
    // Another item: nobody else there.
    panel->view()->selectRow(1);
    QVERIFY(editor->othersEditingText().isEmpty());
    // The colleague closes it: the mark goes at the next look.
    RELAIS_VERIFY_OK(other->presence().leave());
    panel->view()->selectRow(0);
    QVERIFY(marked.data(EntityListModel::EditingRole).toStringList().isEmpty());
    QVERIFY(marked.data(Qt::DecorationRole).isNull());
    // The window closing says it has gone.
    m_fx.window().close();
    QCOMPARE(*other->presence().othersEditing(QStringLiteral("articles"),
                 m_fx.window().editor(MainWindow::Articles)->currentId()),
        QStringList());
}

void TestLiveWindow::aContributorsWindowMirrorsTheRole()
{
    if (!Test::onPostgres())
        QSKIP("People and roles are a newsroom's.");
    const QString login
        = QStringLiteral("ann_") + QUuid::createUuid().toString(QUuid::Id128).left(8);
    const QString password = QStringLiteral("correct horse battery");
    RELAIS_VERIFY_OK(PeopleRepository(m_fx.store().database())
                         .add(login, QStringLiteral("contributor"), password));
    const auto dropLogin = qScopeGuard([&] {
        (void)m_fx.store().database().exec(QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(login));
    });
    QString address = m_fx.temp().path();
    address = QStringLiteral("postgresql://") + login + address.mid(address.indexOf(u'@'));
    Database::Options options = Database::Options::unchecked();
    options.password = password;
    auto store = Store::open(address, options);
    RELAIS_VERIFY_OK(store);
    {
        MainWindow window(**store, m_fx.settings());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // What a contributor may not do is off, saying whose it is.
        QAction *publish = window.action(QStringLiteral("publish"));
        QVERIFY(!publish->isEnabled());
        QVERIFY2(publish->toolTip().contains(QStringLiteral("an administrator"))
                && publish->toolTip().contains(QStringLiteral("a contributor")),
            qPrintable(publish->toolTip()));
        QVERIFY(!window.action(QStringLiteral("publishTargets"))->isEnabled());
        QVERIFY(!window.findChild<QAction *>(QStringLiteral("siteSettings"))->isEnabled());
        QVERIFY(window.action(QStringLiteral("new"))->isEnabled());
        auto *label = window.findChild<QLabel *>(QStringLiteral("databaseLabel"));
        QVERIFY2(label->text().contains(login + QStringLiteral(", a contributor")),
            qPrintable(label->text()));
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("publishStatus"))->isHidden());
        // The lists are theirs to read; the moderation queue is not, and asks nothing.
        QVERIFY(window.listPanel(MainWindow::Articles)->model()->rowCount() > 0);
        window.showPage(MainWindow::Submissions);
        QTest::qWait(100);
        QCOMPARE(MessageBox::takeShownCount(), 0);
        window.close();
    }
}

QTEST_MAIN(TestLiveWindow)
#include "test_livewindow.moc"
