// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdowneditor.h"
#include "text/spellchecker.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextLayout>
#include <QMimeData>
#include <QTest>
#include <QToolBar>

using namespace Relais;

class TestMarkdownEditor : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void command_data();
    void command();
    void shortcutsReachTheText();
    void undoTakesBackACommand();
    void pasteOfRichTextBecomesMarkdown();
    void counts();
    void misspellingsAreUnderlined();
    void findAndReplace();
    void spellingMenuReplacesAndLearns();

private:
    // Puts text in the editor with the selection [start, end).
    void setText(const QString &text, int start, int end);

    std::unique_ptr<MarkdownEditor> m_editor;
};

void TestMarkdownEditor::init()
{
    m_editor = std::make_unique<MarkdownEditor>();
    m_editor->resize(600, 400);
    m_editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_editor.get()));
}

void TestMarkdownEditor::cleanup()
{
    m_editor.reset();
}

void TestMarkdownEditor::setText(const QString &text, int start, int end)
{
    m_editor->edit()->setPlainText(text);
    QTextCursor cursor = m_editor->edit()->textCursor();
    cursor.setPosition(start);
    cursor.setPosition(end, QTextCursor::KeepAnchor);
    m_editor->edit()->setTextCursor(cursor);
}

void TestMarkdownEditor::command_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("start");
    QTest::addColumn<int>("end");
    QTest::addColumn<QString>("expected");
    QTest::newRow("bold word") << "bold"
                               << "un mot ici" << 3 << 6 << "un **mot** ici";
    QTest::newRow("bold again removes") << "bold"
                                        << "un **mot** ici" << 3 << 10 << "un mot ici";
    QTest::newRow("bold at cursor") << "bold"
                                    << "ab" << 1 << 1 << "a****b";
    QTest::newRow("italic") << "italic"
                            << "très bien" << 0 << 4 << "*très* bien";
    QTest::newRow("heading 2") << "heading2"
                               << "Titre" << 2 << 2 << "## Titre";
    QTest::newRow("heading 3 replaces 2") << "heading3"
                                          << "## Titre" << 4 << 4 << "### Titre";
    QTest::newRow("bullets") << "bulletList"
                             << "un\ndeux\ntrois" << 0 << 12 << "- un\n- deux\n- trois";
    QTest::newRow("bullets removed") << "bulletList"
                                     << "- un\n- deux" << 0 << 11 << "un\ndeux";
    QTest::newRow("numbered") << "numberedList"
                              << "un\ndeux" << 0 << 7 << "1. un\n2. deux";
    QTest::newRow("quote") << "quote"
                           << "Citation" << 0 << 0 << "> Citation";
    QTest::newRow("link") << "link"
                          << "voir le site" << 5 << 12 << "voir [le site](https://)";
    QTest::newRow("table") << "table"
                           << "" << 0 << 0 << "| Column | Column |\n| --- | --- |\n|  |  |\n";
}

void TestMarkdownEditor::command()
{
    QFETCH(QString, action);
    QFETCH(QString, text);
    QFETCH(int, start);
    QFETCH(int, end);
    QFETCH(QString, expected);
    setText(text, start, end);
    auto *a = m_editor->findChild<QAction *>(action);
    QVERIFY2(a, qPrintable(action));
    a->trigger();
    QCOMPARE(m_editor->edit()->toPlainText(), expected);
}

void TestMarkdownEditor::shortcutsReachTheText()
{
    setText(QStringLiteral("gras"), 0, 4);
    m_editor->edit()->setFocus();
    QTest::keyClick(m_editor->edit(), Qt::Key_B, Qt::ControlModifier);
    QCOMPARE(m_editor->edit()->toPlainText(), QStringLiteral("**gras**"));
    QTest::keyClick(m_editor->edit(), Qt::Key_2, Qt::ControlModifier | Qt::AltModifier);
    QCOMPARE(m_editor->edit()->toPlainText(), QStringLiteral("## **gras**"));
}

void TestMarkdownEditor::undoTakesBackACommand()
{
    setText(QStringLiteral("un\ndeux"), 0, 7);
    m_editor->findChild<QAction *>(QStringLiteral("numberedList"))->trigger();
    QCOMPARE(m_editor->edit()->toPlainText(), QStringLiteral("1. un\n2. deux"));
    m_editor->edit()->undo();
    QCOMPARE(m_editor->edit()->toPlainText(), QStringLiteral("un\ndeux"));
}

void TestMarkdownEditor::pasteOfRichTextBecomesMarkdown()
{
    setText(QString(), 0, 0);
    QMimeData data;
    data.setHtml(QStringLiteral(
        "<html><head><style>p{color:red}</style><script>alert(1)</script></head><body>"
        "<h2 style=\"font-family:Arial\">Le projet</h2><p>Un <b>texte</b> avec un "
        "<a href=\"https://www.anact.fr\">lien</a>.</p><ul><li>un</li><li>deux</li></ul>"
        "</body></html>"));
    data.setText(QStringLiteral("Le projet Un texte avec un lien. un deux"));
    QVERIFY(m_editor->edit()->canPaste() || true);
    m_editor->edit()->insertFromMimeData(&data);
    const QString markdown = m_editor->edit()->toPlainText();
    QVERIFY2(markdown.contains(QStringLiteral("## Le projet")), qPrintable(markdown));
    QVERIFY2(markdown.contains(QStringLiteral("**texte**")), qPrintable(markdown));
    QVERIFY2(
        markdown.contains(QStringLiteral("[lien](https://www.anact.fr)")), qPrintable(markdown));
    QVERIFY2(markdown.contains(QStringLiteral("- un")), qPrintable(markdown));
    QVERIFY(!markdown.contains(QStringLiteral("alert")));
    QVERIFY(!markdown.contains(QStringLiteral("color")));
    QVERIFY(!markdown.contains(QStringLiteral("Arial")));
}

