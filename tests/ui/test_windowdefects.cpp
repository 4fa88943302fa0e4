// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The window as a daily user found it (issue 22): each defect seen, tried again here.
#include "agendaeditor.h"
#include "articleeditor.h"
#include "editorwidgets.h"
#include "entitylistmodel.h"
#include "listpanel.h"
#include "messagebox.h"
#include "windowfixture.h"

#include <QApplication>
#include <QCheckBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace Relais;
using Relais::Test::typeText;

class TestWindowDefects : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void aTrashedItemClosesItsEditor();
    void theTrashNoLongerOffersRestoreAfterARestore();
    void theEditMenuSaysWhatItWillUndo();
    void theAddressNameFollowsTheTitleOfADraft();
    void anEventsEndStartsAfterItsStart();
    void anErrorDoesNotMoveTheForm();
    void aContactIsLinkedFromTheKeyboard();
    void theWindowTitleSaysTheDatabaseOnce();

private:
    ArticleEditor *articleEditor()
    {
        return qobject_cast<ArticleEditor *>(m_fx.window().editor(MainWindow::Articles));
    }
    ListPanel *panel(MainWindow::Page page) { return m_fx.window().listPanel(page); }
    qint64 selectFirst(MainWindow::Page page)
    {
        panel(page)->view()->setCurrentIndex(panel(page)->model()->index(0, 0));
        return panel(page)->currentRow().id;
    }

    Test::WindowFixture m_fx;
};

void TestWindowDefects::initTestCase()
{
    QVERIFY(Test::prepareWindowTests());
}

void TestWindowDefects::init()
{
    QVERIFY(m_fx.start());
}

void TestWindowDefects::cleanup()
{
    QCOMPARE(MessageBox::takeShownCount(), 0);
    m_fx.stop();
}

void TestWindowDefects::aTrashedItemClosesItsEditor()
{
    // 1. Delete the item shown, then type: before, the editor stayed on the trashed item and
    // its autosave met "Changed elsewhere (revision 2, yours is 1)".
    const qint64 id = selectFirst(MainWindow::Articles);
    ArticleEditor *editor = articleEditor();
    QCOMPARE(editor->currentId(), id);
    panel(MainWindow::Articles)->view()->setFocus();
    QTest::keyClick(panel(MainWindow::Articles)->view(), Qt::Key_Delete);
    QVERIFY(m_fx.store().articles().load(id)->meta.isTrashed());
    const int trashedRevision = m_fx.store().articles().load(id)->meta.revision;
    QVERIFY(!(editor->isVisible() && editor->currentId() == id));
    if (editor->isVisible()) {
        // The next item is shown instead: typing into it saves it, and only it.
        typeText(editor->titleEdit(), QStringLiteral(" (relu)"));
        QTRY_VERIFY(!editor->isModified());
        QVERIFY(m_fx.store()
                    .articles()
                    .load(editor->currentId())
                    ->title.endsWith(QStringLiteral(" (relu)")));
    }
    QCOMPARE(m_fx.store().articles().load(id)->meta.revision, trashedRevision);
    // Undo brings it back, without a question.
    m_fx.window().undoStack()->undo();
    QVERIFY(!m_fx.store().articles().load(id)->meta.isTrashed());
}

void TestWindowDefects::theTrashNoLongerOffersRestoreAfterARestore()
{
    // 5. Trash → Restore: the Restore action and the button beside the list went on offering
    // the item restored.
    const qint64 id = selectFirst(MainWindow::Articles);
    m_fx.window().deleteSelected();
    m_fx.window().showPage(MainWindow::Trash);
    selectFirst(MainWindow::Trash);
    auto *restoreButton
        = m_fx.window().findChild<QPushButton *>(QStringLiteral("placeholderRestore"));
    QVERIFY(restoreButton);
    QVERIFY(restoreButton->isVisible());
    QVERIFY(m_fx.window().action(QStringLiteral("restore"))->isEnabled());
    restoreButton->click();
    QVERIFY(!m_fx.store().articles().load(id)->meta.isTrashed());
    QCOMPARE(panel(MainWindow::Trash)->model()->rowCount(), 0);
    QVERIFY(!restoreButton->isVisible());
    QVERIFY(!m_fx.window().action(QStringLiteral("restore"))->isEnabled());
}

