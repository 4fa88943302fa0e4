// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articleeditor.h"
#include "media/webimage.h"
#include "contacteditor.h"
#include "entitylistmodel.h"
#include "listpanel.h"
#include "mainwindow.h"
#include "editorwidgets.h"
#include "medialibrarydialog.h"
#include "markdowneditor.h"
#include "messagebox.h"
#include "settings.h"
#include "sitesettingsdialog.h"
#include "testsupport.h"
#include "windowfixture.h"

#include <QAction>
#include <QCheckBox>
#include <QTableWidget>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTimer>
#include <QMimeData>
#include <QMenu>
#include <QImage>
#include <QBuffer>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTranslator>
#include <QUndoStack>

using namespace Relais;
using Relais::Test::typeText;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void sidebarShowsCounts();
    void createArticleThroughEditor();
    void newItemWithoutTitleIsNotSaved();
    void autosaveAfterAPause();
    void switchingItemsSavesFirst();
    void searchFiltersAsYouType();
    void deleteUndoAndRestore();
    void staleEditorAsksBeforeOverwriting();
    void contactFieldErrorsAreShown();
    void hostileTitlesDoNotBreakTheList();
    void geometryIsRemembered();
    void frenchTranslationIsComplete();
    void damagedDatabaseTurnsReadOnly();
    void previewShowsWhatIsTyped();
    void siteSettingsDialog();
    void spellingDoesNotCountAsAnEdit();
    void picturesDroppedPastedAndPicked();
    void spellingFollowsTheArticlesLanguage();
    void mediaLibraryRemovesUnusedPictures();
    void theOpenDatabaseIsNeverImported();
    void addressBookIsReadInTheBackground();

private:
    ArticleEditor *articleEditor()
    {
        return qobject_cast<ArticleEditor *>(m_fx.window().editor(MainWindow::Articles));
    }
    ListPanel *panel(MainWindow::Page page) { return m_fx.window().listPanel(page); }
    void selectRowWithTitle(MainWindow::Page page, const QString &title);

    Test::WindowFixture m_fx;
};

void TestMainWindow::initTestCase()
{
    QVERIFY(Test::prepareWindowTests());
}

void TestMainWindow::init()
{
    // The preview pane (Qt WebEngine) has its own test, test_preview.
    QVERIFY(m_fx.start());
}

void TestMainWindow::cleanup()
{
    // Questions a test expects, it counts itself; any other one is a surprise.
    QCOMPARE(MessageBox::takeShownCount(), 0);
    m_fx.stop();
}

void TestMainWindow::selectRowWithTitle(MainWindow::Page page, const QString &title)
{
    EntityListModel *model = panel(page)->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(EntityListModel::RawValueRole).toString() == title) {
            panel(page)->view()->setCurrentIndex(model->index(row, 0));
            return;
        }
    }
    QFAIL(qPrintable(QStringLiteral("no row titled %1").arg(title)));
}

void TestMainWindow::sidebarShowsCounts()
{
    QListWidget *sidebar = m_fx.window().sidebar();
    QCOMPARE(sidebar->count(), 6);
    QCOMPARE(sidebar->item(0)->data(Qt::UserRole).toInt(), 6);
    QCOMPARE(sidebar->item(1)->data(Qt::UserRole).toInt(), 6);
    QCOMPARE(sidebar->item(2)->data(Qt::UserRole).toInt(), 4);
    QCOMPARE(
        sidebar->item(MainWindow::sidebarRow(MainWindow::Trash))->data(Qt::UserRole).toInt(), 0);
    QCOMPARE(sidebar->item(MainWindow::sidebarRow(MainWindow::Submissions))->text(),
        QStringLiteral("Submissions"));
    QVERIFY(sidebar->item(0)->text().contains(QStringLiteral("6")));
    QCOMPARE(sidebar->item(MainWindow::sidebarRow(MainWindow::Calendar))->text(),
        QStringLiteral("Calendar"));
}

