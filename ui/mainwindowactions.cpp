// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's commands: its actions, their shortcuts and menus, and when each is enabled.
#include "mainwindow.h"

#include "activitydialog.h"
#include "connectdialog.h"
#include "notificationbell.h"
#include "entitylistmodel.h"
#include "exportdialog.h"
#include "itemeditor.h"
#include "listpanel.h"
#include "messagebox.h"
#include "medialibrarydialog.h"
#include "moderationcontroller.h"
#include "previewpane.h"
#include "publishhistorydialog.h"
#include "publishtargetsdialog.h"
#include "thumbnailcache.h"
#include "savefile.h"
#include "settings.h"
#include "sitesettingsdialog.h"
#include "teamdialog.h"
#include "storage/store.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QMenuBar>
#include <QTableView>
#include <QToolBar>
#include <QUndoStack>

namespace Relais {

void MainWindow::createActions()
{
    auto add = [this](const QString &name, const QString &text, const QKeySequence &shortcut,
                   auto slot) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        if (!shortcut.isEmpty())
            action->setShortcut(shortcut);
        connect(action, &QAction::triggered, this, slot);
        m_actions.insert(name, action);
        return action;
    };
    add(QStringLiteral("new"), tr("&New"), QKeySequence::New, &MainWindow::newItem);
    add(QStringLiteral("save"), tr("&Save"), QKeySequence::Save, &MainWindow::saveCurrent);
    QAction *del = add(
        QStringLiteral("delete"), tr("&Delete"), QKeySequence::Delete, &MainWindow::deleteSelected);
    // Delete means "move to trash" only in the lists; in a text field it deletes text.
    del->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    for (ListPanel *panel : std::as_const(m_panels))
        panel->view()->addAction(del);
    add(QStringLiteral("restore"), tr("&Restore"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
        &MainWindow::restoreSelected);
    add(QStringLiteral("deleteForGood"), tr("Delete for &Good…"),
        QKeySequence(Qt::SHIFT | Qt::Key_Delete), &MainWindow::deleteForGood)
        ->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_panels.at(Trash)->view()->addAction(m_actions.value(QStringLiteral("deleteForGood")));
    add(QStringLiteral("emptyTrash"), tr("&Empty Trash…"), QKeySequence(), &MainWindow::emptyTrash);
    add(QStringLiteral("find"), tr("&Find"), QKeySequence::Find, &MainWindow::focusSearch);
    add(QStringLiteral("preview"), tr("&Preview in Browser"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), &MainWindow::previewInBrowser);
    auto *showPreview = add(
        QStringLiteral("showPreview"), tr("Show Pre&view Pane"), QKeySequence(Qt::Key_F9), [this] {
            const bool visible = action(QStringLiteral("showPreview"))->isChecked();
            m_settings.setPreviewVisible(visible);
            m_preview->setVisible(visible && currentPage() != Submissions);
            if (visible)
                updatePreview();
        });
    showPreview->setCheckable(true);
    showPreview->setChecked(m_settings.previewVisible());
    add(QStringLiteral("publish"), tr("P&ublish…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U),
        &MainWindow::publish);
    add(QStringLiteral("publishHistory"), tr("Publish &History…"), QKeySequence(), [this] {
        PublishHistoryDialog dialog(m_store, this);
        dialog.exec();
    });
    add(QStringLiteral("publishTargets"), tr("&Publishing Targets…"), QKeySequence(), [this] {
        PublishTargetsDialog dialog(m_store, this);
        dialog.exec();
        updatePublishStatus();
    });
    add(QStringLiteral("activityLog"), tr("&Activity Log"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L), [this] {
            ActivityDialog dialog(m_store, this);
            connect(&dialog, &ActivityDialog::openItem, this,
                [this, &dialog](const QString &type, const QUuid &uuid) {
                    dialog.accept();
                    openItem(type, uuid);
                });
            dialog.exec();
        });
    add(QStringLiteral("team"), tr("&Team…"), QKeySequence(), [this] {
        TeamDialog dialog(m_store, this);
        dialog.exec();
        updateCounts();
    });
    add(QStringLiteral("mediaLibrary"), tr("&Media Library…"), QKeySequence(), [this] {
        MediaLibraryDialog dialog(m_store, this);
        dialog.exec();
        if (m_thumbnails)
            m_thumbnails->clear(); // pictures removed
        refreshLists();
    });
    add(QStringLiteral("exportAgenda"), tr("&Export Agenda…"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), [this] {
            ExportDialog dialog(m_store, m_settings, this);
            dialog.exec();
        });
    add(QStringLiteral("importContacts"), tr("&Import Contacts…"), QKeySequence(), [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import Contacts"),
            QDir::homePath(), tr("Address books (*.vcf *.vcard *.csv)"));
        if (!path.isEmpty())
            importContacts(path);
    });
    add(QStringLiteral("exportContacts"), tr("Export &Contacts…"), QKeySequence(), [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export Contacts"),
            QDir::homePath() + QStringLiteral("/contacts.vcf"),
            tr("vCard 4.0 (*.vcf);;CSV (*.csv)"));
        if (path.isEmpty())
            return;
        auto contacts = m_store.contacts().loadAll();
        if (!contacts) {
            showMessage(contacts.error().message);
            return;
        }
        const QByteArray bytes = path.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive)
            ? ContactExport::toCsv(*contacts)
            : VCard::write(*contacts);
        if (auto r = saveFile(path, bytes); !r)
            MessageBox::critical(this, tr("Export Contacts"), r.error().message);
        else
            showMessage(tr("%n contact(s) exported", nullptr, int(contacts->size())));
    });
    add(QStringLiteral("quit"), tr("&Quit"), QKeySequence::Quit, &MainWindow::close);
    add(QStringLiteral("openDatabase"), tr("&Open Database…"), QKeySequence::Open,
        &MainWindow::openDatabase);
    add(QStringLiteral("connectNewsroom"), tr("&Connect to Newsroom…"), QKeySequence(),
        &MainWindow::connectToNewsroom);
    add(QStringLiteral("waitingChanges"), tr("Changes &Waiting on This Computer…"), QKeySequence(),
        &MainWindow::showWaitingChanges);

    // Undo and redo: inside a text field its own history (QLineEdit and QPlainTextEdit take
    // Ctrl+Z first); elsewhere the window's steps (moves to and from the trash).
    add(QStringLiteral("undo"), tr("&Undo"), QKeySequence::Undo, [this] {
        if (auto *line = qobject_cast<QLineEdit *>(QApplication::focusWidget());
            line && line->isUndoAvailable())
            line->undo();
        else if (auto *text = qobject_cast<QPlainTextEdit *>(QApplication::focusWidget()))
            text->undo();
        else
            m_undo->undo();
    });
    add(QStringLiteral("redo"), tr("&Redo"), QKeySequence::Redo, [this] {
        if (auto *line = qobject_cast<QLineEdit *>(QApplication::focusWidget());
            line && line->isRedoAvailable())
            line->redo();
        else if (auto *text = qobject_cast<QPlainTextEdit *>(QApplication::focusWidget()))
            text->redo();
        else
            m_undo->redo();
    });
    m_actions.value(QStringLiteral("redo"))
        ->setShortcuts({ QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::Key_Y) });

    for (Page page : { Articles, Agenda, Contacts, Submissions, Trash, Calendar }) {
        const QString names[] = { tr("&Articles"), tr("A&genda"), tr("&Contacts"), tr("&Trash"),
            tr("&Submissions"), tr("Ca&lendar") };
        add(QStringLiteral("page%1").arg(int(page)), names[page],
            QKeySequence(Qt::CTRL | (Qt::Key_1 + sidebarRow(page))),
            [this, page] { showPage(page); });
    }
}

