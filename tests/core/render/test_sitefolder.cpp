// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/sitefolder.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QMutex>
#include <QThread>

#include <memory>
#include <vector>

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
    void replacedFileIsWholeAndNothingLeftBeside();
    void cannotWriteNamesTheFile();
    void markerUntouchedWhenNothingChanged();
    void storedFromManyThreads();
    void markerInRenderOrderAndAPathListedTwiceIsKept();
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

void TestSiteFolder::replacedFileIsWholeAndNothingLeftBeside()
{
    QTemporaryDir dir;
    SiteFolder folder(dir.path());
    RELAIS_VERIFY_OK(folder.open());
    RELAIS_VERIFY_OK(folder.write(QStringLiteral("agenda/fete/index.html"), "first version"));
    const QByteArray longer(100000, 'x');
    RELAIS_VERIFY_OK(folder.write(QStringLiteral("agenda/fete/index.html"), longer));
    QFile page(dir.filePath(QStringLiteral("agenda/fete/index.html")));
    QVERIFY(page.open(QIODevice::ReadOnly));
    QCOMPARE(page.readAll(), longer);
    QCOMPARE(
        QDir(dir.filePath(QStringLiteral("agenda/fete"))).entryList(QDir::Files | QDir::Hidden),
        QStringList { QStringLiteral("index.html") });
}

void TestSiteFolder::cannotWriteNamesTheFile()
{
    QTemporaryDir dir;
    SiteFolder folder(dir.path());
    RELAIS_VERIFY_OK(folder.open());
    // A folder where the page should be: neither a new file nor a replacement can go there.
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("actualites/a/index.html")));
    auto r = folder.write(QStringLiteral("actualites/a/index.html"), "page");
    QVERIFY(!r);
    QVERIFY2(r.error().message.contains(QStringLiteral("actualites/a/index.html")),
        qPrintable(r.error().message));
    QVERIFY(QFileInfo(dir.filePath(QStringLiteral("actualites/a/index.html"))).isDir());
    // A file where a folder should be.
    QFile blocker(dir.filePath(QStringLiteral("agenda")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    r = folder.write(QStringLiteral("agenda/fete/index.html"), "page");
    QVERIFY(!r);
    QVERIFY2(r.error().message.contains(QStringLiteral("agenda/fete/index.html")),
        qPrintable(r.error().message));
}

void TestSiteFolder::markerUntouchedWhenNothingChanged()
{
    QTemporaryDir dir;
    auto render = [&dir](const QByteArray &keyOfB) {
        SiteFolder folder(dir.path());
        if (!folder.open())
            return false;
        SiteBuilder::PageCache *cache = folder.pageCache();
        for (const auto &[path, key] :
            { std::pair { QStringLiteral("a.html"), QByteArray("key a") },
                std::pair { QStringLiteral("b.html"), keyOfB } }) {
            if (cache->has(path, key))
                continue;
            cache->rendering(path, key);
            if (!folder.write(path, "content of " + key))
                return false;
        }
        return bool(folder.removeStale());
    };
    QVERIFY(render("key b"));
    const QString marker = dir.filePath(QStringLiteral(".relais-site"));
    const QDateTime old = QDateTime::currentDateTime().addDays(-1);
    auto age = [&marker, &old] {
        QFile f(marker);
        return f.open(QIODevice::ReadWrite)
            && f.setFileTime(old, QFileDevice::FileModificationTime);
    };
    QVERIFY(age());
    QVERIFY(render("key b")); // everything known: nothing made
    QCOMPARE(QFileInfo(marker).lastModified().toSecsSinceEpoch(), old.toSecsSinceEpoch());
    QVERIFY(render("key b, changed")); // one page made again: its key is recorded
    QVERIFY(QFileInfo(marker).lastModified() > old);
    QFile f(marker);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray lines = f.readAll();
    QVERIFY(lines.contains("b.html\tkey b, changed\n"));
    QVERIFY(lines.contains("a.html\tkey a\n"));
}

QTEST_GUILESS_MAIN(TestSiteFolder)
#include "test_sitefolder.moc"

// store() from several threads at once, into folders that share parents made meanwhile by
// the others; then record() in order: every file whole, the marker lists them all.
void TestSiteFolder::storedFromManyThreads()
{
    QTemporaryDir dir;
    SiteFolder folder(dir.path());
    RELAIS_VERIFY_OK(folder.open());
    constexpr int Threads = 6;
    constexpr int Files = 150;
    auto path = [](int t, int i) {
        return i % 3 == 0
            ? QStringLiteral("rubriques/r%1/page/%2/index.html").arg(i % 7).arg(t * Files + i)
            : QStringLiteral("actualites/%1-%2/index.html").arg(t).arg(i);
    };
    auto content = [](int t, int i) -> QByteArray {
        return QByteArray("page ") + QByteArray::number(t) + '/' + QByteArray::number(i);
    };
    QList<QString> failures;
    QMutex mutex;
    std::vector<std::unique_ptr<QThread>> threads;
    for (int t = 0; t < Threads; ++t) {
        threads.emplace_back(QThread::create([&, t] {
            for (int i = 0; i < Files; ++i) {
                if (auto r = folder.store(path(t, i), content(t, i)); !r) {
                    QMutexLocker lock(&mutex);
                    failures.append(r.error().message);
                }
            }
        }));
        threads.back()->start();
    }
    for (auto &thread : threads)
        QVERIFY(thread->wait(60000));
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
    for (int t = 0; t < Threads; ++t) {
        for (int i = 0; i < Files; ++i)
            RELAIS_VERIFY_OK(folder.record(path(t, i)));
    }
    QCOMPARE(*folder.removeStale(), 0);
    for (int t = 0; t < Threads; ++t) {
        for (int i = 0; i < Files; ++i) {
            QFile f(dir.filePath(path(t, i)));
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(path(t, i)));
            QCOMPARE(f.readAll(), content(t, i));
        }
    }
    QFile marker(dir.filePath(QString::fromLatin1(SiteFolder::MarkerName)));
    QVERIFY(marker.open(QIODevice::ReadOnly));
    QCOMPARE(marker.readAll().count('\n'), 1 + Threads * Files);

    // A path outside the site is refused by store() as by write(), before touching the disk.
    QVERIFY(!folder.store(QStringLiteral("../outside.html"), "x"));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("../outside.html"))));
}

