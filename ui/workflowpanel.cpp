// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflowpanel.h"

#include "content/worddiff.h"
#include "storage/listquery.h"
#include "storage/store.h"
#include "itemeditor.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTabBar>
#include <QTabWidget>
#include <QTextCursor>
#include <QTextEdit>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Relais {

namespace {

enum CommentData { IdRole = Qt::UserRole, AuthorRole, DeletedRole, ResolvedRole, ParentRole };

QString when(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

std::optional<QString> askReason(QWidget *parent, const QString &title)
{
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(parent, title,
        WorkflowPanel::tr("Why does it go back? The writer reads this."), QString(), &ok);
    if (!ok)
        return std::nullopt;
    return text;
}

bool confirm(QWidget *parent, const QString &question)
{
    return QMessageBox::question(parent, WorkflowPanel::tr("Relais"), question,
               QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        == QMessageBox::Yes;
}

} // namespace

WorkflowPanel::WorkflowPanel(Store &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_askReason(askReason)
    , m_confirm(confirm)
{
    setObjectName(QStringLiteral("workflowPanel"));
    build();
    refresh();
}

namespace {

// A name for people of a field of the item's JSON (History, Compare).
QString fieldName(const QString &field)
{
    static const QHash<QString, const char *> names {
        { QStringLiteral("title"), QT_TRANSLATE_NOOP("Relais::WorkflowPanel", "Title") },
        { QStringLiteral("summary"), QT_TRANSLATE_NOOP("Relais::WorkflowPanel", "Summary") },
        { QStringLiteral("body"), QT_TRANSLATE_NOOP("Relais::WorkflowPanel", "Text") },
        { QStringLiteral("description"),
            QT_TRANSLATE_NOOP("Relais::WorkflowPanel", "Description") },
        { QStringLiteral("sections"), QT_TRANSLATE_NOOP("Relais::WorkflowPanel", "Sections") },
        { QStringLiteral("status"), QT_TRANSLATE_NOOP("Relais::WorkflowPanel", "Status") },
        { QStringLiteral("publish_at"),
            QT_TRANSLATE_NOOP("Relais::WorkflowPanel", "Publication time") },
        { QStringLiteral("slug"), QT_TRANSLATE_NOOP("Relais::WorkflowPanel", "Address name") },
        { QStringLiteral("contacts"), QT_TRANSLATE_NOOP("Relais::WorkflowPanel", "Contacts") },
        { QStringLiteral("start"), QT_TRANSLATE_NOOP("Relais::WorkflowPanel", "Start") },
        { QStringLiteral("end"), QT_TRANSLATE_NOOP("Relais::WorkflowPanel", "End") },
        { QStringLiteral("location_name"), QT_TRANSLATE_NOOP("Relais::WorkflowPanel", "Place") },
        { QStringLiteral("address"), QT_TRANSLATE_NOOP("Relais::WorkflowPanel", "Address") },
        { QStringLiteral("featured_image"),
            QT_TRANSLATE_NOOP("Relais::WorkflowPanel", "Featured picture") },
    };
    const char *name = names.value(field);
    return name ? WorkflowPanel::tr(name) : field;
}

} // namespace

void WorkflowPanel::setFolded(bool folded)
{
    if (folded == m_folded)
        return;
    m_folded = folded;
    for (int i = 0; i < m_tabs->count(); ++i)
        m_tabs->widget(i)->setVisible(!folded && i == m_tabs->currentIndex());
    // The tab widget keeps its tab bar only; the panel's layout gives the rest up.
    m_tabs->setMaximumHeight(folded ? m_tabs->tabBar()->sizeHint().height() + 2 : QWIDGETSIZE_MAX);
    static_cast<QBoxLayout *>(layout())->setStretchFactor(m_tabs, folded ? 0 : 1);
    emit foldedChanged(folded);
}

void WorkflowPanel::build()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("workflowState"));
    m_state->setTextFormat(Qt::PlainText); // login names: never markup
    m_state->setWordWrap(true);
    layout->addWidget(m_state);
    m_returned = new QLabel(this);
    m_returned->setObjectName(QStringLiteral("returnReason"));
    m_returned->setTextFormat(Qt::PlainText); // an editor's words: never markup
    m_returned->setWordWrap(true);
    m_returned->setStyleSheet(QStringLiteral("QLabel { background: #fff4d6; padding: 4px; }"));
    m_returned->hide();
    layout->addWidget(m_returned);

    auto *steps = new QHBoxLayout;
    auto addStep = [this, steps](const QString &name, const QString &text, auto slot) {
        auto *button = new QPushButton(text, this);
        button->setObjectName(name);
        connect(button, &QPushButton::clicked, this, slot);
        steps->addWidget(button);
        return button;
    };
    m_submit
        = addStep(QStringLiteral("submitForReview"), tr("Submit for Review"), [this] { submit(); });
    m_approve = addStep(QStringLiteral("approveReview"), tr("Approve"), [this] { approve(); });
    m_return = addStep(
        QStringLiteral("returnToWriter"), tr("Return to Writer…"), [this] { returnToWriter(); });
    m_assign = new QToolButton(this);
    m_assign->setObjectName(QStringLiteral("assignItem"));
    m_assign->setText(tr("Assign"));
    m_assign->setPopupMode(QToolButton::InstantPopup);
    m_assign->setMenu(new QMenu(m_assign));
    connect(m_assign->menu(), &QMenu::aboutToShow, this, [this] {
        QMenu *menu = m_assign->menu();
        menu->clear();
        auto editors = m_store.activity().people(QStringLiteral("editor"));
        if (!editors) {
            menu->addAction(editors.error().message)->setEnabled(false);
            return;
        }
        for (const QString &login : std::as_const(*editors)) {
            QAction *action = menu->addAction(login, this, [this, login] { assign(login); });
            action->setCheckable(true);
            action->setChecked(login == m_item.assignedTo);
        }
        menu->addSeparator();
        menu->addAction(tr("Nobody"), this, [this] { assign(QString()); });
    });
    steps->addWidget(m_assign);
    steps->addStretch(1);
    layout->addLayout(steps);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("workflowTabs"));
    layout->addWidget(m_tabs, 1);
    // A click on the current tab folds the comments and history away, or brings them back; a
    // click on the other tab shows it, unfolded.
    m_tabs->tabBar()->setToolTip(tr("Click the current tab to fold or unfold this part"));
    connect(m_tabs->tabBar(), &QTabBar::tabBarClicked, this, [this](int index) {
        if (index == m_tabs->currentIndex())
            setFolded(!m_folded);
        else if (m_folded)
            setFolded(false);
    });

