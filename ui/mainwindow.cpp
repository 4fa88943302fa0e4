// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "agendaeditor.h"
#include "articleeditor.h"
#include "backgroundchecks.h"
#include "contacteditor.h"
#include "contactimportdialog.h"
#include "jobprogress.h"
#include "taskjob.h"
#include "csvmappingdialog.h"
#include "entitylistmodel.h"
#include "listpanel.h"
#include "messagebox.h"
#include "moderation/moderation.h"
#include "moderationcontroller.h"
#include "openfiles.h"
#include "previewpane.h"
#include "submissionqueue.h"
#include "submissionview.h"
#include "publishdialog.h"
#include "publish/publishscheduler.h"
#include "thumbnailcache.h"
#include "settings.h"
#include "storage/changefeed.h"
#include "storage/store.h"
#include "text/spellchecker.h"
#include "trashcontroller.h"
#include "waitingchangesdialog.h"
#include "activitydialog.h"
#include "calendarpage.h"
#include "calendarview.h"
#include "notificationbell.h"
#include "teamdialog.h"
#include "workflowpanel.h"

#include <algorithm>

#include <QAction>
#include <QComboBox>
#include <QSplitter>
#include <QVBoxLayout>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QStandardPaths>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScreen>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Relais {

MainWindow::MainWindow(Store &store, Settings &settings, QWidget *parent)
    : QMainWindow(parent)
    , m_store(store)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("MainWindow"));
    // The system adds " — Relais" (the application's display name) after the document's name.
    setWindowTitle(store.database().displayName());
    m_undo = new QUndoStack(this);
    m_trash = new TrashController(m_store, *m_undo, this);
    connect(m_trash, &TrashController::message, this, &MainWindow::showMessage);
    connect(m_trash, &TrashController::changed, this, [this] {
        refreshLists();
        // In the trash, what is shown beside the list follows what is left in it: an item
        // restored or deleted for good no longer offers Restore.
        if (currentPage() == Trash)
            showRow(m_panels.at(Trash)->currentRow());
        updateActions();
    });
    m_checks = new BackgroundChecks(this);
    connect(m_checks, &BackgroundChecks::databaseChecked, this, &MainWindow::databaseCheckDone);
    connect(m_checks, &BackgroundChecks::spellingLoaded, this, &MainWindow::spellingLoaded);
    connect(m_checks, &BackgroundChecks::message, this, &MainWindow::showMessage);
    m_openUrl = [](const QUrl &url) { return QDesktopServices::openUrl(url); };

    m_sidebar = new QListWidget(this);
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setMinimumWidth(150);
    m_sidebar->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_sidebar->setStyleSheet(
        QStringLiteral("QListWidget { font-size: 11pt; } QListWidget::item { padding: 6px 8px; }"));
    for (int i = 0; i < 6; ++i)
        new QListWidgetItem(m_sidebar);
    m_moderation = new ModerationController(store, this);
    connect(m_moderation, &ModerationController::approveRequested, this,
        &MainWindow::approveSubmission);
    connect(m_moderation, &ModerationController::message, this, &MainWindow::showMessage);
    connect(m_moderation, &ModerationController::countChanged, this, &MainWindow::updateCounts);

    m_lists = new QStackedWidget(this);
    for (Page page : { Articles, Agenda, Contacts, Trash }) {
        ListPanel *panel = createPanel(page);
        m_panels.append(panel);
        m_lists->addWidget(panel);
    }
    m_lists->addWidget(m_moderation->queue()); // index Submissions
    m_calendar = new CalendarPage(m_store, *m_undo, this);
    m_lists->addWidget(m_calendar); // index Calendar
    connect(m_calendar, &CalendarPage::message, this, &MainWindow::showMessage);
    connect(m_calendar, &CalendarPage::openItem, this, &MainWindow::openItem);
    connect(m_calendar, &CalendarPage::changed, this, [this] {
        refreshLists();
        updateCounts();
        catchUpEditors(true); // an open editor of a moved item takes the new date
    });

    createEditors();
    createPreview();
    createWorkflow();

    // The sidebar: the pages, then the workflow's two views of them (Mine, Waiting for my
    // review) with their counts.
    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->setSpacing(4);
    sideLayout->addWidget(m_sidebar, 1);
    sideLayout->addWidget(m_workflowFilters);

    // The editor above, its review, comments and history below.
    m_editorColumn = new QSplitter(Qt::Vertical, this);
    m_editorColumn->setObjectName(QStringLiteral("editorColumn"));
    m_editorColumn->addWidget(m_editors);
    m_editorColumn->addWidget(m_workflow);
    m_editorColumn->setStretchFactor(0, 3);
    m_editorColumn->setStretchFactor(1, 1);
    m_editorColumn->setSizes({ 600, 230 });
    // Folded, the panel keeps its state line, steps and tabs: the editor takes the rest.
    connect(m_workflow, &WorkflowPanel::foldedChanged, this, [this](bool folded) {
        const QList<int> sizes = m_editorColumn->sizes();
        const int total = sizes.value(0) + sizes.value(1);
        const int panel = folded ? m_workflow->minimumSizeHint().height()
                                 : std::max(total / 4, m_workflow->minimumSizeHint().height());
        m_editorColumn->setSizes({ total - panel, panel });
    });

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(side);
    m_splitter->addWidget(m_lists);
    m_splitter->addWidget(m_editorColumn);
    m_splitter->addWidget(m_preview);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setStretchFactor(2, 3);
    m_splitter->setStretchFactor(3, 3);
    m_splitter->setSizes({ 140, 290, 540, 350 });
    setCentralWidget(m_splitter);

    createStatusBar();

    createActions();
    createMenus();
    connect(m_sidebar, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || m_lists->currentIndex() == int(pageOfRow(row)))
            return;
        if (!leaveEditor()) {
            const QSignalBlocker blocker(m_sidebar);
            m_sidebar->setCurrentRow(sidebarRow(currentPage()));
            return;
        }
        const Page page = pageOfRow(row);
        const bool wasCalendar = currentPage() == Calendar;
        if (wasCalendar && page != Calendar)
            m_splitter->restoreState(m_splitterBeforeCalendar);
        else if (!wasCalendar && page == Calendar)
            m_splitterBeforeCalendar = m_splitter->saveState();
        m_lists->setCurrentIndex(int(page));
        m_moderation->setActive(page == Submissions);
        // The submissions have their own view of the page; the site's preview waits for an item.
        // The calendar takes the width of the window.
        m_preview->setVisible(
            page != Submissions && page != Calendar && m_settings.previewVisible());
        m_editorColumn->setVisible(page != Calendar);
        if (page == Calendar) {
            // The calendar takes what the editor and the preview leave.
            QList<int> sizes = m_splitter->sizes();
            int total = 0;
            for (int i = 1; i < sizes.size(); ++i)
                total += sizes.at(i);
            m_splitter->setSizes({ sizes.value(0), total, 0, 0 });
            m_workflow->setEditor(nullptr);
            m_editors->setCurrentWidget(m_placeholder);
            m_calendar->calendar()->setFocus();
        } else if (page == Submissions) {
            m_editors->setCurrentWidget(m_moderation->view());
            m_moderation->queue()->view()->setFocus();
        } else {
            showRow(m_panels.at(page)->currentRow());
        }
        updateActions();
    });
    connect(m_undo, &QUndoStack::indexChanged, this, &MainWindow::updateActions);

    resize(DefaultSize);
    m_geometryRestored = restoreGeometry(m_settings.windowGeometry());
    restoreState(m_settings.windowState());
    if (!m_settings.splitterState().isEmpty())
        m_splitter->restoreState(m_settings.splitterState());
    m_preview->setVisible(m_settings.previewVisible()); // the splitter's state may say otherwise

    updateCounts();
    m_sidebar->setCurrentRow(Articles);
    showRow({});
    updateActions();

    m_scheduler = new PublishScheduler(m_store, this);
    connect(m_scheduler, &PublishScheduler::message, this, &MainWindow::showMessage);
    connect(m_scheduler, &PublishScheduler::published, this, &MainWindow::updatePublishStatus);
    auto *publishStatusTimer = new QTimer(this);
    publishStatusTimer->setInterval(30 * 1000);
    connect(publishStatusTimer, &QTimer::timeout, this, &MainWindow::updatePublishStatus);
    publishStatusTimer->start();
    updatePublishStatus();

    m_othersTimer = new QTimer(this);
    m_othersTimer->setSingleShot(true);
    m_othersTimer->setInterval(50);
    connect(m_othersTimer, &QTimer::timeout, this, &MainWindow::refreshFromOthers);
    m_feed = new ChangeFeed(m_store.database().path(), m_store.database().sessionId(), this);
    connect(m_feed, &ChangeFeed::changed, this, &MainWindow::othersChanged);
    connect(m_feed, &ChangeFeed::refreshNeeded, this, [this] {
        m_othersTimer->start();
        catchUpEditors();
    });
    connect(m_feed, &ChangeFeed::connectionLost, this, &MainWindow::liveConnectionLost);
    connect(m_feed, &ChangeFeed::connectionRestored, this, &MainWindow::liveConnectionRestored);
    m_feed->start();

    // On a newsroom, what is typed while its server does not answer is kept on this computer.
    if (m_store.database().isPostgres() && !m_readOnly) {
        auto journal = OfflineJournal::open(OfflineJournal::pathFor(m_store.database()));
        if (journal) {
            m_journal = std::move(*journal);
            for (ItemEditor *editor : std::as_const(m_editorList)) {
                editor->setJournal(m_journal.get());
                connect(editor, &ItemEditor::journalChanged, this, &MainWindow::updateLiveStatus);
            }
            m_journalTimer = new QTimer(this);
            m_journalTimer->setSingleShot(true);
            m_journalTimer->setInterval(5 * 1000);
            connect(m_journalTimer, &QTimer::timeout, this, &MainWindow::sendWaitingChanges);
            // What the last session left: sent once the window is up.
            if (m_journal->count() > 0)
                QTimer::singleShot(0, this, &MainWindow::sendWaitingChanges);
        } else {
            QTimer::singleShot(0, this, [this, message = journal.error().message] {
                showMessage(tr("Offline edits cannot be kept on this computer: %1").arg(message));
            });
        }
    }
    updateLiveStatus();

    // What is typed, kept within a moment of each keystroke: a window killed loses nothing.
    if (!m_readOnly) {
        auto recovery = RecoveryJournal::open(m_store.database());
        if (recovery) {
            m_recovery = std::move(*recovery);
            for (ItemEditor *editor : std::as_const(m_editorList))
                editor->setRecovery(m_recovery.get());
            QTimer::singleShot(0, this, &MainWindow::recoverLeftBehind);
        } else {
            QTimer::singleShot(0, this, [this, message = recovery.error().message] {
                showMessage(tr("What you type cannot be kept for recovery: %1").arg(message));
            });
        }
    }

    // Who is editing what: a heartbeat every 30 s (and at once when another item opens), and
    // the others on the open item read every 10 s.
    m_presenceBeat = new QTimer(this);
    m_presenceBeat->setInterval(PresenceRepository::HeartbeatSeconds * 1000);
    connect(m_presenceBeat, &QTimer::timeout, this, &MainWindow::beatPresence);
    m_presenceBeat->start();
    m_presenceRead = new QTimer(this);
    m_presenceRead->setInterval(10 * 1000);
    connect(m_presenceRead, &QTimer::timeout, this, &MainWindow::showPresence);
    m_presenceRead->start();
    beatPresence();
}

