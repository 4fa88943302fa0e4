// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/seedimporter.h"
#include "moderation/moderation.h"
#include "moderation/submissionparser.h"
#include "render/sitebuilder.h"
#include "render/sitefolder.h"
#include "testsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>
#include <QProcess>
#include <QStandardPaths>
#include <QUrl>

using namespace Relais;

// The rendered demo site in Debian's Chromium, headless: the home, an article, the agenda and
// a section page at a desktop and a phone width. Screenshots are kept as test artifacts in
// build/tests/artifacts/browser/; a console message fails, and so does a page without its
// stylesheet.
class TestBrowser : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pages_data();
    void pages();
    void hostileSubmissionRunsNoScript();

private:
    // The page's DOM after Chromium ran it (scripts allowed, as in any visitor's browser).
    QString dumpDom(const QString &file);
    QTemporaryDir m_dir;
    QString m_site;
    QString m_chromium;
    QString m_artifacts;
    std::unique_ptr<Test::TempStore> m_temp;
};

void TestBrowser::initTestCase()
{
    m_chromium = QStandardPaths::findExecutable(QStringLiteral("chromium"));
    QVERIFY2(!m_chromium.isEmpty(), "Debian's chromium is not installed: scripts/test installs it");
    m_temp = std::make_unique<Test::TempStore>();
    SeedImporter importer(m_temp->store());
    SeedImporter::Options options;
    options.demo = true;
    RELAIS_VERIFY_OK(importer.importFile(Test::seedFile(), options));
    m_site = m_dir.filePath(QStringLiteral("site"));
    SiteFolder folder(m_site);
    RELAIS_VERIFY_OK(folder.open());
    auto theme = Theme::load();
    RELAIS_VERIFY_OK(theme);
    SiteBuilder builder(m_temp->store(), SiteSettings {}, *theme);
    RELAIS_VERIFY_OK(builder.build(
        QDateTime::currentDateTimeUtc(), [&folder](const QString &path, const QByteArray &content) {
            return folder.write(path, content);
        }));
    m_artifacts = Test::binaryPath(QStringLiteral("tests/artifacts/browser"));
    QVERIFY(QDir().mkpath(m_artifacts));
}

void TestBrowser::pages_data()
{
    QTest::addColumn<QString>("page");
    QTest::addColumn<int>("width");
    const QStringList pages { QStringLiteral("index.html"),
        QStringLiteral("actualites/ptce-aliss-la-cooperation-au-service-du-territoire/index.html"),
        QStringLiteral("agenda/index.html"), QStringLiteral("rubriques/associations/index.html") };
    for (const QString &page : pages) {
        for (int width : { 1280, 390 })
            QTest::newRow(qPrintable(QStringLiteral("%1 at %2 px").arg(page).arg(width)))
                << page << width;
    }
}

