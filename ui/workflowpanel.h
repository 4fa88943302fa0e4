// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/workflow.h"
#include "storage/workflowrepository.h"

#include <QUuid>
#include <QWidget>

#include <functional>
#include <optional>

class QAction;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTextEdit;
class QToolButton;
class QTreeWidget;

namespace Relais {

class ItemEditor;
class Store;

// Beside the editor of an article or agenda entry: where it stands in the workflow with the
// steps this person may take (Submit for Review, Approve, Return to Writer…, Assign), the
// editorial comments (replies, resolve, edit or delete one's own, @mentions), and the history
// of its saves (the difference between two, word by word; Restore). Comments and history are
// shown as text, never as HTML. It also locks the editor when the item is not this person's
// to write.
class WorkflowPanel : public QWidget
{
    Q_OBJECT

public:
    // Asks the reason an item goes back to its writer (tests answer it); nullopt: cancelled.
    using ReasonAsker
        = std::function<std::optional<QString>(QWidget *parent, const QString &title)>;
    // Asks before an earlier revision replaces what the item says (tests answer it).
    using Confirmer = std::function<bool(QWidget *parent, const QString &question)>;

    WorkflowPanel(Store &store, QWidget *parent = nullptr);

    // The editor whose item the panel follows (null, or one without a stored item: empty).
    void setEditor(ItemEditor *editor);
    // Reads the item, its comments and history again (after a save, a change by others).
    void refresh();
    void setReasonAsker(ReasonAsker asker) { m_askReason = std::move(asker); }
    void setConfirmer(Confirmer confirmer) { m_confirm = std::move(confirmer); }

    QUuid item() const { return m_item.uuid; }
    QTreeWidget *commentList() const { return m_comments; }
    QTreeWidget *revisionList() const { return m_revisions; }
    QTextEdit *differenceView() const { return m_difference; }
    QPlainTextEdit *commentEdit() const { return m_newComment; }

    // The steps, as their buttons do them (tests, shortcuts). False when refused (the reason
    // told by message()).
    bool submit();
    bool approve();
    bool returnToWriter();
    bool assign(const QString &login);
    bool postComment();
    bool restoreSelected();
    void showDifference();

    // Comments and history folded away (their tabs stay, a click on the current one unfolds
    // them): on a laptop's screen the editor above gets the height.
    void setFolded(bool folded);
    bool isFolded() const { return m_folded; }

signals:
    // A step changed the item (its editor reads it again; lists and counts follow).
    void itemChanged(const QString &type, const QUuid &uuid);
    // Comments changed (counts in the lists, notifications).
    void commentsChanged();
    void message(const QString &text);
    void foldedChanged(bool folded);

private:
    void build();
    void updateState();
    void readComments();
    void readHistory();
    void updateCommentButtons();
    // Saves the editor's unsaved edits first: a step acts on what the person sees.
    bool editorSaved();
    bool done(const Result<int> &result);
    qint64 selectedComment() const;
    void replyToSelected();
    void editSelected();
    void deleteSelected();
    void resolveSelected();
    QString lockReason() const;

    Store &m_store;
    ItemEditor *m_editor = nullptr;
    WorkflowRepository::Item m_item;
    bool m_hasItem = false;
    qint64 m_replyTo = 0;
    ReasonAsker m_askReason;
    Confirmer m_confirm;

    QLabel *m_state = nullptr;
    QLabel *m_returned = nullptr;
    QPushButton *m_submit = nullptr;
    QPushButton *m_approve = nullptr;
    QPushButton *m_return = nullptr;
    QToolButton *m_assign = nullptr;
    QTabWidget *m_tabs = nullptr;
    bool m_folded = false;
    QTreeWidget *m_comments = nullptr;
    QPlainTextEdit *m_newComment = nullptr;
    QLabel *m_replyLabel = nullptr;
    QPushButton *m_post = nullptr;
    QPushButton *m_reply = nullptr;
    QPushButton *m_resolve = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_delete = nullptr;
    QTreeWidget *m_revisions = nullptr;
    QTextEdit *m_difference = nullptr;
    QPushButton *m_restore = nullptr;
};

} // namespace Relais