// The editors' stack: a placeholder (with Restore, for the trash), the submission view and
// one editor per kind of item.
void MainWindow::createEditors()
{
    m_editors = new QStackedWidget(this);
    m_placeholder = new QWidget(this);
    auto *placeholderLayout = new QVBoxLayout(m_placeholder);
    m_placeholderText = new QLabel(m_placeholder);
    m_placeholderText->setAlignment(Qt::AlignCenter);
    m_placeholderText->setWordWrap(true);
    auto *restoreButton = new QPushButton(tr("Restore"), m_placeholder);
    restoreButton->setObjectName(QStringLiteral("placeholderRestore"));
    placeholderLayout->addStretch();
    placeholderLayout->addWidget(m_placeholderText);
    placeholderLayout->addWidget(restoreButton, 0, Qt::AlignCenter);
    placeholderLayout->addStretch();
    connect(restoreButton, &QPushButton::clicked, this, &MainWindow::restoreSelected);
    m_editors->addWidget(m_placeholder);
    m_editors->addWidget(m_moderation->view());
    m_editorList = { new ArticleEditor(m_store, this), new AgendaEditor(m_store, this),
        new ContactEditor(m_store, this) };
    for (ItemEditor *editor : std::as_const(m_editorList)) {
        editor->setAutosaveDelay(m_settings.autosaveDelayMs());
        m_editors->addWidget(editor);
        connect(editor, &ItemEditor::saved, this, &MainWindow::itemSaved);
        connect(editor, &ItemEditor::message, this, &MainWindow::showMessage);
        connect(editor, &ItemEditor::closedElsewhere, this, [this, editor](const QString &text) {
            if (!text.isEmpty())
                showMessage(text);
            if (m_editors->currentWidget() == editor)
                showRow({});
            refreshLists();
        });
        connect(editor, &ItemEditor::modifiedChanged, this, [this](bool modified) {
            m_modifiedLabel->setText(modified ? tr("Unsaved changes") : QString());
        });
        // The preview follows a pause in typing (200 ms), not every keystroke.
        connect(editor, &ItemEditor::edited, this, [this] { m_previewTimer->start(200); });
    }
}

