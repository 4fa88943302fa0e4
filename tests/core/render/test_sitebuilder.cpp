// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/seedimporter.h"
#include "media/webimage.h"
#include "render/sitebuilder.h"
#include "storage/store.h"
#include "render/sitefolder.h"
#include "testsupport.h"

#include <QDir>
#include <QTemporaryDir>
#include <QImage>
#include <QDirIterator>
#include <QBuffer>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QXmlStreamReader>
#include <QMutex>
#include <QThread>

using namespace Relais;

namespace {

// The day after the newest article of the seed page: everything in it is published.
const QDateTime seedMorning(QDate(2017, 12, 16), QTime(8, 0), Qt::UTC);
// A morning when the seed's agenda was still to come (22 November onwards).
const QDateTime agendaMorning(QDate(2017, 11, 21), QTime(8, 0), Qt::UTC);

} // namespace

class TestSiteBuilder : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void pagesOfEveryType();
    void homeLooksLikeThePortal();
    void pagesInFrench();
    void draftsFutureAndTrashedAreLeftOut();
    void pagination();
    void everyInternalLinkResolves();
    void hostileContentIsEscaped();
    void aLeadNotWrittenIsTheFirstParagraph();
    void rawHtmlOnlyWhereAllowed();
    void feedAndSitemapAreXml();
    void tidyFindsNoErrors();
    void incrementalRenderEqualsFullRender();
    void submissionFormPage();
    void pagesComeInOrderAndAFailingSinkStops();
    void dataNamesNeverFindTemplates();
    void pageWriterStoresOnTheMakersThreads();

private:
    QMap<QString, QByteArray> render(
        const QDateTime &at = seedMorning, const SiteSettings &settings = {});
    static Result<void> addDispatches(Store &store, int count);
    QStringList tidyProblems(const QString &path);
    QString page(const QString &path);

    std::unique_ptr<Test::TempStore> m_temp;
    QMap<QString, QByteArray> m_site;
};

void TestSiteBuilder::init()
{
    m_temp = std::make_unique<Test::TempStore>();
    SeedImporter importer(m_temp->store());
    RELAIS_VERIFY_OK(importer.importFile(Test::seedFile()));
    m_site = render();
}

void TestSiteBuilder::cleanup()
{
    m_temp.reset();
    m_site.clear();
}

QMap<QString, QByteArray> TestSiteBuilder::render(const QDateTime &at, const SiteSettings &settings)
{
    auto theme = Theme::load();
    if (!theme)
        qFatal("%s", qPrintable(theme.error().message));
    SiteBuilder builder(m_temp->store(), settings, *theme);
    QMap<QString, QByteArray> files;
    auto report = builder.build(
        at, [&files](const QString &path, const QByteArray &content) -> Result<void> {
            if (files.contains(path))
                return Error::failed(QStringLiteral("written twice: ") + path);
            files.insert(path, content);
            return {};
        });
    if (!report)
        qFatal("%s", qPrintable(report.error().message));
    return files;
}

// Published news an hour apart, "Dépêche 0" the newest.
Result<void> TestSiteBuilder::addDispatches(Store &store, int count)
{
    for (int i = 0; i < count; ++i) {
        Article a = Test::sampleArticle(QStringLiteral("Dépêche %1").arg(i));
        a.status = Status::Published;
        a.publishAt = seedMorning.addSecs(-3600 * (i + 1));
        if (auto r = store.articles().create(a); !r)
            return r.error();
    }
    return {};
}

QString TestSiteBuilder::page(const QString &path)
{
    return QString::fromUtf8(m_site.value(path));
}

void TestSiteBuilder::pagesOfEveryType()
{
    for (const char *path : { "index.html", "404.html", "feed.xml", "sitemap.xml",
             "assets/style.css", "actualites/index.html",
             "actualites/ptce-aliss-la-cooperation-au-service-du-territoire/index.html",
             "temoignages/index.html", "agenda/index.html", "rubriques/associations/index.html",
             "rubriques/elus-et-decideurs/index.html", "rubriques/citoyens/index.html",
             "rubriques/entrepreneurs/index.html" })
        QVERIFY2(m_site.contains(QString::fromLatin1(path)), path);
    QCOMPARE(m_site.keys()
                 .filter(QRegularExpression(QStringLiteral("^actualites/[a-z0-9-]+/index.html$")))
                 .size(),
        5);
    QCOMPARE(m_site.keys()
                 .filter(QRegularExpression(QStringLiteral("^temoignages/[a-z0-9-]+/index.html$")))
                 .size(),
        1);
    QCOMPARE(m_site.keys()
                 .filter(QRegularExpression(QStringLiteral("^agenda/[a-z0-9-]+/index.html$")))
                 .size(),
        6);
}

