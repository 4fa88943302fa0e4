// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdowneditor.h"

#include "media/webimage.h"
#include "render/markdown.h"
#include "text/spellchecker.h"

#include <QAction>
#include <QBuffer>
#include <QContextMenuEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QToolBar>
#include <QVBoxLayout>
#include <algorithm>

namespace Relais {

MarkdownHighlighter::MarkdownHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
    m_heading.setFontWeight(QFont::Bold);
    m_heading.setForeground(QColor(0x00, 0x69, 0x5c));
    m_strong.setFontWeight(QFont::Bold);
    m_emphasis.setFontItalic(true);
    m_code.setForeground(QColor(0x8a, 0x2b, 0x00));
    m_code.setBackground(QColor(0xf0, 0xf4, 0xf8));
    m_link.setForeground(QColor(0x1a, 0x5f, 0xb4));
    m_link.setFontUnderline(true);
    m_marker.setForeground(QColor(0x6b, 0x72, 0x80));
}

void MarkdownHighlighter::highlightBlock(const QString &text)
{
    static const QRegularExpression heading(QStringLiteral("^#{1,6}\\s.*$"));
    static const QRegularExpression listOrQuote(QStringLiteral("^\\s*(?:[-*+]|\\d+[.)]|>)\\s"));
    static const QRegularExpression strong(QStringLiteral("(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1"));
    static const QRegularExpression emphasis(
        QStringLiteral("(?<![*_])([*_])(?=\\S)([^*_]+?)(?<=\\S)\\1(?![*_])"));
    static const QRegularExpression code(QStringLiteral("`[^`]+`"));
    static const QRegularExpression link(
        QStringLiteral("!?\\[[^\\]]*\\]\\([^)]*\\)|<https?://[^>]+>"));
    if (heading.match(text).hasMatch()) {
        setFormat(0, int(text.size()), m_heading);
        return;
    }
    if (const auto m = listOrQuote.match(text); m.hasMatch())
        setFormat(0, int(m.capturedLength()), m_marker);
    auto apply = [&](const QRegularExpression &pattern, const QTextCharFormat &format) {
        auto it = pattern.globalMatch(text);
        while (it.hasNext()) {
            const auto m = it.next();
            setFormat(int(m.capturedStart()), int(m.capturedLength()), format);
        }
    };
    apply(emphasis, m_emphasis);
    apply(strong, m_strong);
    apply(link, m_link);
    apply(code, m_code);
    if (!m_spelling)
        return;
    // Spelling: everything but code, link targets and bare addresses.
    static const QRegularExpression skipped(
        QStringLiteral("`[^`]+`|\\]\\([^)]*\\)|<[^>]+>|https?://\\S+|\\S+@\\S+"));
    static const QRegularExpression word(
        QStringLiteral("[\\p{L}][\\p{L}\\p{M}’'-]*[\\p{L}\\p{M}]|[\\p{L}]"));
    QList<QPair<qsizetype, qsizetype>> skip;
    auto s = skipped.globalMatch(text);
    while (s.hasNext()) {
        const auto m = s.next();
        skip.append({ m.capturedStart(), m.capturedEnd() });
    }
    auto w = word.globalMatch(text);
    while (w.hasNext()) {
        const auto m = w.next();
        const bool inSkipped = std::any_of(skip.cbegin(), skip.cend(), [&](const auto &range) {
            return m.capturedStart() >= range.first && m.capturedStart() < range.second;
        });
        if (inSkipped || m_spelling->isCorrect(m.captured()))
            continue;
        for (qsizetype i = m.capturedStart(); i < m.capturedEnd(); ++i) {
            QTextCharFormat f = format(int(i));
            f.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
            f.setUnderlineColor(QColor(0xc6, 0x28, 0x28));
            setFormat(int(i), 1, f);
        }
    }
}

void MarkdownHighlighter::setSpellChecker(const SpellChecker *checker)
{
    m_spelling = checker;
    rehighlight();
}

MarkdownEdit::MarkdownEdit(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_highlighter = new MarkdownHighlighter(document());
}

