// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The Submissions page of the window: queue, review, keyboard, decisions, approval through
// the editor.
#include "agendaeditor.h"
#include "cannedserver.h"
#include "nginxserver.h"
#include "publish/passwordvault.h"
#include "passwordprompt.h"
#include "publish/publishjob.h"
#include "csvmappingdialog.h"
#include "editorwidgets.h"
#include "articleeditor.h"
#include "listpanel.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "moderationcontroller.h"
#include "previewpane.h"
#include "settings.h"
#include "submissionqueue.h"
#include "submissionview.h"
#include "testsupport.h"
#include "windowfixture.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTranslator>
#include <QTreeView>
#include <QWebEnginePage>
#include <QWebEngineView>

using namespace Relais;

class TestModerationGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void queueCountsAndFilters();
    void hostileSubmissionIsShownInert();
    void keyboardReview();
    void rejectWithReasonAndMail();
    void bulkDuplicate();
    void approveOpensTheEditorAndLinksTheItem();
    void keysBelongToThePage();
    void abandonedApprovalLeavesTheSubmissionNew();
    void csvImportThroughTheMappingDialog();
    void attachmentDownloadedOnlyWhenAsked();
    void readerWarningsReadInTheReadersLanguage();
    void fetchInboxFromTheWindow();

private:
    ModerationController *moderation() { return m_fx.window().moderation(); }
    SubmissionQueue *queue() { return moderation()->queue(); }
    SubmissionView *view() { return moderation()->view(); }
    bool selectId(const QString &externalId);
    bool waitShown();
    // Imports a file and waits until it is stored; true when it was.
    bool importAndWait(const QString &path)
    {
        QSignalSpy imported(moderation(), &ModerationController::imported);
        if (!moderation()->importFile(path))
            return false;
        if (imported.isEmpty() && !imported.wait(10000))
            return false;
        return imported.first().first().toBool();
    }
    void key(Qt::Key k) { QTest::keyClick(queue()->view(), k); }

    Test::WindowFixture m_fx;
    QList<QUrl> m_opened;
};

void TestModerationGui::initTestCase()
{
    QVERIFY(Test::prepareWindowTests());
}

void TestModerationGui::init()
{
    QVERIFY(m_fx.start());
    m_opened.clear();
    m_fx.window().setUrlOpener([this](const QUrl &url) {
        m_opened.append(url);
        return true;
    });
    QVERIFY(importAndWait(Test::sourcePath(QStringLiteral("resources/demo/submissions.json"))));
    QCOMPARE(MessageBox::takeShownCount(), 0); // the demo file has no problem to report
    m_fx.window().showPage(MainWindow::Submissions);
    QCOMPARE(m_fx.window().currentPage(), MainWindow::Submissions);
}

void TestModerationGui::cleanup()
{
    RejectDialog::setAnswer(nullptr);
    QCOMPARE(MessageBox::takeShownCount(), 0);
    m_fx.stop();
}

bool TestModerationGui::selectId(const QString &externalId)
{
    auto s = m_fx.store().submissions().find(externalId);
    return s && queue()->select(s->id);
}

bool TestModerationGui::waitShown()
{
    QSignalSpy shown(view(), &SubmissionView::shown);
    return shown.count() > 0 || shown.wait(20000);
}

void TestModerationGui::queueCountsAndFilters()
{
    QListWidget *sidebar = m_fx.window().sidebar();
    QListWidgetItem *item = sidebar->item(MainWindow::sidebarRow(MainWindow::Submissions));
    QCOMPARE(item->text(), QStringLiteral("Submissions (5)"));
    QCOMPARE(item->toolTip(), QStringLiteral("5 new submissions to review"));
    QCOMPARE(queue()->rowCount(), 5);
    // Newest first.
    QCOMPARE(view()->submission().externalId, QStringLiteral("demo-0004"));
    QVERIFY(queue()->sourceFilter()->findData(QStringLiteral("file")) > 0);
    queue()->sourceFilter()->setCurrentIndex(
        queue()->sourceFilter()->findData(QStringLiteral("file")));
    QCOMPARE(queue()->rowCount(), 5);
    queue()->setStateFilter(Submission::State::Rejected);
    QCOMPARE(queue()->rowCount(), 0);
    QCOMPARE(view()->currentId(), 0);
    queue()->setStateFilter(std::nullopt);
    QCOMPARE(queue()->rowCount(), 5);
    QVERIFY(!queue()->view()->isColumnHidden(
        SubmissionListModel::State)); // all states: the state is shown
}