void TestMainWindow::createArticleThroughEditor()
{
    QTest::keyClick(&m_fx.window(), Qt::Key_N, Qt::ControlModifier);
    ArticleEditor *editor = articleEditor();
    QVERIFY(editor->isVisible());
    QVERIFY(editor->hasItem());
    QCOMPARE(editor->currentId(), 0);
    typeText(editor->titleEdit(), QStringLiteral("Fête de l’économie solidaire à Amiens"));
    typeText(editor->bodyEdit(), QStringLiteral("Un **grand** rendez-vous."));
    QVERIFY(editor->isModified());
    m_fx.window().action(QStringLiteral("save"))->trigger();
    QVERIFY2(!editor->isModified(), qPrintable(m_fx.window().statusBar()->currentMessage()));
    QVERIFY(editor->currentId() > 0);

    auto stored = m_fx.store().articles().load(editor->currentId());
    RELAIS_VERIFY_OK(stored);
    QCOMPARE(stored->title, QStringLiteral("Fête de l’économie solidaire à Amiens"));
    QCOMPARE(stored->body, QStringLiteral("Un **grand** rendez-vous."));
    QCOMPARE(stored->slug, QStringLiteral("fete-de-l-economie-solidaire-a-amiens"));
    QCOMPARE(m_fx.window().sidebar()->item(0)->data(Qt::UserRole).toInt(), 7);
    QCOMPARE(panel(MainWindow::Articles)->currentRow().id, editor->currentId());
    QCOMPARE(m_fx.window().statusBar()->currentMessage(), QStringLiteral("\u2068Saved\u2069"));

    // Edit it again: a second save bumps the revision.
    typeText(editor->titleEdit(), QStringLiteral(" 2027"));
    QTest::keyClick(&m_fx.window(), Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(m_fx.store().articles().load(editor->currentId())->title,
        QStringLiteral("Fête de l’économie solidaire à Amiens 2027"));
    QCOMPARE(m_fx.store().articles().load(editor->currentId())->meta.revision, 2);
}

void TestMainWindow::newItemWithoutTitleIsNotSaved()
{
    m_fx.window().newItem();
    ArticleEditor *editor = articleEditor();
    typeText(editor->bodyEdit(), QStringLiteral("Texte sans titre"));
    QVERIFY(!m_fx.window().saveCurrent());
    QCOMPARE(*m_fx.store().articles().count(), 6);
    QVERIFY(editor->errorText().contains(QStringLiteral("title")));
    QVERIFY(!editor->fieldWidget(QStringLiteral("title"))->styleSheet().isEmpty());
    QVERIFY(m_fx.window().statusBar()->currentMessage().contains(QStringLiteral("Not saved")));
    // Typing the title fixes it.
    typeText(editor->titleEdit(), QStringLiteral("Enfin un titre"));
    QVERIFY(m_fx.window().saveCurrent());
    QCOMPARE(*m_fx.store().articles().count(), 7);
    QVERIFY(editor->errorText().isEmpty());
}

void TestMainWindow::autosaveAfterAPause()
{
    selectRowWithTitle(MainWindow::Articles,
        QStringLiteral(
            "Place des assos : une nouvelle plateforme collaborative entre associations"));
    ArticleEditor *editor = articleEditor();
    const qint64 id = editor->currentId();
    QVERIFY(id > 0);
    editor->bodyEdit()->moveCursor(QTextCursor::End);
    typeText(editor->bodyEdit(), QStringLiteral(" Ajout sauvegardé tout seul."));
    QVERIFY(editor->isModified());
    QTRY_VERIFY_WITH_TIMEOUT(m_fx.store().articles().load(id)->body.endsWith(
                                 QStringLiteral("Ajout sauvegardé tout seul.")),
        3000);
    QVERIFY(!editor->isModified());
}

void TestMainWindow::switchingItemsSavesFirst()
{
    m_fx.qsettings().setValue(QStringLiteral("editor/autosaveDelayMs"), 60000);
    selectRowWithTitle(MainWindow::Articles,
        QStringLiteral(
            "Place des assos : une nouvelle plateforme collaborative entre associations"));
    ArticleEditor *editor = articleEditor();
    editor->setAutosaveDelay(60000);
    const qint64 id = editor->currentId();
    editor->titleEdit()->selectAll();
    typeText(editor->titleEdit(), QStringLiteral("Place des assos (mis à jour)"));
    selectRowWithTitle(MainWindow::Articles,
        QStringLiteral("PTCE ALISS : la coopération au service du territoire"));
    QCOMPARE(
        m_fx.store().articles().load(id)->title, QStringLiteral("Place des assos (mis à jour)"));
    QVERIFY(editor->currentId() != id);
}

void TestMainWindow::searchFiltersAsYouType()
{
    QTest::keyClick(&m_fx.window(), Qt::Key_F, Qt::ControlModifier);
    QLineEdit *search = panel(MainWindow::Articles)->searchEdit();
    QVERIFY(search->hasFocus());
    typeText(search, QStringLiteral("cooperat"));
    EntityListModel *model = panel(MainWindow::Articles)->model();
    QTRY_COMPARE(model->totalCount(), 2); // "coopérative", "coopération": accents ignored
    search->clear();
    typeText(search, QStringLiteral("GARAGES"));
    // A newsroom also finds by French stem: "garages" finds the article that says "garage".
    QTRY_COMPARE(model->totalCount(), Test::onPostgres() ? 2 : 1);
    search->clear();
    QTRY_COMPARE(model->totalCount(), 6);

    // Filters combine with the search.
    QComboBox *kind = panel(MainWindow::Articles)->kindFilter();
    kind->setCurrentIndex(kind->findData(QStringLiteral("testimonial")));
    QCOMPARE(model->totalCount(), 1);
}

void TestMainWindow::deleteUndoAndRestore()
{
    const QString title = QStringLiteral("Les garages solidaires, une solution alternative de "
                                         "proximité par des coûts d’entretiens plus accessibles");
    selectRowWithTitle(MainWindow::Articles, title);
    const qint64 id = articleEditor()->currentId();
    panel(MainWindow::Articles)->view()->setFocus();
    QTest::keyClick(panel(MainWindow::Articles)->view(), Qt::Key_Delete);
    QVERIFY(m_fx.store().articles().load(id)->meta.isTrashed());
    QCOMPARE(m_fx.window()
                 .sidebar()
                 ->item(MainWindow::sidebarRow(MainWindow::Trash))
                 ->data(Qt::UserRole)
                 .toInt(),
        1);
    QVERIFY(m_fx.window().statusBar()->currentMessage().contains(
        QStringLiteral("1 item moved to trash")));
    QCOMPARE(panel(MainWindow::Articles)->model()->rowOf(EntityType::Article, id), -1);

    m_fx.window().undoStack()->undo();
    QVERIFY(!m_fx.store().articles().load(id)->meta.isTrashed());
    QCOMPARE(m_fx.window()
                 .sidebar()
                 ->item(MainWindow::sidebarRow(MainWindow::Trash))
                 ->data(Qt::UserRole)
                 .toInt(),
        0);
    m_fx.window().undoStack()->redo();
    QVERIFY(m_fx.store().articles().load(id)->meta.isTrashed());

    m_fx.window().showPage(MainWindow::Trash);
    QCOMPARE(panel(MainWindow::Trash)->model()->rowCount(), 1);
    panel(MainWindow::Trash)
        ->view()
        ->setCurrentIndex(panel(MainWindow::Trash)->model()->index(0, 0));
    QVERIFY(m_fx.window().action(QStringLiteral("restore"))->isEnabled());
    m_fx.window().action(QStringLiteral("restore"))->trigger();
    QVERIFY(!m_fx.store().articles().load(id)->meta.isTrashed());
    QCOMPARE(panel(MainWindow::Trash)->model()->rowCount(), 0);
    QCOMPARE(m_fx.window().sidebar()->item(0)->data(Qt::UserRole).toInt(), 6);

    // Emptying the trash asks first, and then deletes for good.
    m_fx.window().showPage(MainWindow::Articles);
    selectRowWithTitle(MainWindow::Articles, title);
    m_fx.window().deleteSelected();
    MessageBox::setNextAnswer(QMessageBox::Yes);
    m_fx.window().emptyTrash();
    QCOMPARE(MessageBox::takeShownCount(), 1);
    QCOMPARE(m_fx.store().articles().load(id).error().code, Error::Code::NotFound);
}

void TestMainWindow::staleEditorAsksBeforeOverwriting()
{
    selectRowWithTitle(MainWindow::Articles,
        QStringLiteral("PTCE ALISS : la coopération au service du territoire"));
    ArticleEditor *editor = articleEditor();
    const qint64 id = editor->currentId();
    // Someone else saves the same article meanwhile.
    Article theirs = *m_fx.store().articles().load(id);
    theirs.summary = QStringLiteral("Leur résumé");
    RELAIS_VERIFY_OK(m_fx.store().articles().update(theirs));

    int asked = 0;
    editor->setConflictResolver([&](QWidget *, const QString &message) {
        ++asked;
        return message.contains(QStringLiteral("changed elsewhere"))
            ? ItemEditor::ConflictChoice::Overwrite
            : ItemEditor::ConflictChoice::Cancel;
    });
    editor->titleEdit()->end(false);
    typeText(editor->titleEdit(), QStringLiteral(" !"));
    QVERIFY(m_fx.window().saveCurrent());
    QCOMPARE(asked, 1);
    auto stored = m_fx.store().articles().load(id);
    QCOMPARE(
        stored->title, QStringLiteral("PTCE ALISS : la coopération au service du territoire !"));

    // "Load theirs" throws the edit away and shows the stored version.
    theirs = *stored;
    theirs.title = QStringLiteral("Titre changé ailleurs");
    RELAIS_VERIFY_OK(m_fx.store().articles().update(theirs));
    editor->setConflictResolver(
        [](QWidget *, const QString &) { return ItemEditor::ConflictChoice::Reload; });
    typeText(editor->bodyEdit(), QStringLiteral("x"));
    QVERIFY(!m_fx.window().saveCurrent());
    QCOMPARE(editor->titleEdit()->text(), QStringLiteral("Titre changé ailleurs"));
    QVERIFY(!editor->isModified());
}

void TestMainWindow::contactFieldErrorsAreShown()
{
    m_fx.window().showPage(MainWindow::Contacts);
    m_fx.window().newItem();
    auto *editor = qobject_cast<ContactEditor *>(m_fx.window().currentEditor());
    QVERIFY(editor);
    typeText(editor->nameEdit(), QStringLiteral("Florence Chappert"));
    typeText(editor->emailsEdit(), QStringLiteral("florence@anact"));
    typeText(editor->phonesEdit(), QStringLiteral("04 72 56 13 89"));
    QVERIFY(!m_fx.window().saveCurrent());
    QVERIFY(editor->errorText().contains(QStringLiteral("florence@anact")));
    QVERIFY(!editor->fieldWidget(QStringLiteral("emails"))->styleSheet().isEmpty());
    QVERIFY(editor->fieldWidget(QStringLiteral("phones"))->styleSheet().isEmpty());
    editor->emailsEdit()->setPlainText(QStringLiteral("florence@anact.fr"));
    QVERIFY(m_fx.window().saveCurrent());
    QCOMPARE(*m_fx.store().contacts().count(), 5);
}

void TestMainWindow::hostileTitlesDoNotBreakTheList()
{
    const QStringList titles { QString(10000, QChar(0x00E9)),
        QStringLiteral("\u202Eevil\nline\tbreak"), QStringLiteral("🎉 <script>alert(1)</script>") };
    for (const QString &t : titles)
        RELAIS_VERIFY_OK(m_fx.store().articles().create(Test::sampleArticle(t)));
    panel(MainWindow::Articles)->refresh();
    EntityListModel *model = panel(MainWindow::Articles)->model();
    QCOMPARE(model->totalCount(), 9);
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString shown = model->index(row, 0).data().toString();
        QVERIFY(shown.size() <= 303);
        QVERIFY(!shown.contains(QLatin1Char('\n')));
    }
    // The row height stays one line.
    QTableView *view = panel(MainWindow::Articles)->view();
    QCOMPARE(view->rowHeight(0), view->rowHeight(1));
    selectRowWithTitle(MainWindow::Articles, titles.at(0));
    QCOMPARE(articleEditor()->titleEdit()->text(), titles.at(0));
}