void MarkdownEdit::setSpellChecker(SpellChecker *checker)
{
    m_spelling = checker;
    m_highlighter->setSpellChecker(checker);
}

QTextCursor MarkdownEdit::wordAt(int position) const
{
    // Words as the spelling sees them: l’économie is one word, **gras** is "gras".
    QTextCursor cursor(document());
    cursor.setPosition(position);
    const QString text = cursor.block().text();
    int start = cursor.positionInBlock();
    int end = start;
    auto isWordChar = [&](int i) {
        const QChar c = text.at(i);
        return c.isLetter() || c.isMark() || c == u'’' || c == u'\'' || c == u'-';
    };
    while (start > 0 && isWordChar(start - 1))
        --start;
    while (end < text.size() && isWordChar(end))
        ++end;
    while (start < end && !text.at(start).isLetter())
        ++start;
    while (end > start && !text.at(end - 1).isLetter())
        --end;
    cursor.setPosition(cursor.block().position() + start);
    cursor.setPosition(cursor.block().position() + end, QTextCursor::KeepAnchor);
    return cursor;
}

QMenu *MarkdownEdit::createSpellingMenu(int position)
{
    if (!m_spelling)
        return nullptr;
    const QTextCursor word = wordAt(position);
    const QString text = word.selectedText();
    if (text.isEmpty() || m_spelling->isCorrect(text))
        return nullptr;
    auto *menu = new QMenu(this);
    const QStringList suggestions = m_spelling->suggestions(text);
    for (const QString &suggestion : suggestions) {
        QAction *a = menu->addAction(suggestion);
        connect(a, &QAction::triggered, this, [word, suggestion] {
            QTextCursor c = word;
            c.insertText(suggestion);
        });
    }
    if (suggestions.isEmpty())
        menu->addAction(tr("No suggestion"))->setEnabled(false);
    menu->addSeparator();
    QAction *add = menu->addAction(tr("Add “%1” to the Dictionary").arg(text));
    add->setObjectName(QStringLiteral("addToDictionary"));
    connect(add, &QAction::triggered, this, [this, text] {
        if (m_spelling->addToPersonal(text))
            m_highlighter->rehighlight();
    });
    return menu;
}

void MarkdownEdit::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu *standard = createStandardContextMenu(event->pos());
    if (QMenu *spelling = createSpellingMenu(cursorForPosition(event->pos()).position())) {
        const QList<QAction *> actions = spelling->actions();
        QAction *first = standard->actions().value(0);
        for (QAction *a : actions) {
            a->setParent(standard);
            standard->insertAction(first, a);
        }
        standard->insertSeparator(first);
        delete spelling;
    }
    standard->exec(event->globalPos());
    delete standard;
}

int MarkdownEdit::wordCount(const QString &text)
{
    static const QRegularExpression word(
        QStringLiteral("[\\p{L}\\p{N}]+(?:[’'-][\\p{L}\\p{N}]+)*"));
    int n = 0;
    auto it = word.globalMatch(text);
    while (it.hasNext()) {
        it.next();
        ++n;
    }
    return n;
}

void MarkdownEdit::wrapSelection(const QString &marker)
{
    QTextCursor cursor = textCursor();
    cursor.beginEditBlock();
    const QString selected = cursor.selectedText();
    if (selected.startsWith(marker) && selected.endsWith(marker)
        && selected.size() >= 2 * marker.size()) {
        cursor.insertText(selected.mid(marker.size(), selected.size() - 2 * marker.size()));
    } else if (selected.isEmpty()) {
        cursor.insertText(marker + marker);
        cursor.movePosition(QTextCursor::Left, QTextCursor::MoveAnchor, int(marker.size()));
    } else {
        const int start = cursor.selectionStart();
        cursor.insertText(marker + selected + marker);
        cursor.setPosition(start + int(marker.size()));
        cursor.setPosition(start + int(marker.size() + selected.size()), QTextCursor::KeepAnchor);
    }
    cursor.endEditBlock();
    setTextCursor(cursor);
}

void MarkdownEdit::toggleBold()
{
    wrapSelection(QStringLiteral("**"));
}