    // Comments: threads, then the box to write one.
    auto *comments = new QWidget(m_tabs);
    auto *commentLayout = new QVBoxLayout(comments);
    commentLayout->setContentsMargins(0, 4, 0, 0);
    m_comments = new QTreeWidget(comments);
    m_comments->setObjectName(QStringLiteral("commentList"));
    m_comments->setHeaderHidden(true);
    m_comments->setWordWrap(true);
    m_comments->setUniformRowHeights(false);
    m_comments->setRootIsDecorated(false);
    m_comments->setIndentation(18);
    connect(
        m_comments, &QTreeWidget::itemSelectionChanged, this, &WorkflowPanel::updateCommentButtons);
    commentLayout->addWidget(m_comments, 1);
    auto *commentButtons = new QHBoxLayout;
    auto addCommentButton
        = [this, comments, commentButtons](const QString &name, const QString &text, auto slot) {
              auto *button = new QPushButton(text, comments);
              button->setObjectName(name);
              connect(button, &QPushButton::clicked, this, slot);
              commentButtons->addWidget(button);
              return button;
          };
    m_reply = addCommentButton(
        QStringLiteral("replyComment"), tr("Reply"), &WorkflowPanel::replyToSelected);
    m_resolve = addCommentButton(
        QStringLiteral("resolveComment"), tr("Resolve"), &WorkflowPanel::resolveSelected);
    // Editing and deleting one's own: under More, and in the list's context menu.
    auto *more = new QToolButton(comments);
    more->setObjectName(QStringLiteral("moreCommentActions"));
    more->setText(tr("More"));
    more->setPopupMode(QToolButton::InstantPopup);
    auto *moreMenu = new QMenu(more);
    m_edit = new QAction(tr("Edit…"), this);
    m_edit->setObjectName(QStringLiteral("editComment"));
    connect(m_edit, &QAction::triggered, this, &WorkflowPanel::editSelected);
    m_delete = new QAction(tr("Delete"), this);
    m_delete->setObjectName(QStringLiteral("deleteComment"));
    connect(m_delete, &QAction::triggered, this, &WorkflowPanel::deleteSelected);
    moreMenu->addActions({ m_edit, m_delete });
    moreMenu->setToolTipsVisible(true);
    more->setMenu(moreMenu);
    commentButtons->addWidget(more);
    commentButtons->addStretch(1);
    m_comments->setContextMenuPolicy(Qt::ActionsContextMenu);
    for (QAction *action : { m_edit, m_delete })
        m_comments->addAction(action);
    commentLayout->addLayout(commentButtons);
    m_replyLabel = new QLabel(comments);
    m_replyLabel->setTextFormat(Qt::PlainText);
    m_replyLabel->hide();
    commentLayout->addWidget(m_replyLabel);
    auto *write = new QHBoxLayout;
    m_newComment = new QPlainTextEdit(comments);
    m_newComment->setObjectName(QStringLiteral("newComment"));
    m_newComment->setPlaceholderText(
        tr("Write a comment for the team (never published); @login tells a colleague."));
    m_newComment->setMaximumHeight(70);
    write->addWidget(m_newComment, 1);
    m_post = new QPushButton(tr("Comment"), comments);
    m_post->setObjectName(QStringLiteral("postComment"));
    m_post->setToolTip(tr("Post the comment (Ctrl+Return)."));
    connect(m_post, &QPushButton::clicked, this, [this] { postComment(); });
    auto *send = new QShortcut(QKeySequence(QStringLiteral("Ctrl+Return")), m_newComment);
    send->setContext(Qt::WidgetShortcut);
    connect(send, &QShortcut::activated, this, [this] { postComment(); });
    write->addWidget(m_post, 0, Qt::AlignTop);
    commentLayout->addLayout(write);
    m_tabs->addTab(comments, tr("Comments"));