void TestBrowser::pages()
{
    QFETCH(QString, page);
    QFETCH(int, width);
    const QString file = QDir(m_site).filePath(page);
    QVERIFY2(QFileInfo::exists(file), qPrintable(file));
    const QString name = QString(page)
                             .replace(QLatin1Char('/'), QLatin1Char('_'))
                             .replace(QStringLiteral(".html"), QString());
    const QString png
        = QDir(m_artifacts).filePath(QStringLiteral("%1-%2.png").arg(name).arg(width));
    QFile::remove(png);
    QTemporaryDir profile;
    QProcess chromium;
    chromium.start(m_chromium,
        { QStringLiteral("--headless"), QStringLiteral("--no-sandbox"),
            QStringLiteral("--disable-gpu"), QStringLiteral("--disable-background-networking"),
            QStringLiteral("--disable-component-update"), QStringLiteral("--disable-sync"),
            QStringLiteral("--no-first-run"), QStringLiteral("--hide-scrollbars"),
            QStringLiteral("--user-data-dir=") + profile.path(),
            QStringLiteral("--enable-logging=stderr"), QStringLiteral("--v=0"),
            QStringLiteral("--window-size=%1,1600").arg(width),
            QStringLiteral("--screenshot=") + png, QUrl::fromLocalFile(file).toString() });
    QVERIFY(chromium.waitForFinished(90000));
    const QString log = QString::fromLocal8Bit(chromium.readAllStandardError());
    QCOMPARE(chromium.exitCode(), 0);
    QStringList console;
    for (const QString &line : log.split(QLatin1Char('\n'))) {
        if (line.contains(QStringLiteral("CONSOLE"))
            || line.contains(QStringLiteral("ERR_FILE_NOT_FOUND")))
            console.append(line);
    }
    QVERIFY2(console.isEmpty(), qPrintable(console.join(QLatin1Char('\n'))));
    QImage shot(png);
    QVERIFY2(!shot.isNull(), qPrintable(png));
    QCOMPARE(shot.width(), width);
    // The stylesheet was found and applied: the call-to-action band has the accent colour.
    // (Headless Chromium logs script console messages, which the check above catches, but
    // not files that fail to load; the site's link test covers those.)
    const QColor accent(SiteSettings {}.accentColor);
    int band = 0;
    for (int y = 0; y < shot.height(); y += 8) {
        for (int x = 0; x < shot.width(); x += 8) {
            const QColor c = shot.pixelColor(x, y);
            if (qAbs(c.red() - accent.red()) + qAbs(c.green() - accent.green())
                    + qAbs(c.blue() - accent.blue())
                < 12)
                ++band;
        }
    }
    QVERIFY2(band > 100,
        qPrintable(
            QStringLiteral("only %1 samples of the accent colour in %2").arg(band).arg(png)));
}

QString TestBrowser::dumpDom(const QString &file)
{
    QTemporaryDir profile;
    QProcess chromium;
    chromium.start(m_chromium,
        { QStringLiteral("--headless"), QStringLiteral("--no-sandbox"),
            QStringLiteral("--disable-gpu"), QStringLiteral("--disable-background-networking"),
            QStringLiteral("--disable-component-update"), QStringLiteral("--disable-sync"),
            QStringLiteral("--no-first-run"), QStringLiteral("--user-data-dir=") + profile.path(),
            QStringLiteral("--virtual-time-budget=3000"), QStringLiteral("--dump-dom"),
            QUrl::fromLocalFile(file).toString() });
    if (!chromium.waitForFinished(90000))
        return {};
    return QString::fromUtf8(chromium.readAllStandardOutput());
}