void TestWindowDefects::theEditMenuSaysWhatItWillUndo()
{
    // 2 (part). Undo said "Undo" whatever it would undo: a restore made on another page, or the
    // typing of the field being edited.
    QAction *undo = m_fx.window().action(QStringLiteral("undo"));
    QAction *redo = m_fx.window().action(QStringLiteral("redo"));
    const qint64 id = selectFirst(MainWindow::Articles);
    const QString title = m_fx.store().articles().load(id)->title;
    panel(MainWindow::Articles)->view()->setFocus();
    QTest::keyClick(panel(MainWindow::Articles)->view(), Qt::Key_Delete);
    QVERIFY(m_fx.store().articles().load(id)->meta.isTrashed());
    QVERIFY2(undo->text().startsWith(QStringLiteral("&Undo Move “")), qPrintable(undo->text()));
    QVERIFY2(undo->text().contains(title.left(20)), qPrintable(undo->text()));
    QCOMPARE(undo->iconText(), QStringLiteral("Undo")); // the toolbar keeps its word
    m_fx.window().undoStack()->undo();
    QVERIFY2(redo->text().startsWith(QStringLiteral("&Redo Move “")), qPrintable(redo->text()));
    QCOMPARE(undo->text(), QStringLiteral("&Undo"));
    // In a field being typed into, Undo undoes the typing, and says so when the menu opens.
    ArticleEditor *editor = articleEditor();
    m_fx.window().activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&m_fx.window()));
    editor->titleEdit()->setFocus();
    typeText(editor->titleEdit(), QStringLiteral(" bis"));
    QVERIFY(editor->titleEdit()->hasFocus());
    QMenu *edit = nullptr;
    for (QAction *a : m_fx.window().menuBar()->actions()) {
        if (a->menu() && a->menu()->actions().contains(undo))
            edit = a->menu();
    }
    QVERIFY(edit);
    QMetaObject::invokeMethod(edit, "aboutToShow");
    QCOMPARE(undo->text(), QStringLiteral("&Undo Typing"));
}

void TestWindowDefects::theAddressNameFollowsTheTitleOfADraft()
{
    // 6. A title with a typo, autosaved, then fixed: the address kept the typo.
    QTest::keyClick(&m_fx.window(), Qt::Key_N, Qt::ControlModifier);
    ArticleEditor *editor = articleEditor();
    typeText(editor->titleEdit(), QStringLiteral("Fête du vélp"));
    QTRY_VERIFY(editor->currentId() > 0 && !editor->isModified()); // autosaved
    const qint64 id = editor->currentId();
    QCOMPARE(m_fx.store().articles().load(id)->slug, QStringLiteral("fete-du-velp"));
    QLineEdit *slug = editor->slugEdit();
    QCOMPARE(slug->text(), QStringLiteral("fete-du-velp"));
    QTest::keyClick(editor->titleEdit(), Qt::Key_Backspace);
    typeText(editor->titleEdit(), QStringLiteral("o"));
    QTRY_VERIFY(!editor->isModified());
    QCOMPARE(m_fx.store().articles().load(id)->slug, QStringLiteral("fete-du-velo"));
    QCOMPARE(slug->text(), QStringLiteral("fete-du-velo"));
    // Another item has that title already: this one's is made unique, and still follows.
    RELAIS_VERIFY_OK(
        m_fx.store().articles().create(Test::sampleArticle(QStringLiteral("Fête du vélo 2027"))));
    typeText(editor->titleEdit(), QStringLiteral(" 2027"));
    QTRY_VERIFY(!editor->isModified());
    QCOMPARE(m_fx.store().articles().load(id)->slug, QStringLiteral("fete-du-velo-2027-2"));
    QTest::keyClick(editor->titleEdit(), Qt::Key_Backspace);
    QTRY_VERIFY(!editor->isModified());
    QCOMPARE(m_fx.store().articles().load(id)->slug, QStringLiteral("fete-du-velo-202"));

    // An address typed by the person is theirs: the title no longer changes it.
    slug->setFocus();
    slug->selectAll();
    typeText(slug, QStringLiteral("velo"));
    QTRY_VERIFY(!editor->isModified());
    typeText(editor->titleEdit(), QStringLiteral("6"));
    QTRY_VERIFY(!editor->isModified());
    QCOMPARE(m_fx.store().articles().load(id)->title, QStringLiteral("Fête du vélo 2026"));
    QCOMPARE(m_fx.store().articles().load(id)->slug, QStringLiteral("velo"));

    // A published item keeps its address whatever its title becomes (links to it live on).
    Article published = Test::sampleArticle(QStringLiteral("Marché de Noël"));
    published.status = Status::Published;
    published.publishAt = QDateTime::currentDateTimeUtc().addDays(-1);
    auto stored = m_fx.store().articles().create(published);
    RELAIS_VERIFY_OK(stored);
    QVERIFY(m_fx.restartWindow());
    editor = articleEditor();
    QVERIFY(panel(MainWindow::Articles)->selectItem(EntityType::Article, stored->meta.id));
    QTRY_COMPARE(editor->currentId(), stored->meta.id);
    editor->titleEdit()->end(false);
    typeText(editor->titleEdit(), QStringLiteral(" à Amiens"));
    QTRY_VERIFY(!editor->isModified());
    QCOMPARE(m_fx.store().articles().load(stored->meta.id)->title,
        QStringLiteral("Marché de Noël à Amiens"));
    QCOMPARE(m_fx.store().articles().load(stored->meta.id)->slug, QStringLiteral("marche-de-noel"));
}

