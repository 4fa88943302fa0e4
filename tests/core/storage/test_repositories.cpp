// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/slug.h"
#include "testsupport.h"

using namespace Relais;

class TestRepositories : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void createArticle();
    void updateBumpsRevision();
    void staleRevisionIsRefused();
    void updateOfPurgedItemIsNotFound();
    void slugsAreUniquePerKind();
    void explicitSlugConflict();
    void invalidItemIsNotStored();
    void trashAndRestore();
    void purgeOnlyTrashed();
    void search_data();
    void search();
    void searchOperatorsAreText_data();
    void searchOperatorsAreText();
    void hostileTextIsKeptAsIs_data();
    void hostileTextIsKeptAsIs();
    void pagingAndSorting();
    void filters();
    void agendaRoundTrip();
    void contactRoundTripAndSearch();
    void linkToMissingContactRefused();
    void trashListsEveryType();
    void searchCountIsCapped();
    void lightReadsAgreeWithFullReads();

private:
    std::unique_ptr<Test::ManualClock> m_clock;
    std::unique_ptr<Test::TempStore> m_temp;
    Store &store() { return m_temp->store(); }
};

void TestRepositories::init()
{
    m_clock = std::make_unique<Test::ManualClock>();
    m_temp = std::make_unique<Test::TempStore>(m_clock.get());
}

void TestRepositories::cleanup()
{
    m_temp.reset();
    m_clock.reset();
}

void TestRepositories::createArticle()
{
    auto contact = store().contacts().create(Test::sampleContact());
    RELAIS_VERIFY_OK(contact);
    Article a = Test::sampleArticle();
    a.sections = { QStringLiteral("citoyens"), QStringLiteral("associations") };
    a.contacts = { contact->meta.uuid };
    a.publishAt = QDateTime(QDate(2026, 12, 1), QTime(7, 0), Qt::UTC);
    auto created = store().articles().create(a);
    RELAIS_VERIFY_OK(created);
    QVERIFY(created->meta.id > 0);
    QVERIFY(!created->meta.uuid.isNull());
    QCOMPARE(created->meta.revision, 1);
    QCOMPARE(created->slug, QStringLiteral("eco-activites-en-hauts-de-france"));
    QCOMPARE(created->meta.createdAt, m_clock->now());

    auto loaded = store().articles().load(created->meta.uuid);
    RELAIS_VERIFY_OK(loaded);
    QCOMPARE(loaded->title, a.title);
    QCOMPARE(loaded->body, a.body);
    QCOMPARE(loaded->sections, a.sections); // order kept
    QCOMPARE(loaded->contacts, a.contacts);
    QCOMPARE(loaded->publishAt, a.publishAt);
    QCOMPARE(loaded->status, Status::Draft);
}

void TestRepositories::updateBumpsRevision()
{
    auto created = store().articles().create(Test::sampleArticle());
    RELAIS_VERIFY_OK(created);
    m_clock->advance(60);
    Article changed = *created;
    changed.body = QStringLiteral("Nouveau texte");
    auto updated = store().articles().update(changed);
    RELAIS_VERIFY_OK(updated);
    QCOMPARE(updated->meta.revision, 2);
    QCOMPARE(updated->meta.updatedAt, m_clock->now());
    QCOMPARE(updated->meta.createdAt, created->meta.createdAt);
    QCOMPARE(updated->slug, created->slug); // a title change does not move the page
}

void TestRepositories::staleRevisionIsRefused()
{
    auto created = store().articles().create(Test::sampleArticle());
    RELAIS_VERIFY_OK(created);
    Article mine = *created;
    Article theirs = *created;
    theirs.body = QStringLiteral("Leur version");
    RELAIS_VERIFY_OK(store().articles().update(theirs));
    mine.body = QStringLiteral("Ma version");
    auto refused = store().articles().update(mine);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::StaleRevision);
    QVERIFY(refused.error().message.contains(created->title));
    QCOMPARE(store().articles().load(created->meta.id)->body, QStringLiteral("Leur version"));
}

void TestRepositories::updateOfPurgedItemIsNotFound()
{
    auto created = store().articles().create(Test::sampleArticle());
    RELAIS_VERIFY_OK(created);
    RELAIS_VERIFY_OK(store().articles().moveToTrash({ created->meta.id }));
    RELAIS_VERIFY_OK(store().articles().emptyTrash());
    auto r = store().articles().update(*created);
    QVERIFY(!r);
    QCOMPARE(r.error().code, Error::Code::NotFound);
}

