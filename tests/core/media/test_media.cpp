// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The media store: web copies (size, orientation, no metadata), deduplication, bad files,
// unused pictures, and the pictures on the rendered site.
#include "exchange/seedimporter.h"
#include "media/webimage.h"
#include "render/markdown.h"
#include "render/sitebuilder.h"
#include "storage/store.h"
#include "testsupport.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QImage>
#include <QImageReader>
#include <QMap>
#include <QPainter>
#include <QtEndian>
#include <QTest>

using namespace Relais;

namespace {

const QDateTime seedMorning(QDate(2017, 12, 16), QTime(8, 0), Qt::UTC);

QByteArray encoded(const QImage &image, const char *format)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format);
    return bytes;
}

// A landscape photograph: a gradient (so JPEG has work to do) with a red block top-left.
QImage photo(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    QPainter p(&image);
    QLinearGradient g(0, 0, width, height);
    g.setColorAt(0, Qt::darkGreen);
    g.setColorAt(1, Qt::yellow);
    p.fillRect(image.rect(), g);
    p.fillRect(0, 0, width / 4, height / 4, Qt::red);
    return image;
}

// A camera's JPEG: EXIF says "rotate 90° clockwise to view" (orientation 6) and carries a
// GPS position, as phones write them.
QByteArray cameraJpeg(const QImage &image)
{
    QByteArray tiff;
    auto u16 = [&tiff](quint16 v) { tiff.append(char(v >> 8)).append(char(v & 0xff)); };
    auto u32 = [&tiff](quint32 v) {
        for (int s : { 24, 16, 8, 0 })
            tiff.append(char((v >> s) & 0xff));
    };
    tiff.append("MM", 2);
    u16(42);
    u32(8); // IFD0 at 8
    u16(2); // two entries
    u16(0x0112);
    u16(3);
    u32(1);
    u16(6);
    u16(0); // Orientation = 6
    u16(0x8825);
    u16(4);
    u32(1);
    u32(8 + 2 + 2 * 12 + 4); // GPS IFD
    u32(0);
    u16(2); // GPS IFD: two entries
    u16(0x0001);
    u16(2);
    u32(2);
    tiff.append("N\0\0\0", 4); // GPSLatitudeRef "N"
    u16(0x0002);
    u16(5);
    u32(3);
    u32(8 + 38 + 2 + 2 * 12 + 4); // GPSLatitude: 3 rationals
    u32(0);
    for (quint32 v : { 50u, 1u, 17u, 1u, 30u, 1u })
        u32(v);
    const QByteArray payload = QByteArray("Exif\0\0", 6) + tiff;
    QByteArray app1("\xFF\xE1", 2);
    const quint16 length = quint16(payload.size() + 2);
    app1.append(char(length >> 8)).append(char(length & 0xff)).append(payload);
    const QByteArray jpeg = encoded(image, "JPEG");
    return jpeg.left(2) + app1 + jpeg.mid(2);
}

} // namespace

class TestMedia : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void webCopiesOfAPhotograph();
    void smallPicturesAreNotEnlarged();
    void transparencyStaysPng();
    void cameraOrientationAppliedAndLocationGone();
    void badFilesAreRefusedByName();
    void sameFileIsStoredOnce();
    void unusedPictures();
    void picturesInMarkdown();
    void siteCarriesTheUsedPicturesOnly();
    void englishArticle();

private:
    std::unique_ptr<Test::TempStore> m_temp;
};

void TestMedia::init()
{
    m_temp = std::make_unique<Test::TempStore>();
}

void TestMedia::cleanup()
{
    m_temp.reset();
}

void TestMedia::webCopiesOfAPhotograph()
{
    auto copies = WebImage::make(encoded(photo(3000, 2000), "JPEG"), QStringLiteral("photo.jpg"));
    RELAIS_VERIFY_OK(copies);
    QCOMPARE(copies->extension, QStringLiteral("jpg"));
    QCOMPARE(copies->width, 3000);
    QCOMPARE(copies->height, 2000);
    const QImage large = QImage::fromData(copies->large);
    const QImage small = QImage::fromData(copies->small);
    QCOMPARE(large.size(), QSize(1600, 1067));
    QCOMPARE(small.size(), QSize(800, 533));
    QVERIFY(copies->small.size() < copies->large.size());
}

void TestMedia::smallPicturesAreNotEnlarged()
{
    auto copies = WebImage::make(encoded(photo(640, 480), "JPEG"), QStringLiteral("petite.jpg"));
    RELAIS_VERIFY_OK(copies);
    QCOMPARE(QImage::fromData(copies->large).size(), QSize(640, 480));
    QCOMPARE(QImage::fromData(copies->small).size(), QSize(640, 480));
}

