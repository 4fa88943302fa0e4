// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QPlainTextEdit>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

#include <functional>

class QLabel;
class QLineEdit;
class QMenu;
class QToolBar;

namespace Relais {

class SpellChecker;

// Colours the Markdown syntax: headings, emphasis, code, links, lists and quotes.
class MarkdownHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit MarkdownHighlighter(QTextDocument *document);
    // Underlines misspelled words (not in code, addresses or link targets); null turns it off.
    void setSpellChecker(const SpellChecker *checker);

protected:
    void highlightBlock(const QString &text) override;

private:
    QTextCharFormat m_heading;
    QTextCharFormat m_strong;
    QTextCharFormat m_emphasis;
    QTextCharFormat m_code;
    QTextCharFormat m_link;
    QTextCharFormat m_marker;
    const SpellChecker *m_spelling = nullptr;
};

// The body editor: Markdown text with formatting commands that edit the text itself (so what
// is typed is what is stored), and paste of rich text from a browser or word processor
// turned into clean Markdown.
class MarkdownEdit : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit MarkdownEdit(QWidget *parent = nullptr);

    // Each command works on the selection, or at the cursor when nothing is selected, as one
    // step of the editor's undo.
    void toggleBold();
    void toggleItalic();
    void setHeading(int level); // 2, 3 or 4; 0 removes it
    void toggleBulletList();
    void toggleNumberedList();
    void toggleQuote();
    void insertLink();
    void insertImage();
    void insertTable();

    // Words and characters of the text, as the counts under the editor show them.
    static int wordCount(const QString &text);

    void setSpellChecker(SpellChecker *checker);

    // Stores a picture (file name and bytes) and returns the Markdown that shows it, or an
    // error naming the file. Without one, Image inserts a placeholder to fill in by hand.
    using PictureHandler
        = std::function<Result<QString>(const QString &fileName, const QByteArray &bytes)>;
    void setPictureHandler(PictureHandler handler) { m_pictures = std::move(handler); }
    bool hasPictureHandler() const { return bool(m_pictures); }
    // Adds pictures (files dropped, pasted or picked) at the cursor; false if one failed,
    // after saying which and why (pictureFailed).
    bool insertPictures(const QList<std::pair<QString, QByteArray>> &files);
    // The same for files on disk (each read, or its problem said).
    bool insertPictureFiles(const QStringList &paths);

    // The spelling part of the context menu at a text position: suggestions and "add to
    // dictionary" for a misspelled word, empty otherwise. The caller owns the menu.
    QMenu *createSpellingMenu(int position);

signals:
    void pictureFailed(const QString &message);

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;

public:
    // Pasting and dropping: rich text becomes Markdown (public for tests).
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;

private:
    QTextCursor wordAt(int position) const;
    MarkdownHighlighter *m_highlighter = nullptr;
    SpellChecker *m_spelling = nullptr;
    PictureHandler m_pictures;
    void wrapSelection(const QString &marker);
    void prefixLines(
        const std::function<QString(int index)> &prefix, const QRegularExpression &existing);
};

// MarkdownEdit with its formatting toolbar and the word and character counts.
class MarkdownEditor : public QWidget
{
    Q_OBJECT

public:
    explicit MarkdownEditor(QWidget *parent = nullptr);
    MarkdownEdit *edit() const { return m_edit; }
    QToolBar *toolBar() const { return m_toolBar; }
    QLabel *countLabel() const { return m_counts; }
    // Problems of the pictures in the text: no description, not in the media store.
    QLabel *pictureWarnings() const { return m_warnings; }
    // Says whether a picture URL ("media/x.jpg") is in the media store.
    void setPictureLookup(std::function<bool(const QString &url)> lookup)
    {
        m_lookup = std::move(lookup);
    }
    QWidget *findBar() const { return m_findBar; }
    QLineEdit *findEdit() const { return m_find; }
    QLineEdit *replaceEdit() const { return m_replace; }

    // Find and replace in the text, ignoring case; each returns whether something was found.
    bool findNext();
    bool replaceCurrent();
    // Replaces every occurrence as one undo step; returns how many.
    int replaceAll();

private:
    void updateCounts();
    void updateWarnings();
    QLabel *m_warnings = nullptr;
    std::function<bool(const QString &url)> m_lookup;
    void showFindBar();

    QWidget *m_findBar = nullptr;
    QLineEdit *m_find = nullptr;
    QLineEdit *m_replace = nullptr;

    MarkdownEdit *m_edit = nullptr;
    QToolBar *m_toolBar = nullptr;
    QLabel *m_counts = nullptr;
};

} // namespace Relais