    // History: the revisions, the difference of the selected ones, Restore.
    auto *history = new QWidget(m_tabs);
    auto *historyLayout = new QVBoxLayout(history);
    historyLayout->setContentsMargins(0, 4, 0, 0);
    m_revisions = new QTreeWidget(history);
    m_revisions->setObjectName(QStringLiteral("revisionList"));
    m_revisions->setHeaderLabels({ tr("Revision"), tr("By"), tr("Saved"), tr("Changed") });
    m_revisions->setRootIsDecorated(false);
    m_revisions->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_revisions->header()->setStretchLastSection(true);
    m_revisions->setToolTip(tr("Select one revision to see what it changed, or two to compare "
                               "them."));
    connect(m_revisions, &QTreeWidget::itemSelectionChanged, this, &WorkflowPanel::showDifference);
    historyLayout->addWidget(m_revisions, 1);
    m_difference = new QTextEdit(history);
    m_difference->setObjectName(QStringLiteral("revisionDifference"));
    m_difference->setReadOnly(true);
    m_difference->setAcceptRichText(false);
    historyLayout->addWidget(m_difference, 2);
    auto *restoreRow = new QHBoxLayout;
    restoreRow->addStretch(1);
    m_restore = new QPushButton(tr("Restore This Revision…"), history);
    m_restore->setObjectName(QStringLiteral("restoreRevision"));
    connect(m_restore, &QPushButton::clicked, this, [this] { restoreSelected(); });
    restoreRow->addWidget(m_restore);
    historyLayout->addLayout(restoreRow);
    m_tabs->addTab(history, tr("History"));
}