void MarkdownEdit::toggleItalic()
{
    wrapSelection(QStringLiteral("*"));
}

void MarkdownEdit::prefixLines(
    const std::function<QString(int)> &prefix, const QRegularExpression &existing)
{
    QTextCursor cursor = textCursor();
    QTextBlock first = document()->findBlock(cursor.selectionStart());
    const QTextBlock last = document()->findBlock(cursor.selectionEnd());
    // Toggle: when every line already has the prefix, remove it.
    bool all = true;
    for (QTextBlock b = first; b.isValid(); b = b.next()) {
        all = all && existing.match(b.text()).hasMatch();
        if (b == last)
            break;
    }
    cursor.beginEditBlock();
    int index = 0;
    for (QTextBlock b = first; b.isValid(); b = b.next(), ++index) {
        QTextCursor line(b);
        const auto m = existing.match(b.text());
        if (m.hasMatch()) {
            line.movePosition(QTextCursor::Right, QTextCursor::KeepAnchor, int(m.capturedLength()));
            line.removeSelectedText();
        }
        if (!all)
            line.insertText(prefix(index));
        if (b == last)
            break;
    }
    cursor.endEditBlock();
}

void MarkdownEdit::setHeading(int level)
{
    static const QRegularExpression existing(QStringLiteral("^#{1,6}\\s+"));
    const QString prefix
        = level > 0 ? QString(level, QLatin1Char('#')) + QLatin1Char(' ') : QString();
    QTextCursor cursor = textCursor();
    QTextCursor line(document()->findBlock(cursor.position()));
    cursor.beginEditBlock();
    const auto m = existing.match(line.block().text());
    if (m.hasMatch()) {
        line.movePosition(QTextCursor::Right, QTextCursor::KeepAnchor, int(m.capturedLength()));
        line.removeSelectedText();
    }
    line.insertText(prefix);
    cursor.endEditBlock();
}

void MarkdownEdit::toggleBulletList()
{
    static const QRegularExpression existing(QStringLiteral("^[-*+] "));
    prefixLines([](int) { return QStringLiteral("- "); }, existing);
}

void MarkdownEdit::toggleNumberedList()
{
    static const QRegularExpression existing(QStringLiteral("^\\d+[.)] "));
    prefixLines([](int index) { return QStringLiteral("%1. ").arg(index + 1); }, existing);
}

void MarkdownEdit::toggleQuote()
{
    static const QRegularExpression existing(QStringLiteral("^> ?"));
    prefixLines([](int) { return QStringLiteral("> "); }, existing);
}

void MarkdownEdit::insertLink()
{
    QTextCursor cursor = textCursor();
    const QString text
        = cursor.selectedText().isEmpty() ? tr("text of the link") : cursor.selectedText();
    const QString url = QStringLiteral("https://");
    cursor.beginEditBlock();
    const int start = cursor.selectionStart();
    cursor.insertText(QStringLiteral("[%1](%2)").arg(text, url));
    cursor.endEditBlock();
    // The address is selected, ready to be typed over.
    cursor.setPosition(start + int(text.size()) + 3);
    cursor.setPosition(start + int(text.size() + url.size()) + 3, QTextCursor::KeepAnchor);
    setTextCursor(cursor);
}

namespace {

// Local files that may be pictures (checked for real when read).
QStringList pictureFiles(const QMimeData *source)
{
    QStringList files;
    if (!source->hasUrls())
        return files;
    static const QStringList suffixes = { QStringLiteral("jpg"), QStringLiteral("jpeg"),
        QStringLiteral("png"), QStringLiteral("gif"), QStringLiteral("webp") };
    for (const QUrl &url : source->urls()) {
        if (url.isLocalFile() && suffixes.contains(QFileInfo(url.toLocalFile()).suffix().toLower()))
            files.append(url.toLocalFile());
    }
    return files;
}

} // namespace