void TestModerationGui::hostileSubmissionIsShownInert()
{
    QVERIFY(selectId(QStringLiteral("demo-0003")));
    QVERIFY(waitShown());
    const QString html = view()->pageHtml();
    QVERIFY(!html.contains(u"<script"));
    QVERIFY(html.contains(u"&lt;script&gt;"));
    QVERIFY(html.contains(u"link removed: <code>javascript:alert(1)</code>"));
    QStringList warnings;
    for (const ReviewWarning &w : view()->warnings())
        warnings.append(w.message);
    QVERIFY2(warnings.join(u'\n').contains(u"Probably spam: 5 links."),
        qPrintable(warnings.join(u'\n')));
    QVERIFY(warnings.join(u'\n').contains(u"field hidden from people"));
    QVERIFY(m_fx.window()
                .findChild<QLabel *>(QStringLiteral("submissionSummary"))
                ->text()
                .contains(u"probably spam"));
    // In the web view: the script did not run (the title is Relais's own), nothing was fetched.
    QWebEngineView *web = view()->preview()->view();
    QVERIFY(web);
    QTRY_COMPARE_WITH_TIMEOUT(web->page()->title(), QStringLiteral("Submission"), 10000);
    QCOMPARE(view()->preview()->blockedRequests(), 0);

    // The tracker picture, the bidi override and the zero-width space of demo-0004.
    QVERIFY(selectId(QStringLiteral("demo-0004")));
    QVERIFY(waitShown());
    QCOMPARE(view()->submission().title, QStringLiteral("Atelier zéro déchet au jardin partagé"));
    QVERIFY(!view()->pageHtml().contains(u"<img"));
    QVERIFY(view()->pageHtml().contains(
        u"picture not loaded: affiche — <code>https://jardin-partage.example/affiche.jpg</code>"));
    QVERIFY(view()->pageHtml().contains(u"The end (")); // ends before it starts
    QTest::qWait(300);
    QCOMPARE(view()->preview()->blockedRequests(), 0);
    QCOMPARE(web->page()->title(), QStringLiteral("Submission"));
}

void TestModerationGui::keyboardReview()
{
    QVERIFY(waitShown());
    queue()->view()->setFocus();
    QCOMPARE(view()->submission().externalId, QStringLiteral("demo-0004"));
    QList<int> latencies;
    for (const char *expected : { "demo-0005", "demo-0003", "demo-0002" }) {
        QSignalSpy shown(view(), &SubmissionView::shown);
        key(Qt::Key_J);
        QCOMPARE(view()->submission().externalId, QString::fromLatin1(expected));
        QVERIFY(shown.wait(20000));
        latencies.append(shown.first().first().toInt());
    }
    key(Qt::Key_K);
    QCOMPARE(view()->submission().externalId, QStringLiteral("demo-0003"));
    QVERIFY(waitShown());
    // A figure, not a verdict: wall time on a shared machine varies.
    qInfo("review latency (next submission on screen), ms: %d %d %d", latencies.value(0),
        latencies.value(1), latencies.value(2));
}

