// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/database.h"
#include "storage/listquery.h"
#include "storage/offlinejournal.h"
#include "storage/recoveryjournal.h"

#include <QMainWindow>
#include <QUrl>
#include <QUuid>

#include <atomic>
#include <functional>
#include <memory>

class QAction;
class QLabel;
class QListWidget;
class QMenu;
class QSplitter;
class QStackedWidget;
class QTimer;
class QUndoStack;

namespace Relais {

namespace VCard {
struct Parsed;
}

class ChangeFeed;
struct Change;
class ItemEditor;
class SpellChecker;
class ListPanel;
class ModerationController;
struct Submission;
class Settings;
class PreviewPane;
class ThumbnailCache;
class TrashController;
class BackgroundChecks;
class PublishScheduler;
class Store;
class WorkflowPanel;
class NotificationBell;
class CalendarPage;

// The main window: sidebar of sections, the list of the chosen section, the editor of the
// chosen item. It wires the parts together and holds no logic of its own.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // Page numbers are the order of the stacks; the sidebar shows Submissions above Trash, and
    // the Calendar last (Ctrl+6).
    enum Page { Articles, Agenda, Contacts, Trash, Submissions, Calendar };

    MainWindow(Store &store, Settings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    Page currentPage() const;
    void showPage(Page page);
    ListPanel *listPanel(Page page) const;
    ItemEditor *currentEditor() const;
    ItemEditor *editor(Page page) const;
    QListWidget *sidebar() const { return m_sidebar; }
    QUndoStack *undoStack() const { return m_undo; }
    QAction *action(const QString &name) const;
    PreviewPane *previewPane() const { return m_preview; }
    // Replaces QDesktopServices::openUrl (tests).
    void setUrlOpener(std::function<bool(const QUrl &)> opener);
    ModerationController *moderation() const { return m_moderation; }
    // Beside the editor: the item's review, comments and history.
    WorkflowPanel *workflowPanel() const { return m_workflow; }
    NotificationBell *notificationBell() const { return m_bell; }
    // The editorial calendar and planning board (Ctrl+6).
    CalendarPage *calendarPage() const { return m_calendar; }
    // Mine, Waiting for my review: below the pages in the sidebar.
    QListWidget *workflowFilters() const { return m_workflowFilters; }
    // Shows the articles and agenda entries of a workflow view ("mine", "waiting", "" for all).
    void showWorkflowFilter(const QString &filter);
    // Opens an item in its editor (a notification, the activity log), showing every item of
    // its list when a filter hid it.
    void openItem(const QString &type, const QUuid &uuid);
    // What other sessions commit to the database, told live (lists, counts, open editors).
    ChangeFeed *changeFeed() const { return m_feed; }
    // What was typed while the newsroom did not answer (null on a file, or when the journal
    // cannot be opened).
    OfflineJournal *offlineJournal() const { return m_journal.get(); }
    // Sends what the journal keeps (at start, when the newsroom answers again, every 5 s
    // while it does not, and from File → Changes Waiting).
    void sendWaitingChanges();
    // Shows an entry of the journal in its editor.
    bool openWaitingChange(const OfflineJournal::Entry &entry);
    // What the editors hold unsaved, kept within a moment of each keystroke (null when it
    // cannot be kept, or read-only).
    RecoveryJournal *recoveryJournal() const { return m_recovery.get(); }
    // Shows again what windows of this database that ended without closing (killed, crashed)
    // had not saved, saying how many words came back. Run once the window is up.
    void recoverLeftBehind();
    // The sidebar row of a page and back.
    static int sidebarRow(Page page);
    static Page pageOfRow(int row);
    // The page of an editor's kind of item (article, agenda, contact).
    static Page pageOfType(const QString &type);

public slots:
    void newItem();
    bool saveCurrent();
    void deleteSelected();
    void restoreSelected();
    void deleteForGood();
    void emptyTrash();
    void focusSearch();
    void selectFirstItem();
    // Renders the open item's page (as typed, saved or not) and opens it in the browser.
    void previewInBrowser();
    // Renders the open item's page into the preview pane (when it is shown).
    void updatePreview();
    // Reads the whole database file in a worker thread; a damaged file makes the window
    // read-only, with a message, so that nothing is written over the damage.
    void checkDatabase();
    void publish();
    void updatePublishStatus();
    // Reads an address book (a vCard file in the background) and asks what to do with it
    // (ContactImportDialog). False when it cannot start, the reason shown.
    bool importContacts(const QString &path);

public:
    bool isReadOnly() const { return m_readOnly; }
    Store *store() const { return &m_store; }
    Settings *settings() const { return &m_settings; }

signals:
    // The person chose another database (File → Open, Connect to Newsroom, Open Recent), the
    // open editor already saved: whoever made the window opens it and replaces the window.
    // password: typed in Connect to Newsroom, else empty.
    void openRequested(const QString &location, const QString &password);
    // The first page of the first list is on screen (start-up measurements).
    void firstPageShown();
    void databaseChecked(bool healthy);
    void spellingReady();

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    // On the first show: the window fits the screen it opens on (a laptop's 1366×768 or
    // 1280×720 included). A size saved on a larger screen, or the default, is cut to the area
    // the desktop leaves free, with room for the title bar; where even the default does not
    // fit and nothing was saved, the window opens maximised.
    void fitScreen();

private:
    bool reviewContacts(const VCard::Parsed &parsed, const QString &name);
    void createEditors();
    void createPreview();
    void createWorkflow();
    // A step of the workflow changed the open item: its editor, the lists and counts follow.
    void workflowStepDone();
    void createStatusBar();
    void createActions();
    void createMenus();
    // File → Open Database…, Connect to Newsroom…, Open Recent.
    void openDatabase();
    void connectToNewsroom();
    void fillRecentMenu(QMenu *menu);
    ListPanel *createPanel(Page page);
    void updateCounts();
    void updateActions();
    void nameUndo();
    void showRow(const ListRow &row);
    // Saves the open editor before something else is shown; false to stay where we are.
    bool leaveEditor();
    void itemSaved(const QString &type, qint64 id, bool created);
    void refreshLists();
    void setLanguage(const QString &language);
    void showMessage(const QString &text);
    // Nothing is written from now on; label in the status bar, reason in its tooltip.
    void enterReadOnly(const QString &label, const QString &reason);
    void databaseCheckDone(bool healthy, const QString &firstProblem, const QString &error);
    void spellingLoaded(const QList<std::shared_ptr<SpellChecker>> &checkers);
    // Opens the editor of the right kind filled in from the submission; its first save records the
    // approval.
    void approveSubmission(const Submission &submission, const QString &as);
    void showOrigin(ItemEditor *editor);
    // Live changes from other sessions: lists and counts read again (a burst at once), open
    // editors told about their item.
    void othersChanged(const QList<Change> &changes);
    void refreshFromOthers();
    // After changes may have been missed: each open editor compared with its item's last change.
    // ownToo: also after this window's own changes made elsewhere than in the editor (the
    // calendar's moves).
    void catchUpEditors(bool ownToo = false);
    void liveConnectionLost(const QString &message);
    void liveConnectionRestored();
    // The status bar's word on the newsroom: offline, changes waiting.
    void updateLiveStatus();
    void showWaitingChanges();
    // "Who is editing what" (PresenceRepository): this window's heartbeat with the item it has
    // open, and the others who have the same item open.
    void beatPresence();
    void showPresence();

    Store &m_store;
    Settings &m_settings;
    class TaskJob *m_contactReader = nullptr; // reading an address book
    QListWidget *m_sidebar = nullptr;
    QStackedWidget *m_lists = nullptr;
    QStackedWidget *m_editors = nullptr;
    QSplitter *m_splitter = nullptr;
    QSplitter *m_editorColumn = nullptr; // the editor above the workflow panel
    WorkflowPanel *m_workflow = nullptr;
    CalendarPage *m_calendar = nullptr;
    QByteArray m_splitterBeforeCalendar; // the columns as they were before the calendar hid them
    NotificationBell *m_bell = nullptr;
    QListWidget *m_workflowFilters = nullptr;
    QList<ListPanel *> m_panels;
    QList<ItemEditor *> m_editorList; // Articles, Agenda, Contacts
    QWidget *m_placeholder = nullptr;
    QLabel *m_placeholderText = nullptr;
    QLabel *m_modifiedLabel = nullptr;
    QLabel *m_publishLabel = nullptr;
    QLabel *m_liveLabel = nullptr; // the newsroom's live updates stopped
    ChangeFeed *m_feed = nullptr;
    std::unique_ptr<OfflineJournal> m_journal;
    std::unique_ptr<RecoveryJournal> m_recovery;
    QTimer *m_journalTimer = nullptr; // sends again while the server does not answer
    bool m_offline = false; // the feed lost the newsroom
    QString m_offlineReason;
    QTimer *m_othersTimer = nullptr; // folds a burst of changes into one refresh
    QTimer *m_presenceBeat = nullptr;
    QTimer *m_presenceRead = nullptr;
    QString m_presenceItem; // "table:id" last told, to beat at once when it changes
    PublishScheduler *m_scheduler = nullptr;
    QUndoStack *m_undo = nullptr;
    TrashController *m_trash = nullptr;
    BackgroundChecks *m_checks = nullptr;
    PreviewPane *m_preview = nullptr;
    ThumbnailCache *m_thumbnails = nullptr; // pictures beside titles in the lists
    ModerationController *m_moderation = nullptr;
    // The submission whose approval waits for the first save of the editor filled from it.
    struct PendingApproval
    {
        qint64 submissionId = 0;
        ItemEditor *editor = nullptr;
        QString itemType;
    } m_pendingApproval;
    QTimer *m_previewTimer = nullptr;
    QHash<QString, QAction *> m_actions;
    bool m_firstShow = true;
    bool m_geometryRestored = false;
    static constexpr QSize DefaultSize { 1320, 820 };
    bool m_readOnly = false;
    QString m_readOnlyReason;
    std::function<bool(const QUrl &)> m_openUrl;
    QList<std::shared_ptr<SpellChecker>> m_spelling; // French, English
};

} // namespace Relais