void WorkflowPanel::setEditor(ItemEditor *editor)
{
    m_editor = editor;
    m_replyTo = 0;
    refresh();
}

void WorkflowPanel::refresh()
{
    m_hasItem = false;
    if (m_editor && m_editor->hasItem() && !m_editor->currentUuid().isNull()
        && m_store.workflow().available()) {
        auto item = m_store.workflow().find(m_editor->currentUuid());
        if (item) {
            m_item = *item;
            m_hasItem = true;
        }
    }
    if (!m_hasItem)
        m_item = {};
    updateState();
    readComments();
    readHistory();
    if (m_editor && m_hasItem && !m_editor->isModified())
        m_editor->setLocked(lockReason());
}

QString WorkflowPanel::lockReason() const
{
    const Database &db = m_store.database();
    if (!db.isPostgres() || db.hasRole(QStringLiteral("editor")))
        return {};
    if (m_item.createdBy != db.userName())
        return tr("Written by %1: as %2 you may read it and comment on it; an editor or an "
                  "administrator may change it.")
            .arg(m_item.createdBy.isEmpty() ? tr("someone else") : m_item.createdBy,
                Database::roleName(db.role()));
    if (m_item.state() != WorkflowState::Draft)
        return tr("It is %1 now: an editor or an administrator may change it; you may comment "
                  "on it.")
            .arg(Workflow::displayName(m_item.state()).toLower());
    return {};
}

void WorkflowPanel::updateState()
{
    setEnabled(m_hasItem);
    const Database &db = m_store.database();
    const bool editor = db.hasRole(QStringLiteral("editor"));
    const WorkflowState state = m_item.state();
    if (!m_hasItem) {
        m_state->setText(tr("Save the item to send it for review, comment on it or see its "
                            "history."));
        m_returned->hide();
        return;
    }
    QStringList parts { Workflow::displayName(state) };
    if (!m_item.createdBy.isEmpty())
        parts << tr("written by %1").arg(m_item.createdBy);
    if (!m_item.assignedTo.isEmpty())
        parts << tr("assigned to %1").arg(m_item.assignedTo);
    m_state->setText(parts.join(QStringLiteral(" · ")));

    const QString mine = db.userName();
    const QString onlyEditors = tr("%1 takes an editor or an administrator; you are %2.");
    // The steps that do not apply to the item's state are hidden; those the person's role
    // does not allow are off, saying whose they are.
    m_submit->setVisible(state == WorkflowState::Draft);
    m_approve->setVisible(state == WorkflowState::Draft || state == WorkflowState::InReview);
    m_return->setVisible(state == WorkflowState::InReview || state == WorkflowState::Approved);
    m_submit->setEnabled(state == WorkflowState::Draft && (editor || m_item.createdBy == mine));
    m_submit->setToolTip(state != WorkflowState::Draft ? tr("Only a draft is sent for review.")
            : m_submit->isEnabled()
            ? tr("Ask an editor to review it.")
            : onlyEditors.arg(tr("Sending somebody else's draft"), Database::roleName(db.role())));
    const bool reviewable = state == WorkflowState::Draft || state == WorkflowState::InReview;
    m_approve->setEnabled(editor && reviewable);
    m_approve->setToolTip(!editor ? onlyEditors.arg(tr("Approving"), Database::roleName(db.role()))
            : reviewable          ? tr("Approve it: it may then be scheduled.")
                                  : tr("Only a draft or an item in review is approved."));
    const bool returnable = state == WorkflowState::InReview || state == WorkflowState::Approved;
    m_return->setEnabled(editor && returnable);
    m_return->setToolTip(!editor
            ? onlyEditors.arg(tr("Returning an item to its writer"), Database::roleName(db.role()))
            : returnable ? tr("Send it back to its writer, saying why.")
                         : tr("Only an item in review or approved goes back to its writer."));
    const bool mayAssign = editor || (m_item.createdBy == mine && state == WorkflowState::Draft);
    m_assign->setEnabled(mayAssign);
    m_assign->setToolTip(mayAssign
            ? tr("Choose the editor who reviews it.")
            : onlyEditors.arg(tr("Assigning it"), Database::roleName(db.role())));

    m_returned->hide();
    if (state == WorkflowState::Draft) {
        auto last = m_store.workflow().lastReturn(m_item.uuid);
        if (last && !last->action.isEmpty()) {
            m_returned->setText(
                tr("Returned by %1 on %2: %3").arg(last->actor, when(last->at), last->detail));
            m_returned->show();
        }
    }
}