void TestRepositories::slugsAreUniquePerKind()
{
    auto a
        = store().articles().create(Test::sampleArticle(QStringLiteral("Les garages solidaires")));
    auto b = store().articles().create(
        Test::sampleArticle(QStringLiteral("Les garages solidaires !")));
    Article t = Test::sampleArticle(QStringLiteral("Les garages solidaires"));
    t.kind = ArticleKind::Testimonial;
    auto c = store().articles().create(t);
    auto e = store().agenda().create(Test::sampleEntry(QStringLiteral("Les garages solidaires")));
    RELAIS_VERIFY_OK(a);
    RELAIS_VERIFY_OK(b);
    RELAIS_VERIFY_OK(c);
    RELAIS_VERIFY_OK(e);
    QCOMPARE(a->slug, QStringLiteral("les-garages-solidaires"));
    QCOMPARE(b->slug, QStringLiteral("les-garages-solidaires-2"));
    QCOMPARE(c->slug, QStringLiteral("les-garages-solidaires"));
    QCOMPARE(e->slug, QStringLiteral("les-garages-solidaires"));
    // A title without any letter still gets an address.
    auto emoji = store().articles().create(Test::sampleArticle(QStringLiteral("🎉🎉🎉")));
    RELAIS_VERIFY_OK(emoji);
    QCOMPARE(emoji->slug, QStringLiteral("article"));
}

void TestRepositories::explicitSlugConflict()
{
    RELAIS_VERIFY_OK(
        store().articles().create(Test::sampleArticle(QStringLiteral("Place des assos"))));
    Article a = Test::sampleArticle(QStringLiteral("Autre titre"));
    a.slug = QStringLiteral("place-des-assos");
    auto r = store().articles().create(a);
    QVERIFY(!r);
    QCOMPARE(r.error().code, Error::Code::Conflict);
    QVERIFY(r.error().message.contains(QStringLiteral("place-des-assos")));
    a.slug = QStringLiteral("../../etc");
    r = store().articles().create(a);
    QVERIFY(!r);
    QCOMPARE(r.error().code, Error::Code::Invalid);
    QCOMPARE(*store().articles().count(), 1);
}

void TestRepositories::invalidItemIsNotStored()
{
    auto r = store().articles().create(Test::sampleArticle(QString()));
    QVERIFY(!r);
    QCOMPARE(r.error().code, Error::Code::Invalid);
    QCOMPARE(r.error().detail, QStringLiteral("title"));
    AgendaEntry e = Test::sampleEntry();
    e.end = e.start.addDays(-1);
    auto r2 = store().agenda().create(e);
    QVERIFY(!r2);
    QVERIFY(r2.error().message.contains(e.title));
    QCOMPARE(*store().articles().count(), 0);
    QCOMPARE(*store().agenda().count(), 0);
}

void TestRepositories::trashAndRestore()
{
    auto a = store().articles().create(Test::sampleArticle());
    RELAIS_VERIFY_OK(a);
    RELAIS_VERIFY_OK(store().articles().moveToTrash({ a->meta.id }));
    QCOMPARE(*store().articles().count(), 0);
    QCOMPARE(*store().articles().trashedCount(), 1);
    auto trashed = store().articles().load(a->meta.id);
    RELAIS_VERIFY_OK(trashed);
    QVERIFY(trashed->meta.isTrashed());
    QCOMPARE(trashed->meta.revision, 2);
    // An editor still holding revision 1 cannot save over the deletion unnoticed.
    QCOMPARE(store().articles().update(*a).error().code, Error::Code::StaleRevision);

    RELAIS_VERIFY_OK(store().articles().restore({ a->meta.id }));
    auto restored = store().articles().load(a->meta.id);
    QVERIFY(!restored->meta.isTrashed());
    QCOMPARE(restored->body, a->body);
    QCOMPARE(*store().articles().count(), 1);
}

void TestRepositories::purgeOnlyTrashed()
{
    auto live = store().articles().create(Test::sampleArticle(QStringLiteral("Reste")));
    auto gone = store().articles().create(Test::sampleArticle(QStringLiteral("Part")));
    RELAIS_VERIFY_OK(store().articles().moveToTrash({ gone->meta.id }));
    RELAIS_VERIFY_OK(store().articles().purge({ live->meta.id, gone->meta.id }));
    RELAIS_VERIFY_OK(store().articles().load(live->meta.id));
    QCOMPARE(store().articles().load(gone->meta.id).error().code, Error::Code::NotFound);
}