void TestMedia::transparencyStaysPng()
{
    QImage logo(1000, 500, QImage::Format_ARGB32);
    logo.fill(Qt::transparent);
    QPainter(&logo).fillRect(100, 100, 300, 300, QColor(200, 0, 0, 128));
    auto copies = WebImage::make(encoded(logo, "PNG"), QStringLiteral("logo.png"));
    RELAIS_VERIFY_OK(copies);
    QCOMPARE(copies->extension, QStringLiteral("png"));
    const QImage small = QImage::fromData(copies->small, "PNG");
    QCOMPARE(small.width(), 800);
    QVERIFY(small.hasAlphaChannel());
    QCOMPARE(qAlpha(small.pixel(0, 0)), 0);
}

void TestMedia::cameraOrientationAppliedAndLocationGone()
{
    const QByteArray original = cameraJpeg(photo(2400, 1200)); // stored sideways
    {
        // The file really carries the orientation: Qt turns it upright when asked to.
        QBuffer buffer;
        buffer.setData(original);
        buffer.open(QIODevice::ReadOnly);
        QImageReader check(&buffer);
        QCOMPARE(check.transformation(), QImageIOHandler::TransformationRotate90);
    }
    auto media = WebImage::store(m_temp->store().media(), QStringLiteral("IMG_2041.JPG"), original,
        QStringLiteral("Le marché"));
    RELAIS_VERIFY_OK(media);
    QCOMPARE(media->width, 1200); // upright: portrait
    QCOMPARE(media->height, 2400);
    auto large = m_temp->store().media().file(media->path());
    auto small = m_temp->store().media().file(media->smallPath());
    RELAIS_VERIFY_OK(large);
    RELAIS_VERIFY_OK(small);
    const QImage upright = QImage::fromData(*large);
    QCOMPARE(upright.size(), QSize(1200, 2400));
    // The red corner was top-left of the sideways picture: after a quarter turn clockwise it
    // is top-right.
    QVERIFY(qRed(upright.pixel(upright.width() - 20, 20)) > 200);
    QVERIFY(qRed(upright.pixel(20, 20)) < 100);
    QCOMPARE(QImage::fromData(*small).size(), QSize(800, 1600));
    for (const QByteArray &copy : { *large, *small }) {
        QVERIFY(!copy.contains(QByteArray("Exif\0\0", 6))); // no EXIF at all, so no location
        QVERIFY(!copy.contains(QByteArray("\xFF\xE1", 2)));
    }
    // The original is kept exactly as it came (never published).
    QCOMPARE(*m_temp->store().media().original(media->id), original);
    QCOMPARE(media->name, QStringLiteral("img-2041-") + media->sha256.left(8));
    QCOMPARE(media->path(), QStringLiteral("media/img-2041-%1.jpg").arg(media->sha256.left(8)));
}

void TestMedia::badFilesAreRefusedByName()
{
    MediaRepository &media = m_temp->store().media();
    const QByteArray jpeg = encoded(photo(800, 600), "JPEG");
    // A PNG header that claims 60,000 × 60,000 pixels (a decompression bomb).
    QByteArray bomb = encoded(photo(8, 8), "PNG");
    qToBigEndian<quint32>(60000, bomb.data() + 16);
    qToBigEndian<quint32>(60000, bomb.data() + 20);
    const QList<std::pair<QString, QByteArray>> bad = {
        { QStringLiteral("vide.jpg"), QByteArray() },
        { QStringLiteral("notes.jpg"), QByteArray("Ceci n'est pas une image.\n") },
        { QStringLiteral("coupee.jpg"), jpeg.left(200) },
        { QStringLiteral("bombe.png"), bomb },
        { QStringLiteral("page.jpg"),
            QByteArray("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>") },
    };
    for (const auto &[name, bytes] : bad) {
        auto r = WebImage::store(media, name, bytes);
        QVERIFY2(!r, qPrintable(name));
        QVERIFY2(r.error().message.contains(name), qPrintable(r.error().message));
    }
    QCOMPARE(*media.count(), 0);
    // A good file after the bad ones goes in.
    RELAIS_VERIFY_OK(WebImage::store(media, QStringLiteral("bonne.jpg"), jpeg));
    QCOMPARE(*media.count(), 1);
}

void TestMedia::sameFileIsStoredOnce()
{
    MediaRepository &media = m_temp->store().media();
    const QByteArray jpeg = encoded(photo(900, 600), "JPEG");
    auto first = WebImage::store(media, QStringLiteral("a.jpg"), jpeg);
    auto second = WebImage::store(
        media, QStringLiteral("copie de a.jpg"), jpeg, QStringLiteral("Une description"));
    RELAIS_VERIFY_OK(first);
    RELAIS_VERIFY_OK(second);
    QCOMPARE(second->id, first->id);
    QCOMPARE(second->name, first->name);
    QCOMPARE(second->alt, QStringLiteral("Une description")); // the first description given is kept
    QCOMPARE(*media.count(), 1);
}