void TestModerationGui::rejectWithReasonAndMail()
{
    QVERIFY(selectId(QStringLiteral("demo-0002")));
    RejectDialog::setAnswer([] {
        return std::optional<RejectDialog::Answer>({ QStringLiteral("Déjà annoncé"), true });
    });
    key(Qt::Key_R);
    auto s = m_fx.store().submissions().find(QStringLiteral("demo-0002"));
    QCOMPARE(s->state, Submission::State::Rejected);
    auto decisions = m_fx.store().submissions().decisions(s->id);
    QCOMPARE(decisions->size(), 1);
    QCOMPARE(decisions->first().reason, QStringLiteral("Déjà annoncé"));
    QVERIFY(!decisions->first().who.isEmpty());
    // The mail client gets a message to the submitter; Relais sends nothing itself.
    QCOMPARE(m_opened.size(), 1);
    QCOMPARE(m_opened.first().scheme(), QStringLiteral("mailto"));
    QCOMPARE(m_opened.first().path(), QStringLiteral("contact@ressourcerie-avesnois.example"));
    QVERIFY(m_opened.first().toString(QUrl::FullyDecoded).contains(u"Déjà annoncé"));
    // The queue shows new ones: it is gone, the next one is shown; the sidebar counts 4.
    QCOMPARE(queue()->rowCount(), 4);
    QVERIFY(view()->submission().externalId != u"demo-0002");
    QCOMPARE(m_fx.window().sidebar()->item(MainWindow::sidebarRow(MainWindow::Submissions))->text(),
        QStringLiteral("Submissions (4)"));
    // Cancelled: nothing recorded.
    RejectDialog::setAnswer([] { return std::optional<RejectDialog::Answer>(); });
    const qint64 shown = view()->currentId();
    key(Qt::Key_R);
    QCOMPARE(m_fx.store().submissions().load(shown)->state, Submission::State::New);
    // Reopen from the rejected list.
    queue()->setStateFilter(Submission::State::Rejected);
    QCOMPARE(queue()->rowCount(), 1);
    m_fx.window().action(QStringLiteral("reopenSubmission"))->trigger();
    QCOMPARE(m_fx.store().submissions().find(QStringLiteral("demo-0002"))->state,
        Submission::State::New);
    QCOMPARE(m_fx.store().submissions().decisions(s->id)->size(), 2);
}