void MainWindow::openDatabase()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Database"),
        QFileInfo(m_store.database().isPostgres() ? Settings::defaultDatabasePath()
                                                  : m_store.database().path())
            .absolutePath(),
        tr("Relais databases (*.sqlite *.db);;All files (*)"));
    if (!path.isEmpty() && leaveEditor())
        emit openRequested(path, QString());
}

void MainWindow::connectToNewsroom()
{
    ConnectDialog dialog(this);
    if (m_store.database().isPostgres())
        dialog.setAddress(m_store.database().path());
    else if (const QStringList recent = m_settings.recentDatabases(); !recent.isEmpty()) {
        for (const QString &location : recent) {
            if (Database::isServerAddress(location)) {
                dialog.setAddress(location);
                break;
            }
        }
    }
    if (dialog.exec() != QDialog::Accepted || dialog.address().isEmpty() || !leaveEditor())
        return;
    emit openRequested(dialog.address(), dialog.password());
}

void MainWindow::fillRecentMenu(QMenu *menu)
{
    menu->clear();
    const QStringList recent = m_settings.recentDatabases();
    for (const QString &location : recent) {
        if (location == m_store.database().path())
            continue;
        // A file by its name (the folder in the tip), a newsroom by its short address.
        const bool server = Database::isServerAddress(location);
        QAction *open = menu->addAction(
            server ? location.section(QLatin1Char('?'), 0, 0) : QFileInfo(location).fileName());
        open->setToolTip(location);
        open->setData(location);
        connect(open, &QAction::triggered, this, [this, location] {
            if (leaveEditor())
                emit openRequested(location, QString());
        });
    }
    if (menu->isEmpty())
        menu->addAction(tr("(nothing yet)"))->setEnabled(false);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(action(QStringLiteral("new")));
    file->addAction(action(QStringLiteral("save")));
    file->addAction(action(QStringLiteral("preview")));
    file->addSeparator();
    file->addAction(action(QStringLiteral("openDatabase")));
    file->addAction(action(QStringLiteral("connectNewsroom")));
    QMenu *recent = file->addMenu(tr("Open &Recent"));
    recent->setObjectName(QStringLiteral("recentMenu"));
    connect(recent, &QMenu::aboutToShow, this, [this, recent] { fillRecentMenu(recent); });
    fillRecentMenu(recent);
    if (m_store.database().isPostgres())
        file->addAction(action(QStringLiteral("waitingChanges")));
    file->addSeparator();
    file->addAction(action(QStringLiteral("publish")));
    file->addAction(action(QStringLiteral("publishHistory")));
    file->addSeparator();
    file->addAction(action(QStringLiteral("exportAgenda")));
    file->addAction(action(QStringLiteral("importContacts")));
    file->addAction(action(QStringLiteral("exportContacts")));
    file->addSeparator();
    file->addAction(action(QStringLiteral("quit")));

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    connect(edit, &QMenu::aboutToShow, this, &MainWindow::nameUndo);
    edit->addAction(action(QStringLiteral("undo")));
    edit->addAction(action(QStringLiteral("redo")));
    edit->addSeparator();
    edit->addAction(action(QStringLiteral("delete")));
    edit->addAction(action(QStringLiteral("restore")));
    edit->addAction(action(QStringLiteral("deleteForGood")));
    edit->addAction(action(QStringLiteral("emptyTrash")));
    edit->addSeparator();
    edit->addAction(action(QStringLiteral("find")));
    edit->addSeparator();
    edit->addAction(action(QStringLiteral("mediaLibrary")));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(action(QStringLiteral("showPreview")));
    view->addAction(action(QStringLiteral("activityLog")));
    menuBar()->setCornerWidget(m_bell, Qt::TopRightCorner);

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    for (Page page : { Articles, Agenda, Contacts, Submissions, Trash, Calendar })
        go->addAction(action(QStringLiteral("page%1").arg(int(page))));

    QMenu *submissions = menuBar()->addMenu(tr("Su&bmissions"));
    for (QAction *a : m_moderation->menuActions()) {
        if (a)
            submissions->addAction(a);
        else
            submissions->addSeparator();
    }

    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    settings->setToolTipsVisible(true); // a disabled entry says which role it takes
    file->setToolTipsVisible(true);
    auto *site = new QAction(tr("&Site Settings…"), this);
    settings->addAction(site);
    site->setObjectName(QStringLiteral("siteSettings"));
    connect(site, &QAction::triggered, this, [this] {
        SiteSettingsDialog dialog(m_store, this);
        if (dialog.exec() == QDialog::Accepted)
            showMessage(tr("Site settings saved"));
    });
    settings->addAction(action(QStringLiteral("publishTargets")));
    settings->addAction(action(QStringLiteral("team")));
    QMenu *language = settings->addMenu(tr("&Language"));
    auto *group = new QActionGroup(this);
    const QList<QPair<QString, QString>> languages = { { QString(), tr("System Language") },
        { QStringLiteral("en"), QStringLiteral("English") },
        { QStringLiteral("fr"), QStringLiteral("Français") } };
    for (const auto &[code, name] : languages) {
        QAction *a = language->addAction(name);
        a->setCheckable(true);
        a->setChecked(m_settings.language() == code);
        a->setObjectName(
            QStringLiteral("language_") + (code.isEmpty() ? QStringLiteral("system") : code));
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, code = code] { setLanguage(code); });
    }

    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    for (const char *name :
        { "new", "save", "delete", "restore", "undo", "redo", "preview", "publish" })
        toolbar->addAction(action(QString::fromLatin1(name)));
}