// The marker lists files in the order the render considered them (the next render finds them
// in that order, without hashing paths); a marker edited by hand that lists a file twice
// never makes Relais delete a file this render wrote.
void TestSiteFolder::markerInRenderOrderAndAPathListedTwiceIsKept()
{
    QTemporaryDir dir;
    const QStringList order { QStringLiteral("z/index.html"), QStringLiteral("a/index.html"),
        QStringLiteral("m.html"), QStringLiteral("b/page/2/index.html") };
    auto render = [&dir](const QStringList &paths, const QByteArray &keyOfLast) {
        SiteFolder folder(dir.path());
        if (!folder.open())
            return -1;
        SiteBuilder::PageCache *cache = folder.pageCache();
        for (const QString &path : paths) {
            const QByteArray key = path == paths.last() ? keyOfLast : "key of " + path.toUtf8();
            if (cache->has(path, key))
                continue;
            cache->rendering(path, key);
            if (!folder.write(path, key))
                return -1;
        }
        const auto removed = folder.removeStale();
        return removed ? *removed : -1;
    };
    QCOMPARE(render(order, "first"), 0);
    const QString markerPath = dir.filePath(QString::fromLatin1(SiteFolder::MarkerName));
    auto markerPaths = [&markerPath] {
        QFile f(markerPath);
        QStringList paths;
        if (!f.open(QIODevice::ReadOnly))
            return paths;
        const QList<QByteArray> lines = f.readAll().split('\n');
        for (qsizetype i = 1; i < lines.size(); ++i) {
            if (!lines.at(i).isEmpty())
                paths.append(QString::fromUtf8(lines.at(i).split('\t').first()));
        }
        return paths;
    };
    QCOMPARE(markerPaths(), order);

    // A new page in the middle and one page gone: order follows this render.
    const QStringList second { QStringLiteral("z/index.html"), QStringLiteral("new.html"),
        QStringLiteral("a/index.html"), QStringLiteral("b/page/2/index.html") };
    QCOMPARE(render(second, "second"), 1); // m.html
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("m.html"))));
    QCOMPARE(markerPaths(), second);

    // Edited by hand: a.html listed twice (the second time with an old key), and a file no
    // render wrote. Each render writes it once; the duplicate line is not a stale file.
    {
        QFile f(markerPath);
        QVERIFY(f.open(QIODevice::Append));
        f.write("a/index.html\told key\nm.html\tkey of m.html\n");
    }
    QFile stray(dir.filePath(QStringLiteral("m.html")));
    QVERIFY(stray.open(QIODevice::WriteOnly));
    stray.close();
    QCOMPARE(render(second, "third"), 1); // m.html again, not a/index.html
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("a/index.html"))));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("m.html"))));
    QCOMPARE(markerPaths(), second);
}
