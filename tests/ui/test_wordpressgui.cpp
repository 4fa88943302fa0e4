// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The WordPress side of the publishing windows, against the real WordPress of the CTest
// fixture: the kind in the targets dialog and its connection test (who the user is, what the
// role allows), the publish dialog (plan, "Submit for Review" for a contributor), and the
// conflict dialog with both versions side by side.
#include "testsupport.h"

#include "passwordprompt.h"
#include "conflictdialog.h"
#include "messagebox.h"
#include "publishdialog.h"
#include "publishtargetsdialog.h"

#include <QComboBox>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QTimer>
#include <QUuid>

using namespace Relais;
using namespace Relais::Test;

namespace {

QHash<QString, QString> wordpressEnv()
{
    return readKeyValues(qEnvironmentVariable("RELAIS_WP_ENV"));
}

int adminPost(const QHash<QString, QString> &env, qint64 id, const QJsonObject &body)
{
    QNetworkAccessManager nam;
    QNetworkRequest request(QUrl(
        env.value(QStringLiteral("WP_URL")) + QStringLiteral("/wp-json/wp/v2/posts/%1").arg(id)));
    request.setRawHeader("Authorization",
        "Basic "
            + QByteArray(env.value(QStringLiteral("WP_ADMIN_USER")).toUtf8() + ':'
                + env.value(QStringLiteral("WP_ADMIN_APP_PASSWORD")).toUtf8())
                  .toBase64());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    QNetworkReply *reply = nam.post(request, QJsonDocument(body).toJson());
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    loop.exec();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    delete reply;
    return status;
}

} // namespace

class TestWordPressGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void targetsDialogTestsAWordPressSite();
    void publishDialogAndConflicts();
    void contributorSeesSubmitForReview();

private:
    PublishTarget addTarget(TempStore &store, const QString &who);
    QHash<QString, QString> m_env;
};

void TestWordPressGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    MessageBox::setDefaultAnswer(QMessageBox::Cancel);
    m_env = wordpressEnv();
    QVERIFY2(!m_env.value(QStringLiteral("WP_URL")).isEmpty(),
        "no WordPress: RELAIS_WP_ENV must name a wordpress.env");
    PasswordPrompt::setAnswer([this](const PublishTarget &t) {
        const QString who = t.username.toUpper();
        return std::optional<QString>(m_env.value(QStringLiteral("WP_%1_APP_PASSWORD").arg(who)));
    });
}

PublishTarget TestWordPressGui::addTarget(TempStore &store, const QString &who)
{
    PublishTarget t;
    t.name = QStringLiteral("WordPress");
    t.kind = QStringLiteral("wordpress");
    t.url = QUrl(m_env.value(QStringLiteral("WP_URL")));
    t.username = m_env.value(QStringLiteral("WP_%1_USER").arg(who));
    auto added = store->publishing().addTarget(t);
    return added ? *added : PublishTarget {};
}