void MainWindow::createWorkflow()
{
    m_workflow = new WorkflowPanel(m_store, this);
    connect(m_workflow, &WorkflowPanel::message, this, &MainWindow::showMessage);
    connect(m_workflow, &WorkflowPanel::itemChanged, this, &MainWindow::workflowStepDone);
    m_bell = new NotificationBell(m_store, this);
    connect(m_bell, &NotificationBell::openItem, this, &MainWindow::openItem);
    connect(m_bell, &NotificationBell::message, this, &MainWindow::showMessage);
    connect(m_workflow, &WorkflowPanel::commentsChanged, m_bell, &NotificationBell::refresh);

    m_workflowFilters = new QListWidget(this);
    m_workflowFilters->setObjectName(QStringLiteral("workflowFilters"));
    m_workflowFilters->setStyleSheet(m_sidebar->styleSheet());
    for (const QString &filter : { QStringLiteral("mine"), QStringLiteral("waiting") }) {
        auto *item = new QListWidgetItem(m_workflowFilters);
        item->setData(Qt::UserRole + 1, filter);
    }
    m_workflowFilters->setFixedHeight(m_workflowFilters->sizeHintForRow(0) * 2 + 8);
    m_workflowFilters->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_workflowFilters->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_workflowFilters->setTextElideMode(Qt::ElideRight);
    connect(m_workflowFilters, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        showWorkflowFilter(item->data(Qt::UserRole + 1).toString());
    });
}

void MainWindow::showWorkflowFilter(const QString &filter)
{
    for (Page page : { Articles, Agenda })
        m_panels.at(page)->setWorkflowFilter(filter);
    if (currentPage() != Articles && currentPage() != Agenda) {
        // Where there is something to see: the articles, else the agenda.
        const bool articles = m_panels.at(Articles)->model()->totalCount() > 0
            || m_panels.at(Agenda)->model()->totalCount() == 0;
        showPage(articles ? Articles : Agenda);
    }
}

void MainWindow::workflowStepDone()
{
    ItemEditor *editor = currentEditor();
    if (editor && editor->hasItem() && editor->currentId() > 0 && !editor->isModified())
        editor->loadItem(editor->currentId());
    m_workflow->refresh();
    refreshLists();
    updateActions();
    m_bell->refresh();
}

void MainWindow::openItem(const QString &type, const QUuid &uuid)
{
    qint64 id = 0;
    if (type == EntityType::Contact) {
        if (auto c = m_store.contacts().load(uuid))
            id = c->meta.id;
    } else if (auto item = m_store.workflow().find(uuid)) {
        id = item->trashed ? 0 : item->id;
    }
    if (id <= 0) {
        showMessage(tr("That item is no longer there (deleted, or in the trash)."));
        return;
    }
    const Page page = type == EntityType::Agenda ? Agenda
        : type == EntityType::Contact            ? Contacts
                                                 : Articles;
    showPage(page);
    if (currentPage() != page)
        return;
    ListPanel *panel = m_panels.at(page);
    if (!panel->selectItem(type, id)) {
        // Hidden by a filter or a search: show everything, then it.
        panel->searchEdit()->clear();
        for (QComboBox *combo : { panel->statusFilter(), panel->sectionFilter(),
                 panel->kindFilter(), panel->workflowFilter() }) {
            if (combo)
                combo->setCurrentIndex(0);
        }
        panel->applyFilters();
        panel->selectItem(type, id);
    }
}

void MainWindow::createPreview()
{
    m_preview = new PreviewPane(this);
    m_preview->setWidthMode(
        m_settings.previewPhoneWidth() ? PreviewPane::Width::Phone : PreviewPane::Width::Desktop);
    m_preview->setVisible(m_settings.previewVisible());
    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    connect(m_previewTimer, &QTimer::timeout, this, &MainWindow::updatePreview);
    connect(m_preview, &PreviewPane::openInBrowserRequested, this, &MainWindow::previewInBrowser);
    connect(m_preview, &PreviewPane::widthModeChanged, this, [this](PreviewPane::Width width) {
        m_settings.setPreviewPhoneWidth(width == PreviewPane::Width::Phone);
    });
    connect(m_preview, &PreviewPane::linkRefused, this, [this](const QUrl &url) {
        showMessage(tr("Links are not followed in the preview: %1").arg(url.toDisplayString()));
    });
}

void MainWindow::createStatusBar()
{
    m_modifiedLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_modifiedLabel);
    m_publishLabel = new QLabel(this);
    m_publishLabel->setObjectName(QStringLiteral("publishStatus"));
    statusBar()->addPermanentWidget(m_publishLabel);
    m_liveLabel = new QLabel(this);
    m_liveLabel->setObjectName(QStringLiteral("liveStatus"));
    m_liveLabel->setStyleSheet(QStringLiteral("QLabel { color: #8a5a00; }"));
    m_liveLabel->hide();
    statusBar()->addPermanentWidget(m_liveLabel);
    const Database &db = m_store.database();
    auto *dbLabel = new QLabel(db.isPostgres()
            ? tr("%1 — %2, %3").arg(db.displayName(), db.userName(), Database::roleName(db.role()))
            : db.displayName(),
        this);
    dbLabel->setObjectName(QStringLiteral("databaseLabel"));
    dbLabel->setToolTip(m_store.database().path());
    statusBar()->addPermanentWidget(dbLabel);
}

MainWindow::~MainWindow()
{
    // The undo stack is deleted with the other children, after this body: its last signals
    // must not reach a window half gone.
    m_undo->disconnect(this);
    // The editors go after the journal they write to.
    for (ItemEditor *editor : std::as_const(m_editorList))
        editor->setRecovery(nullptr);
}

