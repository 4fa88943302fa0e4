// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The editorial workflow in the window (issue 19): the panel beside the editor (review steps,
// comments, history with restore), the sidebar's Mine and To Review, the bell, the activity log;
// on a newsroom, a contributor's window locks what is not theirs and a colleague's comment
// rings the bell live.
#include "activitydialog.h"
#include "articleeditor.h"
#include "entitylistmodel.h"
#include "listpanel.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "notificationbell.h"
#include "storage/changefeed.h"
#include "storage/peoplerepository.h"
#include "teamdialog.h"
#include "windowfixture.h"
#include "workflowpanel.h"

#include <QAction>
#include <QComboBox>
#include <QElapsedTimer>
#include <QTabWidget>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTextEdit>
#include <QTreeWidget>

using namespace Relais;

class TestWorkflowGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void aDraftGoesThroughReviewInTheWindow();
    void commentsAreTextAndThreaded();
    void historyShowsTheDifferenceAndRestores();
    void theSidebarCountsMineAndToReview();
    void theActivityLogAndTheTeam();
    void aContributorsItemIsLockedWhenNotTheirs();
    void aColleaguesCommentRingsTheBell();

private:
    ArticleEditor *openDraft(const QString &title);
    Test::WindowFixture m_fx;
};

void TestWorkflowGui::initTestCase()
{
    QVERIFY(Test::prepareWindowTests());
}

void TestWorkflowGui::init()
{
    QVERIFY(m_fx.start());
}

void TestWorkflowGui::cleanup()
{
    QCOMPARE(MessageBox::takeShownCount(), 0);
    m_fx.stop();
}

ArticleEditor *TestWorkflowGui::openDraft(const QString &title)
{
    auto made = m_fx.store().articles().create(Test::sampleArticle(title));
    if (!made)
        return nullptr;
    MainWindow &window = m_fx.window();
    window.showPage(MainWindow::Articles);
    ListPanel *panel = window.listPanel(MainWindow::Articles);
    panel->refresh();
    if (!panel->selectItem(EntityType::Article, made->meta.id))
        return nullptr;
    return qobject_cast<ArticleEditor *>(window.currentEditor());
}