bool MarkdownEdit::insertPictures(const QList<std::pair<QString, QByteArray>> &files)
{
    QStringList snippets;
    bool ok = true;
    for (const auto &[name, bytes] : files) {
        auto markdown = m_pictures(name, bytes);
        if (!markdown) {
            emit pictureFailed(markdown.error().message);
            ok = false;
            continue;
        }
        snippets.append(*markdown);
    }
    if (snippets.isEmpty())
        return ok;
    // A picture is a paragraph of its own.
    QTextCursor cursor = textCursor();
    cursor.beginEditBlock();
    if (cursor.positionInBlock() > 0)
        cursor.insertText(QStringLiteral("\n\n"));
    cursor.insertText(snippets.join(QStringLiteral("\n\n")) + QStringLiteral("\n\n"));
    cursor.endEditBlock();
    setTextCursor(cursor);
    return ok;
}

bool MarkdownEdit::insertPictureFiles(const QStringList &paths)
{
    QList<std::pair<QString, QByteArray>> files;
    bool ok = true;
    for (const QString &path : paths) {
        auto bytes = WebImage::readFile(path);
        if (!bytes) {
            emit pictureFailed(bytes.error().message);
            ok = false;
            continue;
        }
        files.append({ path, *bytes });
    }
    return insertPictures(files) && ok;
}

void MarkdownEdit::insertImage()
{
    if (m_pictures) {
        const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Insert Pictures"),
            QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
            tr("Pictures (*.jpg *.jpeg *.png *.gif *.webp)"));
        insertPictureFiles(paths);
        return;
    }
    QTextCursor cursor = textCursor();
    const QString alt
        = cursor.selectedText().isEmpty() ? tr("description of the image") : cursor.selectedText();
    const int start = cursor.selectionStart();
    cursor.insertText(QStringLiteral("![%1](https://)").arg(alt));
    // The description is selected: images need one for visitors who cannot see them.
    cursor.setPosition(start + 2);
    cursor.setPosition(start + 2 + int(alt.size()), QTextCursor::KeepAnchor);
    setTextCursor(cursor);
}

void MarkdownEdit::insertTable()
{
    QTextCursor cursor = textCursor();
    cursor.beginEditBlock();
    if (cursor.positionInBlock() > 0)
        cursor.insertText(QStringLiteral("\n\n"));
    const QString column = tr("Column");
    cursor.insertText(QStringLiteral("| %1 | %1 |\n| --- | --- |\n|  |  |\n").arg(column));
    cursor.endEditBlock();
    setTextCursor(cursor);
}

bool MarkdownEdit::canInsertFromMimeData(const QMimeData *source) const
{
    if (m_pictures && (source->hasImage() || !pictureFiles(source).isEmpty()))
        return true;
    return source->hasHtml() || QPlainTextEdit::canInsertFromMimeData(source);
}

void MarkdownEdit::insertFromMimeData(const QMimeData *source)
{
    if (m_pictures) {
        // Picture files dropped or pasted from a file manager; else a picture itself (a
        // screenshot, "Copy Image" in a browser).
        if (const QStringList paths = pictureFiles(source); !paths.isEmpty()) {
            insertPictureFiles(paths);
            return;
        }
        if (source->hasImage()
            && !(source->hasHtml()
                && !QTextDocumentFragment::fromHtml(source->html())
                        .toPlainText()
                        .trimmed()
                        .isEmpty())) {
            const QImage image = qvariant_cast<QImage>(source->imageData());
            QByteArray png;
            QBuffer buffer(&png);
            buffer.open(QIODevice::WriteOnly);
            if (image.isNull() || !image.save(&buffer, "PNG")) {
                emit pictureFailed(tr("The pasted picture could not be read."));
                return;
            }
            insertPictures({ { QStringLiteral("picture.png"), png } });
            return;
        }
    }
    if (!source->hasHtml()) {
        QPlainTextEdit::insertFromMimeData(source);
        return;
    }
    // Rich text from a browser or word processor: Qt's own HTML reader keeps structure
    // (headings, emphasis, lists, links, tables) and drops styles, scripts and images' data;
    // its Markdown writer gives the text back. Remote images are not fetched.
    QTextDocument document;
    document.setHtml(source->html());
    QString markdown = document.toMarkdown(QTextDocument::MarkdownDialectGitHub).trimmed();
    static const QRegularExpression blankLines(QStringLiteral("\\n{3,}"));
    markdown.replace(blankLines, QStringLiteral("\n\n"));
    textCursor().insertText(markdown);
}