ListPanel *MainWindow::createPanel(Page page)
{
    EntityListModel *model = nullptr;
    ListPanel::Filters filters;
    auto forRepo = [](EntityRepository &repo) {
        return new EntityListModel(
            repo.spec().columns,
            [&repo](
                const ListQuery &q, int offset, int limit) { return repo.page(q, offset, limit); },
            [&repo](const ListQuery &q) { return repo.countUpTo(q, EntityListModel::CountCap); });
    };
    switch (page) {
    case Articles:
        model = forRepo(m_store.articles());
        filters = { true, true, true, true };
        break;
    case Agenda:
        model = forRepo(m_store.agenda());
        filters = { true, true, false, true };
        break;
    case Contacts:
        model = forRepo(m_store.contacts());
        break;
    case Trash: {
        TrashRepository &trash = m_store.trash();
        model = new EntityListModel(
            TrashRepository::columns(),
            [&trash](
                const ListQuery &q, int offset, int limit) { return trash.page(q, offset, limit); },
            [&trash](const ListQuery &q) -> Result<ListCount> {
                auto n = trash.count(q);
                if (!n)
                    return n.error();
                return ListCount { *n, true };
            });
        break;
    }
    case Submissions:
    case Calendar:
        Q_UNREACHABLE(); // pages of their own (ModerationController's queue, CalendarPage)
    }
    if (page == Articles || page == Agenda) {
        if (!m_thumbnails)
            m_thumbnails = new ThumbnailCache(m_store.media(), ListPanel::ThumbnailSize, this);
        model->setThumbnails(m_thumbnails);
    }
    // Dates in lists are shown in the site's time zone, as on the site.
    const auto site = m_store.siteSettings().load();
    model->setTimeZone(QTimeZone((site ? site->timeZone : SiteSettings {}.timeZone).toUtf8()));
    ListQuery query;
    query.sortKey = page == Agenda ? QStringLiteral("start")
        : page == Contacts         ? QStringLiteral("name")
        : page == Trash            ? QStringLiteral("deleted_at")
                                   : QStringLiteral("updated_at");
    // Contacts by name and the agenda in date order; the rest newest first.
    query.order = page == Contacts || page == Agenda ? Qt::AscendingOrder : Qt::DescendingOrder;
    model->setQuery(query);

    auto *panel = new ListPanel(model, filters, this);
    panel->setObjectName(QStringLiteral("listPanel%1").arg(int(page)));
    connect(panel, &ListPanel::currentRowChanged, this, [this, panel](const ListRow &row) {
        if (m_lists->currentWidget() != panel)
            return;
        showRow(row);
        updateActions();
    });
    connect(model, &EntityListModel::loadFailed, this, &MainWindow::showMessage);
    connect(panel->view(), &QTableView::doubleClicked, this, [this] {
        if (ItemEditor *editor = currentEditor())
            editor->setFocus();
    });
    return panel;
}

void MainWindow::setUrlOpener(std::function<bool(const QUrl &)> opener)
{
    m_openUrl = opener;
    m_moderation->setUrlOpener(std::move(opener));
}

int MainWindow::sidebarRow(Page page)
{
    return page == Submissions ? 3 : page == Trash ? 4 : int(page);
}

MainWindow::Page MainWindow::pageOfRow(int row)
{
    return row == 3 ? Submissions : row == 4 ? Trash : Page(row);
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(m_lists->currentIndex());
}

void MainWindow::showPage(Page page)
{
    m_sidebar->setCurrentRow(sidebarRow(page));
}

ListPanel *MainWindow::listPanel(Page page) const
{
    return m_panels.value(int(page));
}

ItemEditor *MainWindow::editor(Page page) const
{
    return page == Trash || page == Submissions ? nullptr : m_editorList.value(int(page));
}

ItemEditor *MainWindow::currentEditor() const
{
    return qobject_cast<ItemEditor *>(m_editors->currentWidget());
}

void MainWindow::updateCounts()
{
    const QString labels[] = { tr("Articles"), tr("Agenda"), tr("Contacts"), tr("Trash") };
    const Result<int> counts[] = { m_store.articles().count(), m_store.agenda().count(),
        m_store.contacts().count(), m_store.trash().count() };
    for (int i = 0; i < 4; ++i) {
        QListWidgetItem *item = m_sidebar->item(sidebarRow(Page(i)));
        item->setText(counts[i] ? tr("%1 (%2)").arg(labels[i]).arg(*counts[i]) : labels[i]);
        item->setData(Qt::UserRole, counts[i] ? *counts[i] : -1);
    }
    m_sidebar->item(sidebarRow(Calendar))->setText(tr("Calendar"));
    m_sidebar->item(sidebarRow(Calendar))
        ->setToolTip(tr("The editorial calendar and the planning board"));
    // Submissions count what waits for a decision.
    const int waiting = m_moderation->newCount();
    QListWidgetItem *submissions = m_sidebar->item(sidebarRow(Submissions));
    submissions->setText(waiting > 0 ? tr("Submissions (%1)").arg(waiting) : tr("Submissions"));
    submissions->setToolTip(QCoreApplication::translate(
        "Relais::MainWindow", "%n new submission(s) to review", nullptr, waiting));
    submissions->setData(Qt::UserRole, waiting);
    if (!m_store.database().hasRole(QStringLiteral("moderator"))) {
        // Not this person's: shown, off, saying whose it is.
        submissions->setFlags(submissions->flags() & ~Qt::ItemIsEnabled);
        submissions->setToolTip(
            tr("Submissions take a moderator, an editor or an administrator; you are %1.")
                .arg(Database::roleName(m_store.database().role())));
        action(QStringLiteral("page%1").arg(int(Submissions)))->setEnabled(false);
    }
    QFont font = submissions->font();
    font.setBold(waiting > 0);
    submissions->setFont(font);
    // The workflow's views: what this person wrote, what waits for their review.
    auto mine = m_store.workflow().countMine();
    auto toReview = m_store.workflow().countWaiting();
    QListWidgetItem *mineItem = m_workflowFilters->item(0);
    mineItem->setText(mine ? tr("Mine (%1)").arg(*mine) : tr("Mine"));
    mineItem->setToolTip(tr("The articles and agenda entries you wrote."));
    QListWidgetItem *waitingItem = m_workflowFilters->item(1);
    const int review = toReview ? *toReview : 0;
    waitingItem->setText(review > 0 ? tr("To Review (%1)").arg(review) : tr("To Review"));
    waitingItem->setToolTip(QCoreApplication::translate("Relais::MainWindow",
        "Waiting for my review: %n item(s) in review, assigned to you or to no one", nullptr,
        review));
    QFont reviewFont = waitingItem->font();
    reviewFont.setBold(review > 0);
    waitingItem->setFont(reviewFont);
}

void MainWindow::showRow(const ListRow &row)
{
    const Page page = currentPage();
    if (page == Submissions || page == Calendar || !leaveEditor())
        return;
    if (page == Trash || row.id <= 0) {
        m_workflow->setEditor(nullptr);
        m_workflow->setVisible(page != Trash && page != Contacts);
        m_editors->setCurrentWidget(m_placeholder);
        const bool trashed = page == Trash && row.id > 0;
        m_placeholderText->setText(trashed ? tr("This item is in the trash. Restore it to edit it.")
                : page == Trash
                ? tr("Deleted items stay here until the trash is emptied.")
                : tr("Choose an item in the list, or create one with New (Ctrl+N)."));
        m_placeholder->findChild<QPushButton *>(QStringLiteral("placeholderRestore"))
            ->setVisible(trashed);
        m_previewTimer->start(0);
        return;
    }
    ItemEditor *editor = m_editorList.at(page);
    if (editor->hasItem() && editor->currentId() == row.id && m_editors->currentWidget() == editor)
        return;
    editor->loadItem(row.id);
    showOrigin(editor);
    m_editors->setCurrentWidget(editor);
    m_workflow->setVisible(page == Articles || page == Agenda);
    m_workflow->setEditor(page == Articles || page == Agenda ? editor : nullptr);
    m_previewTimer->start(0);
    if (m_presenceBeat) {
        // Told at once that this item is open here (once per item, not per look).
        const QString item = ChangeRepository::tableOf(editor->type()) + QLatin1Char(':')
            + QString::number(editor->currentId());
        if (item != m_presenceItem)
            beatPresence();
        showPresence();
    }
}

