// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Crash safety of the window (issue 21): what is typed is kept within a moment of the last
// keystroke, and a window killed — a real process, a real SIGKILL — gives it back on the next
// start, saying how many words came back.
#include "articleeditor.h"
#include "entitylistmodel.h"
#include "listpanel.h"
#include "messagebox.h"
#include "storage/recoveryjournal.h"
#include "windowfixture.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QStatusBar>
#include <QTableView>
#include <QThread>
#include <QTest>

#include <csignal>
#include <cstdio>

using namespace Relais;

namespace {

constexpr auto PaulTitle = "Brouillon de Paul";

// The child: a window on the database, the first article opened, words typed in its body and
// never saved (autosave ten minutes away); "typed" said on stdout, then it waits to be killed.
int typeAndWait(int argc, char **argv)
{
    QApplication app(argc, argv);
    if (!Test::prepareWindowTests())
        return 2;
    const QString database = QString::fromLocal8Bit(argv[2]);
    auto store = Store::open(database);
    if (!store)
        return 3;
    QSettings qsettings(QString::fromLocal8Bit(argv[3]), QSettings::IniFormat);
    qsettings.setValue(QStringLiteral("editor/autosaveDelayMs"), 600000);
    Settings settings(qsettings);
    settings.setPreviewVisible(false);
    MainWindow window(**store, settings);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 4;
    ListPanel *panel = window.listPanel(MainWindow::Articles);
    EntityListModel *model = panel->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(EntityListModel::RawValueRole).toString()
            == QLatin1String(PaulTitle))
            panel->view()->setCurrentIndex(model->index(row, 0));
    }
    auto *editor = qobject_cast<ArticleEditor *>(window.editor(MainWindow::Articles));
    if (!editor || editor->titleEdit()->text() != QLatin1String(PaulTitle))
        return 5;
    editor->bodyEdit()->moveCursor(QTextCursor::End);
    QTest::keyClicks(editor->bodyEdit(), QStringLiteral(" Trois mots tapes."));
    std::printf("typed\n");
    std::fflush(stdout);
    return app.exec();
}

} // namespace

class TestRecovery : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void aJournalKeepsWhatIsUnsavedAndSurvivesACutLine();
    void wordsTypedAreCounted();
    void aKilledWindowGivesBackWhatWasTyped();
    void aClosedWindowLeavesNothingToRecover();

private:
    Test::WindowFixture m_fx;
};

void TestRecovery::initTestCase()
{
    QVERIFY(Test::prepareWindowTests());
}

void TestRecovery::cleanup()
{
    QCOMPARE(MessageBox::takeShownCount(), 0);
    m_fx.stop();
}