MarkdownEditor::MarkdownEditor(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_toolBar = new QToolBar(this);
    m_toolBar->setObjectName(QStringLiteral("markdownToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->setIconSize(QSize(16, 16));
    m_edit = new MarkdownEdit(this);
    m_edit->setObjectName(QStringLiteral("markdownEdit"));
    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("wordCount"));
    m_counts->setAlignment(Qt::AlignRight);
    m_warnings = new QLabel(this);
    m_warnings->setObjectName(QStringLiteral("pictureWarnings"));
    m_warnings->setWordWrap(true);
    m_warnings->setStyleSheet(QStringLiteral("color: #8a4b00"));
    m_warnings->hide();
    m_findBar = new QWidget(this);
    m_findBar->setObjectName(QStringLiteral("findBar"));
    auto *findLayout = new QHBoxLayout(m_findBar);
    findLayout->setContentsMargins(0, 0, 0, 0);
    m_find = new QLineEdit(m_findBar);
    m_find->setObjectName(QStringLiteral("findText"));
    m_find->setPlaceholderText(tr("Find in the text"));
    m_replace = new QLineEdit(m_findBar);
    m_replace->setObjectName(QStringLiteral("replaceText"));
    m_replace->setPlaceholderText(tr("Replace with"));
    auto *next = new QPushButton(tr("Next"), m_findBar);
    auto *replace = new QPushButton(tr("Replace"), m_findBar);
    auto *all = new QPushButton(tr("Replace All"), m_findBar);
    auto *close = new QPushButton(tr("Close"), m_findBar);
    for (QWidget *w : { static_cast<QWidget *>(m_find), static_cast<QWidget *>(m_replace) })
        findLayout->addWidget(w, 1);
    for (QPushButton *b : { next, replace, all, close })
        findLayout->addWidget(b);
    m_findBar->hide();
    connect(next, &QPushButton::clicked, this, &MarkdownEditor::findNext);
    connect(m_find, &QLineEdit::returnPressed, this, &MarkdownEditor::findNext);
    connect(replace, &QPushButton::clicked, this, &MarkdownEditor::replaceCurrent);
    connect(all, &QPushButton::clicked, this, [this] {
        const int n = replaceAll();
        m_counts->setText(tr("%n replacement(s)", nullptr, n));
    });
    connect(close, &QPushButton::clicked, this, [this] {
        m_findBar->hide();
        m_edit->setFocus();
    });

    layout->addWidget(m_toolBar);
    layout->addWidget(m_findBar);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_counts);
    layout->addWidget(m_warnings);

    // Shortcuts work while the text has the focus; the window's Ctrl+1…4 stay for the sections.
    auto add = [this](const QString &name, const QString &text, const QString &tip,
                   const QKeySequence &key, auto slot) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setToolTip(key.isEmpty()
                ? tip
                : QStringLiteral("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText)));
        connect(action, &QAction::triggered, m_edit, slot);
        m_toolBar->addAction(action);
        m_edit->addAction(action);
        return action;
    };
    add(QStringLiteral("bold"), tr("B"), tr("Bold"), QKeySequence::Bold,
        [this] { m_edit->toggleBold(); });
    add(QStringLiteral("italic"), tr("I"), tr("Italic"), QKeySequence::Italic,
        [this] { m_edit->toggleItalic(); });
    const QString headings[] = { tr("H2"), tr("H3"), tr("H4") };
    for (int level : { 2, 3, 4 }) {
        add(QStringLiteral("heading%1").arg(level), headings[level - 2],
            tr("Heading level %1").arg(level),
            QKeySequence(Qt::CTRL | Qt::ALT | (Qt::Key_0 + level)),
            [this, level] { m_edit->setHeading(level); });
    }
    add(QStringLiteral("bulletList"), tr("• List"), tr("Bulleted list"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_8), [this] { m_edit->toggleBulletList(); });
    add(QStringLiteral("numberedList"), tr("1. List"), tr("Numbered list"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_7), [this] { m_edit->toggleNumberedList(); });
    add(QStringLiteral("quote"), tr("Quote"), tr("Quotation"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_9), [this] { m_edit->toggleQuote(); });
    add(QStringLiteral("link"), tr("Link"), tr("Link"), QKeySequence(Qt::CTRL | Qt::Key_K),
        [this] { m_edit->insertLink(); });
    add(QStringLiteral("image"), tr("Image"), tr("Image"), QKeySequence(),
        [this] { m_edit->insertImage(); });
    add(QStringLiteral("table"), tr("Table"), tr("Table"), QKeySequence(),
        [this] { m_edit->insertTable(); });
    add(QStringLiteral("findReplace"), tr("Find/Replace"), tr("Find and replace in the text"),
        QKeySequence(Qt::CTRL | Qt::Key_H), [this] { showFindBar(); });

    connect(m_edit, &QPlainTextEdit::textChanged, this, &MarkdownEditor::updateCounts);
    updateCounts();
}

void MarkdownEditor::showFindBar()
{
    const QString selected = m_edit->textCursor().selectedText();
    if (!selected.isEmpty() && !selected.contains(QChar::ParagraphSeparator))
        m_find->setText(selected);
    m_findBar->show();
    m_find->setFocus();
    m_find->selectAll();
}

bool MarkdownEditor::findNext()
{
    const QString text = m_find->text();
    if (text.isEmpty())
        return false;
    QTextCursor found = m_edit->document()->find(text, m_edit->textCursor());
    if (found.isNull()) // wrap around
        found = m_edit->document()->find(text, 0);
    if (found.isNull())
        return false;
    m_edit->setTextCursor(found);
    return true;
}

bool MarkdownEditor::replaceCurrent()
{
    QTextCursor cursor = m_edit->textCursor();
    if (cursor.hasSelection()
        && cursor.selectedText().compare(m_find->text(), Qt::CaseInsensitive) == 0)
        cursor.insertText(m_replace->text());
    return findNext();
}

int MarkdownEditor::replaceAll()
{
    const QString text = m_find->text();
    if (text.isEmpty())
        return 0;
    int n = 0;
    QTextCursor edit(m_edit->document());
    edit.beginEditBlock();
    QTextCursor found = m_edit->document()->find(text, 0);
    while (!found.isNull()) {
        found.insertText(m_replace->text());
        ++n;
        found = m_edit->document()->find(text, found);
    }
    edit.endEditBlock();
    return n;
}

void MarkdownEditor::updateCounts()
{
    const QString text = m_edit->toPlainText();
    m_counts->setText(tr("%n word(s)", nullptr, MarkdownEdit::wordCount(text))
        + QStringLiteral(" · ") + tr("%n character(s)", nullptr, int(text.size())));
    updateWarnings();
}

void MarkdownEditor::updateWarnings()
{
    const QString text = m_edit->toPlainText();
    QStringList problems;
    if (text.contains(QStringLiteral("!["))) {
        int withoutAlt = 0;
        QStringList missing;
        for (const Markdown::Image &image : Markdown::images(text)) {
            if (image.alt.isEmpty())
                ++withoutAlt;
            if (m_lookup && image.url.startsWith(QStringLiteral("media/")) && !m_lookup(image.url))
                missing.append(image.url);
        }
        if (withoutAlt > 0)
            problems.append(
                tr("%n picture(s) without a description: write what it shows between ![ and ], for "
                   "visitors who cannot see it.",
                    nullptr, withoutAlt));
        if (!missing.isEmpty())
            problems.append(tr("Not in the media store, so not on the site: %1")
                                .arg(missing.join(QStringLiteral(", "))));
    }
    m_warnings->setText(problems.join(QLatin1Char('\n')));
    m_warnings->setVisible(!problems.isEmpty());
}

} // namespace Relais