void TestRepositories::search_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("articles");
    QTest::newRow("no accent finds accent") << QStringLiteral("eco") << 1;
    QTest::newRow("capital accent") << QStringLiteral("ÉCO") << 1;
    QTest::newRow("accented query") << QStringLiteral("activités") << 1;
    QTest::newRow("unaccented word") << QStringLiteral("activites") << 1;
    QTest::newRow("prefix while typing") << QStringLiteral("coop") << 2;
    QTest::newRow("two words") << QStringLiteral("coop somme") << 1;
    QTest::newRow("summary") << QStringLiteral("resume") << 2;
    QTest::newRow("nothing") << QStringLiteral("zzz") << 0;
    QTest::newRow("empty") << QString() << 3;
    QTest::newRow("only punctuation") << QStringLiteral(" -- ") << 3;
}

void TestRepositories::search()
{
    QFETCH(QString, text);
    QFETCH(int, articles);
    Article a = Test::sampleArticle(QStringLiteral("Éco-activités en Hauts-de-France"));
    a.body = QStringLiteral("Les coopératives de la Somme.");
    RELAIS_VERIFY_OK(store().articles().create(a));
    Article b = Test::sampleArticle(QStringLiteral("Place des assos"));
    b.body = QStringLiteral("Une coopération entre associations lilloises.");
    RELAIS_VERIFY_OK(store().articles().create(b));
    Article c = Test::sampleArticle(QStringLiteral("Garage solidaire"));
    c.summary = QStringLiteral("Entretenir son véhicule.");
    c.body = QStringLiteral("Mécanique.");
    RELAIS_VERIFY_OK(store().articles().create(c));
    // A trashed match is not in the list.
    Article d = Test::sampleArticle(QStringLiteral("Économie circulaire"));
    auto trashed = store().articles().create(d);
    RELAIS_VERIFY_OK(store().articles().moveToTrash({ trashed->meta.id }));

    ListQuery q;
    q.search = text;
    QCOMPARE(*store().articles().count(q), articles);
    auto page = store().articles().page(q, 0, 50);
    RELAIS_VERIFY_OK(page);
    QCOMPARE(int(page->size()), articles);
}

void TestRepositories::searchOperatorsAreText_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("quote") << QStringLiteral("\"");
    QTest::newRow("fts operators") << QStringLiteral("a OR b AND NOT c NEAR(d)");
    QTest::newRow("star and caret") << QStringLiteral("*^:");
    QTest::newRow("column filter") << QStringLiteral("title:eco");
    QTest::newRow("sql") << QStringLiteral("'); DROP TABLE articles; --");
}

void TestRepositories::searchOperatorsAreText()
{
    QFETCH(QString, text);
    RELAIS_VERIFY_OK(store().articles().create(Test::sampleArticle()));
    ListQuery q;
    q.search = text;
    RELAIS_VERIFY_OK(store().articles().count(q));
    RELAIS_VERIFY_OK(store().articles().page(q, 0, 10));
    QCOMPARE(*store().articles().count(), 1);
}

void TestRepositories::hostileTextIsKeptAsIs_data()
{
    QTest::addColumn<QString>("title");
    QTest::newRow("10,000 characters") << QString(10000, QLatin1Char('a'));
    QTest::newRow("control characters") << QStringLiteral("Ligne\nsuivante\ttab\x01\x1b[31m");
    QTest::newRow("right-to-left override") << QStringLiteral("Facture \u202Efdp.exe");
    QTest::newRow("emoji") << QStringLiteral("Fête 🎉👩‍👩‍👧 de quartier");
    QTest::newRow("markup") << QStringLiteral(
        "<script>alert(1)</script>\"><img src=x onerror=alert(2)>");
    QTest::newRow("zero width") << QStringLiteral("Zéro\u200B\u200Dlargeur");
}

void TestRepositories::hostileTextIsKeptAsIs()
{
    QFETCH(QString, title);
    auto created = store().articles().create(Test::sampleArticle(title));
    RELAIS_VERIFY_OK(created);
    QCOMPARE(store().articles().load(created->meta.id)->title, title);
    auto page = store().articles().page({}, 0, 10);
    RELAIS_VERIFY_OK(page);
    QCOMPARE(page->first().values.first().toString(), title);
    QVERIFY(Slug::isValid(created->slug));
}