void TestMarkdownEditor::counts()
{
    m_editor->edit()->setPlainText(
        QStringLiteral("L’économie sociale et solidaire : 40 000 emplois, c’est-à-dire beaucoup."));
    QCOMPARE(MarkdownEdit::wordCount(m_editor->edit()->toPlainText()), 9);
    QVERIFY(m_editor->countLabel()->text().startsWith(QStringLiteral("9 word")));
    QVERIFY(m_editor->countLabel()->text().contains(QStringLiteral("character")));
}

namespace {

// Whether the character at position in the editor's text is underlined as misspelled.
bool underlined(QPlainTextEdit *edit, int position)
{
    const QTextBlock block = edit->document()->findBlock(position);
    const int inBlock = position - block.position();
    for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
        if (inBlock >= range.start && inBlock < range.start + range.length)
            return range.format.underlineStyle() == QTextCharFormat::SpellCheckUnderline;
    }
    return false;
}

} // namespace

void TestMarkdownEditor::misspellingsAreUnderlined()
{
    auto checker = SpellChecker::open(QStringLiteral("fr"));
    QVERIFY(checker.ok());
    m_editor->edit()->setSpellChecker(checker->get());
    const QString text
        = QStringLiteral("Une ecconomie **solidaire** : `ecconomie` et https://ecconomie.example "
                         "ou [lien](https://ecconomie.fr).");
    m_editor->edit()->setPlainText(text);
    QVERIFY(underlined(m_editor->edit(), int(text.indexOf(QStringLiteral("ecconomie")))));
    QVERIFY(!underlined(m_editor->edit(), int(text.indexOf(QStringLiteral("solidaire")))));
    QVERIFY(!underlined(
        m_editor->edit(), int(text.indexOf(QStringLiteral("`ecconomie`")) + 1))); // code
    QVERIFY(!underlined(
        m_editor->edit(), int(text.indexOf(QStringLiteral("https://ecconomie.example")) + 8)));
    QVERIFY(!underlined(
        m_editor->edit(), int(text.indexOf(QStringLiteral("(https://ecconomie.fr")) + 9)));
    m_editor->edit()->setSpellChecker(nullptr);
}

void TestMarkdownEditor::spellingMenuReplacesAndLearns()
{
    QTemporaryDir dir;
    auto checker
        = SpellChecker::open(QStringLiteral("fr"), dir.filePath(QStringLiteral("words.txt")));
    QVERIFY(checker.ok());
    m_editor->edit()->setSpellChecker(checker->get());
    m_editor->edit()->setPlainText(QStringLiteral("Une ecconomie du GrandSoissons."));
    std::unique_ptr<QMenu> menu(m_editor->edit()->createSpellingMenu(6));
    QVERIFY(menu);
    QAction *suggestion = nullptr;
    for (QAction *a : menu->actions()) {
        if (a->text() == u"économie")
            suggestion = a;
    }
    QVERIFY(suggestion);
    suggestion->trigger();
    QCOMPARE(m_editor->edit()->toPlainText(), QStringLiteral("Une économie du GrandSoissons."));
    QVERIFY(!m_editor->edit()->createSpellingMenu(6)); // a correct word has no spelling menu

    menu.reset(m_editor->edit()->createSpellingMenu(20));
    QVERIFY(menu);
    menu->findChild<QAction *>(QStringLiteral("addToDictionary"))->trigger();
    QVERIFY((*checker)->isCorrect(QStringLiteral("GrandSoissons")));
    QVERIFY(!underlined(m_editor->edit(), 20));
    m_editor->edit()->setSpellChecker(nullptr);
}

void TestMarkdownEditor::findAndReplace()
{
    m_editor->edit()->setPlainText(QStringLiteral("Le PTCE et le ptce, puis Ptce."));
    m_editor->edit()->setFocus();
    QTest::keyClick(m_editor->edit(), Qt::Key_H, Qt::ControlModifier);
    QVERIFY(m_editor->findBar()->isVisible());
    m_editor->findEdit()->setText(QStringLiteral("ptce"));
    m_editor->replaceEdit()->setText(QStringLiteral("pôle"));
    QVERIFY(m_editor->findNext());
    QCOMPARE(m_editor->edit()->textCursor().selectionStart(), 3);
    QVERIFY(m_editor->replaceCurrent());
    QCOMPARE(m_editor->edit()->toPlainText(), QStringLiteral("Le pôle et le ptce, puis Ptce."));
    QCOMPARE(m_editor->replaceAll(), 2);
    QCOMPARE(m_editor->edit()->toPlainText(), QStringLiteral("Le pôle et le pôle, puis pôle."));
    m_editor->edit()->undo(); // Replace All is one step
    QCOMPARE(m_editor->edit()->toPlainText(), QStringLiteral("Le pôle et le ptce, puis Ptce."));
    m_editor->findEdit()->setText(QStringLiteral("absent"));
    QVERIFY(!m_editor->findNext());
}

QTEST_MAIN(TestMarkdownEditor)
#include "test_markdowneditor.moc"