void TestRecovery::aJournalKeepsWhatIsUnsavedAndSurvivesACutLine()
{
    Test::TempStore temp;
    auto journal = RecoveryJournal::open(temp->database());
    RELAIS_VERIFY_OK(journal);
    const QString path = (*journal)->path();
    QVERIFY(QFile::exists(path));
    QCOMPARE(
        QFile::permissions(path) & (QFile::ReadOther | QFile::ReadGroup), QFile::Permissions {});

    RecoveryJournal::Entry a;
    a.type = QStringLiteral("article");
    a.uuid = QUuid::createUuid();
    a.itemId = 7;
    a.baseRevision = 3;
    a.title = QStringLiteral("Un « titre »");
    a.value = QJsonObject { { QStringLiteral("body"), QStringLiteral("premier") } };
    RELAIS_VERIFY_OK((*journal)->keep(a));
    a.value = QJsonObject { { QStringLiteral("body"), QStringLiteral("premier jet") } };
    RELAIS_VERIFY_OK((*journal)->keep(a));
    RecoveryJournal::Entry c = a;
    c.type = QStringLiteral("contact");
    c.uuid = QUuid::createUuid();
    RELAIS_VERIFY_OK((*journal)->keep(c));
    RELAIS_VERIFY_OK((*journal)->forget(c.type, c.uuid));

    // What a reader finds in the file: the last of each, nothing forgotten — also when the
    // last line was cut in the middle by a kill.
    QFile file(path);
    QVERIFY(file.open(QIODevice::Append));
    file.write("{\"keep\":{\"type\":\"agenda\",\"uu");
    file.close();
    const QList<RecoveryJournal::Entry> read = RecoveryJournal::read(path);
    QCOMPARE(read.size(), 1);
    QCOMPARE(read.first().uuid, a.uuid);
    QCOMPARE(read.first().itemId, 7);
    QCOMPARE(read.first().baseRevision, 3);
    QCOMPARE(read.first().title, a.title);
    QCOMPARE(
        read.first().value.value(QStringLiteral("body")).toString(), QStringLiteral("premier jet"));

    // Everything saved: the file is empty again.
    RELAIS_VERIFY_OK((*journal)->forget(a.type, a.uuid));
    QCOMPARE(QFileInfo(path).size(), 0);
    // A file left by a window that ended without closing (no live lock): taken, and kept in
    // this journal's own file before the old one goes.
    const QString left = QDir(RecoveryJournal::folder())
                             .filePath(RecoveryJournal::keyOf(temp->database())
                                 + QStringLiteral("-999999999.jsonl"));
    QFile leftFile(left);
    QVERIFY(leftFile.open(QIODevice::WriteOnly));
    QFile own(path);
    QVERIFY(own.open(QIODevice::ReadOnly));
    RELAIS_VERIFY_OK((*journal)->keep(a));
    leftFile.write(own.readAll());
    leftFile.close();
    RELAIS_VERIFY_OK((*journal)->forget(a.type, a.uuid));
    auto taken = (*journal)->takeLeftBehind();
    RELAIS_VERIFY_OK(taken);
    QCOMPARE(taken->size(), 1);
    QCOMPARE(taken->first().uuid, a.uuid);
    QVERIFY(!QFile::exists(left));
    QCOMPARE(RecoveryJournal::read(path).size(), 1);
    RELAIS_VERIFY_OK((*journal)->forget(a.type, a.uuid));

    // A journal of a running window is not taken by another one; a closed one leaves no file.
    auto other = RecoveryJournal::open(temp->database());
    QVERIFY(!other); // the same process, the same file: its lock is held
    journal->reset();
    QVERIFY(!QFile::exists(path));
}

void TestRecovery::wordsTypedAreCounted()
{
    const QJsonObject before { { QStringLiteral("title"), QStringLiteral("Fête du vélo") },
        { QStringLiteral("body"), QStringLiteral("Le départ est à 10 h.") },
        { QStringLiteral("sections"), QJsonArray { QStringLiteral("sport") } } };
    QJsonObject after = before;
    after.insert(
        QStringLiteral("body"), QStringLiteral("Le départ est à 10 h, place de l’Hôtel de ville."));
    after.insert(QStringLiteral("sections"), QJsonArray { QStringLiteral("loisirs") });
    // "place", "de", "l", "Hôtel", "de", "ville": punctuation and spaces are not words.
    QCOMPARE(RecoveryJournal::wordsTyped(before, after), 6);
    QCOMPARE(RecoveryJournal::wordsTyped(before, before), 0);
    QCOMPARE(RecoveryJournal::wordsTyped({}, before), 9);
}