void MainWindow::showOrigin(ItemEditor *editor)
{
    editor->setOrigin(m_moderation->originOf(editor->currentUuid()));
}

void MainWindow::approveSubmission(const Submission &submission, const QString &as)
{
    if (m_readOnly || !leaveEditor())
        return;
    const Page page = as == u"agenda" ? Agenda : Articles;
    showPage(page);
    if (currentPage() != page)
        return;
    auto settings = m_store.siteSettings().load();
    ItemEditor *editor = m_editorList.at(page);
    {
        const QSignalBlocker blocker(m_panels.at(page));
        m_panels.at(page)->view()->clearSelection();
        m_panels.at(page)->view()->setCurrentIndex({});
    }
    QString note
        = tr("From the submission “%1” (%2). It is approved when this item is first saved; "
             "choose its status before publishing.")
              .arg(submission.title, submission.source);
    if (page == Agenda) {
        const AgendaEntry draft
            = Moderation::agendaEntryFrom(submission, settings ? *settings : SiteSettings {});
        static_cast<AgendaEditor *>(editor)->newItemFrom(draft);
        if (!draft.start.isValid()) {
            // Never an invented date: nothing is saved until the moderator sets the real one.
            editor->setModifiedQuietly(false);
            note += QLatin1Char(' ')
                + tr("The submission gives no usable date: the start shown is a placeholder, set "
                     "the "
                     "real one.");
        }
    } else {
        static_cast<ArticleEditor *>(editor)->newItemFrom(Moderation::articleFrom(submission));
    }
    editor->setOrigin(note);
    m_pendingApproval = { submission.id, editor,
        page == Agenda ? QStringLiteral("agenda") : QStringLiteral("article") };
    m_editors->setCurrentWidget(editor);
    m_previewTimer->start(0);
    updateActions();
    showMessage(
        tr("Approving “%1”: edit the item, then save it as a draft, scheduled or published.")
            .arg(submission.title));
}

bool MainWindow::leaveEditor()
{
    ItemEditor *editor = currentEditor();
    if (!editor || !editor->isModified())
        return true;
    if (editor->saveNow())
        return true;
    if (editor->isKeptOffline()) {
        // Kept on this computer: it goes to the newsroom when it answers.
        showMessage(tr("Your changes wait on this computer and are sent when the newsroom "
                       "answers again."));
        return true;
    }
    const auto answer = MessageBox::question(this, tr("Unsaved changes"),
        tr("Your changes could not be saved:\n%1\n\nDiscard them?").arg(editor->errorText()),
        QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Discard)
        return false;
    if (m_pendingApproval.editor == editor && editor->currentId() <= 0)
        m_pendingApproval = {}; // the submission's item was never made: it stays to be decided
    if (editor->currentId() > 0)
        editor->loadItem(editor->currentId());
    else
        editor->newItem();
    return true;
}

void MainWindow::newItem()
{
    if (m_readOnly)
        return;
    const Page page = currentPage();
    if (page == Trash || page == Submissions || page == Calendar || !leaveEditor())
        return;
    ItemEditor *editor = m_editorList.at(page);
    {
        const QSignalBlocker blocker(m_panels.at(page));
        m_panels.at(page)->view()->clearSelection();
        m_panels.at(page)->view()->setCurrentIndex({});
    }
    if (m_pendingApproval.editor == editor)
        m_pendingApproval = {}; // another new item is not the submission's
    editor->newItem();
    editor->setOrigin({});
    m_editors->setCurrentWidget(editor);
    m_previewTimer->start(0);
    updateActions();
    showMessage(tr("New item: it is saved as soon as it has a title."));
}

bool MainWindow::saveCurrent()
{
    ItemEditor *editor = currentEditor();
    if (!editor)
        return true;
    const bool wasModified = editor->isModified();
    if (!editor->saveNow())
        return false;
    if (!wasModified)
        showMessage(tr("Saved"));
    return true;
}

bool MainWindow::importContacts(const QString &path)
{
    if (m_readOnly)
        return false;
    if (auto inUse = OpenFiles::refuseDatabaseInUse(path); !inUse) {
        MessageBox::critical(this, tr("Import Contacts"), inUse.error().message);
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        MessageBox::critical(
            this, tr("Import Contacts"), tr("Cannot read “%1”: %2").arg(path, file.errorString()));
        return false;
    }
    if (file.size() > qint64(200) * 1024 * 1024) {
        MessageBox::critical(this, tr("Import Contacts"),
            tr("“%1” is larger than 200 MB; it is not an address book.").arg(path));
        return false;
    }
    const QString name = QFileInfo(path).fileName();
    if (path.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive)) {
        const ContactCsv::Table table = ContactCsv::read(file.readAll(), name);
        CsvMappingDialog mapping(table, this);
        if (mapping.exec() != QDialog::Accepted)
            return false;
        return reviewContacts(ContactCsv::toContacts(table, mapping.mapping(), name), name);
    }
    if (m_contactReader)
        return false; // one at a time
    file.close();
    // An address book may be large: read and parsed in a thread of its own, behind a progress
    // dialog (after half a second) whose Cancel drops it; reviewed and stored here.
    auto parsed = std::make_shared<VCard::Parsed>();
    m_contactReader = new TaskJob(
        QStringLiteral("contacts"),
        [path, name, parsed](TaskJob::Progress &) -> Result<QString> {
            QFile in(path);
            if (!in.open(QIODevice::ReadOnly))
                return Error::failed(tr("Cannot read “%1”: %2").arg(path, in.errorString()));
            *parsed = VCard::read(in.readAll(), name);
            return QString();
        },
        this);
    showProgress(m_contactReader, tr("Import Contacts"), tr("Reading “%1”…").arg(name),
        QStringLiteral("contactsProgress"), this);
    connect(m_contactReader, &TaskJob::finished, this,
        [this, parsed, name](bool ok, const QString &why) {
            const bool cancelled = m_contactReader->wasCancelled();
            m_contactReader->deleteLater();
            m_contactReader = nullptr;
            if (ok)
                reviewContacts(*parsed, name);
            else if (!cancelled) // the person said so; nothing to alarm about
                MessageBox::critical(this, tr("Import Contacts"), why);
        });
    return true;
}