void TestWordPressGui::targetsDialogTestsAWordPressSite()
{
    TempStore store;
    PublishTargetsDialog dialog(store.store());
    dialog.show();
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("addButton")), Qt::LeftButton);
    auto *kind = dialog.findChild<QComboBox *>(QStringLiteral("targetKind"));
    kind->setCurrentIndex(kind->findData(QStringLiteral("wordpress")));
    dialog.findChild<QLineEdit *>(QStringLiteral("targetName"))->setText(QStringLiteral("Blog"));
    dialog.findChild<QLineEdit *>(QStringLiteral("targetUrl"))
        ->setText(m_env.value(QStringLiteral("WP_URL")));
    dialog.findChild<QLineEdit *>(QStringLiteral("targetUser"))
        ->setText(m_env.value(QStringLiteral("WP_EDITOR_USER")));
    dialog.findChild<QLineEdit *>(QStringLiteral("targetPassword"))
        ->setText(QStringLiteral("wrong password"));
    auto *test = dialog.findChild<QPushButton *>(QStringLiteral("testButton"));
    QTest::mouseClick(test, Qt::LeftButton);
    QTRY_VERIFY2_WITH_TIMEOUT(dialog.testResult().contains(QStringLiteral("application password")),
        qPrintable(dialog.testResult()), 30000);
    dialog.findChild<QLineEdit *>(QStringLiteral("targetPassword"))
        ->setText(m_env.value(QStringLiteral("WP_EDITOR_APP_PASSWORD")));
    QTest::mouseClick(test, Qt::LeftButton);
    QTRY_VERIFY2_WITH_TIMEOUT(dialog.testResult().contains(QStringLiteral("may publish posts")),
        qPrintable(dialog.testResult()), 30000);
    QVERIFY(dialog.testResult().contains(QStringLiteral("editor")));
    QTest::mouseClick(
        dialog.findChild<QPushButton *>(QStringLiteral("saveButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.testResult().startsWith(QStringLiteral("Saved")), 10000);
    auto t = store->publishing().target(QStringLiteral("Blog"));
    QVERIFY(t);
    QCOMPARE(t->kind, QStringLiteral("wordpress"));
    QVERIFY(!kind->isEnabled()); // the kind of a saved target stays
}

void TestWordPressGui::publishDialogAndConflicts()
{
    TempStore store;
    const PublishTarget target = addTarget(store, QStringLiteral("EDITOR"));
    Article a = sampleArticle(
        QStringLiteral("Fenêtre ") + QUuid::createUuid().toString(QUuid::WithoutBraces).left(8));
    a.status = Status::Published;
    a = *store->articles().create(a);

    {
        PublishDialog dialog(store.store());
        dialog.show();
        dialog.start();
        QTRY_COMPARE_WITH_TIMEOUT(dialog.stage(), PublishDialog::Stage::Planned, 30000);
        QVERIFY2(dialog.planText().contains(QStringLiteral("1 to create")),
            qPrintable(dialog.planText()));
        QVERIFY(dialog.planText().contains(QStringLiteral("may publish posts")));
        auto *publish = dialog.findChild<QPushButton *>(QStringLiteral("publishButton"));
        QCOMPARE(publish->text(), QStringLiteral("&Publish"));
        QTest::mouseClick(publish, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.stage(), PublishDialog::Stage::Finished, 30000);
        QVERIFY2(dialog.resultText().contains(QStringLiteral("1 posts created")),
            qPrintable(dialog.resultText()));
        // Again with nothing changed: said at once, without a click.
        dialog.start();
        QTRY_COMPARE_WITH_TIMEOUT(dialog.stage(), PublishDialog::Stage::Finished, 30000);
        QVERIFY2(dialog.resultText().startsWith(QStringLiteral("Nothing to send")),
            qPrintable(dialog.resultText()));
    }
    auto link = store->wordpress().link(target.id, a.meta.uuid);
    QVERIFY(link && link->has_value());
    // WordPress's modified_gmt counts whole seconds: an edit behind Relais's back in the same
    // second as its own write would not show (no person edits that fast; a test does).
    QTest::qWait(1100);
    QJsonObject theirs;
    theirs.insert(QStringLiteral("title"), QStringLiteral("Corrigé en ligne"));
    QCOMPARE(adminPost(m_env, (*link)->remoteId, theirs), 200);
    a.summary = QStringLiteral("Résumé changé dans Relais.");
    a = *store->articles().update(a);

    PublishDialog dialog(store.store());
    dialog.show();
    dialog.start();
    QTRY_COMPARE_WITH_TIMEOUT(dialog.stage(), PublishDialog::Stage::Planned, 30000);
    QVERIFY2(dialog.planText().contains(QStringLiteral(
                 "Changed both here and on the server, not sent until you decide (Resolve…): 1.")),
        qPrintable(dialog.planText()));
    auto *resolve = dialog.findChild<QPushButton *>(QStringLiteral("resolveButton"));
    QVERIFY(resolve->isVisible());

    ConflictDialog conflicts(store.store(), target);
    conflicts.show();
    QCOMPARE(conflicts.remaining(), 1);
    auto *theirsView = conflicts.findChild<QTextBrowser *>(QStringLiteral("theirsView"));
    auto *mineView = conflicts.findChild<QTextBrowser *>(QStringLiteral("mineView"));
    QVERIFY2(theirsView->toPlainText().contains(QStringLiteral("Corrigé en ligne")),
        qPrintable(theirsView->toPlainText()));
    QVERIFY(mineView->toPlainText().contains(a.title));
    QTest::mouseClick(
        conflicts.findChild<QPushButton *>(QStringLiteral("keepMineButton")), Qt::LeftButton);
    QCOMPARE(conflicts.remaining(), 0);

    dialog.start();
    QTRY_COMPARE_WITH_TIMEOUT(dialog.stage(), PublishDialog::Stage::Planned, 30000);
    QVERIFY2(
        dialog.planText().contains(QStringLiteral("1 to update")), qPrintable(dialog.planText()));
    QTest::mouseClick(
        dialog.findChild<QPushButton *>(QStringLiteral("publishButton")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(dialog.stage(), PublishDialog::Stage::Finished, 30000);
    QVERIFY2(
        dialog.resultText().contains(QStringLiteral("1 updated")), qPrintable(dialog.resultText()));
}

void TestWordPressGui::contributorSeesSubmitForReview()
{
    TempStore store;
    addTarget(store, QStringLiteral("CONTRIBUTOR"));
    Article a = sampleArticle(QStringLiteral("Contribution ")
        + QUuid::createUuid().toString(QUuid::WithoutBraces).left(8));
    a.status = Status::Published;
    QVERIFY(store->articles().create(a));
    PublishDialog dialog(store.store());
    dialog.show();
    dialog.start();
    QTRY_COMPARE_WITH_TIMEOUT(dialog.stage(), PublishDialog::Stage::Planned, 30000);
    auto *publish = dialog.findChild<QPushButton *>(QStringLiteral("publishButton"));
    QCOMPARE(publish->text(), QStringLiteral("Submit for &Review"));
    QVERIFY2(dialog.resultText().contains(QStringLiteral("submitted for review")),
        qPrintable(dialog.resultText()));
}

QTEST_MAIN(TestWordPressGui)
#include "test_wordpressgui.moc"