void TestRepositories::pagingAndSorting()
{
    Transaction t(store().database());
    for (int i = 0; i < 250; ++i)
        RELAIS_VERIFY_OK(store().articles().create(
            Test::sampleArticle(QStringLiteral("Article %1").arg(i, 3, 10, QLatin1Char('0')))));
    RELAIS_VERIFY_OK(t.commit());
    ListQuery q;
    q.sortKey = QStringLiteral("title");
    q.order = Qt::AscendingOrder;
    auto first = store().articles().page(q, 0, 100);
    auto last = store().articles().page(q, 200, 100);
    RELAIS_VERIFY_OK(first);
    RELAIS_VERIFY_OK(last);
    QCOMPARE(first->size(), 100);
    QCOMPARE(last->size(), 50);
    QCOMPARE(first->first().values.first().toString(), QStringLiteral("Article 000"));
    QCOMPARE(last->last().values.first().toString(), QStringLiteral("Article 249"));
    q.order = Qt::DescendingOrder;
    QCOMPARE(store().articles().page(q, 0, 1)->first().values.first().toString(),
        QStringLiteral("Article 249"));
}

void TestRepositories::filters()
{
    Article news = Test::sampleArticle(QStringLiteral("Actualité"));
    news.status = Status::Published;
    news.sections = { QStringLiteral("entrepreneurs") };
    Article testimonial = Test::sampleArticle(QStringLiteral("Témoignage"));
    testimonial.kind = ArticleKind::Testimonial;
    testimonial.sections = { QStringLiteral("citoyens"), QStringLiteral("entrepreneurs") };
    RELAIS_VERIFY_OK(store().articles().create(news));
    RELAIS_VERIFY_OK(store().articles().create(testimonial));
    ListQuery q;
    q.status = QStringLiteral("published");
    QCOMPARE(*store().articles().count(q), 1);
    q = {};
    q.kind = QStringLiteral("testimonial");
    QCOMPARE(*store().articles().count(q), 1);
    q = {};
    q.section = QStringLiteral("entrepreneurs");
    QCOMPARE(*store().articles().count(q), 2);
    q.section = QStringLiteral("citoyens");
    QCOMPARE(*store().articles().count(q), 1);
    q.kind = QStringLiteral("news");
    QCOMPARE(*store().articles().count(q), 0);
}

void TestRepositories::agendaRoundTrip()
{
    auto contact = store().contacts().create(Test::sampleContact());
    AgendaEntry e = Test::sampleEntry();
    e.allDay = true;
    e.state = EventState::Postponed;
    e.onlineUrl = QStringLiteral("https://visio.example.org/rencontre");
    e.contacts = { contact->meta.uuid };
    e.publishAt = QDateTime(QDate(2026, 11, 30), QTime(8, 0), Qt::UTC);
    auto created = store().agenda().create(e);
    RELAIS_VERIFY_OK(created);
    auto loaded = store().agenda().load(created->meta.id);
    RELAIS_VERIFY_OK(loaded);
    QCOMPARE(loaded->title, e.title);
    QCOMPARE(loaded->start, e.start);
    QCOMPARE(loaded->end, e.end);
    QCOMPARE(loaded->allDay, true);
    QCOMPARE(loaded->timeZone, QStringLiteral("Europe/Paris"));
    QCOMPARE(loaded->locationName, e.locationName);
    QCOMPARE(loaded->address, e.address);
    QCOMPARE(loaded->onlineUrl, e.onlineUrl);
    QCOMPARE(loaded->description, e.description);
    QCOMPARE(loaded->sections, e.sections);
    QCOMPARE(loaded->state, EventState::Postponed);
    QCOMPARE(loaded->contacts, e.contacts);
    QCOMPARE(loaded->publishAt, e.publishAt);
    ListQuery q;
    q.search = QStringLiteral("maison vie");
    QCOMPARE(*store().agenda().count(q), 1);
}