void TestSiteBuilder::homeLooksLikeThePortal()
{
    const QString home = page(QStringLiteral("index.html"));
    QVERIFY(home.contains(QStringLiteral("<html lang=\"fr\">")));
    QVERIFY(home.contains(QStringLiteral("Annoncez vos infos ICI")));
    QVERIFY(home.contains(QStringLiteral("Recevez notre Newsletter")));
    QVERIFY(home.contains(QStringLiteral("TOUT L’AGENDA")));
    QVERIFY(home.contains(QStringLiteral("TOUS LES TÉMOIGNAGES")));
    QVERIFY(
        home.contains(QStringLiteral("Découvrez également les actualités des autres rubriques")));
    QVERIFY(home.contains(QStringLiteral("Voir les actualités des élus et décideurs")));
    // Agenda badges: month abbreviation with a dot, then the day.
    // News badges, and the agenda's as it stood in November.
    QVERIFY(home.contains(
        QStringLiteral("<span class=\"month\">DÉC.</span> <span class=\"day\">15</span>")));
    const QString november
        = QString::fromUtf8(render(agendaMorning).value(QStringLiteral("index.html")));
    QVERIFY(november.contains(
        QStringLiteral("<span class=\"month\">NOV.</span> <span class=\"day\">22</span>")));
    QVERIFY(home.contains(QStringLiteral("Les 1000 &amp; UN loisirs")));
    // Headings in order: one h1, then h2 and h3.
    QCOMPARE(home.count(QStringLiteral("<h1")), 1);
    QVERIFY(home.indexOf(QStringLiteral("<h1")) < home.indexOf(QStringLiteral("<h2")));
}

void TestSiteBuilder::pagesInFrench()
{
    const QString agenda
        = QString::fromUtf8(render(agendaMorning).value(QStringLiteral("agenda/index.html")));
    QVERIFY(agenda.contains(QStringLiteral("novembre 2017")));
    QVERIFY(agenda.contains(QStringLiteral("décembre 2017")));
    // The 18 November event is over on the 21st.
    QVERIFY(!agenda.contains(QStringLiteral("agro-écologie")));
    const QString webinar = page(QStringLiteral(
        "agenda/webinaire-cursus-de-formation-continue-6-recommandations-pour-former-au/"
        "index.html"));
    QVERIFY2(webinar.contains(QStringLiteral(
                 "mercredi 22 novembre 2017 de 11\u00A0h\u00A030 à 12\u00A0h\u00A015")),
        qPrintable(webinar));
    const QString evening
        = page(QStringLiteral("agenda/soiree-des-partenaires-universite-de-lille/index.html"));
    QVERIFY(evening.contains(QStringLiteral("jeudi 30 novembre 2017")));
    const QString aliss = page(
        QStringLiteral("actualites/ptce-aliss-la-cooperation-au-service-du-territoire/index.html"));
    QVERIFY(aliss.contains(QStringLiteral("vendredi 15 décembre 2017")));
    QVERIFY(aliss.contains(QStringLiteral("PTCE ALISS\u202F: la coopération")));
    // The contact card, with mailto: and tel: links.
    QVERIFY(aliss.contains(QStringLiteral("<a href=\"mailto:avagnon@ptce-aliss.org\">")));
    QVERIFY(aliss.contains(QStringLiteral("<a href=\"tel:+33649786228\">06.49.78.62.28</a>")));
}

void TestSiteBuilder::draftsFutureAndTrashedAreLeftOut()
{
    Article draft = Test::sampleArticle(QStringLiteral("Brouillon secret"));
    Article future = Test::sampleArticle(QStringLiteral("Annonce programmée"));
    future.status = Status::Scheduled;
    future.publishAt = seedMorning.addDays(2);
    Article trashed = Test::sampleArticle(QStringLiteral("Article supprimé"));
    trashed.status = Status::Published;
    RELAIS_VERIFY_OK((*m_temp)->articles().create(draft));
    RELAIS_VERIFY_OK((*m_temp)->articles().create(future));
    auto t = (*m_temp)->articles().create(trashed);
    RELAIS_VERIFY_OK((*m_temp)->articles().moveToTrash({ t->meta.id }));

    auto contains = [](const QMap<QString, QByteArray> &site, const QString &text) {
        for (const QByteArray &content : site) {
            if (QString::fromUtf8(content).contains(text))
                return true;
        }
        return false;
    };
    QMap<QString, QByteArray> now = render();
    QVERIFY(!contains(now, QStringLiteral("Brouillon secret")));
    QVERIFY(!contains(now, QStringLiteral("Annonce programmée")));
    QVERIFY(!contains(now, QStringLiteral("Article supprimé")));
    QMap<QString, QByteArray> later = render(seedMorning.addDays(3));
    QVERIFY(later.contains(QStringLiteral("actualites/annonce-programmee/index.html")));
    QVERIFY(QString::fromUtf8(later.value(QStringLiteral("index.html")))
                .contains(QStringLiteral("Annonce programmée")));
    QVERIFY(!contains(later, QStringLiteral("Brouillon secret")));
}