void TestMainWindow::geometryIsRemembered()
{
    m_fx.window().resize(1000, 700);
    QVERIFY(m_fx.window().close());
    QVERIFY(!m_fx.settings().windowGeometry().isEmpty());
    QVERIFY(!m_fx.settings().splitterState().isEmpty());
    MainWindow again(m_fx.store(), m_fx.settings());
    QCOMPARE(again.size(), QSize(1000, 700));
}

void TestMainWindow::frenchTranslationIsComplete()
{
    QTranslator french;
    QVERIFY(french.load(QStringLiteral(":/i18n/relais_fr")));
    QCOMPARE(french.translate("Relais::MainWindow", "&Empty Trash…"),
        QStringLiteral("&Vider la corbeille…"));
    QCOMPARE(french.translate("Relais::TrashCommand", "%n item(s) moved to trash", nullptr, 3),
        QStringLiteral("%n éléments mis à la corbeille")); // plural form chosen, %n left to tr()
    QCOMPARE(french.translate("Relais::Vocabulary", "Scheduled"), QStringLiteral("Programmé"));
    // Every action of the window, and of its editors, has a French text.
    int checked = 0;
    for (QAction *action : m_fx.window().findChildren<QAction *>()) {
        if (action->text().isEmpty() || action->objectName().startsWith(QStringLiteral("language_"))
            || action->objectName().isEmpty())
            continue;
        const QByteArray context = action->parent()->metaObject()->className();
        const QByteArray source = action->text().toUtf8();
        QVERIFY2(!french.translate(context.constData(), source.constData()).isEmpty(),
            QByteArray(context + ": " + source).constData());
        ++checked;
    }
    QVERIFY(checked > 30);
}