void TestRepositories::contactRoundTripAndSearch()
{
    Contact c = Test::sampleContact(QStringLiteral("Coopérative Œuvrière de production"));
    c.phones = { QStringLiteral("04 72 56 13 89"), QStringLiteral("06 85 60 49 23") };
    c.emails = { QStringLiteral("a@anact.fr"), QStringLiteral("b@anact.fr") };
    auto created = store().contacts().create(c);
    RELAIS_VERIFY_OK(created);
    auto loaded = store().contacts().load(created->meta.id);
    QCOMPARE(loaded->phones, c.phones);
    QCOMPARE(loaded->emails, c.emails);
    QCOMPARE(loaded->organization, c.organization);
    for (const QString &text :
        { QStringLiteral("cooperative"), QStringLiteral("œuvrière"), QStringLiteral("anact"),
            QStringLiteral("vagnon"), QStringLiteral("animateur"), QStringLiteral("soissons") }) {
        ListQuery q;
        q.search = text;
        QVERIFY2(*store().contacts().count(q) == 1, qPrintable(text));
    }
}

void TestRepositories::linkToMissingContactRefused()
{
    Article a = Test::sampleArticle();
    a.contacts = { QUuid::createUuid() };
    auto r = store().articles().create(a);
    QVERIFY(!r);
    QCOMPARE(r.error().code, Error::Code::Invalid);
    QCOMPARE(*store().articles().count(), 0);
}

void TestRepositories::trashListsEveryType()
{
    auto a = store().articles().create(Test::sampleArticle());
    m_clock->advance(1);
    auto e = store().agenda().create(Test::sampleEntry());
    m_clock->advance(1);
    auto c = store().contacts().create(Test::sampleContact());
    RELAIS_VERIFY_OK(store().articles().moveToTrash({ a->meta.id }));
    m_clock->advance(1);
    RELAIS_VERIFY_OK(store().agenda().moveToTrash({ e->meta.id }));
    m_clock->advance(1);
    RELAIS_VERIFY_OK(store().contacts().moveToTrash({ c->meta.id }));
    auto rows = store().trash().page({}, 0, 10);
    RELAIS_VERIFY_OK(rows);
    QCOMPARE(rows->size(), 3);
    QCOMPARE(rows->at(0).type, EntityType::Contact); // newest deletion first
    QCOMPARE(rows->at(0).values.at(0).toString(), QStringLiteral("Antoine Vagnon"));
    QCOMPARE(rows->at(2).type, EntityType::Article);
    ListQuery q;
    q.search = QStringLiteral("rencontres");
    QCOMPARE(*store().trash().count(q), 1);

    RELAIS_VERIFY_OK(store().trash().restore({ rows->at(1) }));
    QCOMPARE(*store().agenda().count(), 1);
    QCOMPARE(*store().trash().count(), 2);
    RELAIS_VERIFY_OK(store().trash().emptyTrash());
    QCOMPARE(*store().trash().count(), 0);
    QCOMPARE(*store().agenda().count(), 1);
}

void TestRepositories::searchCountIsCapped()
{
    Transaction t(store().database());
    for (int i = 0; i < 10; ++i) {
        Article a = Test::sampleArticle(QStringLiteral("Jardin partagé %1").arg(i));
        a.status = i < 4 ? Status::Published : Status::Draft;
        RELAIS_VERIFY_OK(store().articles().create(a));
    }
    RELAIS_VERIFY_OK(t.commit());
    ListQuery q;
    q.search = QStringLiteral("jard");
    auto capped = store().articles().countUpTo(q, 5);
    RELAIS_VERIFY_OK(capped);
    QCOMPARE(capped->value, 5);
    QVERIFY(!capped->exact);
    auto full = store().articles().countUpTo(q, 50);
    QCOMPARE(full->value, 10);
    QVERIFY(full->exact);
    q.status = QStringLiteral("published");
    QCOMPARE(store().articles().countUpTo(q, 5)->value, 4);
    QVERIFY(store().articles().countUpTo(q, 5)->exact);
    // Without a search the count is exact, whatever the cap.
    QCOMPARE(store().articles().countUpTo({}, 5)->value, 10);
    QVERIFY(store().articles().countUpTo({}, 5)->exact);
}