void TestSiteBuilder::pagination()
{
    Transaction tx((*m_temp)->database());
    for (int i = 0; i < 20; ++i) {
        Article a = Test::sampleArticle(QStringLiteral("Brève numéro %1").arg(i));
        a.status = Status::Published;
        a.publishAt = seedMorning.addDays(-30 - i);
        RELAIS_VERIFY_OK((*m_temp)->articles().create(a));
    }
    RELAIS_VERIFY_OK(tx.commit());
    m_site = render();
    QVERIFY(m_site.contains(QStringLiteral("actualites/page/2/index.html")));
    QVERIFY(m_site.contains(QStringLiteral("actualites/page/3/index.html")));
    QVERIFY(!m_site.contains(QStringLiteral("actualites/page/4/index.html")));
    const QString second = page(QStringLiteral("actualites/page/2/index.html"));
    QCOMPARE(second.count(QStringLiteral("<article class=\"item\">")), 10);
    QVERIFY(second.contains(QStringLiteral("href=\"../../../actualites/index.html\"")));
    QVERIFY(second.contains(QStringLiteral("href=\"../../../actualites/page/3/index.html\"")));
    QVERIFY(second.contains(QStringLiteral("Page 2 sur 3")));
    QCOMPARE(page(QStringLiteral("actualites/page/3/index.html"))
                 .count(QStringLiteral("<article class=\"item\">")),
        5);

    // A section's news are paginated too (the 20 are in "associations"): every article of the
    // section is reachable from it, the agenda stays beside the first page only.
    int inSection = 0;
    const auto articles = (*m_temp)->articles().loadAll();
    QVERIFY(articles);
    for (const Article &a : *articles) {
        if (a.status == Status::Published && a.kind == ArticleKind::News
            && a.publishAt <= seedMorning && a.sections.contains(QStringLiteral("associations")))
            ++inSection;
    }
    QVERIFY(inSection > 20);
    const int sectionPages = (inSection + 9) / 10;
    const QString folder = QStringLiteral("rubriques/associations/");
    const QString first = page(folder + QStringLiteral("index.html"));
    QCOMPARE(first.count(QStringLiteral("<article class=\"item\">")), 10);
    QVERIFY(first.contains(QStringLiteral("class=\"agenda-block\"")));
    QVERIFY(
        first.contains(QStringLiteral("href=\"../../rubriques/associations/page/2/index.html\"")));
    QVERIFY(first.contains(QStringLiteral("Page 1 sur %1").arg(sectionPages)));
    int listed = 0;
    for (int n = 2; n <= sectionPages; ++n) {
        const QString p = page(folder + QStringLiteral("page/%1/index.html").arg(n));
        QVERIFY2(!p.isEmpty(), qPrintable(QString::number(n)));
        QVERIFY(!p.contains(QStringLiteral("class=\"agenda-block\"")));
        QVERIFY(p.contains(QStringLiteral("<title>Associations, page %1").arg(n)));
        QVERIFY(p.contains(QStringLiteral("aria-current=\"page\">Associations<")));
        listed += p.count(QStringLiteral("<article class=\"item\">"));
    }
    QCOMPARE(10 + listed, inSection);
    QVERIFY(!m_site.contains(folder + QStringLiteral("page/%1/index.html").arg(sectionPages + 1)));
    QVERIFY(!m_site.contains(folder + QStringLiteral("page/1/index.html")));
}

void TestSiteBuilder::everyInternalLinkResolves()
{
    static const QRegularExpression link(QStringLiteral("(?:href|src)=\"([^\"]*)\""));
    int checked = 0;
    for (auto it = m_site.cbegin(); it != m_site.cend(); ++it) {
        if (!it.key().endsWith(QStringLiteral(".html")) || it.key() == u"404.html")
            continue;
        const QString folder = it.key().contains(QLatin1Char('/'))
            ? it.key().section(QLatin1Char('/'), 0, -2)
            : QString();
        auto matches = link.globalMatch(QString::fromUtf8(it.value()));
        while (matches.hasNext()) {
            QString target = matches.next().captured(1);
            if (target.startsWith(QStringLiteral("http"))
                || target.startsWith(QStringLiteral("mailto:"))
                || target.startsWith(QStringLiteral("tel:")) || target.startsWith(QLatin1Char('#')))
                continue;
            target = target.section(QLatin1Char('#'), 0, 0);
            const QString resolved
                = QDir::cleanPath(folder.isEmpty() ? target : folder + QLatin1Char('/') + target);
            QVERIFY2(m_site.contains(resolved),
                qPrintable(QStringLiteral("%1 links to %2 (%3), which is not there")
                               .arg(it.key(), target, resolved)));
            ++checked;
        }
    }
    QVERIFY(checked > 200);
}