void TestWorkflowGui::aDraftGoesThroughReviewInTheWindow()
{
    ArticleEditor *editor = openDraft(QStringLiteral("Brouillon à relire"));
    QVERIFY(editor);
    WorkflowPanel *panel = m_fx.window().workflowPanel();
    QVERIFY(panel->isVisible());
    QCOMPARE(panel->item(), editor->currentUuid());
    auto *state = panel->findChild<QLabel *>(QStringLiteral("workflowState"));
    QVERIFY2(state->text().startsWith(QStringLiteral("Draft")), qPrintable(state->text()));
    auto *submit = panel->findChild<QPushButton *>(QStringLiteral("submitForReview"));
    auto *returnButton = panel->findChild<QPushButton *>(QStringLiteral("returnToWriter"));
    QVERIFY(submit->isEnabled());
    QVERIFY(returnButton->isHidden()); // a draft is not in review

    // Unsaved edits are saved before the step: the review is of what the person sees.
    editor->titleEdit()->end(false);
    QTest::keyClicks(editor->titleEdit(), QStringLiteral(", revu"));
    QVERIFY(editor->isModified());
    QTest::mouseClick(submit, Qt::LeftButton);
    QVERIFY(!editor->isModified());
    QVERIFY2(state->text().startsWith(QStringLiteral("In review")), qPrintable(state->text()));
    QCOMPARE(m_fx.store().workflow().find(editor->currentUuid())->title,
        QStringLiteral("Brouillon à relire, revu"));
    QCOMPARE(
        editor->currentRevision(), m_fx.store().workflow().find(editor->currentUuid())->revision);
    // The list shows the state.
    ListPanel *list = m_fx.window().listPanel(MainWindow::Articles);
    const int status = list->model()->columnOf(QStringLiteral("status"));
    const QModelIndex current = list->view()->currentIndex();
    QCOMPARE(
        list->model()->index(current.row(), status).data().toString(), QStringLiteral("In review"));

    // Returning asks a reason; cancelling changes nothing.
    panel->setReasonAsker([](QWidget *, const QString &) { return std::nullopt; });
    QVERIFY(!panel->returnToWriter());
    QCOMPARE(m_fx.store().workflow().find(editor->currentUuid())->state(), WorkflowState::InReview);
    panel->setReasonAsker(
        [](QWidget *, const QString &) { return QStringLiteral("Ajoute la <b>date</b>"); });
    QVERIFY(panel->returnToWriter());
    auto *reason = panel->findChild<QLabel *>(QStringLiteral("returnReason"));
    QVERIFY(reason->isVisible());
    QVERIFY2(reason->text().contains(QStringLiteral("Ajoute la <b>date</b>")),
        qPrintable(reason->text()));
    QCOMPARE(reason->textFormat(), Qt::PlainText);
    QVERIFY(panel->submit());
    QVERIFY(panel->approve());
    QVERIFY(!reason->isVisible());
    QVERIFY2(state->text().startsWith(QStringLiteral("Approved")), qPrintable(state->text()));
    // A second window's save went first: the step says so and changes nothing.
    auto other = Store::open(m_fx.temp().path(), Database::Options::unchecked());
    RELAIS_VERIFY_OK(other);
    Article theirs = *(*other)->articles().load(editor->currentId());
    theirs.summary = QStringLiteral("Résumé d’une collègue");
    RELAIS_VERIFY_OK((*other)->articles().update(theirs));
    QSignalSpy said(panel, &WorkflowPanel::message);
    QVERIFY(!panel->returnToWriter());
    QVERIFY(!said.isEmpty());
    QVERIFY2(said.last().first().toString().contains(QStringLiteral("changed elsewhere")),
        qPrintable(said.last().first().toString()));
}

