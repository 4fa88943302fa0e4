// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
// WordPress figures (issue #5): publishing 500 articles with 100 pictures to a local WordPress
// (tests/wordpress/wordpress-server, started and stopped here): total time and requests per
// article; a publish with no change must send no write request; a change of 10 articles.
// Prints figures; never passes or fails on time.
#include "benchsupport.h"
#include "media/webimage.h"
#include "frenchtext.h"
#include "processinfo.h"
#include "publish/wordpresspublisher.h"
#include "storage/store.h"
#include "testsupport.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QGuiApplication>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>

using namespace Relais;

namespace {

constexpr int Articles = 500;
constexpr int Pictures = 100;

QByteArray picture(int i)
{
    QImage image(1600, 1000, QImage::Format_RGB32);
    image.fill(QColor::fromHsv((i * 37) % 360, 120, 200));
    QPainter p(&image);
    for (int k = 0; k < 40; ++k)
        p.fillRect((k * 97 + i * 13) % 1500, (k * 61 + i * 7) % 900, 100, 80,
            QColor::fromHsv((k * 53 + i) % 360, 200, 150));
    p.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 85);
    return bytes;
}

void print(const char *what, const WordPressPublisher::Summary &s)
{
    std::printf("%s: %s in %.1f s; %d requests (%.2f per article), %d writes; created %d, updated "
                "%d, unchanged %d, "
                "pictures sent %d, failed %d\n",
        what, qPrintable(RunStates::toString(s.state)), s.elapsedMs / 1000.0, s.requests,
        double(s.requests) / Articles, s.writes, s.created, s.updated, s.unchanged, s.mediaUploaded,
        s.failed);
    for (const QString &e : s.errors.mid(0, 5))
        std::printf("  error: %s\n", qPrintable(e));
}

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv); // QPainter for the pictures
    QTemporaryDir dir;
    const QString script = QStringLiteral(RELAIS_SOURCE_DIR "/tests/wordpress/wordpress-server");
    const QString state = dir.filePath(QStringLiteral("wordpress"));
    QElapsedTimer clock;
    clock.start();
    QProcess start;
    start.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    start.start(QStringLiteral("bash"), { script, QStringLiteral("start"), state });
    if (!start.waitForFinished(600000) || start.exitCode() != 0) {
        std::printf("WordPress did not start: %s\n", start.readAllStandardOutput().constData());
        return 1;
    }
    std::printf("WordPress 6.1 (Debian) on PHP's server with 4 workers, private MariaDB: started "
                "in %.1f s\n",
        clock.elapsed() / 1000.0);
    const auto env = Test::readKeyValues(state + QStringLiteral("/wordpress.env"));
    auto stop = qScopeGuard([&] {
        QProcess::execute(QStringLiteral("bash"), { script, QStringLiteral("stop"), state });
    });

    const QString path = dir.filePath(QStringLiteral("bench.sqlite"));
    auto store = Store::open(path);
    if (!store) {
        std::printf("%s\n", qPrintable(store.error().message));
        return 1;
    }
    PublishTarget target;
    target.name = QStringLiteral("bench");
    target.kind = QStringLiteral("wordpress");
    target.url = QUrl(env.value(QStringLiteral("WP_URL")));
    target.username = env.value(QStringLiteral("WP_EDITOR_USER"));
    target = *(*store)->publishing().addTarget(target);
    const QString password = env.value(QStringLiteral("WP_EDITOR_APP_PASSWORD"));

    QStringList media;
    for (int i = 0; i < Pictures; ++i) {
        auto m = WebImage::store((*store)->media(), QStringLiteral("photo-%1.jpg").arg(i),
            picture(i), QStringLiteral("Photo %1").arg(i));
        if (!m) {
            std::printf("%s\n", qPrintable(m.error().message));
            return 1;
        }
        media.append(m->path());
    }
    Bench::FrenchText text(7);
    {
        Transaction tx((*store)->database());
        for (int i = 0; i < Articles; ++i) {
            Article a;
            a.title = QStringLiteral("%1 (%2)").arg(text.title()).arg(i);
            a.summary = text.sentence();
            a.body = text.markdownBody(300, 900);
            if (i < Pictures) {
                a.body += QStringLiteral("\n\n![Photo %1](%2)\n").arg(i).arg(media.at(i));
                a.featuredImage = Media::nameFromPath(media.at(i));
            }
            a.sections = { QStringList { QStringLiteral("associations"), QStringLiteral("citoyens"),
                QStringLiteral("elus-et-decideurs") }
                               .at(i % 3) };
            a.status = Status::Published;
            a.publishAt = QDateTime(QDate(2026, 1, 1), QTime(8, 0), Qt::UTC).addSecs(i * 3600);
            if (auto r = (*store)->articles().create(a); !r) {
                std::printf("%s\n", qPrintable(r.error().message));
                return 1;
            }
        }
        (void)tx.commit();
    }
    std::printf(
        "%d articles, %d of them with a picture (1600 px JPEG), as editor\n", Articles, Pictures);

    {
        WordPressPublisher publisher(path, target, password);
        print("first publish", publisher.run(QDateTime::currentDateTimeUtc()));
    }
    {
        WordPressPublisher publisher(path, target, password);
        print("publish again, nothing changed", publisher.run(QDateTime::currentDateTimeUtc()));
    }
    {
        auto all = (*store)->articles().loadAll();
        for (int i = 0; i < 10 && all; ++i) {
            Article a = all->at(i * 37);
            a.summary += QStringLiteral(" (mis à jour)");
            (void)(*store)->articles().update(a);
        }
        WordPressPublisher publisher(path, target, password);
        print("10 articles changed", publisher.run(QDateTime::currentDateTimeUtc()));
    }
    {
        QTemporaryDir other;
        const QString importPath = other.filePath(QStringLiteral("import.sqlite"));
        auto fresh = Store::open(importPath);
        PublishTarget t = target;
        t = *(*fresh)->publishing().addTarget(t);
        fresh->reset();
        QElapsedTimer importClock;
        importClock.start();
        WordPressPublisher importer(importPath, t, password);
        auto imported = importer.importSite();
        if (imported) {
            std::printf("import of the site into an empty database: %d posts in %.1f s, %d "
                        "requests; %d as Markdown, "
                        "%d kept as HTML\n",
                imported->posts, importClock.elapsed() / 1000.0, importer.requests(),
                imported->articles - imported->asHtml, imported->asHtml);
        } else {
            std::printf("import failed: %s\n", qPrintable(imported.error().message));
        }
    }
    std::printf(
        "peak memory: %lld MB\n", static_cast<long long>(ProcessInfo::peakResidentKb() / 1024));
    return 0;
}