bool MainWindow::reviewContacts(const VCard::Parsed &parsed, const QString &name)
{
    ContactImportDialog dialog(m_store, parsed, name, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    showMessage(dialog.resultText());
    refreshLists();
    return true;
}

void MainWindow::publish()
{
    if (m_readOnly)
        return;
    // Saved first: what is published is what the database holds.
    if (ItemEditor *editor = currentEditor(); editor && editor->isModified())
        editor->saveNow();
    auto *dialog = new PublishDialog(m_store, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PublishDialog::published, this, &MainWindow::updatePublishStatus);
    dialog->show();
    dialog->start();
}

void MainWindow::updatePublishStatus()
{
    auto targets = m_store.publishing().targets();
    // Publishing is the administrators' (a newsroom refuses others its targets): nothing to say.
    m_publishLabel->setVisible(m_store.database().hasRole(QStringLiteral("administrator")));
    if (m_publishLabel->isHidden())
        return;
    if (!targets || targets->isEmpty()) {
        m_publishLabel->setText(tr("Not published (no target)"));
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto last = m_store.publishing().lastPublished(0);
    if (!last)
        return;
    if (!last->isValid()) {
        m_publishLabel->setText(tr("Never published"));
        return;
    }
    auto since = m_store.publishing().unpublishedSince(*last, now);
    const QLocale locale;
    auto when = [&](const QDateTime &t) {
        const QDateTime local = t.toLocalTime();
        return local.date() == QDate::currentDate()
            ? locale.toString(local.time(), QLocale::ShortFormat)
            : locale.toString(local, QLocale::ShortFormat);
    };
    if (since && since->isValid()) {
        m_publishLabel->setText(tr("Unpublished changes since %1").arg(when(*since)));
        m_publishLabel->setToolTip(
            tr("Last published %1. File → Publish sends the changes.").arg(when(*last)));
    } else {
        m_publishLabel->setText(tr("All published (%1)").arg(when(*last)));
        m_publishLabel->setToolTip(QString());
    }
}

void MainWindow::itemSaved(const QString &type, qint64 id, bool created)
{
    showMessage(tr("Saved"));
    auto *savedBy = qobject_cast<ItemEditor *>(sender());
    if (created && m_pendingApproval.submissionId > 0 && savedBy == m_pendingApproval.editor) {
        const PendingApproval pending = m_pendingApproval;
        m_pendingApproval = {};
        if (auto r = m_moderation->recordApproval(
                pending.submissionId, pending.itemType, savedBy->currentUuid());
            !r)
            showMessage(
                tr("Saved, but the approval could not be recorded: %1").arg(r.error().message));
        else
            showMessage(tr("Saved and approved: the item keeps its link to the submission."));
        showOrigin(savedBy);
    }
    refreshLists();
    updatePublishStatus();
    if (savedBy && savedBy == currentEditor())
        m_workflow->setEditor(savedBy); // its history has one more revision; a new item now has one
    if (!m_previewTimer->isActive())
        m_previewTimer->start(0); // the address name may have changed
    if (created) {
        const Page page = pageOfType(type);
        const QSignalBlocker blocker(m_panels.at(page));
        m_panels.at(page)->selectItem(type, id);
    }
    updateActions();
}

void MainWindow::refreshLists()
{
    for (ListPanel *panel : std::as_const(m_panels))
        panel->refresh();
    if (!m_calendar->isVisible())
        m_calendar->invalidate(); // read again when shown
    updateCounts();
    if (m_publishLabel)
        updatePublishStatus();
}

void MainWindow::othersChanged(const QList<Change> &changes)
{
    // The open editors hear about their own item at once (its last change of the lot: moved
    // to the trash then deleted is a deletion); lists and counts follow together.
    for (ItemEditor *editor : std::as_const(m_editorList)) {
        const QString table = ChangeRepository::tableOf(editor->type());
        for (auto change = changes.crbegin(); change != changes.crend(); ++change) {
            if (editor->hasItem() && editor->currentId() == change->itemId
                && change->table == table) {
                editor->otherVersionSaved(*change);
                break;
            }
        }
    }
    if (!m_othersTimer->isActive())
        m_othersTimer->start();
}

void MainWindow::refreshFromOthers()
{
    refreshLists();
    if (m_calendar->isVisible())
        m_calendar->reload();
    m_moderation->refresh();
    m_workflow->refresh();
    m_bell->refresh();
    updateActions();
}

void MainWindow::catchUpEditors(bool ownToo)
{
    // After a gap (a reconnection, a bulk import elsewhere) the open item may be newer than
    // its form without a change of it having been told: the editor compares revisions itself.
    for (ItemEditor *editor : std::as_const(m_editorList)) {
        if (!editor->hasItem() || editor->currentId() == 0)
            continue;
        auto last = m_store.changes().lastOf(
            ChangeRepository::tableOf(editor->type()), editor->currentId());
        if (last && last->has_value()
            && ((*last)->session != m_store.database().sessionId()
                || (ownToo && (*last)->revision > editor->currentRevision())))
            editor->otherVersionSaved(**last);
    }
}

void MainWindow::beatPresence()
{
    ItemEditor *editor = currentEditor();
    const bool open = editor && editor->hasItem() && editor->currentId() > 0;
    const QString table = open ? ChangeRepository::tableOf(editor->type()) : QString();
    const qint64 id = open ? editor->currentId() : 0;
    m_presenceItem = table + QLatin1Char(':') + QString::number(id);
    // Advice only: a heartbeat that cannot be written (the server away) is not worth a word.
    (void)m_store.presence().beat(table, id);
    m_presenceBeat->start(); // the next one a full period later
}

void MainWindow::showPresence()
{
    // One read for all: the lists mark what others have open (a pencil, their names in the
    // tooltip), the open editor says who else is in it. Advice: a failed read shows nobody.
    auto editing = m_store.presence().othersEditingAll();
    const PresenceRepository::Editing seen = editing ? *editing : PresenceRepository::Editing();
    for (Page page : { Articles, Agenda, Contacts })
        m_panels.at(page)->model()->setEditing(
            seen.value(ChangeRepository::tableOf(m_editorList.at(page)->type())));
    ItemEditor *editor = currentEditor();
    if (!editor)
        return;
    editor->setOthersEditing(editor->hasItem() && editor->currentId() > 0
            ? seen.value(ChangeRepository::tableOf(editor->type())).value(editor->currentId())
            : QStringList());
}

void MainWindow::liveConnectionLost(const QString &message)
{
    // A file that cannot be watched for a moment is not worth an alarm; a newsroom is.
    if (!m_store.database().isPostgres())
        return;
    m_offline = true;
    m_offlineReason = message;
    updateLiveStatus();
}

void MainWindow::liveConnectionRestored()
{
    if (m_offline) {
        m_offline = false;
        showMessage(tr("Back in touch with the newsroom."));
    }
    sendWaitingChanges();
    updateLiveStatus();
    refreshFromOthers();
    catchUpEditors();
}

void MainWindow::updateLiveStatus()
{
    const int waiting = m_journal ? m_journal->count() : 0;
    if (m_journalTimer && waiting == 0)
        m_journalTimer->stop();
    action(QStringLiteral("waitingChanges"))->setEnabled(waiting > 0);
    if (!m_offline && waiting == 0) {
        m_liveLabel->hide();
        return;
    }
    QString tip;
    if (m_offline) {
        m_liveLabel->setText(waiting > 0 ? tr("Offline — %n change(s) waiting", nullptr, waiting)
                                         : tr("Offline: colleagues' changes are not shown"));
        tip = tr("%1\nRelais keeps trying; the lists are read again once the server answers.")
                  .arg(m_offlineReason);
    } else {
        m_liveLabel->setText(tr("%n change(s) waiting on this computer", nullptr, waiting));
    }
    if (waiting > 0)
        tip += (tip.isEmpty() ? QString() : QStringLiteral("\n"))
            + tr("What you typed while the newsroom did not answer is kept on this computer and "
                 "sent when it answers. File → Changes Waiting on This Computer shows it.");
    m_liveLabel->setToolTip(tip);
    m_liveLabel->show();
}

void MainWindow::sendWaitingChanges()
{
    if (!m_journal || m_journal->count() == 0) {
        updateLiveStatus();
        return;
    }
    // The open editor sends its own item (it holds the newest text of it), unless a newer
    // version waits for the person's choice there: then nothing is asked or sent here.
    ItemEditor *open = currentEditor();
    if (open && open->isKeptOffline() && !open->newerVersionBar())
        open->saveNow();
    // What the open editor still holds is its own to send (its retry) or to settle.
    const auto heldOpen = [open](const OfflineJournal::Entry &entry) {
        return open && open->isKeptOffline() && entry.type == open->type()
            && entry.uuid == open->currentUuid();
    };
    auto report = m_journal->sendAll(m_store, heldOpen);
    if (!report) {
        showMessage(report.error().message);
        return;
    }
    // The server still away: tried again in a few seconds (the feed's reconnection also
    // calls). Entries someone else changed meanwhile wait for the person, not for a timer.
    if (report->unreachable)
        m_journalTimer->start();
    else
        m_journalTimer->stop();
    updateLiveStatus();
    if (report->sent > 0) {
        refreshLists();
        showMessage(tr("%n change(s) typed while the newsroom did not answer were saved.", nullptr,
            report->sent));
    }
    const auto needChoice = int(std::count_if(report->waiting.cbegin(), report->waiting.cend(),
        [&heldOpen](const OfflineJournal::Entry &entry) { return !heldOpen(entry); }));
    if (!report->unreachable && needChoice > 0)
        showMessage(tr("%n change(s) kept on this computer need your choice: someone else saved "
                       "those items meanwhile. File → Changes Waiting on This Computer.",
            nullptr, needChoice));
}

void MainWindow::showWaitingChanges()
{
    if (!m_journal)
        return;
    WaitingChangesDialog dialog(
        *m_journal, [this] { sendWaitingChanges(); }, this);
    connect(&dialog, &WaitingChangesDialog::openRequested, this,
        [this](const OfflineJournal::Entry &entry) { openWaitingChange(entry); });
    dialog.exec();
    updateLiveStatus();
}

bool MainWindow::openWaitingChange(const OfflineJournal::Entry &entry)
{
    const Page page = pageOfType(entry.type);
    if (!leaveEditor())
        return false;
    showPage(page);
    ItemEditor *editor = m_editorList.at(page);
    {
        const QSignalBlocker blocker(m_panels.at(page));
        if (entry.itemId > 0)
            m_panels.at(page)->selectItem(entry.type, entry.itemId);
        else
            m_panels.at(page)->view()->clearSelection();
    }
    if (!editor->resumeFrom(entry))
        return false;
    m_editors->setCurrentWidget(editor);
    m_previewTimer->start(0);
    updateActions();
    return true;
}

MainWindow::Page MainWindow::pageOfType(const QString &type)
{
    return type == EntityType::Article ? Articles : type == EntityType::Agenda ? Agenda : Contacts;
}

void MainWindow::recoverLeftBehind()
{
    if (!m_recovery)
        return;
    auto left = m_recovery->takeLeftBehind();
    if (!left) {
        showMessage(left.error().message);
        return;
    }
    // The newest of each kind of item (a window holds one open item of each); older ones stay
    // kept for the next start.
    QHash<QString, OfflineJournal::Entry> newest;
    for (const OfflineJournal::Entry &entry : std::as_const(*left))
        newest.insert(entry.type, entry);
    QStringList said;
    for (const QString &type : { EntityType::Contact, EntityType::Agenda, EntityType::Article }) {
        if (!newest.contains(type))
            continue;
        const OfflineJournal::Entry entry = newest.value(type);
        const Page page = pageOfType(type);
        const std::optional<int> words = m_editorList.at(page)->recoverable(entry);
        if (!words) {
            // Saved as it was typed before the window ended: nothing came back.
            (void)m_recovery->forget(entry.type, entry.uuid);
            continue;
        }
        if (!openWaitingChange(entry))
            continue;
        const QString when
            = QLocale().toString(entry.keptAt.toLocalTime().time(), QLocale::ShortFormat);
        const QString text = *words > 0
            ? tr("Recovered %n word(s) typed in “%1” before Relais closed (kept at %2); the item's "
                 "history keeps the version before them.",
                nullptr, *words)
                  .arg(entry.title.left(80), when)
            : tr("Recovered the changes made to “%1” before Relais closed (kept at %2); the "
                 "item's history keeps the version before them.")
                  .arg(entry.title.left(80), when);
        m_editorList.at(page)->setOrigin(text);
        said.append(text);
    }
    if (!said.isEmpty())
        statusBar()->showMessage(said.last(), 15000);
}

void MainWindow::deleteSelected()
{
    const Page page = currentPage();
    if (m_readOnly || page == Trash || page == Submissions || page == Calendar)
        return;
    // Whatever is being typed into an item about to go is saved first, so that a restore
    // brings it back as it was.
    const QList<ListRow> rows = m_panels.at(page)->selectedRows();
    ItemEditor *editor = m_editorList.at(page);
    if (!rows.isEmpty() && editor->isModified())
        editor->saveNow();
    const bool shownGoes = editor->hasItem()
        && std::any_of(rows.cbegin(), rows.cend(), [editor](const ListRow &row) {
               return row.type == editor->type() && row.id == editor->currentId();
           });
    m_trash->moveToTrash(rows);
    // The item shown went with them: its editor closes (typing into an item in the trash would
    // write to it and meet its new revision as if someone else had saved it).
    if (shownGoes && currentPage() == page)
        showRow(m_panels.at(page)->currentRow());
}

void MainWindow::restoreSelected()
{
    if (!m_readOnly && currentPage() == Trash)
        m_trash->restore(m_panels.at(Trash)->selectedRows());
}

void MainWindow::deleteForGood()
{
    if (!m_readOnly && currentPage() == Trash)
        m_trash->deleteForGood(m_panels.at(Trash)->selectedRows());
}

void MainWindow::emptyTrash()
{
    if (!m_readOnly)
        m_trash->emptyTrash();
}

void MainWindow::focusSearch()
{
    if (currentPage() == Submissions || currentPage() == Calendar)
        return;
    QLineEdit *search = m_panels.at(currentPage())->searchEdit();
    search->setFocus(Qt::ShortcutFocusReason);
    search->selectAll();
}

void MainWindow::checkDatabase()
{
    // A newsroom's server checks its own pages; what is checked in the background is a file.
    if (m_store.database().isPostgres())
        return;
    m_checks->checkDatabase(m_store.database().path());
}

void MainWindow::databaseCheckDone(bool healthy, const QString &firstProblem, const QString &error)
{
    if (!error.isEmpty()) {
        showMessage(tr("The database could not be checked: %1").arg(error));
    } else if (!healthy) {
        enterReadOnly(tr("Read-only: the database is damaged"),
            tr("The database “%1” is damaged: %2\n\nRelais shows what it can read and "
               "will not write to the file. Close Relais and restore the file from a backup.")
                .arg(m_store.database().path(), firstProblem));
        MessageBox::critical(this, tr("Damaged database"), m_readOnlyReason);
    }
    emit databaseChecked(healthy);
}

void MainWindow::spellingLoaded(const QList<std::shared_ptr<SpellChecker>> &checkers)
{
    m_spelling = checkers;
    QHash<QString, SpellChecker *> byLanguage;
    for (const auto &checker : std::as_const(m_spelling))
        byLanguage.insert(checker->language(), checker.get());
    for (ItemEditor *editor : std::as_const(m_editorList))
        editor->setSpellCheckers(byLanguage);
    emit spellingReady();
}

void MainWindow::enterReadOnly(const QString &label, const QString &reason)
{
    m_readOnly = true;
    m_readOnlyReason = reason;
    for (ItemEditor *editor : std::as_const(m_editorList))
        editor->setReadOnly(true);
    m_moderation->setReadOnly(true);
    m_calendar->setReadOnly(true);
    m_modifiedLabel->setText(label);
    m_modifiedLabel->setToolTip(reason);
    updateActions();
}

void MainWindow::previewInBrowser()
{
    ItemEditor *editor = currentEditor();
    if (!editor || !editor->hasItem())
        return;
    const QString folder = QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation))
                               .filePath(QStringLiteral("preview"));
    auto page = editor->writePreview(folder);
    if (!page) {
        showMessage(tr("No preview: %1").arg(page.error().message));
        return;
    }
    const QUrl url = QUrl::fromLocalFile(QDir(folder).filePath(*page));
    if (!m_openUrl(url))
        showMessage(tr("Could not open a browser for %1").arg(url.toLocalFile()));
    else
        showMessage(tr("Preview opened in your browser"));
}