void WorkflowPanel::readComments()
{
    m_comments->clear();
    if (!m_hasItem) {
        m_tabs->setTabText(0, tr("Comments"));
        updateCommentButtons();
        return;
    }
    auto all = m_store.comments().list(m_item.uuid);
    if (!all) {
        emit message(all.error().message);
        return;
    }
    QHash<qint64, QTreeWidgetItem *> shown;
    int open = 0;
    for (const Comment &c : std::as_const(*all)) {
        QStringList header { c.author, when(c.createdAt) };
        if (c.editedAt.isValid() && !c.deleted)
            header << tr("edited");
        if (c.isResolved())
            header << tr("resolved by %1").arg(c.resolvedBy);
        const QString text = header.join(QStringLiteral(" · ")) + QLatin1Char('\n')
            + (c.deleted ? tr("(deleted)") : c.body);
        QTreeWidgetItem *parent = shown.value(c.parentId);
        auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_comments);
        item->setText(0, text); // plain text: a comment is never markup
        item->setData(0, IdRole, c.id);
        item->setData(0, AuthorRole, c.author);
        item->setData(0, DeletedRole, c.deleted);
        item->setData(0, ResolvedRole, c.isResolved());
        item->setData(0, ParentRole, c.parentId);
        if (c.isResolved() || c.deleted)
            item->setForeground(0, palette().brush(QPalette::Disabled, QPalette::Text));
        shown.insert(c.id, item);
        if (!c.isResolved() && !c.deleted)
            ++open;
    }
    m_comments->expandAll();
    m_tabs->setTabText(0, open > 0 ? tr("Comments (%1)").arg(open) : tr("Comments"));
    updateCommentButtons();
}

void WorkflowPanel::readHistory()
{
    m_revisions->clear();
    m_difference->clear();
    if (!m_hasItem)
        return;
    auto revisions = m_store.history().list(m_item.uuid);
    if (!revisions) {
        emit message(revisions.error().message);
        return;
    }
    for (const RevisionInfo &r : std::as_const(*revisions)) {
        QStringList fields;
        for (const QString &f : r.fields)
            fields << fieldName(f);
        auto *item = new QTreeWidgetItem(m_revisions,
            { QString::number(r.revision), r.author, when(r.savedAt), fields.join(u", ") });
        item->setData(0, Qt::UserRole, r.revision);
    }
    m_restore->setEnabled(false);
}

qint64 WorkflowPanel::selectedComment() const
{
    const QList<QTreeWidgetItem *> selected = m_comments->selectedItems();
    return selected.isEmpty() ? 0 : selected.first()->data(0, IdRole).toLongLong();
}

void WorkflowPanel::updateCommentButtons()
{
    const QList<QTreeWidgetItem *> selected = m_comments->selectedItems();
    QTreeWidgetItem *item = selected.isEmpty() ? nullptr : selected.first();
    const bool mine = item && item->data(0, AuthorRole).toString() == m_store.database().userName();
    const bool deleted = item && item->data(0, DeletedRole).toBool();
    m_reply->setEnabled(item != nullptr);
    m_resolve->setEnabled(item && !deleted);
    m_resolve->setText(item && item->data(0, ResolvedRole).toBool() ? tr("Reopen") : tr("Resolve"));
    m_edit->setEnabled(mine && !deleted);
    m_delete->setEnabled(mine && !deleted);
    const QString onlyAuthor = tr("Only its author may change or delete a comment.");
    m_edit->setToolTip(item && !mine ? onlyAuthor : QString());
    m_delete->setToolTip(item && !mine ? onlyAuthor : QString());
}