void TestWindowDefects::anEventsEndStartsAfterItsStart()
{
    // 7. A new entry's end, once ticked, showed today: before its start (next week).
    m_fx.window().showPage(MainWindow::Agenda);
    QTest::keyClick(&m_fx.window(), Qt::Key_N, Qt::ControlModifier);
    auto *editor = qobject_cast<AgendaEditor *>(m_fx.window().editor(MainWindow::Agenda));
    QVERIFY(editor);
    DateTimeField *start = editor->startField();
    DateTimeField *end = editor->endField();
    QVERIFY(start && end);
    QVERIFY(!end->value().isValid());
    end->checkBox()->click();
    QCOMPARE(end->value(), start->value().addSecs(2 * 3600));
    // The start moves a day later: the event keeps its two hours.
    start->editor()->setDateTime(start->editor()->dateTime().addDays(1));
    QCOMPARE(end->value(), start->value().addSecs(2 * 3600));
    // Without an end, the end a person ticks later still starts two hours after the start.
    end->checkBox()->click();
    QVERIFY(!end->value().isValid());
    start->editor()->setDateTime(start->editor()->dateTime().addDays(3));
    end->checkBox()->click();
    QCOMPARE(end->value(), start->value().addSecs(2 * 3600));
    typeText(editor->titleEdit(), QStringLiteral("Repair café"));
    QTRY_VERIFY(!editor->isModified());
    auto saved = m_fx.store().agenda().load(editor->currentId());
    RELAIS_VERIFY_OK(saved);
    QCOMPARE(saved->start.secsTo(saved->end), 2 * 3600);
}

void TestWindowDefects::anErrorDoesNotMoveTheForm()
{
    // 7. The error banner pushed every field down a line: the next click landed in the wrong
    // field.
    selectFirst(MainWindow::Articles);
    ArticleEditor *editor = articleEditor();
    QLineEdit *title = editor->titleEdit();
    const QPoint before = title->mapTo(&m_fx.window(), QPoint(0, 0));
    title->setFocus();
    title->selectAll();
    QTest::keyClick(title, Qt::Key_Delete); // a title is required
    QTRY_VERIFY(!editor->errorText().isEmpty());
    auto *errors = editor->findChild<QLabel *>(QStringLiteral("fieldErrors"));
    QVERIFY(errors && errors->isVisible());
    QCOMPARE(title->mapTo(&m_fx.window(), QPoint(0, 0)), before);
    typeText(title, QStringLiteral("Un titre"));
    QTRY_VERIFY(!editor->isModified());
    QVERIFY(!errors->isVisible());
    QCOMPARE(title->mapTo(&m_fx.window(), QPoint(0, 0)), before);
}

void TestWindowDefects::aContactIsLinkedFromTheKeyboard()
{
    // 9. Contacts → Add…, type a name, Return: the dialog closed and nothing was linked.
    Contact first;
    first.name = QStringLiteral("Zébulon Vélocipède");
    Contact second;
    second.name = QStringLiteral("Zébulon Tricycle");
    auto a = m_fx.store().contacts().create(first);
    auto b = m_fx.store().contacts().create(second);
    RELAIS_VERIFY_OK(a);
    RELAIS_VERIFY_OK(b);
    {
        ContactChooserDialog dialog(m_fx.store(), &m_fx.window());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        typeText(dialog.searchEdit(), QStringLiteral("velocip"));
        QTest::keyClick(dialog.searchEdit(), Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.chosen(), a->meta.uuid);
    }
    {
        // Two matches: Down moves to the second from the search field, Return links it.
        ContactChooserDialog dialog(m_fx.store(), &m_fx.window());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        typeText(dialog.searchEdit(), QStringLiteral("zebulon"));
        const QUuid top = dialog.chosen();
        QVERIFY(top == a->meta.uuid || top == b->meta.uuid);
        QTest::keyClick(dialog.searchEdit(), Qt::Key_Down);
        QTest::keyClick(dialog.searchEdit(), Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.chosen(), top == a->meta.uuid ? b->meta.uuid : a->meta.uuid);
    }
    {
        // Nothing matches: Return links nothing and the dialog stays.
        ContactChooserDialog dialog(m_fx.store(), &m_fx.window());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        typeText(dialog.searchEdit(), QStringLiteral("qwxz"));
        QTest::keyClick(dialog.searchEdit(), Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.chosen().isNull());
    }
}

void TestWindowDefects::theWindowTitleSaysTheDatabaseOnce()
{
    // 21. "Relais — demo.db — Relais": the system adds the program's name after the title.
    const QString title = m_fx.window().windowTitle();
    QCOMPARE(title, m_fx.store().database().displayName());
    QVERIFY2(!title.contains(QStringLiteral("Relais")), qPrintable(title));
}

QTEST_MAIN(TestWindowDefects)
#include "test_windowdefects.moc"