void MainWindow::updatePreview()
{
    if (!m_preview->isVisible())
        return;
    QElapsedTimer since;
    since.start();
    ItemEditor *editor = currentEditor();
    if (!editor || !editor->hasItem()) {
        m_preview->showMessage(tr("Open an article or an agenda entry to see its page."));
        return;
    }
    auto preview = editor->renderPreview();
    if (!preview) {
        m_preview->showMessage(preview.error().message);
        return;
    }
    m_preview->setPreview(*preview, since);
}

void MainWindow::selectFirstItem()
{
    if (currentPage() == Submissions) {
        m_moderation->queue()->step(-m_moderation->queue()->rowCount());
        return;
    }
    if (currentPage() == Calendar)
        return;
    ListPanel *panel = m_panels.at(currentPage());
    const ListRow first = panel->model()->rowAt(0);
    if (first.id > 0)
        panel->selectItem(first.type, first.id);
}

void MainWindow::setLanguage(const QString &language)
{
    m_settings.setLanguage(language);
    m_settings.sync();
    showMessage(tr("Relais will use the new language the next time it starts."));
}

void MainWindow::showMessage(const QString &text)
{
    statusBar()->showMessage(
        EntityListModel::singleLine(text.section(QLatin1Char('\n'), 0, 0)), 6000);
}