void TestRecovery::aKilledWindowGivesBackWhatWasTyped()
{
    Test::WindowFixture::Options options;
    options.autosaveDelayMs = 600000; // the recovered words wait for the explicit save below
    QVERIFY(m_fx.start(options));
    RELAIS_VERIFY_OK(m_fx.store().articles().create(Test::sampleArticle(QLatin1String(PaulTitle))));
    const QString database = m_fx.temp().path();
    QTemporaryDir settingsDir;
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(),
        { QStringLiteral("--type-and-wait"), database,
            settingsDir.filePath(QStringLiteral("relais.ini")) });
    QVERIFY(child.waitForStarted());
    QByteArray said;
    QElapsedTimer waited;
    waited.start();
    while (!said.contains("typed") && waited.elapsed() < 60000) {
        if (!child.waitForReadyRead(1000) && child.state() == QProcess::NotRunning)
            break;
        said += child.readAllStandardOutput();
    }
    QVERIFY2(said.contains("typed"),
        qPrintable(QStringLiteral("the child ended with %1").arg(child.exitCode())));
    // 350 ms after the last keystroke: the journal's 250 ms and some slack, nothing more.
    QThread::msleep(350);
    QCOMPARE(::kill(pid_t(child.processId()), SIGKILL), 0);
    QVERIFY(child.waitForFinished(10000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);

    // Nothing of it reached the database.
    auto stored = m_fx.store().articles().loadAll();
    RELAIS_VERIFY_OK(stored);
    for (const Article &a : *stored)
        QVERIFY(!a.body.contains(QStringLiteral("Trois mots")));

    // Started again: the item is open with the words, unsaved, and the window says so.
    QVERIFY(m_fx.restartWindow());
    auto *editor = qobject_cast<ArticleEditor *>(m_fx.window().editor(MainWindow::Articles));
    QTRY_VERIFY(editor->bodyEdit()->toPlainText().endsWith(QStringLiteral(" Trois mots tapes.")));
    QCOMPARE(editor->titleEdit()->text(), QLatin1String(PaulTitle));
    QVERIFY(editor->isModified());
    QCOMPARE(m_fx.window().currentPage(), MainWindow::Articles);
    QVERIFY2(editor->origin().startsWith(
                 QStringLiteral("Recovered 3 words typed in “Brouillon de Paul” before Relais "
                                "closed")),
        qPrintable(editor->origin()));
    QVERIFY(
        m_fx.window().statusBar()->currentMessage().contains(QStringLiteral("Recovered 3 words")));
    // Kept by this window now (killed again, it would come back again), and saved at a word.
    QCOMPARE(m_fx.window().recoveryJournal()->entries().size(), 1);
    QVERIFY(editor->saveNow());
    QVERIFY(m_fx.window().recoveryJournal()->entries().isEmpty());
    auto saved = m_fx.store().articles().load(editor->currentId());
    RELAIS_VERIFY_OK(saved);
    QVERIFY(saved->body.endsWith(QStringLiteral(" Trois mots tapes.")));
    // The dead window's file is gone: a third start finds nothing.
    QVERIFY(m_fx.restartWindow());
    QCoreApplication::processEvents();
    QVERIFY(!m_fx.window().statusBar()->currentMessage().contains(QStringLiteral("Recovered")));
}

void TestRecovery::aClosedWindowLeavesNothingToRecover()
{
    Test::WindowFixture::Options options;
    options.autosaveDelayMs = 600000; // kept for recovery, not saved, until the window closes
    QVERIFY(m_fx.start(options));
    auto *editor = qobject_cast<ArticleEditor *>(m_fx.window().editor(MainWindow::Articles));
    ListPanel *panel = m_fx.window().listPanel(MainWindow::Articles);
    panel->view()->setCurrentIndex(panel->model()->index(0, 0));
    QTRY_VERIFY(editor->hasItem());
    editor->bodyEdit()->moveCursor(QTextCursor::End);
    QTest::keyClicks(editor->bodyEdit(), QStringLiteral(" Encore."));
    QTRY_COMPARE(m_fx.window().recoveryJournal()->entries().size(), 1);
    const qint64 id = editor->currentId();
    // Closed as a person closes it: saved, and nothing is left to recover.
    QVERIFY(m_fx.window().close());
    QVERIFY(m_fx.store().articles().load(id)->body.endsWith(QStringLiteral(" Encore.")));
    QVERIFY(m_fx.restartWindow());
    QCoreApplication::processEvents();
    auto *again = qobject_cast<ArticleEditor *>(m_fx.window().editor(MainWindow::Articles));
    QVERIFY(!again->isModified());
    QVERIFY(again->origin().isEmpty());
    QVERIFY(m_fx.window().recoveryJournal()->entries().isEmpty());
    const QDir folder(RecoveryJournal::folder());
    QCOMPARE(folder.entryList(
                 { RecoveryJournal::keyOf(m_fx.store().database()) + QStringLiteral("-*.jsonl") },
                 QDir::Files),
        QStringList { QFileInfo(m_fx.window().recoveryJournal()->path()).fileName() });
}

int main(int argc, char **argv)
{
    if (argc == 4 && qstrcmp(argv[1], "--type-and-wait") == 0)
        return typeAndWait(argc, argv);
    QApplication app(argc, argv);
    TestRecovery test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_recovery.moc"