void TestMedia::unusedPictures()
{
    Store &store = m_temp->store();
    auto inBody = WebImage::store(
        store.media(), QStringLiteral("corps.jpg"), encoded(photo(900, 600), "JPEG"));
    auto featured = WebImage::store(
        store.media(), QStringLiteral("une.jpg"), encoded(photo(901, 600), "JPEG"));
    auto inEvent = WebImage::store(
        store.media(), QStringLiteral("affiche.jpg"), encoded(photo(902, 600), "JPEG"));
    auto inTrash = WebImage::store(
        store.media(), QStringLiteral("corbeille.jpg"), encoded(photo(903, 600), "JPEG"));
    auto unused = WebImage::store(
        store.media(), QStringLiteral("oubliee.jpg"), encoded(photo(904, 600), "JPEG"));
    for (const auto *m : { &inBody, &featured, &inEvent, &inTrash, &unused })
        RELAIS_VERIFY_OK(*m);

    Article a;
    a.title = QStringLiteral("Avec image");
    a.body = QStringLiteral("Texte\n\n![Le corps](%1)").arg(inBody->smallPath());
    a.featuredImage = featured->name;
    RELAIS_VERIFY_OK(store.articles().save(a));
    AgendaEntry e;
    e.title = QStringLiteral("Forum");
    e.start = QDateTime(QDate(2027, 3, 1), QTime(9, 0), Qt::UTC);
    e.description = QStringLiteral("![Affiche](%1)").arg(inEvent->path());
    RELAIS_VERIFY_OK(store.agenda().save(e));
    Article trashed;
    trashed.title = QStringLiteral("À la corbeille");
    trashed.body = QStringLiteral("![x](%1)").arg(inTrash->path());
    auto saved = store.articles().save(trashed);
    RELAIS_VERIFY_OK(saved);
    ListRow row;
    row.id = saved->meta.id;
    row.type = EntityType::Article;
    RELAIS_VERIFY_OK(store.trash().moveToTrash({ row }));

    auto list = store.media().unused();
    RELAIS_VERIFY_OK(list);
    QCOMPARE(list->size(), 1);
    QCOMPARE(list->first().name, unused->name);
    RELAIS_VERIFY_OK(store.media().remove(unused->id));
    QCOMPARE(store.media().unused()->size(), 0);
    QCOMPARE(*store.media().count(), 4);
}

void TestMedia::picturesInMarkdown()
{
    const auto images = Markdown::images(QStringLiteral(
        "Texte ![Un *beau* marché](media/marche-1a2b3c4d.jpg) et ![](https://example.org/x.png)\n\n"
        "![Affiche ![imbriquée](media/b.png)](media/a.png)"));
    QCOMPARE(images.size(), 4);
    QCOMPARE(images.at(0).url, QStringLiteral("media/marche-1a2b3c4d.jpg"));
    QCOMPARE(images.at(0).alt, QStringLiteral("Un beau marché"));
    QCOMPARE(images.at(1).alt, QString());
    QCOMPARE(images.at(2).url, QStringLiteral("media/a.png"));
    QCOMPARE(images.at(3).url, QStringLiteral("media/b.png"));

    Markdown::Options options;
    options.root = QStringLiteral("../../");
    const QString html
        = Markdown::toHtml(QStringLiteral("![Le marché](media/marche-1a2b3c4d.jpg)\n\n"
                                          "![Ailleurs](https://example.org/x.jpg)\n\n"
                                          "![Piège](media/../secret.jpg)"),
            options);
    QVERIFY2(html.contains(QStringLiteral(
                 "<img src=\"../../media/marche-1a2b3c4d-800.jpg\" srcset=\"../../media/"
                 "marche-1a2b3c4d-800.jpg 800w, ../../media/marche-1a2b3c4d.jpg 1600w\"")),
        qPrintable(html));
    QVERIFY(html.contains(QStringLiteral("src=\"https://example.org/x.jpg\"")));
    QVERIFY(html.contains(
        QStringLiteral("src=\"media/../secret.jpg\""))); // not the store's: left alone
    QVERIFY(Media::nameFromPath(QStringLiteral("media/../secret.jpg")).isEmpty());
    QCOMPARE(Media::nameFromPath(QStringLiteral("../../media/marche-1a2b3c4d-800.jpg")),
        QStringLiteral("marche-1a2b3c4d"));
}