void TestMainWindow::damagedDatabaseTurnsReadOnly()
{
    if (Test::onPostgres())
        QSKIP("A newsroom is no file: PostgreSQL checks its own pages, the window does not.");
    QSignalSpy checked(&m_fx.window(), &MainWindow::databaseChecked);
    QVERIFY(checked.wait(10000)); // the check started when the window was first shown
    QCOMPARE(checked.first().first().toBool(), true);
    QVERIFY(!m_fx.window().isReadOnly());

    // A file whose header is fine but whose pages are not: the window opens (it does not
    // read every page first), then the background check finds the damage.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("damaged.sqlite"));
    {
        auto store = Store::open(path);
        RELAIS_VERIFY_OK(store);
        for (int i = 0; i < 400; ++i)
            RELAIS_VERIFY_OK((*store)->articles().create(
                Test::sampleArticle(QStringLiteral("Article %1").arg(i))));
        RELAIS_VERIFY_OK(
            (*store)->database().exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        // The last quarter holds article rows, far from the schema's pages.
        for (qint64 offset = f.size() / 4 * 3 / 4096 * 4096; offset < f.size(); offset += 4096) {
            f.seek(offset + 100);
            f.write(QByteArray(200, '\x5A'));
        }
    }
    Database::Options options;
    options.checkContents = false;
    auto damaged = Store::open(path, options);
    RELAIS_VERIFY_OK(damaged);
    MainWindow window(**damaged, m_fx.settings());
    QSignalSpy damagedChecked(&window, &MainWindow::databaseChecked);
    MessageBox::takeShownCount();
    window.show();
    QVERIFY(damagedChecked.wait(10000));
    QCOMPARE(damagedChecked.first().first().toBool(), false);
    QVERIFY(window.isReadOnly());
    QCOMPARE(MessageBox::takeShownCount(), 1);
    QVERIFY(!window.action(QStringLiteral("new"))->isEnabled());
    QVERIFY(!window.action(QStringLiteral("delete"))->isEnabled());
    window.newItem();
    QVERIFY(!window.editor(MainWindow::Articles)->isVisible()
        || !window.editor(MainWindow::Articles)->isEnabled());
}

void TestMainWindow::previewShowsWhatIsTyped()
{
    QUrl opened;
    m_fx.window().setUrlOpener([&opened](const QUrl &url) {
        opened = url;
        return true;
    });
    m_fx.window().newItem();
    typeText(articleEditor()->titleEdit(), QStringLiteral("Aperçu : « pas encore enregistré »"));
    typeText(articleEditor()->bodyEdit(), QStringLiteral("Un **texte** en cours."));
    QTest::keyClick(&m_fx.window(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(opened.isLocalFile());
    QFile page(opened.toLocalFile());
    QVERIFY2(page.open(QIODevice::ReadOnly), qPrintable(opened.toString()));
    const QString html = QString::fromUtf8(page.readAll());
    QVERIFY(html.contains(QStringLiteral("Aperçu\u202F: «\u202Fpas encore enregistré\u202F»")));
    QVERIFY(html.contains(QStringLiteral("<strong>texte</strong>")));
    QVERIFY(QFile::exists(
        QFileInfo(opened.toLocalFile()).dir().filePath(QStringLiteral("../../assets/style.css"))));
    QCOMPARE(*m_fx.store().articles().count(), 6); // previewing does not save

    m_fx.window().showPage(MainWindow::Contacts);
    selectRowWithTitle(MainWindow::Contacts, QStringLiteral("Antoine Vagnon"));
    opened.clear();
    m_fx.window().previewInBrowser();
    QVERIFY(opened.isEmpty());
    QVERIFY(m_fx.window().statusBar()->currentMessage().contains(QStringLiteral("no page")));
}

void TestMainWindow::siteSettingsDialog()
{
    SiteSettingsDialog dialog(m_fx.store(), &m_fx.window());
    dialog.field(QStringLiteral("name"))->setText(QStringLiteral("Portail d’essai"));
    dialog.field(QStringLiteral("primary_color"))->setText(QStringLiteral("#ffee00"));
    dialog.field(QStringLiteral("base_url"))->setText(QStringLiteral("https://essai.example.org"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected)); // still open: the colour is refused
    QVERIFY(dialog.errorText().contains(QStringLiteral("#ffee00")));
    QVERIFY(!dialog.field(QStringLiteral("primary_color"))->styleSheet().isEmpty());
    QCOMPARE(m_fx.store().siteSettings().load()->name, SiteSettings {}.name);
    dialog.field(QStringLiteral("primary_color"))->setText(QStringLiteral("#004d40"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    auto stored = m_fx.store().siteSettings().load();
    QCOMPARE(stored->name, QStringLiteral("Portail d’essai"));
    QCOMPARE(stored->baseUrl, QStringLiteral("https://essai.example.org/")); // the final / added
    QCOMPARE(stored->primaryColor, QStringLiteral("#004d40"));

    // Moderation settings: checked, stored; what was not touched is kept.
    SiteSettingsDialog again(m_fx.store(), &m_fx.window());
    again.field(QStringLiteral("submission_form_url"))
        ->setText(QStringLiteral("javascript:alert(1)"));
    again.field(QStringLiteral("inbox_folder"))->setText(QStringLiteral("../etc"));
    again.accept();
    QCOMPARE(again.result(), int(QDialog::Rejected));
    QVERIFY(again.errorText().contains(QStringLiteral("javascript:alert(1)")));
    QVERIFY(again.errorText().contains(QStringLiteral("../etc/")));
    again.field(QStringLiteral("submission_form_url"))
        ->setText(QStringLiteral("https://essai.example.org/relais/receiver.php"));
    again.field(QStringLiteral("inbox_folder"))->setText(QStringLiteral("annonces"));
    again.findChild<QPlainTextEdit *>(QStringLiteral("blocked_words"))
        ->setPlainText(QStringLiteral("casino\nviagra"));
    again.accept();
    QCOMPARE(again.result(), int(QDialog::Accepted));
    stored = m_fx.store().siteSettings().load();
    QCOMPARE(
        stored->submissionFormUrl, QStringLiteral("https://essai.example.org/relais/receiver.php"));
    QCOMPARE(stored->inboxFolder, QStringLiteral("annonces/"));
    QCOMPARE(stored->blockedWords, QStringLiteral("casino\nviagra"));
    QCOMPARE(stored->rejectionReasons, SiteSettings {}.rejectionReasons);
    QCOMPARE(stored->name, QStringLiteral("Portail d’essai"));
}

void TestMainWindow::spellingDoesNotCountAsAnEdit()
{
    QSignalSpy ready(&m_fx.window(), &MainWindow::spellingReady);
    QVERIFY(ready.count() == 1 || ready.wait(10000));
    selectRowWithTitle(MainWindow::Articles,
        QStringLiteral("PTCE ALISS : la coopération au service du territoire"));
    ArticleEditor *editor = articleEditor();
    const int revision = m_fx.store().articles().load(editor->currentId())->meta.revision;
    // Redoing the underlines (as when a word is added to the dictionary) changes no text.
    editor->setSpellChecker(nullptr);
    QApplication::processEvents();
    QVERIFY(!editor->isModified());
    QCOMPARE(m_fx.store().articles().load(editor->currentId())->meta.revision, revision);
    // A real edit still counts.
    editor->bodyEdit()->moveCursor(QTextCursor::End);
    typeText(editor->bodyEdit(), QStringLiteral("!"));
    QVERIFY(editor->isModified());
}

namespace {

QByteArray jpegBytes(int width, int height, QColor colour)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(colour);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG");
    return bytes;
}

} // namespace

void TestMainWindow::picturesDroppedPastedAndPicked()
{
    selectRowWithTitle(MainWindow::Articles,
        QStringLiteral("PTCE ALISS : la coopération au service du territoire"));
    ArticleEditor *editor = articleEditor();
    auto *body = qobject_cast<MarkdownEdit *>(editor->bodyEdit());
    QVERIFY(body->hasPictureHandler());
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("Fête des voisins.jpg"));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(jpegBytes(2000, 1500, Qt::darkGreen));
    }
    ItemEditor::setPictureDescriptionAnswer(QStringLiteral("Des voisins [réunis] dans la cour"));
    body->moveCursor(QTextCursor::End);
    // Dropped from a file manager.
    QMimeData dropped;
    dropped.setUrls({ QUrl::fromLocalFile(file) });
    QVERIFY(body->canInsertFromMimeData(&dropped));
    body->insertFromMimeData(&dropped);
    auto media = m_fx.store().media().list();
    RELAIS_VERIFY_OK(media);
    QCOMPARE(media->size(), 1);
    const Media picture = media->first();
    QCOMPARE(picture.alt, QStringLiteral("Des voisins [réunis] dans la cour"));
    QVERIFY2(
        body->toPlainText().endsWith(
            QStringLiteral("![Des voisins \\[réunis\\] dans la cour](%1)\n\n").arg(picture.path())),
        qPrintable(body->toPlainText()));
    QVERIFY(editor->isModified());

    // Pasted as a picture (a screenshot): stored as PNG-born, so a PNG web copy.
    ItemEditor::setPictureDescriptionAnswer(QString()); // the person gives no description
    QMimeData pasted;
    QImage shot(300, 200, QImage::Format_RGB32);
    shot.fill(Qt::blue);
    pasted.setImageData(shot);
    body->insertFromMimeData(&pasted);
    media = m_fx.store().media().list();
    QCOMPARE(media->size(), 2);
    QVERIFY(body->toPlainText().contains(QStringLiteral("![](media/picture-")));
    // ...which the editor points out.
    auto *warnings = editor->findChild<QLabel *>(QStringLiteral("pictureWarnings"));
    QVERIFY(warnings->isVisibleTo(editor));
    QVERIFY2(warnings->text().contains(QStringLiteral("1 picture without a description")),
        qPrintable(warnings->text()));

    // A file that is not a picture: a message naming it, the text untouched.
    const QString notPicture = dir.filePath(QStringLiteral("faux.png"));
    {
        QFile f(notPicture);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("<script>alert(1)</script>");
    }
    const QString before = body->toPlainText();
    QMimeData bad;
    bad.setUrls({ QUrl::fromLocalFile(notPicture) });
    body->insertFromMimeData(&bad);
    QCOMPARE(body->toPlainText(), before);
    QVERIFY2(m_fx.window().statusBar()->currentMessage().contains(QStringLiteral("faux.png")),
        qPrintable(m_fx.window().statusBar()->currentMessage()));
    QCOMPARE(m_fx.store().media().count().value(), 2);
    // A picture URL typed by hand that is not in the store.
    body->moveCursor(QTextCursor::End);
    body->insertPlainText(QStringLiteral("![Absente](media/absente-00000000.jpg)"));
    QVERIFY(warnings->text().contains(QStringLiteral("media/absente-00000000.jpg")));

    // The featured image, from a file; saved with the article.
    QVERIFY(editor->featuredImage()->choose(file)); // the same file: the stored picture again
    QCOMPARE(editor->featuredImage()->image(), picture.name);
    QVERIFY(m_fx.window().saveCurrent());
    auto stored = m_fx.store().articles().load(editor->currentId());
    QCOMPARE(stored->featuredImage, picture.name);
    QVERIFY(stored->body.contains(picture.path()));
    ItemEditor::setPictureDescriptionAnswer(std::nullopt);

    // The list shows the featured picture beside the title (decoded in a worker thread; the
    // row first shows an empty place of the same size), and nothing beside the others.
    EntityListModel *model = panel(MainWindow::Articles)->model();
    const int row = model->rowOf(EntityType::Article, stored->meta.id);
    QVERIFY(row >= 0);
    auto pictureAt = [model](int r) {
        return model->index(r, 0).data(Qt::DecorationRole).value<QPixmap>().toImage();
    };
    auto isGreen = [](const QColor &c) {
        return c.alpha() == 255 && c.green() > 100 && c.red() < 40 && c.blue() < 40;
    };
    QTRY_VERIFY_WITH_TIMEOUT(isGreen(pictureAt(row).pixelColor(ListPanel::ThumbnailSize.width() / 2,
                                 ListPanel::ThumbnailSize.height() / 2)),
        5000);
    QCOMPARE(pictureAt(row).size(), ListPanel::ThumbnailSize);
    const int other = row == 0 ? 1 : 0;
    const QImage empty = pictureAt(other);
    QCOMPARE(empty.size(), ListPanel::ThumbnailSize);
    QCOMPARE(
        empty
            .pixelColor(ListPanel::ThumbnailSize.width() / 2, ListPanel::ThumbnailSize.height() / 2)
            .alpha(),
        0);
    // A list where nothing has a picture makes no room for one.
    EntityListModel *agenda = panel(MainWindow::Agenda)->model();
    QVERIFY(agenda->rowCount() > 0);
    QVERIFY(!agenda->index(0, 0).data(Qt::DecorationRole).isValid());
}

void TestMainWindow::spellingFollowsTheArticlesLanguage()
{
    QSignalSpy ready(&m_fx.window(), &MainWindow::spellingReady);
    QVERIFY(ready.count() == 1 || ready.wait(10000));
    selectRowWithTitle(MainWindow::Articles,
        QStringLiteral("PTCE ALISS : la coopération au service du territoire"));
    ArticleEditor *editor = articleEditor();
    auto *body = qobject_cast<MarkdownEdit *>(editor->bodyEdit());
    body->setPlainText(QStringLiteral("The volunteers repaired bicycles"));
    // "volunteers" is not French: underlined, with suggestions.
    auto misspelled = [body] {
        std::unique_ptr<QMenu> menu(body->createSpellingMenu(6));
        return menu && !menu->actions().isEmpty();
    };
    QVERIFY(misspelled());
    editor->languageBox()->setCurrentIndex(editor->languageBox()->findData(QStringLiteral("en")));
    QVERIFY(!misspelled());
    QVERIFY(editor->isModified());
    QVERIFY(m_fx.window().saveCurrent());
    QCOMPARE(m_fx.store().articles().load(editor->currentId())->language, QStringLiteral("en"));
}

void TestMainWindow::mediaLibraryRemovesUnusedPictures()
{
    auto used = WebImage::store(
        m_fx.store().media(), QStringLiteral("used.jpg"), jpegBytes(500, 400, Qt::red));
    auto unused = WebImage::store(
        m_fx.store().media(), QStringLiteral("unused.jpg"), jpegBytes(500, 400, Qt::yellow));
    RELAIS_VERIFY_OK(used);
    RELAIS_VERIFY_OK(unused);
    auto article = m_fx.store().articles().loadAll()->first();
    article.featuredImage = used->name;
    RELAIS_VERIFY_OK(m_fx.store().articles().save(article));

    MediaLibraryDialog dialog(m_fx.store(), &m_fx.window());
    QCOMPARE(dialog.table()->rowCount(), 2);
    dialog.unusedOnly()->setChecked(true);
    QCOMPARE(dialog.table()->rowCount(), 1);
    QCOMPARE(dialog.table()->item(0, MediaLibraryDialog::Name)->text(), unused->path());
    // The description is edited in place.
    dialog.table()
        ->item(0, MediaLibraryDialog::Description)
        ->setText(QStringLiteral("Un mur jaune"));
    QCOMPARE(m_fx.store().media().byName(unused->name)->alt, QStringLiteral("Un mur jaune"));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QCOMPARE(dialog.removeUnused(), 1);
    QCOMPARE(MessageBox::takeShownCount(), 1);
    QCOMPARE(m_fx.store().media().count().value(), 1);
    RELAIS_VERIFY_OK(m_fx.store().media().byName(used->name));
}

// A vCard file is read and parsed off the GUI thread; the review dialog comes when it is
// done, and what it stores is there afterwards.
void TestMainWindow::addressBookIsReadInTheBackground()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("carnet.vcf"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Aline Fond\r\nEMAIL:aline@example.org\r\n"
               "END:VCARD\r\nBEGIN:VCARD\r\nVERSION:4.0\r\nFN:Basile Haut\r\n"
               "TEL:03 22 00 00 01\r\nEND:VCARD\r\n");
    file.close();
    const int contacts = *m_fx.store().contacts().count();
    QString summary;
    QTimer poll; // the dialog is modal: answered from a timer, as a person would click
    poll.setInterval(20);
    connect(&poll, &QTimer::timeout, this, [&summary] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog || dialog->objectName() != u"contactImportDialog")
            return;
        summary = QStringLiteral("shown");
        QTest::mouseClick(
            dialog->findChild<QPushButton *>(QStringLiteral("allButton")), Qt::LeftButton);
    });
    poll.start();
    QVERIFY(m_fx.window().importContacts(path));
    QVERIFY(!m_fx.window().importContacts(path)); // one at a time
    QTRY_COMPARE(summary, QStringLiteral("shown"));
    QTRY_COMPARE(*m_fx.store().contacts().count(), contacts + 2);
    QVERIFY(m_fx.window().importContacts(path)); // the next one may start
    QTRY_COMPARE(*m_fx.store().contacts().count(), contacts + 4); // "all": twice, as asked
}

// Picking the database itself (or its log) in File → Import Contacts is refused with a
// message: reading it outside SQLite would release SQLite's locks (issue 16).
void TestMainWindow::theOpenDatabaseIsNeverImported()
{
    if (Test::onPostgres())
        QSKIP("A newsroom is no file that could be picked for an import.");
    const QString path = m_fx.store().database().path();
    const int contacts = *m_fx.store().contacts().count();
    MessageBox::takeShownCount();
    QVERIFY(!m_fx.window().importContacts(path));
    QCOMPARE(MessageBox::takeShownCount(), 1);
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("database in use")),
        qPrintable(MessageBox::lastText()));
    QVERIFY(!m_fx.window().importContacts(path + QStringLiteral("-wal")));
    QCOMPARE(MessageBox::takeShownCount(), 1);
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("database in use")));
    QCOMPARE(*m_fx.store().contacts().count(), contacts);
    auto problems = m_fx.store().database().check();
    RELAIS_VERIFY_OK(problems);
    QVERIFY(problems->isEmpty());
}

QTEST_MAIN(TestMainWindow)
#include "test_mainwindow.moc"