void MainWindow::showEvent(QShowEvent *event)
{
    if (m_firstShow)
        fitScreen();
    QMainWindow::showEvent(event);
    if (m_firstShow) {
        m_firstShow = false;
        // Queued: after this show event, once the first frame of the list is painted.
        QTimer::singleShot(0, this, [this] {
            emit firstPageShown();
            if (m_store.database().isReadOnly()) {
                // A file the user may read but not write: said in the status bar, no alarm;
                // the integrity check is left to whoever may write it.
                enterReadOnly(tr("Read-only: you may not write this file"),
                    tr("You may read “%1” but not change it: %2. Ask whoever owns it, or copy "
                       "it to a folder of yours to work on the copy.")
                        .arg(m_store.database().path(), m_store.database().readOnlyReason()));
                showMessage(m_readOnlyReason);
            } else {
                checkDatabase();
            }
            // French first (the site's language), English for articles written in English.
            m_checks->loadSpelling(
                QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                    .filePath(QStringLiteral("personal-words.txt")));
        });
    }
}

void MainWindow::fitScreen()
{
    const QScreen *shownOn = screen();
    if (!shownOn || isMaximized() || isFullScreen())
        return;
    const QRect available = shownOn->availableGeometry();
    // Room for the title bar and borders, which the window manager adds after the first show.
    const QMargins frame = frameGeometry() != geometry()
        ? QMargins(geometry().left() - frameGeometry().left(),
            geometry().top() - frameGeometry().top(), frameGeometry().right() - geometry().right(),
            frameGeometry().bottom() - geometry().bottom())
        : QMargins(8, 40, 8, 8);
    const QRect room = available.marginsRemoved(frame);
    QRect fitted = geometry();
    fitted.setSize(fitted.size().boundedTo(room.size()));
    if (fitted.right() > room.right())
        fitted.moveRight(room.right());
    if (fitted.bottom() > room.bottom())
        fitted.moveBottom(room.bottom());
    fitted.moveLeft(std::max(fitted.left(), room.left()));
    fitted.moveTop(std::max(fitted.top(), room.top()));
    setGeometry(fitted);
    // A short screen: the editor's fields before the comments.
    if (room.height() < 900)
        m_workflow->setFolded(true);
    // A screen smaller than the default size (a laptop's): the whole of it.
    if (!m_geometryRestored
        && (room.width() < DefaultSize.width() || room.height() < DefaultSize.height()))
        setWindowState(windowState() | Qt::WindowMaximized);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!leaveEditor()) {
        event->ignore();
        return;
    }
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
    m_settings.setSplitterState(
        currentPage() == Calendar ? m_splitterBeforeCalendar : m_splitter->saveState());
    m_settings.sync();
    (void)m_store.presence().leave();
    event->accept();
}

} // namespace Relais