void TestModerationGui::bulkDuplicate()
{
    QTreeView *list = queue()->view();
    list->selectionModel()->select(
        QItemSelection(list->model()->index(1, 0), list->model()->index(2, 0)),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QCOMPARE(queue()->selectedIds().size(), 2);
    QVERIFY(m_fx.window()
                .findChild<QLabel *>(QStringLiteral("submissionSummary"))
                ->text()
                .contains(u"2 submissions selected"));
    QVERIFY(!m_fx.window().action(QStringLiteral("approveAgenda"))->isEnabled()); // one at a time
    key(Qt::Key_D);
    auto counts = m_fx.store().submissions().counts();
    QCOMPARE(counts->value(Submission::State::Duplicate), 2);
    QCOMPARE(counts->value(Submission::State::New), 3);
    QCOMPARE(queue()->rowCount(), 3);
}

void TestModerationGui::approveOpensTheEditorAndLinksTheItem()
{
    QVERIFY(selectId(QStringLiteral("demo-0001")));
    key(Qt::Key_A); // an event: as an agenda entry
    QCOMPARE(m_fx.window().currentPage(), MainWindow::Agenda);
    auto *editor = qobject_cast<AgendaEditor *>(m_fx.window().editor(MainWindow::Agenda));
    QVERIFY(editor->isVisible());
    QCOMPARE(editor->titleEdit()->text(),
        QStringLiteral("Forum des initiatives solidaires du Douaisis"));
    QVERIFY(editor->isModified());
    QVERIFY(editor->origin().contains(u"It is approved when this item is first saved"));
    const auto s = m_fx.store().submissions().find(QStringLiteral("demo-0001"));
    QCOMPARE(s->state, Submission::State::New); // not before the save
    QVERIFY(m_fx.window().saveCurrent());
    const auto after = m_fx.store().submissions().find(QStringLiteral("demo-0001"));
    QCOMPARE(after->state, Submission::State::Approved);
    QVERIFY(!after->itemUuid.isNull());
    auto entry = m_fx.store().agenda().load(after->itemUuid);
    RELAIS_VERIFY_OK(entry);
    QCOMPARE(entry->status, Status::Draft);
    QCOMPARE(entry->start, s->startsAt);
    QCOMPARE(entry->locationName, QStringLiteral("Salle des fêtes de Sin-le-Noble"));
    // The item shows where it came from, also when opened again later.
    QVERIFY2(editor->origin().contains(
                 u"Made from the submission “Forum des initiatives solidaires du Douaisis”"),
        qPrintable(editor->origin()));
    m_fx.window().showPage(MainWindow::Articles);
    m_fx.window().showPage(MainWindow::Agenda);
    m_fx.window().listPanel(MainWindow::Agenda)->selectItem(EntityType::Agenda, entry->meta.id);
    QVERIFY(editor->origin().contains(u"approved by"));

    // A news item goes to the article editor.
    m_fx.window().showPage(MainWindow::Submissions);
    QVERIFY(selectId(QStringLiteral("demo-0005")));
    m_fx.window().action(QStringLiteral("approveArticle"))->trigger();
    QCOMPARE(m_fx.window().currentPage(), MainWindow::Articles);
    auto *articles = qobject_cast<ArticleEditor *>(m_fx.window().editor(MainWindow::Articles));
    QCOMPARE(
        articles->titleEdit()->text(), QStringLiteral("Réunion d’information : créer sa SCIC"));
    QVERIFY(m_fx.window().saveCurrent());
    QCOMPARE(m_fx.store().submissions().find(QStringLiteral("demo-0005"))->itemType,
        QStringLiteral("article"));
}

void TestModerationGui::keysBelongToThePage()
{
    // On another page the letters are text, not decisions.
    m_fx.window().showPage(MainWindow::Articles);
    QVERIFY(!m_fx.window().action(QStringLiteral("rejectSubmission"))->isEnabled());
    QVERIFY(!m_fx.window().action(QStringLiteral("nextSubmission"))->isEnabled());
    QTest::keyClick(m_fx.window().sidebar(), Qt::Key_D);
    QCOMPARE(m_fx.store().submissions().countNew().value(), 5);
    m_fx.window().showPage(MainWindow::Submissions);
    QVERIFY(m_fx.window().action(QStringLiteral("nextSubmission"))->isEnabled());
}

void TestModerationGui::abandonedApprovalLeavesTheSubmissionNew()
{
    QTemporaryDir dir;
    const QString json = dir.filePath(QStringLiteral("undated.json"));
    QFile f(json);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(
        R"({"id":"undated","received_at":"2026-11-28T23:00:00Z","kind":"event","title":"Sans date","location":"Lille"})");
    f.close();
    QVERIFY(importAndWait(json));
    QVERIFY(selectId(QStringLiteral("undated")));
    key(Qt::Key_A);
    QCOMPARE(m_fx.window().currentPage(), MainWindow::Agenda);
    auto *editor = qobject_cast<AgendaEditor *>(m_fx.window().editor(MainWindow::Agenda));
    // No invented date: the form waits for the person (nothing to autosave), and says why.
    QCOMPARE(editor->titleEdit()->text(), QStringLiteral("Sans date"));
    QVERIFY(!editor->isModified());
    QVERIFY(editor->origin().contains(u"gives no usable date"));
    QTest::qWait(500); // longer than the autosave delay
    QCOMPARE(m_fx.store().agenda().count().value(), 6);
    // Leaving: nothing is made, the submission stays to be decided.
    m_fx.window().showPage(MainWindow::Submissions);
    QCOMPARE(
        m_fx.store().submissions().find(QStringLiteral("undated"))->state, Submission::State::New);
    // A new agenda entry made afterwards is not taken for the submission's.
    m_fx.window().showPage(MainWindow::Agenda);
    m_fx.window().newItem();
    editor->titleEdit()->setText(QStringLiteral("Autre chose"));
    editor->startField()->setValue(QDateTime(QDate(2027, 3, 1), QTime(9, 0), QTimeZone::utc()));
    QVERIFY(m_fx.window().saveCurrent());
    QCOMPARE(
        m_fx.store().submissions().find(QStringLiteral("undated"))->state, Submission::State::New);
    QVERIFY(editor->origin().isEmpty());
}

void TestModerationGui::csvImportThroughTheMappingDialog()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("export.csv"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("Titre,Date de début,Lieu,Courriel,Commentaire interne\n"
            "Bourse aux vélos,14/03/2027 09:00,Parvis de la gare,velo@example.org,ne pas publier\n"
            "Troc de graines,21/03/2027,Jardin partagé,graines@example.org,\n");
    f.close();
    int asked = 0;
    ModerationController::setCsvMappingAnswer(
        [&asked](const ContactCsv::Table &t) -> std::optional<QHash<QString, int>> {
            ++asked;
            // The dialog a person sees: guessed columns, a preview of the rows as they will be
            // imported.
            CsvMappingDialog dialog(t, CsvMappingDialog::submissionSchema());
            if (dialog.previewCell(0, QStringLiteral("title")) != u"Bourse aux vélos"
                || dialog.previewCell(0, QStringLiteral("location")) != u"Parvis de la gare"
                || dialog.previewCell(0, QStringLiteral("kind")) != u"event")
                return std::nullopt;
            dialog.setColumn(QStringLiteral("location"), -1); // the person unmaps a column
            if (!dialog.previewCell(0, QStringLiteral("location")).isEmpty())
                return std::nullopt;
            return dialog.mapping();
        });
    QVERIFY(importAndWait(path));
    ModerationController::setCsvMappingAnswer(nullptr);
    QCOMPARE(asked, 1);
    QCOMPARE(m_fx.store().submissions().countNew().value(), 7);
    auto rows = m_fx.store().submissions().list();
    bool found = false;
    for (const SubmissionRow &r : *rows) {
        if (r.title == u"Bourse aux vélos") {
            auto s = m_fx.store().submissions().load(r.id);
            QVERIFY(s->location.isEmpty());
            QCOMPARE(s->submitter.email, QStringLiteral("velo@example.org"));
            found = true;
        }
    }
    QVERIFY(found);
    // Cancelled: nothing imported.
    ModerationController::setCsvMappingAnswer(
        [](const ContactCsv::Table &) { return std::optional<QHash<QString, int>>(); });
    QVERIFY(!moderation()->importFile(path));
    ModerationController::setCsvMappingAnswer(nullptr);
    QCOMPARE(m_fx.store().submissions().countNew().value(), 7);
}

void TestModerationGui::attachmentDownloadedOnlyWhenAsked()
{
    Test::CannedServer server;
    const QByteArray pdf = "%PDF-1.4\n% affiche\n";
    server.set("/affiche.pdf", "application/pdf", pdf);
    server.set("/fausse.pdf", "application/pdf", "<html><script>alert(1)</script></html>");
    QTemporaryDir dir;
    const QString json = dir.filePath(QStringLiteral("with-attachment.json"));
    QFile f(json);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QJsonDocument(
        QJsonArray {
            QJsonObject { { QStringLiteral("id"), QStringLiteral("att-1") },
                { QStringLiteral("received_at"), QStringLiteral("2026-11-28T23:59:00Z") },
                { QStringLiteral("kind"), QStringLiteral("news") },
                { QStringLiteral("title"), QStringLiteral("Avec affiche") },
                { QStringLiteral("attachments"),
                    QJsonArray { QJsonObject {
                        { QStringLiteral("name"), QStringLiteral("../../Affiche finale.pdf") },
                        { QStringLiteral("url"),
                            server.url(QStringLiteral("/affiche.pdf")).toString() } } } } },
            QJsonObject { { QStringLiteral("id"), QStringLiteral("att-2") },
                { QStringLiteral("received_at"), QStringLiteral("2026-11-28T23:58:00Z") },
                { QStringLiteral("kind"), QStringLiteral("news") },
                { QStringLiteral("title"), QStringLiteral("Fausse affiche") },
                { QStringLiteral("attachments"),
                    QJsonArray {
                        QJsonObject { { QStringLiteral("name"), QStringLiteral("fausse.pdf") },
                            { QStringLiteral("url"),
                                server.url(QStringLiteral("/fausse.pdf")).toString() } } } } } })
                .toJson());
    f.close();
    QVERIFY(importAndWait(json));
    ModerationController::setDownloadFolder(dir.path());
    QVERIFY(selectId(QStringLiteral("att-1")));
    QVERIFY(m_fx.window().action(QStringLiteral("downloadAttachment"))->isEnabled());
    QSignalSpy done(moderation(), &ModerationController::downloadFinished);
    m_fx.window().action(QStringLiteral("downloadAttachment"))->trigger();
    QVERIFY(done.wait(20000));
    QVERIFY(done.first().at(0).toBool());
    // Saved under a name Relais made, in the chosen folder, never where the sender's name points.
    const QString saved = done.first().at(1).toString();
    QCOMPARE(QFileInfo(saved).dir().absolutePath(), QDir(dir.path()).absolutePath());
    QCOMPARE(QFileInfo(saved).fileName(), QStringLiteral("affiche-finale.pdf"));
    QFile out(saved);
    QVERIFY(out.open(QIODevice::ReadOnly));
    QCOMPARE(out.readAll(), pdf);
    // A file that is not what it says is not kept.
    QVERIFY(selectId(QStringLiteral("att-2")));
    done.clear();
    m_fx.window().action(QStringLiteral("downloadAttachment"))->trigger();
    QVERIFY(done.wait(20000));
    QVERIFY(!done.first().at(0).toBool());
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("fausse.pdf"))));
    ModerationController::setDownloadFolder({});
    // Submissions without attachments offer nothing to download.
    QVERIFY(selectId(QStringLiteral("demo-0005")));
    QVERIFY(!m_fx.window().action(QStringLiteral("downloadAttachment"))->isEnabled());
}