QAction *MainWindow::action(const QString &name) const
{
    if (QAction *a = m_actions.value(name))
        return a;
    return m_moderation ? m_moderation->action(name) : nullptr;
}

void MainWindow::updateActions()
{
    const Page page = currentPage();
    const bool inTrash = page == Trash;
    const bool inSubmissions = page == Submissions;
    const bool inCalendar = page == Calendar;
    const bool hasSelection
        = !inSubmissions && !inCalendar && !m_panels.at(page)->selectedRows().isEmpty();
    const ItemEditor *editor = currentEditor();
    const bool writable = !m_readOnly;
    action(QStringLiteral("new"))
        ->setEnabled(writable && !inTrash && !inSubmissions && !inCalendar);
    action(QStringLiteral("find"))->setEnabled(!inSubmissions && !inCalendar);
    action(QStringLiteral("save"))->setEnabled(writable && editor && editor->hasItem());
    action(QStringLiteral("preview"))->setEnabled(editor && editor->hasItem() && page != Contacts);
    action(QStringLiteral("publish"))->setEnabled(writable);
    // A contributor trashes only drafts they wrote and have not sent for review (the newsroom
    // refuses the others): Delete is off for a selection holding another, saying why.
    bool deletable = writable && !inTrash && !inSubmissions && hasSelection;
    QString deleteTip;
    const Database &database = m_store.database();
    if (deletable && (page == Articles || page == Agenda)
        && !database.hasRole(QStringLiteral("editor"))) {
        const EntityListModel *model = m_panels.at(page)->model();
        const int writer = model->columnOf(QStringLiteral("writer"));
        const int status = model->columnOf(QStringLiteral("status"));
        for (const ListRow &row : m_panels.at(page)->selectedRows()) {
            if (row.values.value(writer).toString() != database.userName()
                || row.values.value(status).toString() != u"draft") {
                deletable = false;
                deleteTip = tr("Moving somebody else's item, or one sent for review, to the trash "
                               "takes an editor or an administrator; you are %1.")
                                .arg(Database::roleName(database.role()));
            }
        }
    }
    action(QStringLiteral("delete"))->setEnabled(deletable);
    action(QStringLiteral("delete"))->setToolTip(deleteTip);
    action(QStringLiteral("restore"))->setEnabled(writable && inTrash && hasSelection);
    action(QStringLiteral("deleteForGood"))->setEnabled(writable && inTrash && hasSelection);
    // The sidebar already knows how full the trash is.
    action(QStringLiteral("emptyTrash"))
        ->setEnabled(
            writable && m_sidebar->item(sidebarRow(Trash))->data(Qt::UserRole).toInt() != 0);
    action(QStringLiteral("undo"))->setEnabled(writable);
    action(QStringLiteral("redo"))->setEnabled(writable);
    // What the person's role does not allow is off, saying whose it is (the newsroom's server
    // refuses it anyway: the window only mirrors its rules).
    const Database &db = m_store.database();
    auto mirror = [&db](QAction *a, bool enabled, const QString &role) {
        if (!a)
            return;
        const bool allowed = db.hasRole(role);
        a->setEnabled(enabled && allowed);
        a->setToolTip(allowed ? QString()
                              : tr("%1 takes %2; you are %3.")
                                    .arg(a->text().remove(QLatin1Char('&')).remove(QChar(0x2026)),
                                        Database::roleName(role), Database::roleName(db.role())));
    };
    mirror(action(QStringLiteral("publish")), writable, QStringLiteral("administrator"));
    mirror(action(QStringLiteral("publishHistory")), true, QStringLiteral("administrator"));
    mirror(action(QStringLiteral("publishTargets")), true, QStringLiteral("administrator"));
    mirror(action(QStringLiteral("team")), true, QStringLiteral("administrator"));
    mirror(findChild<QAction *>(QStringLiteral("siteSettings")), true,
        QStringLiteral("administrator"));
    mirror(action(QStringLiteral("deleteForGood")), writable && inTrash && hasSelection,
        QStringLiteral("editor"));
    mirror(action(QStringLiteral("emptyTrash")),
        writable && m_sidebar->item(sidebarRow(Trash))->data(Qt::UserRole).toInt() != 0,
        QStringLiteral("editor"));
    nameUndo();
}

