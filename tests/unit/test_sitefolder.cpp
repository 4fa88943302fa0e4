// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/sitefolder.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>

using namespace Relais;

class TestSiteFolder : public QObject
{
    Q_OBJECT

private slots:
    void staleFilesGoOthersStay();
    void relativeFolderPath();
    void refusesPathsOutsideTheSite_data();
    void refusesPathsOutsideTheSite();
    void editedMarkerNeverDeletesOutside();
    void unchangedFileKeepsItsDate();
};

void TestSiteFolder::staleFilesGoOthersStay()
{
    QTemporaryDir dir;
    {
        SiteFolder folder(dir.path());
        RELAIS_VERIFY_OK(folder.open());
        RELAIS_VERIFY_OK(folder.write(QStringLiteral("index.html"), "home"));
        RELAIS_VERIFY_OK(folder.write(QStringLiteral("actualites/a/index.html"), "a"));
        RELAIS_VERIFY_OK(folder.write(QStringLiteral("actualites/b/index.html"), "b"));
        QCOMPARE(*folder.removeStale(), 0);
    }
    SiteFolder folder(dir.path());
    RELAIS_VERIFY_OK(folder.open());
    RELAIS_VERIFY_OK(folder.write(QStringLiteral("index.html"), "home 2"));
    RELAIS_VERIFY_OK(folder.write(QStringLiteral("actualites/a/index.html"), "a"));
    QCOMPARE(*folder.removeStale(), 1);
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("actualites/b/index.html"))));
    QVERIFY(!QDir(dir.filePath(QStringLiteral("actualites/b"))).exists()); // empty folder gone too
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("actualites/a/index.html"))));
    QFile home(dir.filePath(QStringLiteral("index.html")));
    QVERIFY(home.open(QIODevice::ReadOnly));
    QCOMPARE(home.readAll(), QByteArray("home 2"));
}

void TestSiteFolder::relativeFolderPath()
{
    QTemporaryDir dir;
    const QString before = QDir::currentPath();
    QDir::setCurrent(dir.path());
    {
        SiteFolder folder(QStringLiteral("site"));
        RELAIS_VERIFY_OK(folder.open());
        RELAIS_VERIFY_OK(folder.write(QStringLiteral("index.html"), "home"));
        RELAIS_VERIFY_OK(folder.removeStale());
    }
    SiteFolder again(QStringLiteral("site"));
    RELAIS_VERIFY_OK(again.open());
    RELAIS_VERIFY_OK(again.write(QStringLiteral("index.html"), "home"));
    const auto removed = again.removeStale();
    QDir::setCurrent(before);
    QCOMPARE(*removed, 0); // a relative folder once made Relais delete what it had just written
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("site/index.html"))));
}

void TestSiteFolder::refusesPathsOutsideTheSite_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("parent") << QStringLiteral("../evil.html");
    QTest::newRow("inner parent") << QStringLiteral("a/../../evil.html");
    QTest::newRow("absolute") << QStringLiteral("/tmp/evil.html");
    QTest::newRow("empty segment") << QStringLiteral("a//b.html");
    QTest::newRow("backslash") << QStringLiteral("a\\b.html");
    QTest::newRow("url") << QStringLiteral("https://example.org/x");
}

void TestSiteFolder::refusesPathsOutsideTheSite()
{
    QFETCH(QString, path);
    QTemporaryDir dir;
    SiteFolder folder(dir.filePath(QStringLiteral("site")));
    RELAIS_VERIFY_OK(folder.open());
    auto r = folder.write(path, "x");
    QVERIFY(!r);
    QVERIFY(r.error().message.contains(path));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("evil.html"))));
}

void TestSiteFolder::editedMarkerNeverDeletesOutside()
{
    QTemporaryDir dir;
    QFile outside(dir.filePath(QStringLiteral("precious.txt")));
    QVERIFY(outside.open(QIODevice::WriteOnly));
    outside.write("keep");
    outside.close();
    const QString site = dir.filePath(QStringLiteral("site"));
    {
        SiteFolder folder(site);
        RELAIS_VERIFY_OK(folder.open());
        RELAIS_VERIFY_OK(folder.removeStale());
    }
    QFile marker(site + QStringLiteral("/.relais-site"));
    QVERIFY(marker.open(QIODevice::Append));
    marker.write("../precious.txt\n/etc/hostname\n");
    marker.close();
    SiteFolder folder(site);
    RELAIS_VERIFY_OK(folder.open());
    RELAIS_VERIFY_OK(folder.removeStale());
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("precious.txt"))));
}

void TestSiteFolder::unchangedFileKeepsItsDate()
{
    QTemporaryDir dir;
    SiteFolder folder(dir.path());
    RELAIS_VERIFY_OK(folder.open());
    RELAIS_VERIFY_OK(folder.write(QStringLiteral("a.html"), "same"));
    const QString path = dir.filePath(QStringLiteral("a.html"));
    const QDateTime old = QDateTime::currentDateTime().addDays(-3);
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.setFileTime(old, QFileDevice::FileModificationTime));
    }
    RELAIS_VERIFY_OK(folder.write(QStringLiteral("a.html"), "same"));
    QCOMPARE(QFileInfo(path).lastModified().toSecsSinceEpoch(), old.toSecsSinceEpoch());
    RELAIS_VERIFY_OK(folder.write(QStringLiteral("a.html"), "changed"));
    QVERIFY(QFileInfo(path).lastModified() > old);
}

QTEST_GUILESS_MAIN(TestSiteFolder)
#include "test_sitefolder.moc"