void TestWorkflowGui::commentsAreTextAndThreaded()
{
    ArticleEditor *editor = openDraft(QStringLiteral("Article commenté"));
    QVERIFY(editor);
    WorkflowPanel *panel = m_fx.window().workflowPanel();
    panel->commentEdit()->setPlainText(QStringLiteral("<img src=x onerror=alert(1)> La photo ?"));
    QVERIFY(panel->postComment());
    QVERIFY(panel->commentEdit()->toPlainText().isEmpty());
    QTreeWidget *list = panel->commentList();
    QCOMPARE(list->topLevelItemCount(), 1);
    QVERIFY(
        list->topLevelItem(0)->text(0).contains(QStringLiteral("<img src=x onerror=alert(1)>")));
    // An empty comment is refused with a word, nothing posted.
    QSignalSpy said(panel, &WorkflowPanel::message);
    panel->commentEdit()->setPlainText(QStringLiteral("   "));
    QVERIFY(!panel->postComment());
    QCOMPARE(said.size(), 1);
    // A reply goes under the comment it answers; resolving greys it; the tab counts what is open.
    list->setCurrentItem(list->topLevelItem(0));
    QTest::mouseClick(
        panel->findChild<QPushButton *>(QStringLiteral("replyComment")), Qt::LeftButton);
    panel->commentEdit()->setPlainText(QStringLiteral("Elle arrive."));
    QVERIFY(panel->postComment());
    QCOMPARE(list->topLevelItemCount(), 1);
    QCOMPARE(list->topLevelItem(0)->childCount(), 1);
    auto *tabs = panel->findChild<QTabWidget *>(QStringLiteral("workflowTabs"));
    QCOMPARE(tabs->tabText(0), QStringLiteral("Comments (2)"));
    list->setCurrentItem(list->topLevelItem(0));
    QTest::mouseClick(
        panel->findChild<QPushButton *>(QStringLiteral("resolveComment")), Qt::LeftButton);
    QCOMPARE(tabs->tabText(0), QStringLiteral("Comments (1)"));
    QVERIFY(list->topLevelItem(0)->text(0).contains(QStringLiteral("resolved by")));
    // Ctrl+Return in the box posts it.
    panel->commentEdit()->setPlainText(QStringLiteral("Merci"));
    panel->commentEdit()->setFocus();
    QTest::keyClick(panel->commentEdit(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(list->topLevelItemCount(), 2);
    QCOMPARE(*m_fx.store().comments().openCount(editor->currentUuid()), 2);
}

void TestWorkflowGui::historyShowsTheDifferenceAndRestores()
{
    ArticleEditor *editor = openDraft(QStringLiteral("Le marché ouvre samedi"));
    QVERIFY(editor);
    editor->titleEdit()->end(false);
    for (int i = 0; i < 6; ++i)
        QTest::keyClick(editor->titleEdit(), Qt::Key_Backspace);
    QTest::keyClicks(editor->titleEdit(), QStringLiteral("dimanche"));
    QCOMPARE(editor->titleEdit()->text(), QStringLiteral("Le marché ouvre dimanche"));
    QVERIFY(editor->saveNow());
    WorkflowPanel *panel = m_fx.window().workflowPanel();
    QTreeWidget *revisions = panel->revisionList();
    QCOMPARE(revisions->topLevelItemCount(), 2);
    QCOMPARE(revisions->topLevelItem(0)->text(0), QStringLiteral("2"));
    // A draft's address follows its title (issue 22): both changed.
    QCOMPARE(revisions->topLevelItem(0)->text(3), QStringLiteral("Address name, Title"));
    // The newest: what it changed, word by word, as text with marks of colour.
    revisions->topLevelItem(0)->setSelected(true);
    const QString shown = panel->differenceView()->toPlainText();
    QVERIFY2(shown.contains(QStringLiteral("Le marché ouvre samedidimanche")), qPrintable(shown));
    auto *restore = panel->findChild<QPushButton *>(QStringLiteral("restoreRevision"));
    QVERIFY(!restore->isEnabled()); // the newest is what it says now
    revisions->clearSelection();
    revisions->topLevelItem(1)->setSelected(true);
    QVERIFY(restore->isEnabled());
    bool asked = false;
    panel->setConfirmer([&asked](QWidget *, const QString &question) {
        asked = question.contains(QStringLiteral("revision 1"));
        return true;
    });
    QVERIFY(panel->restoreSelected());
    QVERIFY(asked);
    QCOMPARE(editor->titleEdit()->text(), QStringLiteral("Le marché ouvre samedi"));
    QVERIFY(!editor->isModified());
    QCOMPARE(revisions->topLevelItemCount(), 3);
}

void TestWorkflowGui::theSidebarCountsMineAndToReview()
{
    ArticleEditor *editor = openDraft(QStringLiteral("À relire"));
    QVERIFY(editor);
    QVERIFY(m_fx.window().workflowPanel()->submit());
    QListWidget *filters = m_fx.window().workflowFilters();
    QTRY_VERIFY(filters->item(1)->text().contains(QStringLiteral("(1)")));
    QVERIFY(filters->item(1)->font().bold());
    m_fx.window().showPage(MainWindow::Contacts);
    m_fx.window().showWorkflowFilter(QStringLiteral("waiting"));
    QCOMPARE(m_fx.window().currentPage(), MainWindow::Articles);
    ListPanel *list = m_fx.window().listPanel(MainWindow::Articles);
    QCOMPARE(list->model()->rowCount(), 1);
    QCOMPARE(list->workflowFilter()->currentData().toString(), QStringLiteral("waiting"));
    m_fx.window().showWorkflowFilter(QString());
    QVERIFY(list->model()->rowCount() > 1);
    // The state filter knows the workflow's states.
    list->statusFilter()->setCurrentIndex(
        list->statusFilter()->findData(QStringLiteral("in_review")));
    list->applyFilters();
    QCOMPARE(list->model()->rowCount(), 1);
}

void TestWorkflowGui::theActivityLogAndTheTeam()
{
    ArticleEditor *editor = openDraft(QStringLiteral("Dans le journal"));
    QVERIFY(editor);
    QVERIFY(m_fx.window().workflowPanel()->submit());
    ActivityDialog dialog(m_fx.store(), &m_fx.window());
    QTableWidget *table = dialog.table();
    QVERIFY(table->rowCount() >= 2);
    QCOMPARE(table->item(0, 2)->text(), QStringLiteral("sent for review"));
    QCOMPARE(table->item(0, 3)->text(), QStringLiteral("Dans le journal"));
    QSignalSpy open(&dialog, &ActivityDialog::openItem);
    emit table->cellDoubleClicked(0, 0);
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.first().at(1).toUuid(), editor->currentUuid());

    TeamDialog team(m_fx.store(), &m_fx.window());
    QVERIFY(team.table()->rowCount() >= 1);
    if (!Test::onPostgres()) {
        QCOMPARE(team.table()->rowCount(), 1);
        QVERIFY(!team.addPerson(
            QStringLiteral("ann"), QStringLiteral("editor"), QStringLiteral("correct horse")));
        QVERIFY(team.lastError().contains(QStringLiteral("one person")));
        return;
    }
    const QString login
        = QStringLiteral("zoe_") + QUuid::createUuid().toString(QUuid::Id128).left(8);
    const auto dropLogin = qScopeGuard([&] {
        (void)m_fx.store().database().exec(QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(login));
    });
    QVERIFY(!team.addPerson(login, QStringLiteral("editor"), QStringLiteral("court")));
    QVERIFY(team.addPerson(login, QStringLiteral("editor"), QStringLiteral("correct horse")));
    QVERIFY2(!team.table()->findItems(login, Qt::MatchExactly).isEmpty(), "not listed");
    QVERIFY(team.setRole(login, QStringLiteral("moderator")));
    QVERIFY(team.disablePerson(login));
    // The last administrator stays.
    QVERIFY(!team.setRole(m_fx.store().database().userName(), QStringLiteral("editor")));
    QVERIFY2(team.lastError().contains(QStringLiteral("last administrator")),
        qPrintable(team.lastError()));
}

void TestWorkflowGui::aContributorsItemIsLockedWhenNotTheirs()
{
    if (!Test::onPostgres())
        QSKIP("People and roles are a newsroom's.");
    Test::People people(m_fx.temp());
    const QString ann = people.add(QStringLiteral("ann"), QStringLiteral("contributor"));
    auto made = m_fx.store().articles().create(Test::sampleArticle(QStringLiteral("De l’admin")));
    RELAIS_VERIFY_OK(made);
    auto store = people.open(ann);
    RELAIS_VERIFY_OK(store);
    MainWindow window(**store, m_fx.settings());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showPage(MainWindow::Articles);
    ListPanel *list = window.listPanel(MainWindow::Articles);
    QVERIFY(list->selectItem(EntityType::Article, made->meta.id));
    ItemEditor *editor = window.currentEditor();
    QVERIFY(editor && editor->hasItem());
    QVERIFY2(editor->lockReason().contains(QStringLiteral("an editor")),
        qPrintable(editor->lockReason()));
    WorkflowPanel *panel = window.workflowPanel();
    auto *approve = panel->findChild<QPushButton *>(QStringLiteral("approveReview"));
    QVERIFY(!approve->isEnabled());
    QVERIFY2(approve->toolTip().contains(QStringLiteral("a contributor")),
        qPrintable(approve->toolTip()));
    QVERIFY(!panel->findChild<QPushButton *>(QStringLiteral("submitForReview"))->isEnabled());
    // Submissions are a moderator's: the page is off, saying so, and so are its actions.
    QListWidgetItem *submissions
        = window.sidebar()->item(MainWindow::sidebarRow(MainWindow::Submissions));
    QVERIFY(!(submissions->flags() & Qt::ItemIsEnabled));
    QVERIFY2(submissions->toolTip().contains(QStringLiteral("a moderator")),
        qPrintable(submissions->toolTip()));
    QAction *reject = window.findChild<QAction *>(QStringLiteral("rejectSubmission"));
    QVERIFY(reject && !reject->isEnabled());
    QVERIFY(reject->toolTip().contains(QStringLiteral("a contributor")));
    // Trashing it is an editor's: Delete is off, saying so.
    QAction *trash = window.action(QStringLiteral("delete"));
    QVERIFY(!trash->isEnabled());
    QVERIFY2(trash->toolTip().contains(QStringLiteral("an editor")), qPrintable(trash->toolTip()));
    // She may comment on it all the same.
    panel->commentEdit()->setPlainText(QStringLiteral("Je peux aider ?"));
    QVERIFY(panel->postComment());
    // Her own draft is hers until she submits it.
    auto hers = (*store)->articles().create(Test::sampleArticle(QStringLiteral("D’Ann")));
    RELAIS_VERIFY_OK(hers);
    list->refresh();
    QVERIFY(list->selectItem(EntityType::Article, hers->meta.id));
    QVERIFY(window.currentEditor()->lockReason().isEmpty());
    QVERIFY(trash->isEnabled()); // her own draft
    QVERIFY(panel->submit());
    QVERIFY2(window.currentEditor()->lockReason().contains(QStringLiteral("in review")),
        qPrintable(window.currentEditor()->lockReason()));
    window.close();
}

void TestWorkflowGui::aColleaguesCommentRingsTheBell()
{
    if (!Test::onPostgres())
        QSKIP("A colleague is a newsroom's.");
    Test::People people(m_fx.temp());
    const QString bob = people.add(QStringLiteral("bob"), QStringLiteral("editor"));
    auto made = m_fx.store().articles().create(Test::sampleArticle(QStringLiteral("Sonnette")));
    RELAIS_VERIFY_OK(made);
    MainWindow &window = m_fx.window();
    QSignalSpy started(window.changeFeed(), &ChangeFeed::started);
    QVERIFY(window.changeFeed()->isOnline() || started.wait(10000));
    NotificationBell *bell = window.notificationBell();
    QStringList desktop;
    bell->setDesktopNotifier(
        [&desktop](const QString &, const QString &body) { desktop.append(body); });
    bell->refresh();
    QCOMPARE(bell->unread(), 0);
    auto asBob = people.open(bob);
    RELAIS_VERIFY_OK(asBob);
    QElapsedTimer timer;
    timer.start();
    RELAIS_VERIFY_OK((*asBob)->comments().add(made->meta.uuid, QStringLiteral("Relu, bravo.")));
    QTRY_COMPARE_WITH_TIMEOUT(bell->unread(), 1, 3000);
    qInfo("a colleague's comment rang the bell after %lld ms",
        static_cast<long long>(timer.elapsed()));
    QCOMPARE(desktop.size(), 1);
    QVERIFY2(desktop.first().contains(bob), qPrintable(desktop.first()));
    QVERIFY(bell->text().contains(QStringLiteral("(1)")));
    // A crafted notification on the channel only causes a read: nothing new is shown.
    RELAIS_VERIFY_OK(
        (*asBob)->database().exec(QStringLiteral("NOTIFY relais_changes, 'notifications'")));
    QTest::qWait(500);
    QCOMPARE(bell->unread(), 1);
    QCOMPARE(desktop.size(), 1);
}

QTEST_MAIN(TestWorkflowGui)
#include "test_workflowgui.moc"