bool WorkflowPanel::editorSaved()
{
    if (!m_hasItem)
        return false;
    if (m_editor && m_editor->isModified() && !m_editor->saveNow())
        return false;
    if (auto item = m_store.workflow().find(m_item.uuid))
        m_item = *item;
    return true;
}

bool WorkflowPanel::done(const Result<int> &result)
{
    if (!result) {
        emit message(result.error().message);
        refresh();
        return false;
    }
    const QString type = m_item.type;
    const QUuid uuid = m_item.uuid;
    emit itemChanged(type, uuid);
    refresh();
    return true;
}

bool WorkflowPanel::submit()
{
    if (!editorSaved())
        return false;
    const int revision = m_editor ? m_editor->currentRevision() : -1;
    if (!done(m_store.workflow().submit(m_item.uuid, revision)))
        return false;
    emit message(tr("“%1” waits for review.").arg(m_item.title));
    return true;
}

bool WorkflowPanel::approve()
{
    if (!editorSaved())
        return false;
    const int revision = m_editor ? m_editor->currentRevision() : -1;
    if (!done(m_store.workflow().approve(m_item.uuid, revision)))
        return false;
    emit message(tr("“%1” is approved.").arg(m_item.title));
    return true;
}

bool WorkflowPanel::returnToWriter()
{
    if (!editorSaved())
        return false;
    const auto reason
        = m_askReason(this, tr("Return “%1” to %2").arg(m_item.title, m_item.createdBy));
    if (!reason)
        return false;
    const int revision = m_editor ? m_editor->currentRevision() : -1;
    if (!done(m_store.workflow().returnToWriter(m_item.uuid, *reason, revision)))
        return false;
    emit message(tr("“%1” went back to its writer.").arg(m_item.title));
    return true;
}

bool WorkflowPanel::assign(const QString &login)
{
    if (!editorSaved())
        return false;
    const int revision = m_editor ? m_editor->currentRevision() : -1;
    return done(m_store.workflow().assign(m_item.uuid, login, revision));
}

bool WorkflowPanel::postComment()
{
    if (!m_hasItem)
        return false;
    auto made = m_store.comments().add(m_item.uuid, m_newComment->toPlainText(), m_replyTo);
    if (!made) {
        emit message(made.error().message);
        return false;
    }
    m_newComment->clear();
    m_replyTo = 0;
    m_replyLabel->hide();
    readComments();
    emit commentsChanged();
    return true;
}

void WorkflowPanel::replyToSelected()
{
    const QList<QTreeWidgetItem *> selected = m_comments->selectedItems();
    if (selected.isEmpty())
        return;
    m_replyTo = selected.first()->data(0, IdRole).toLongLong();
    m_replyLabel->setText(
        tr("Replying to %1").arg(selected.first()->data(0, AuthorRole).toString()));
    m_replyLabel->show();
    m_newComment->setFocus();
}

void WorkflowPanel::resolveSelected()
{
    const QList<QTreeWidgetItem *> selected = m_comments->selectedItems();
    if (selected.isEmpty())
        return;
    const bool resolved = selected.first()->data(0, ResolvedRole).toBool();
    if (auto r = m_store.comments().setResolved(selectedComment(), !resolved); !r)
        emit message(r.error().message);
    readComments();
    emit commentsChanged();
}

void WorkflowPanel::editSelected()
{
    const qint64 id = selectedComment();
    auto comment = m_store.comments().load(id);
    if (!comment)
        return emit message(comment.error().message);
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(
        this, tr("Edit Comment"), tr("Your comment:"), comment->body, &ok);
    if (!ok)
        return;
    if (auto r = m_store.comments().edit(id, text); !r)
        emit message(r.error().message);
    readComments();
    emit commentsChanged();
}