void TestBrowser::hostileSubmissionRunsNoScript()
{
    // Each payload, if it ran, would change the title or mark the page.
    const QString run = QStringLiteral(
        "document.title='PWNED';document.documentElement.setAttribute('data-pwned','yes')");
    const QString body = QStringLiteral(
        "Bonjour <script>%1</script>\n\n<img src=x onerror=\"%1\">\n\n<svg "
        "onload=\"%1\"><script>%1</script></svg>\n\n"
        "<iframe srcdoc=\"<script>parent.%1</script>\"></iframe>\n\n<body onload=\"%1\">\n\n"
        "<div "
        "style=\"width:expression(alert(1));background:url(javascript:alert(1))\">css</div>\n\n"
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:%1\">\n\n<object "
        "data=\"javascript:%1\"></object>\n\n"
        "<math><mtext><table><mglyph><style><img src=x onerror=\"%1\">\n\n"
        "&lt;script&gt;%1&lt;/script&gt; &#60;img src=x onerror=%1&#62;\n\n"
        "[clic](javascript:%1) "
        "[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)\n\n"
        "<details open ontoggle=\"%1\">x</details> <video><source onerror=\"%1\"></video>")
                             .arg(run);
    QJsonObject o { { QStringLiteral("id"), QStringLiteral("hostile") },
        { QStringLiteral("received_at"), QStringLiteral("2026-11-28T10:00:00Z") },
        { QStringLiteral("kind"), QStringLiteral("event") },
        { QStringLiteral("title"),
            QStringLiteral("<script>%1</script>\u202E<img src=x onerror=\"%1\">").arg(run) },
        { QStringLiteral("body"), body },
        { QStringLiteral("starts_at"),
            QDateTime::currentDateTimeUtc().addDays(3).toString(Qt::ISODate) },
        { QStringLiteral("location"), QStringLiteral("<b onmouseover=\"%1\">Lieu</b>").arg(run) },
        { QStringLiteral("links"),
            QJsonArray { QStringLiteral("https://ok.example/\"><script>%1</script>").arg(run) } },
        { QStringLiteral("submitter"),
            QJsonObject {
                { QStringLiteral("name"), QStringLiteral("<script>%1</script>").arg(run) } } } };
    auto batch = SubmissionParser::parseJson(QJsonDocument(o).toJson(), QStringLiteral("form"),
        QStringLiteral("hostile.json"), QTimeZone("Europe/Paris"));
    QCOMPARE(batch.submissions.size(), 1);
    auto added = m_temp->store().submissions().add(batch.submissions);
    RELAIS_VERIFY_OK(added);
    auto submission = m_temp->store().submissions().load(added->ids.first());
    RELAIS_VERIFY_OK(submission);

    // The control: the same check sees a script that runs.
    const QString control = m_dir.filePath(QStringLiteral("control.html"));
    {
        QFile f(control);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral(
            "<!DOCTYPE "
            "html><html><head><title>Control</title></head><body><script>%1</script></body></html>")
                    .arg(run)
                    .toUtf8());
    }
    const QString controlDom = dumpDom(control);
    QVERIFY2(
        controlDom.contains(u"<title>PWNED</title>") && controlDom.contains(u"data-pwned=\"yes\""),
        qPrintable(controlDom));

    // The moderator's review page.
    const QString review = m_dir.filePath(QStringLiteral("review.html"));
    {
        QFile f(review);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(Moderation::reviewPage(*submission,
            Moderation::review(
                *submission, m_temp->store(), SiteSettings {}, QDateTime::currentDateTimeUtc()),
            {}, SiteSettings {})
                    .toUtf8());
    }
    const QString reviewDom = dumpDom(review);
    QVERIFY2(reviewDom.contains(u"<title>Submission</title>"), qPrintable(reviewDom.left(2000)));
    QVERIFY2(!reviewDom.contains(u"data-pwned=\"yes\""), qPrintable(reviewDom));
    QVERIFY(reviewDom.contains(u"onerror")); // shown as text, so the moderator sees it

    // Approved and published: the page visitors get.
    auto made = Moderation::approve(
        m_temp->store(), submission->id, QStringLiteral("agenda"), Status::Published);
    RELAIS_VERIFY_OK(made);
    auto entry = m_temp->store().agenda().load(made->uuid);
    RELAIS_VERIFY_OK(entry);
    const QString site = m_dir.filePath(QStringLiteral("approved"));
    SiteFolder folder(site);
    RELAIS_VERIFY_OK(folder.open());
    auto theme = Theme::load();
    RELAIS_VERIFY_OK(theme);
    SiteBuilder builder(m_temp->store(), SiteSettings {}, *theme);
    RELAIS_VERIFY_OK(builder.build(QDateTime::currentDateTimeUtc().addSecs(60),
        [&folder](const QString &path, const QByteArray &content) {
            return folder.write(path, content);
        }));
    const QString page
        = QDir(site).filePath(QStringLiteral("agenda/%1/index.html").arg(entry->slug));
    QVERIFY2(QFileInfo::exists(page), qPrintable(page));
    for (const QString &file : { page, QDir(site).filePath(QStringLiteral("agenda/index.html")),
             QDir(site).filePath(QStringLiteral("index.html")) }) {
        const QString dom = dumpDom(file);
        QVERIFY2(dom.contains(u"</html>"), qPrintable(file));
        QVERIFY2(!dom.contains(u"<title>PWNED"), qPrintable(file));
        QVERIFY2(
            !dom.contains(u"data-pwned=\"yes\""), qPrintable(file + QStringLiteral("\n") + dom));
    }
}

QTEST_GUILESS_MAIN(TestBrowser)
#include "test_browser.moc"
