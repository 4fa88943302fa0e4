// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/seedimporter.h"
#include "render/sitebuilder.h"
#include "render/sitefolder.h"
#include "testsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QImage>
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

private:
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
    SiteBuilder builder(m_temp->store(), SiteSettings{}, *theme);
    RELAIS_VERIFY_OK(builder.build(QDateTime::currentDateTimeUtc(), [&folder](const QString &path, const QByteArray &content) {
        return folder.write(path, content);
    }));
    m_artifacts = Test::binaryPath(QStringLiteral("tests/artifacts/browser"));
    QVERIFY(QDir().mkpath(m_artifacts));
}

void TestBrowser::pages_data()
{
    QTest::addColumn<QString>("page");
    QTest::addColumn<int>("width");
    const QStringList pages{QStringLiteral("index.html"),
                            QStringLiteral("actualites/ptce-aliss-la-cooperation-au-service-du-territoire/index.html"),
                            QStringLiteral("agenda/index.html"), QStringLiteral("rubriques/associations/index.html")};
    for (const QString &page : pages) {
        for (int width : {1280, 390})
            QTest::newRow(qPrintable(QStringLiteral("%1 at %2 px").arg(page).arg(width))) << page << width;
    }
}

void TestBrowser::pages()
{
    QFETCH(QString, page);
    QFETCH(int, width);
    const QString file = QDir(m_site).filePath(page);
    QVERIFY2(QFileInfo::exists(file), qPrintable(file));
    const QString name = QString(page).replace(QLatin1Char('/'), QLatin1Char('_')).replace(QStringLiteral(".html"), QString());
    const QString png = QDir(m_artifacts).filePath(QStringLiteral("%1-%2.png").arg(name).arg(width));
    QFile::remove(png);
    QTemporaryDir profile;
    QProcess chromium;
    chromium.start(m_chromium, {QStringLiteral("--headless"), QStringLiteral("--no-sandbox"), QStringLiteral("--disable-gpu"),
                                QStringLiteral("--disable-background-networking"), QStringLiteral("--disable-component-update"),
                                QStringLiteral("--disable-sync"), QStringLiteral("--no-first-run"), QStringLiteral("--hide-scrollbars"),
                                QStringLiteral("--user-data-dir=") + profile.path(), QStringLiteral("--enable-logging=stderr"),
                                QStringLiteral("--v=0"), QStringLiteral("--window-size=%1,1600").arg(width),
                                QStringLiteral("--screenshot=") + png, QUrl::fromLocalFile(file).toString()});
    QVERIFY(chromium.waitForFinished(90000));
    const QString log = QString::fromLocal8Bit(chromium.readAllStandardError());
    QCOMPARE(chromium.exitCode(), 0);
    QStringList console;
    for (const QString &line : log.split(QLatin1Char('\n'))) {
        if (line.contains(QStringLiteral("CONSOLE")) || line.contains(QStringLiteral("ERR_FILE_NOT_FOUND")))
            console.append(line);
    }
    QVERIFY2(console.isEmpty(), qPrintable(console.join(QLatin1Char('\n'))));
    QImage shot(png);
    QVERIFY2(!shot.isNull(), qPrintable(png));
    QCOMPARE(shot.width(), width);
    // The stylesheet was found and applied: the call-to-action band has the accent colour.
    // (Headless Chromium logs script console messages, which the check above catches, but
    // not files that fail to load; the site's link test covers those.)
    const QColor accent(SiteSettings{}.accentColor);
    int band = 0;
    for (int y = 0; y < shot.height(); y += 8) {
        for (int x = 0; x < shot.width(); x += 8) {
            const QColor c = shot.pixelColor(x, y);
            if (qAbs(c.red() - accent.red()) + qAbs(c.green() - accent.green()) + qAbs(c.blue() - accent.blue()) < 12)
                ++band;
        }
    }
    QVERIFY2(band > 100, qPrintable(QStringLiteral("only %1 samples of the accent colour in %2").arg(band).arg(png)));
}

QTEST_GUILESS_MAIN(TestBrowser)
#include "test_browser.moc"