void TestSiteBuilder::hostileContentIsEscaped()
{
    Article a = Test::sampleArticle(
        QStringLiteral("<script>alert(1)</script>\"><img src=x onerror=alert(2)>"));
    a.summary = QStringLiteral("<b onmouseover=alert(3)>résumé</b>");
    a.body = QStringLiteral(
        "[clic](javascript:alert(4)) <script>alert(5)</script>\n\n<svg onload=alert(6)>");
    a.status = Status::Published;
    a.publishAt = seedMorning.addDays(-1);
    RELAIS_VERIFY_OK((*m_temp)->articles().create(a));
    AgendaEntry e = Test::sampleEntry(QStringLiteral("Fête \u202Etxt.exe \x01 🎉"));
    e.start = seedMorning.addDays(5);
    e.end = e.start.addSecs(3600);
    e.description = QStringLiteral(
        "<iframe src=//evil.example></iframe> [x](vbscript:msgbox) <style>*{}</style>");
    RELAIS_VERIFY_OK((*m_temp)->agenda().create(e));
    m_site = render();
    for (auto it = m_site.cbegin(); it != m_site.cend(); ++it) {
        const QString content = QString::fromUtf8(it.value());
        QVERIFY2(!content.contains(QStringLiteral("<script")), qPrintable(it.key()));
        QVERIFY2(!content.contains(QStringLiteral("<img src=x")), qPrintable(it.key()));
        QVERIFY2(!content.contains(QStringLiteral("javascript:")), qPrintable(it.key()));
        QVERIFY2(!content.contains(QStringLiteral("<svg")), qPrintable(it.key()));
        QVERIFY2(!content.contains(QStringLiteral("<iframe")), qPrintable(it.key()));
        QVERIFY2(!content.contains(QStringLiteral("vbscript:")), qPrintable(it.key()));
        QVERIFY2(!content.contains(QStringLiteral("<style")), qPrintable(it.key()));
        QVERIFY2(!content.contains(QStringLiteral("<b onmouseover")), qPrintable(it.key()));
        QVERIFY2(!content.contains(QChar(0x01)), qPrintable(it.key()));
    }
    QVERIFY(page(QStringLiteral("index.html"))
                .contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;")));
}

void TestSiteBuilder::aLeadNotWrittenIsTheFirstParagraph()
{
    // Issue 22: with an empty summary the page's lead repeated the body, list dashes and all.
    Article a = Test::sampleArticle(QStringLiteral("Sans chapeau"));
    a.slug = QStringLiteral("sans-chapeau");
    a.summary.clear();
    a.body = QStringLiteral("Le **premier** paragraphe.\n\n- point un\n- point deux");
    a.status = Status::Published;
    a.publishAt = seedMorning.addSecs(-60);
    RELAIS_VERIFY_OK((*m_temp)->articles().create(a));
    Article list = a;
    list.title = QStringLiteral("Une liste d’abord");
    list.slug = QStringLiteral("liste-d-abord");
    list.body = QStringLiteral("## Au menu\n\n- soupe\n- dessert");
    list.publishAt = seedMorning.addSecs(-120);
    RELAIS_VERIFY_OK((*m_temp)->articles().create(list));
    m_site = render();
    const QString article = page(QStringLiteral("actualites/sans-chapeau/index.html"));
    QVERIFY(!article.isEmpty());
    QVERIFY2(!article.contains(QStringLiteral("class=\"summary\"")), qPrintable(article));
    QCOMPARE(article.count(QStringLiteral("paragraphe")), 1); // said once, in the body
    const QString news = page(QStringLiteral("actualites/index.html"));
    QVERIFY2(news.contains(QStringLiteral("<p>Le premier paragraphe.</p>")), qPrintable(news));
    QVERIFY(!news.contains(QStringLiteral("- point")));
    QVERIFY(!news.contains(QStringLiteral("point un")));
    // No paragraph of its own: the first item's, without its dash or the heading.
    QVERIFY2(news.contains(QStringLiteral("<p>soupe</p>")), qPrintable(news));
    QVERIFY(!news.contains(QStringLiteral("Au menu")));
}

void TestSiteBuilder::rawHtmlOnlyWhereAllowed()
{
    Article trusted = Test::sampleArticle(QStringLiteral("Vidéo du forum"));
    trusted.body = QStringLiteral("<div class=\"video\">lecteur</div> <script>alert(1)</script>");
    trusted.status = Status::Published;
    trusted.allowRawHtml = true;
    Article plain = Test::sampleArticle(QStringLiteral("Texte simple"));
    plain.body = QStringLiteral("<div class=\"video\">lecteur</div>");
    plain.status = Status::Published;
    RELAIS_VERIFY_OK((*m_temp)->articles().create(trusted));
    RELAIS_VERIFY_OK((*m_temp)->articles().create(plain));
    m_site = render();
    const QString allowed = page(QStringLiteral("actualites/video-du-forum/index.html"));
    QVERIFY(allowed.contains(QStringLiteral("<div class=\"video\">lecteur</div>")));
    QVERIFY(!allowed.contains(QStringLiteral("<script>"))); // GitHub's tag filter still applies
    QVERIFY(!page(QStringLiteral("actualites/texte-simple/index.html"))
                 .contains(QStringLiteral("<div class=\"video\">")));
}

void TestSiteBuilder::feedAndSitemapAreXml()
{
    for (const char *file : { "feed.xml", "sitemap.xml" }) {
        QXmlStreamReader xml(m_site.value(QString::fromLatin1(file)));
        int entries = 0;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && (xml.name() == u"entry" || xml.name() == u"url"))
                ++entries;
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY2(entries >= 6, file);
    }
    const QString feed = page(QStringLiteral("feed.xml"));
    QVERIFY(feed.contains(QStringLiteral("<feed xmlns=\"http://www.w3.org/2005/Atom\"")));
    QVERIFY(feed.contains(QStringLiteral("<id>urn:uuid:")));
    const QString sitemap = page(QStringLiteral("sitemap.xml"));
    QVERIFY(
        sitemap.contains(QStringLiteral("<loc>https://ess-hautsdefrance.example/agenda/</loc>")));
    QVERIFY(!sitemap.contains(QStringLiteral("404")));
}