void WorkflowPanel::deleteSelected()
{
    const qint64 id = selectedComment();
    if (id == 0 || !m_confirm(this, tr("Delete your comment? Replies to it stay.")))
        return;
    if (auto r = m_store.comments().remove(id); !r)
        emit message(r.error().message);
    readComments();
    emit commentsChanged();
}

void WorkflowPanel::showDifference()
{
    m_difference->clear();
    QList<int> chosen;
    for (QTreeWidgetItem *item : m_revisions->selectedItems())
        chosen << item->data(0, Qt::UserRole).toInt();
    std::sort(chosen.begin(), chosen.end());
    m_restore->setEnabled(chosen.size() == 1 && m_revisions->topLevelItemCount() > 0
        && chosen.first() != m_revisions->topLevelItem(0)->data(0, Qt::UserRole).toInt());
    if (chosen.isEmpty() || chosen.size() > 2)
        return;
    int older = 0;
    const int newer = chosen.last();
    if (chosen.size() == 2) {
        older = chosen.first();
    } else {
        // The revision saved before the one chosen (the list is newest first).
        for (int i = 0; i + 1 < m_revisions->topLevelItemCount(); ++i) {
            if (m_revisions->topLevelItem(i)->data(0, Qt::UserRole).toInt() == newer)
                older = m_revisions->topLevelItem(i + 1)->data(0, Qt::UserRole).toInt();
        }
    }
    auto after = m_store.history().snapshot(m_item.uuid, newer);
    if (!after) {
        m_difference->setPlainText(after.error().message);
        return;
    }
    QJsonObject before;
    if (older > 0) {
        auto read = m_store.history().snapshot(m_item.uuid, older);
        if (!read) {
            m_difference->setPlainText(read.error().message);
            return;
        }
        before = *read;
    }
    QTextCursor cursor(m_difference->document());
    QTextCharFormat plain;
    QTextCharFormat heading;
    heading.setFontWeight(QFont::Bold);
    QTextCharFormat removed;
    removed.setBackground(QColor(0xfd, 0xd8, 0xd8));
    removed.setFontStrikeOut(true);
    QTextCharFormat added;
    added.setBackground(QColor(0xd4, 0xf4, 0xd9));
    cursor.insertText(older > 0 ? tr("From revision %1 to %2").arg(older).arg(newer)
                                : tr("Revision %1, as it was first saved").arg(newer),
        heading);
    const QStringList fields = HistoryRepository::changedFields(before, *after);
    if (fields.isEmpty())
        cursor.insertText(QStringLiteral("\n") + tr("They say the same."), plain);
    for (const QString &field : fields) {
        cursor.insertText(QStringLiteral("\n\n") + fieldName(field) + QLatin1Char('\n'), heading);
        for (const DiffPiece &piece : WordDiff::diff(WordDiff::valueText(before.value(field)),
                 WordDiff::valueText(after->value(field)))) {
            cursor.insertText(piece.text,
                piece.kind == DiffPiece::Kind::Removed     ? removed
                    : piece.kind == DiffPiece::Kind::Added ? added
                                                           : plain);
        }
    }
    m_difference->moveCursor(QTextCursor::Start);
}

bool WorkflowPanel::restoreSelected()
{
    const QList<QTreeWidgetItem *> selected = m_revisions->selectedItems();
    if (selected.size() != 1 || !m_hasItem)
        return false;
    const int revision = selected.first()->data(0, Qt::UserRole).toInt();
    if (!m_confirm(this,
            tr("Bring back what “%1” said at revision %2? What it says now stays in its "
               "history.")
                .arg(m_item.title, QString::number(revision))))
        return false;
    if (!editorSaved())
        return false;
    const int expected = m_editor ? m_editor->currentRevision() : -1;
    if (!done(m_store.restoreRevision(m_item.uuid, revision, expected)))
        return false;
    emit message(tr("“%1” says again what it said at revision %2.")
                     .arg(m_item.title, QString::number(revision)));
    return true;
}

} // namespace Relais