// The renderer's light reads go through SQLite's own interface: they must see what the
// QtSql reads see, field by field, NULLs and non-ASCII text included.
void TestRepositories::lightReadsAgreeWithFullReads()
{
    auto contact = store().contacts().create(Test::sampleContact());
    RELAIS_VERIFY_OK(contact);
    Article plain = Test::sampleArticle(QStringLiteral("Sans date ni image"));
    plain.publishAt = {};
    RELAIS_VERIFY_OK(store().articles().create(plain));
    Article rich = Test::sampleArticle(QStringLiteral("Œuvres d’été à Lille"));
    rich.kind = ArticleKind::Testimonial;
    rich.status = Status::Scheduled;
    rich.publishAt = QDateTime(QDate(2026, 12, 24), QTime(18, 30, 15, 250), Qt::UTC);
    rich.sections = { QStringLiteral("entrepreneurs"), QStringLiteral("associations") };
    auto second
        = store().contacts().create(Test::sampleContact(QStringLiteral("Maison des associations")));
    RELAIS_VERIFY_OK(second);
    rich.contacts
        = { second->meta.uuid, contact->meta.uuid }; // not in id order: their order is kept
    rich.featuredImage = QStringLiteral("affiche-0123abcd");
    rich.body += QStringLiteral("\n\n![Affiche](media/affiche-0123abcd.jpg)");
    RELAIS_VERIFY_OK(store().articles().create(rich));
    AgendaEntry entry = Test::sampleEntry();
    entry.allDay = true;
    entry.timeZone = QStringLiteral("America/Cayenne");
    RELAIS_VERIFY_OK(store().agenda().create(entry));
    m_clock->advance(300);
    auto trashed = store().articles().create(Test::sampleArticle(QStringLiteral("À la corbeille")));
    RELAIS_VERIFY_OK(trashed);
    RELAIS_VERIFY_OK(store().articles().moveToTrash({ trashed->meta.id }));

    const auto light = store().articles().loadAllWithoutText();
    const auto full = store().articles().loadAll();
    RELAIS_VERIFY_OK(light);
    RELAIS_VERIFY_OK(full);
    QCOMPARE(light->size(), 2); // the trashed one is not there
    QCOMPARE(light->size(), full->size());
    for (qsizetype i = 0; i < full->size(); ++i) {
        const Article &l = light->at(i);
        const Article &f = full->at(i);
        QCOMPARE(l.meta.id, f.meta.id);
        QCOMPARE(l.meta.uuid, f.meta.uuid);
        QCOMPARE(l.meta.revision, f.meta.revision);
        QCOMPARE(l.meta.createdAt, f.meta.createdAt);
        QCOMPARE(l.meta.updatedAt, f.meta.updatedAt);
        QCOMPARE(l.kind, f.kind);
        QCOMPARE(l.slug, f.slug);
        QCOMPARE(l.status, f.status);
        QCOMPARE(l.publishAt, f.publishAt);
        QCOMPARE(l.featuredImage, f.featuredImage);
        QCOMPARE(l.mediaRefs, f.mediaRefs);
        QCOMPARE(l.sections, f.sections);
        QCOMPARE(l.contacts, f.contacts);
        QVERIFY(l.body.isEmpty()); // light: no texts
    }
    QCOMPARE(light->at(1).publishAt.time().msec(), 250);
    QCOMPARE(light->at(1).sections, rich.sections); // their order, not the alphabet's
    QCOMPARE(light->at(1).contacts, rich.contacts);
    QCOMPARE(light->at(1).mediaRefs, QStringList { QStringLiteral("affiche-0123abcd") });
    QVERIFY(!light->at(0).publishAt.isValid());

    const auto lightEvents = store().agenda().loadAllWithoutText();
    const auto fullEvents = store().agenda().loadAll();
    RELAIS_VERIFY_OK(lightEvents);
    RELAIS_VERIFY_OK(fullEvents);
    QCOMPARE(lightEvents->size(), 1);
    QCOMPARE(lightEvents->at(0).start, fullEvents->at(0).start);
    QCOMPARE(lightEvents->at(0).end, fullEvents->at(0).end);
    QCOMPARE(lightEvents->at(0).allDay, true);
    QCOMPARE(lightEvents->at(0).timeZone, QStringLiteral("America/Cayenne"));
    QCOMPARE(lightEvents->at(0).sections, fullEvents->at(0).sections);

    // A statement SQLite refuses is an error naming the database, never rows.
    int rows = 0;
    auto refused = store().database().forEachRow(
        QStringLiteral("SELECT nothing FROM nowhere"), [&rows](const Database::Row &) { ++rows; });
    QVERIFY(!refused);
    QVERIFY(refused.error().message.contains(store().database().path()));
    QVERIFY(refused.error().detail.contains(QStringLiteral("nowhere")));
    QCOMPARE(rows, 0);
}

QTEST_GUILESS_MAIN(TestRepositories)
#include "test_repositories.moc"