QStringList TestSiteBuilder::tidyProblems(const QString &path)
{
    const QString tidy = QStandardPaths::findExecutable(QStringLiteral("tidy"));
    if (tidy.isEmpty())
        return { QStringLiteral("Debian's tidy is not installed: scripts/test installs it") };
    QTemporaryDir dir;
    const QString file = dir.filePath(QString(path).replace(QLatin1Char('/'), QLatin1Char('_')));
    QFile f(file);
    if (!f.open(QIODevice::WriteOnly))
        return { QStringLiteral("cannot write ") + file };
    f.write(m_site.value(path));
    f.close();
    QProcess p;
    p.start(tidy, { QStringLiteral("-q"), QStringLiteral("-e"), QStringLiteral("-utf8"), file });
    if (!p.waitForFinished(30000))
        return { QStringLiteral("tidy did not finish") };
    // Exit code 2 means errors. Warnings are accepted only where Debian's tidy 5.6 is older
    // than the HTML standard (it does not know aria-current).
    QStringList problems
        = QString::fromUtf8(p.readAllStandardError()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    problems.removeIf([](const QString &line) {
        return line.contains(QStringLiteral("proprietary attribute \"aria-current\""));
    });
    if (p.exitCode() >= 2 && problems.isEmpty())
        problems.append(QStringLiteral("tidy exit code %1").arg(p.exitCode()));
    return problems;
}

void TestSiteBuilder::tidyFindsNoErrors()
{
    const QString tidy = QStandardPaths::findExecutable(QStringLiteral("tidy"));
    QVERIFY2(!tidy.isEmpty(), "Debian's tidy is not installed: scripts/test installs it");
    int checked = 0;
    for (auto it = m_site.cbegin(); it != m_site.cend(); ++it) {
        if (!it.key().endsWith(QStringLiteral(".html")))
            continue;
        const QStringList problems = tidyProblems(it.key());
        QVERIFY2(problems.isEmpty(),
            qPrintable(it.key() + QStringLiteral(":\n") + problems.join(QLatin1Char('\n'))));
        ++checked;
    }
    QVERIFY(checked >= 20);
}

void TestSiteBuilder::submissionFormPage()
{
    QVERIFY(!m_site.contains(
        QStringLiteral("annoncez-vos-infos/index.html"))); // no receiver set: no form
    QVERIFY(page(QStringLiteral("index.html")).contains(u"href=\"mailto:redaction@"));
    SiteSettings settings;
    settings.submissionFormUrl
        = QStringLiteral("https://ess-hautsdefrance.example/relais/receiver.php?a=1&b=2");
    m_site = render(seedMorning, settings);
    const QString form = page(QStringLiteral("annoncez-vos-infos/index.html"));
    QVERIFY(form.contains(
        u"action=\"https://ess-hautsdefrance.example/relais/receiver.php?a=1&amp;b=2\""));
    QVERIFY(form.contains(u"method=\"post\""));
    for (const char *name : { "title", "kind", "starts_date", "starts_time", "ends_date",
             "ends_time", "all_day", "location", "address", "online_url", "body", "sections[]",
             "name", "organization", "email", "phone", "website", "consent" })
        QVERIFY2(form.contains(QStringLiteral("name=\"%1\"").arg(QLatin1String(name))), name);
    QVERIFY(form.contains(u"value=\"elus-et-decideurs\"> Élus et décideurs"));
    QVERIFY(!form.contains(u"<script"));
    // Every page's call to action leads to the form, relatively.
    QVERIFY(page(QStringLiteral("index.html")).contains(u"href=\"annoncez-vos-infos/index.html\""));
    QVERIFY(page(QStringLiteral("agenda/index.html"))
                .contains(u"href=\"../annoncez-vos-infos/index.html\""));
    const QStringList problems = tidyProblems(QStringLiteral("annoncez-vos-infos/index.html"));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

namespace {

QMap<QString, QByteArray> readTree(const QString &root)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (f.open(QIODevice::ReadOnly))
            files.insert(QDir(root).relativeFilePath(path), f.readAll());
    }
    files.remove(QString::fromLatin1(SiteFolder::MarkerName));
    return files;
}

} // namespace