void TestMedia::siteCarriesTheUsedPicturesOnly()
{
    Store &store = m_temp->store();
    SeedImporter importer(store);
    RELAIS_VERIFY_OK(importer.importFile(Test::seedFile()));
    auto body = WebImage::store(
        store.media(), QStringLiteral("atelier.jpg"), encoded(photo(2000, 1000), "JPEG"));
    auto featured = WebImage::store(store.media(), QStringLiteral("une.png"),
        encoded(photo(400, 300), "PNG"), QStringLiteral("Les bénévoles \"devant\" <la> salle"));
    auto unused = WebImage::store(
        store.media(), QStringLiteral("oubliee.jpg"), encoded(photo(300, 300), "JPEG"));
    RELAIS_VERIFY_OK(body);
    RELAIS_VERIFY_OK(featured);
    RELAIS_VERIFY_OK(unused);
    Article a;
    a.title = QStringLiteral("Atelier vélo");
    a.status = Status::Published;
    a.publishAt = seedMorning.addDays(-1);
    a.body
        = QStringLiteral("Voici l’atelier :\n\n![L’atelier de réparation](%1)").arg(body->path());
    a.featuredImage = featured->name;
    auto saved = store.articles().save(a);
    RELAIS_VERIFY_OK(saved);

    auto theme = Theme::load();
    RELAIS_VERIFY_OK(theme);
    SiteBuilder builder(store, SiteSettings {}, *theme);
    QMap<QString, QByteArray> files;
    RELAIS_VERIFY_OK(builder.build(
        seedMorning, [&files](const QString &path, const QByteArray &content) -> Result<void> {
            files.insert(path, content);
            return {};
        }));
    for (const QString &path :
        { body->path(), body->smallPath(), featured->path(), featured->smallPath() })
        QVERIFY2(files.contains(path), qPrintable(path));
    QCOMPARE(files.value(body->path()), *store.media().file(body->path()));
    QVERIFY(!files.contains(unused->path()));
    QVERIFY(!files.contains(unused->smallPath()));

    const QString page = QString::fromUtf8(files.value(SiteBuilder::articlePath(*saved)));
    QVERIFY2(page.contains(
                 QStringLiteral("<img src=\"../../%1\" srcset=\"../../%1 800w, ../../%2 1600w\"")
                     .arg(body->smallPath(), body->path())),
        qPrintable(page));
    QVERIFY(page.contains(QStringLiteral("alt=\"L\u2019atelier de r\u00e9paration\"")));
    // The featured picture, its description escaped.
    QVERIFY2(page.contains(QStringLiteral("<figure class=\"featured\"><img src=\"../../%1\"")
                               .arg(featured->smallPath())),
        qPrintable(page));
    QVERIFY(
        page.contains(QStringLiteral("alt=\"Les bénévoles &quot;devant&quot; &lt;la&gt; salle\"")));
    QVERIFY(page.contains(QStringLiteral("width=\"400\" height=\"300\"")));
}

void TestMedia::englishArticle()
{
    Store &store = m_temp->store();
    Article a;
    a.title = QStringLiteral("Volunteers: welcome!");
    a.status = Status::Published;
    a.publishAt = seedMorning.addDays(-1);
    a.language = QStringLiteral("en");
    a.body = QStringLiteral("Come and help: it's fun!");
    auto saved = store.articles().save(a);
    RELAIS_VERIFY_OK(saved);
    QCOMPARE(store.articles().load(saved->meta.id)->language, QStringLiteral("en"));
    Article bad = *saved;
    bad.language = QStringLiteral("de");
    QVERIFY(!store.articles().save(bad));

    auto theme = Theme::load();
    RELAIS_VERIFY_OK(theme);
    SiteBuilder builder(store, SiteSettings {}, *theme);
    QMap<QString, QByteArray> files;
    RELAIS_VERIFY_OK(builder.build(
        seedMorning, [&files](const QString &path, const QByteArray &content) -> Result<void> {
            files.insert(path, content);
            return {};
        }));
    const QString page = QString::fromUtf8(files.value(SiteBuilder::articlePath(*saved)));
    QVERIFY(page.contains(QStringLiteral("<article class=\"page-article\" lang=\"en\">")));
    // No French spaces before ':' or '!' and no typographic apostrophe rules of French.
    QVERIFY2(page.contains(QStringLiteral("<h1>Volunteers: welcome!</h1>")), qPrintable(page));
    QVERIFY(page.contains(QStringLiteral("Come and help: it")));
    QVERIFY(!page.contains(QStringLiteral("help\u202F:")));
    const QString home = QString::fromUtf8(files.value(QStringLiteral("actualites/index.html")));
    QVERIFY(home.contains(QStringLiteral("<article class=\"item\" lang=\"en\">")));
}

QTEST_GUILESS_MAIN(TestMedia)
#include "test_media.moc"