void TestModerationGui::readerWarningsReadInTheReadersLanguage()
{
    // Stored once (here by an English window), read in the language of whoever reads them.
    auto s = m_fx.store().submissions().find(QStringLiteral("demo-0004"));
    RELAIS_VERIFY_OK(s);
    QCOMPARE(s->warnings.size(), 1);
    QCOMPARE(SubmissionParser::warningText(s->warnings.first()),
        QStringLiteral("title: invisible characters removed (direction overrides, zero-width or "
                       "control characters): 2."));
    QTranslator french;
    QVERIFY(french.load(QStringLiteral(":/i18n/relais_fr")));
    QCoreApplication::installTranslator(&french);
    const QString read = SubmissionParser::warningText(s->warnings.first());
    // Every message of the reader is found in French (a context that lupdate and the code
    // disagree on would leave it in English).
    const QByteArray hostile = R"([{"id":"a","received_at":"demain","kind":"party","title":42},
        {"id":"b","received_at":"2026-11-28T10:00:00Z","kind":"news","title":"T","links":["javascript:x"],"all_day":"oui",
         "sections":"x","submitter":{"email":"y"},"attachments":[{"url":"data:x"}]},
        [[[[[[[[[[1]]]]]]]]]], {"id":"c"}])";
    const SubmissionBatch french_batch = SubmissionParser::parseJson(
        hostile, QStringLiteral("file"), QStringLiteral("f.json"), QTimeZone("Europe/Paris"));
    QStringList frenchProblems;
    for (const SubmissionProblem &p : french_batch.problems)
        frenchProblems.append(p.toString());
    QCoreApplication::removeTranslator(&french);
    QVERIFY2(read.startsWith(u"title: caractères invisibles retirés"), qPrintable(read));
    const SubmissionBatch english_batch = SubmissionParser::parseJson(
        hostile, QStringLiteral("file"), QStringLiteral("f.json"), QTimeZone("Europe/Paris"));
    QCOMPARE(french_batch.problems.size(), english_batch.problems.size());
    QVERIFY(french_batch.problems.size() >= 10);
    for (qsizetype i = 0; i < french_batch.problems.size(); ++i) {
        const QString fr = frenchProblems.at(i);
        const QString en = english_batch.problems.at(i).toString();
        QVERIFY2(fr != en, qPrintable(fr));
        QVERIFY2(
            !fr.contains(u"Left out") && !fr.contains(u"submission ") && !fr.contains(u"Not taken"),
            qPrintable(fr));
    }
}