// After each kind of change, a render that skips the pages whose inputs did not change gives
// the very same folder as a render that makes every page, and makes few pages.
void TestSiteBuilder::incrementalRenderEqualsFullRender()
{
    Store &store = m_temp->store();
    // Enough news for several list pages.
    for (int i = 0; i < 34; ++i) {
        Article a = Test::sampleArticle(QStringLiteral("Brève numéro %1").arg(i));
        a.status = Status::Published;
        a.publishAt = seedMorning.addDays(-40 + i);
        a.sections = { QStringLiteral("associations") };
        RELAIS_VERIFY_OK(store.articles().create(a));
    }
    auto theme = Theme::load();
    RELAIS_VERIFY_OK(theme);
    QTemporaryDir incremental;
    QTemporaryDir fresh;
    QDateTime at = seedMorning;
    auto renderBoth = [&](const char *step) -> int {
        auto settings = store.siteSettings().load();
        SiteFolder folder(incremental.path());
        if (!folder.open())
            qFatal("cannot open the folder");
        SiteBuilder builder(store, *settings, *theme);
        builder.setPageCache(folder.pageCache());
        int made = 0;
        auto report = builder.build(at, [&](const QString &path, const QByteArray &content) {
            ++made;
            return folder.write(path, content);
        });
        if (!report || !folder.removeStale())
            qFatal("incremental render failed at %s", step);
        QDir(fresh.path()).removeRecursively();
        SiteFolder whole(fresh.path());
        SiteBuilder full(store, *settings, *theme);
        if (!whole.open()
            || !full.build(at,
                [&](const QString &path, const QByteArray &content) {
                    return whole.write(path, content);
                })
            || !whole.removeStale())
            qFatal("full render failed at %s", step);
        const auto a = readTree(incremental.path());
        const auto b = readTree(fresh.path());
        if (a.keys() != b.keys())
            qWarning("%s: files differ: %s | %s", step,
                qPrintable(QStringList(a.keys()).join(QLatin1Char(' '))),
                qPrintable(QStringList(b.keys()).join(QLatin1Char(' '))));
        for (auto it = b.cbegin(); it != b.cend(); ++it) {
            if (a.value(it.key()) != it.value()) {
                const QByteArray x = a.value(it.key());
                const QByteArray &y = it.value();
                qsizetype at = 0;
                while (at < x.size() && at < y.size() && x.at(at) == y.at(at))
                    ++at;
                qWarning("%s: %s differs at byte %lld: «%s» instead of «%s»", step,
                    qPrintable(it.key()), qlonglong(at),
                    x.mid(qMax<qsizetype>(0, at - 40), 100).constData(),
                    y.mid(qMax<qsizetype>(0, at - 40), 100).constData());
            }
        }
        return a == b ? made : -1;
    };
    const int first = renderBoth("first render");
    QVERIFY(first > 40);
    QCOMPARE(renderBoth("nothing changed"), 0);

    // One article's text: its page, and the list page, section, home and feed that show it.
    auto articles = store.articles().loadAll();
    Article edited = *std::find_if(articles->begin(), articles->end(),
        [](const Article &a) { return a.title == u"Brève numéro 20"; });
    edited.body += QStringLiteral("\n\nUne phrase de plus.");
    RELAIS_VERIFY_OK(store.articles().save(edited));
    const int oneArticle = renderBoth("one article edited");
    QVERIFY2(oneArticle > 0 && oneArticle <= 6, qPrintable(QString::number(oneArticle)));

    // A new article shifts the pagination of the news.
    Article added = Test::sampleArticle(QStringLiteral("Tout nouvel article"));
    added.status = Status::Published;
    added.publishAt = seedMorning.addSecs(-60);
    RELAIS_VERIFY_OK(store.articles().create(added));
    QVERIFY(renderBoth("article added") > 0);

    // Trash, schedule for later, and the time passing over it.
    ListRow row;
    row.id = articles->first().meta.id;
    row.type = EntityType::Article;
    RELAIS_VERIFY_OK(store.trash().moveToTrash({ row }));
    QVERIFY(renderBoth("article trashed") > 0);
    Article later = Test::sampleArticle(QStringLiteral("Pour demain"));
    later.status = Status::Scheduled;
    later.publishAt = seedMorning.addDays(1);
    RELAIS_VERIFY_OK(store.articles().create(later));
    QCOMPARE(renderBoth("scheduled for tomorrow"), 0);
    at = seedMorning.addDays(2);
    QVERIFY(renderBoth("the next day") > 0);

    // An event, a contact shown on a page, a picture's description, the site settings.
    auto events = store.agenda().loadAll();
    AgendaEntry event = events->first();
    event.locationName = QStringLiteral("Salle des fêtes");
    RELAIS_VERIFY_OK(store.agenda().save(event));
    QVERIFY(renderBoth("event edited") > 0);
    auto contacts = store.contacts().loadAll();
    Contact contact = contacts->first();
    contact.role = QStringLiteral("Présidente");
    RELAIS_VERIFY_OK(store.contacts().save(contact));
    renderBoth("contact edited");
    QImage image(400, 300, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG");
    auto media = WebImage::store(
        store.media(), QStringLiteral("salle.jpg"), jpeg, QStringLiteral("La salle"));
    RELAIS_VERIFY_OK(media);
    edited = *store.articles().load(edited.meta.id);
    edited.featuredImage = media->name;
    edited.body += QStringLiteral("\n\n![La salle](%1)").arg(media->path());
    RELAIS_VERIFY_OK(store.articles().save(edited));
    QVERIFY(renderBoth("picture added") > 0);
    RELAIS_VERIFY_OK(store.media().setAlt(media->id, QStringLiteral("La grande salle")));
    QCOMPARE(renderBoth("picture described"), 1); // the page with the featured image
    auto settings = store.siteSettings().load();
    settings->name = QStringLiteral("L’ESS en région");
    RELAIS_VERIFY_OK(store.siteSettings().save(*settings));
    // Every page shows the site's name (the pictures do not).
    QCOMPARE(renderBoth("site renamed"), int(readTree(incremental.path()).size()) - 2);
}

// Pages are made by worker threads, yet the sink gets them in one order, the same every
// time: detail pages before the lists that link to them.
void TestSiteBuilder::pagesComeInOrderAndAFailingSinkStops()
{
    Store &store = m_temp->store();
    RELAIS_VERIFY_OK(addDispatches(store, 150)); // more pages than the builder makes ahead
    auto theme = Theme::load();
    RELAIS_VERIFY_OK(theme);
    auto order = [&] {
        QStringList paths;
        SiteBuilder builder(store, SiteSettings {}, *theme);
        auto report = builder.build(
            seedMorning, [&paths](const QString &path, const QByteArray &) -> Result<void> {
                paths.append(path);
                return {};
            });
        if (!report || report->pages != paths.size())
            qFatal("render failed or miscounted");
        return paths;
    };
    const QStringList first = order();
    QCOMPARE(order(), first);
    const qsizetype firstList = first.indexOf(QStringLiteral("actualites/index.html"));
    QVERIFY(firstList > 150);
    for (qsizetype i = firstList; i < first.size(); ++i)
        QVERIFY2(!first.at(i).startsWith(QStringLiteral("actualites/depeche-")),
            qPrintable(first.at(i)));

    // The sink refuses the tenth page (a full disk): the build stops with its message, gives
    // nothing more, and leaves no thread behind (the builder is destroyed at once).
    int given = 0;
    {
        SiteBuilder builder(store, SiteSettings {}, *theme);
        auto report = builder.build(
            seedMorning, [&given](const QString &path, const QByteArray &) -> Result<void> {
                if (++given == 10)
                    return Error::failed(QStringLiteral("No space left for %1").arg(path));
                return {};
            });
        QVERIFY(!report);
        QCOMPARE(report.error().message, QStringLiteral("No space left for %1").arg(first.at(9)));
    }
    QCOMPARE(given, 10);
}

// Partials are the theme's templates and variables are the page's data: a template's
// {{#event}} must not find the template called "event" when the page has no "event".
void TestSiteBuilder::dataNamesNeverFindTemplates()
{
    QTemporaryDir themeDir;
    const QDir builtIn(QStringLiteral(":/relais/theme"));
    for (const QString &name : builtIn.entryList(QDir::Files))
        QVERIFY(QFile::copy(builtIn.filePath(name), themeDir.filePath(name)));
    QFile article(themeDir.filePath(QStringLiteral("article.mustache")));
    QVERIFY(article.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    QVERIFY(article.open(QIODevice::Append));
    article.write(
        "<p id=\"probe\">[{{#event}}template found{{/event}}{{^event}}no event{{/event}}]</p>\n");
    article.close();
    auto theme = Theme::load(themeDir.path());
    RELAIS_VERIFY_OK(theme);
    SiteBuilder builder(m_temp->store(), SiteSettings {}, *theme);
    QMap<QString, QByteArray> files;
    RELAIS_VERIFY_OK(builder.build(
        seedMorning, [&files](const QString &path, const QByteArray &content) -> Result<void> {
            files.insert(path, content);
            return {};
        }));
    const auto page = std::find_if(files.cbegin(), files.cend(),
        [](const QByteArray &c) { return c.contains("id=\"probe\""); });
    QVERIFY(page != files.cend());
    QVERIFY2(page->contains("[no event]"), page->constData());
    // The partials still work: list pages show their items through {{> newsitem}}.
    QVERIFY(files.value(QStringLiteral("actualites/index.html")).contains("<article"));
}

void TestSiteBuilder::pageWriterStoresOnTheMakersThreads()
{
    Store &store = m_temp->store();
    RELAIS_VERIFY_OK(addDispatches(store, 150)); // more pages than the builder makes ahead
    auto theme = Theme::load();
    RELAIS_VERIFY_OK(theme);
    QStringList plainOrder;
    QMap<QString, QByteArray> plain;
    {
        SiteBuilder builder(store, SiteSettings {}, *theme);
        RELAIS_VERIFY_OK(builder.build(
            seedMorning, [&](const QString &path, const QByteArray &content) -> Result<void> {
                plainOrder.append(path);
                plain.insert(path, content);
                return {};
            }));
    }

    // Stored by the page makers (several threads at once), given to the sink in the same order
    // as without a writer, without their bytes; the same bytes in the end.
    QMutex mutex;
    QMap<QString, QByteArray> stored;
    QSet<Qt::HANDLE> threads;
    QStringList order;
    qint64 bytes = 0;
    {
        SiteBuilder builder(store, SiteSettings {}, *theme);
        builder.setPageWriter([&](const QString &path, const QByteArray &content) -> Result<void> {
            QMutexLocker lock(&mutex);
            if (stored.contains(path))
                return Error::failed(QStringLiteral("stored twice: ") + path);
            stored.insert(path, content);
            threads.insert(QThread::currentThreadId());
            return {};
        });
        auto report = builder.build(
            seedMorning, [&](const QString &path, const QByteArray &content) -> Result<void> {
                QMutexLocker lock(&mutex);
                if (!stored.contains(path) || !content.isEmpty())
                    return Error::failed(
                        QStringLiteral("given before it was stored, or with its bytes: ") + path);
                order.append(path);
                return {};
            });
        RELAIS_VERIFY_OK(report);
        bytes = report->bytes;
    }
    QCOMPARE(order, plainOrder);
    QCOMPARE(stored.keys(), plain.keys());
    for (auto it = plain.cbegin(); it != plain.cend(); ++it)
        QVERIFY2(stored.value(it.key()) == it.value(), qPrintable(it.key()));
    qint64 plainBytes = 0;
    for (const QByteArray &content : std::as_const(plain))
        plainBytes += content.size();
    QCOMPARE(bytes, plainBytes);
    QVERIFY(!threads.contains(QThread::currentThreadId()) || threads.size() > 1);

    // A page the writer cannot store stops the build with its message; the sink never gets it.
    const QString refused = plainOrder.at(20);
    QStringList given;
    {
        SiteBuilder builder(store, SiteSettings {}, *theme);
        builder.setPageWriter([&](const QString &path, const QByteArray &) -> Result<void> {
            if (path == refused)
                return Error::failed(QStringLiteral("Cannot write %1: no space left").arg(path));
            return {};
        });
        auto report = builder.build(
            seedMorning, [&](const QString &path, const QByteArray &) -> Result<void> {
                given.append(path);
                return {};
            });
        QVERIFY(!report);
        QCOMPARE(
            report.error().message, QStringLiteral("Cannot write %1: no space left").arg(refused));
    }
    QCOMPARE(given, plainOrder.mid(0, 20));
}

QTEST_GUILESS_MAIN(TestSiteBuilder)
#include "test_sitebuilder.moc"