// The Edit menu says what Undo and Redo will do: the typing of the field being edited, else the
// window's last step by name ("Undo Restore “…”"), as the Ctrl+Z handler above chooses.
void MainWindow::nameUndo()
{
    QWidget *focus = QApplication::focusWidget();
    auto *line = qobject_cast<QLineEdit *>(focus);
    auto *text = qobject_cast<QPlainTextEdit *>(focus);
    const bool typingUndo
        = (line && line->isUndoAvailable()) || (text && text->document()->isUndoAvailable());
    const bool typingRedo
        = (line && line->isRedoAvailable()) || (text && text->document()->isRedoAvailable());
    const QString undo = typingUndo ? tr("Typing") : text ? QString() : m_undo->undoText();
    const QString redo = typingRedo ? tr("Typing") : text ? QString() : m_undo->redoText();
    action(QStringLiteral("undo"))
        ->setText(undo.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(undo));
    action(QStringLiteral("redo"))
        ->setText(redo.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(redo));
    // The toolbar keeps its short words; its tooltip names the step.
    action(QStringLiteral("undo"))->setIconText(tr("Undo"));
    action(QStringLiteral("redo"))->setIconText(tr("Redo"));
    action(QStringLiteral("undo"))->setToolTip(undo);
    action(QStringLiteral("redo"))->setToolTip(redo);
}

} // namespace Relais