void TestModerationGui::fetchInboxFromTheWindow()
{
    Test::NginxServer nginx;
    const QString started = nginx.start();
    QVERIFY2(started.isEmpty(), qPrintable(started));
    const QString inbox = nginx.documentRoot() + QStringLiteral("/site/inbox/");
    QVERIFY(QDir().mkpath(inbox));
    for (int i = 0; i < 3; ++i) {
        QFile f(inbox + QStringLiteral("w%1.json").arg(i));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(
            QJsonObject { { QStringLiteral("id"), QStringLiteral("web-%1").arg(i) },
                { QStringLiteral("received_at"), QStringLiteral("2026-11-28T12:00:00Z") },
                { QStringLiteral("kind"), QStringLiteral("news") },
                { QStringLiteral("title"), QStringLiteral("Par le formulaire %1").arg(i) } })
                    .toJson());
    }
    PublishTarget target;
    target.name = QStringLiteral("Portail");
    target.url = nginx.url();
    target.username = Test::NginxServer::user();
    auto added = m_fx.store().publishing().addTarget(target);
    RELAIS_VERIFY_OK(added);
    target = *added;
    QString password = Test::NginxServer::password();
    PasswordPrompt::setAnswer(
        [&password](const PublishTarget &) { return std::optional<QString>(password); });
    QSignalSpy finished(moderation(), &ModerationController::fetchFinished);
    m_fx.window().action(QStringLiteral("fetchInbox"))->trigger();
    QVERIFY(
        !m_fx.window().action(QStringLiteral("fetchInbox"))->isEnabled()); // one fetch at a time
    QVERIFY(finished.wait(30000));
    auto report = finished.first().first().value<InboxFetcher::Report>();
    QVERIFY2(report.ok, qPrintable(report.error));
    QCOMPARE(report.added, 3);
    QCOMPARE(m_fx.store().submissions().countNew().value(), 8);
    QCOMPARE(m_fx.window().sidebar()->item(MainWindow::sidebarRow(MainWindow::Submissions))->text(),
        QStringLiteral("Submissions (8)"));
    QVERIFY(m_fx.window().action(QStringLiteral("fetchInbox"))->isEnabled());
    QCOMPARE(MessageBox::takeShownCount(), 0);
    // A wrong password: said in a message, nothing changes.
    PasswordVault::forget(target.keychainKey());
    password = QStringLiteral("wrong");
    finished.clear();
    m_fx.window().action(QStringLiteral("fetchInbox"))->trigger();
    QVERIFY(finished.wait(30000));
    report = finished.first().first().value<InboxFetcher::Report>();
    QVERIFY(!report.ok);
    QVERIFY2(report.error.contains(u"cannot be listed"), qPrintable(report.error));
    QCOMPARE(MessageBox::takeShownCount(), 1);
    QCOMPARE(m_fx.store().submissions().countNew().value(), 8);
    PasswordPrompt::setAnswer(nullptr);
    nginx.stop();
}

int main(int argc, char *argv[])
{
    PreviewPane::registerScheme(); // before the application, as in the app's main()
    QApplication app(argc, argv);
    TestModerationGui test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "test_moderationgui.moc"
