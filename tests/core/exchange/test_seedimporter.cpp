// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/seedimporter.h"
#include "testsupport.h"

#include <QTimeZone>

#include <atomic>

using namespace Relais;

class TestSeedImporter : public QObject
{
    Q_OBJECT

private slots:
    void importsThePortalSeed();
    void demoMovesDatesIntoTheComingWeeks();
    void malformed_data();
    void malformed();
    void secondImportChangesNothing();
    void missingFile();
    void readAsAStream_data();
    void readAsAStream();
    void searchFindsImportedAndLaterItems();
    void progressAndCancel();

private:
    int total(Store &store);
};

int TestSeedImporter::total(Store &store)
{
    return *store.articles().count() + *store.agenda().count() + *store.contacts().count();
}

void TestSeedImporter::importsThePortalSeed()
{
    Test::TempStore temp;
    SeedImporter importer(temp.store());
    auto report = importer.importFile(Test::seedFile());
    RELAIS_VERIFY_OK(report);
    QCOMPARE(report->articles, 5);
    QCOMPARE(report->testimonials, 1);
    QCOMPARE(report->agenda, 6);
    QCOMPARE(report->contacts, 4);

    ListQuery q;
    q.search = QStringLiteral("PTCE ALISS");
    auto rows = temp->articles().page(q, 0, 10);
    QCOMPARE(rows->size(), 1);
    auto aliss = temp->articles().load(rows->first().id);
    QCOMPARE(aliss->slug, QStringLiteral("ptce-aliss-la-cooperation-au-service-du-territoire"));
    QCOMPARE(aliss->status, Status::Published);
    QCOMPARE(aliss->sections, QStringList { QStringLiteral("associations") });
    // Published at the date it carries, midnight in Paris.
    QCOMPARE(aliss->publishAt, QDateTime(QDate(2017, 12, 14), QTime(23, 0), Qt::UTC));
    QCOMPARE(aliss->contacts.size(), 1);
    auto contact = temp->contacts().load(aliss->contacts.first());
    QCOMPARE(contact->name, QStringLiteral("Antoine Vagnon"));
    QCOMPARE(contact->phones, QStringList { QStringLiteral("06.49.78.62.28") });

    q.search = QStringLiteral("anact");
    auto anact = temp->contacts().load(temp->contacts().page(q, 0, 1)->first().id);
    QCOMPARE(anact->phones.size(), 2);
    QCOMPARE(anact->website, QStringLiteral("https://www.anact.fr"));

    q.search = QStringLiteral("ecoles ingenieurs");
    auto webinar = temp->agenda().load(temp->agenda().page(q, 0, 1)->first().id);
    QVERIFY(!webinar->allDay);
    QCOMPARE(webinar->start, QDateTime(QDate(2017, 11, 29), QTime(10, 30), Qt::UTC));
    QCOMPARE(webinar->end, webinar->start.addSecs(45 * 60));
    QCOMPARE(webinar->locationName, QStringLiteral("En ligne"));

    q.search = QStringLiteral("soiree partenaires");
    auto evening = temp->agenda().load(temp->agenda().page(q, 0, 1)->first().id);
    QVERIFY(evening->allDay);
    QCOMPARE(evening->start.toTimeZone(QTimeZone("Europe/Paris")).date(), QDate(2017, 11, 30));

    q = {};
    q.kind = QStringLiteral("testimonial");
    QCOMPARE(*temp->articles().count(q), 1);
}

void TestSeedImporter::demoMovesDatesIntoTheComingWeeks()
{
    Test::TempStore temp;
    SeedImporter importer(temp.store());
    SeedImporter::Options options;
    options.demo = true;
    options.today = QDate(2026, 11, 28);
    RELAIS_VERIFY_OK(importer.importFile(Test::seedFile(), options));
    const QTimeZone paris("Europe/Paris");
    ListQuery q;
    q.sortKey = QStringLiteral("start");
    q.order = Qt::AscendingOrder;
    auto rows = temp->agenda().page(q, 0, 10);
    auto first = temp->agenda().load(rows->first().id);
    auto last = temp->agenda().load(rows->last().id);
    const QDate firstDay = first->start.toTimeZone(paris).date();
    QVERIFY2(firstDay > options.today && firstDay <= options.today.addDays(7),
        qPrintable(firstDay.toString()));
    QCOMPARE(firstDay.dayOfWeek(), QDate(2017, 11, 18).dayOfWeek());
    QCOMPARE(firstDay.daysTo(last->start.toTimeZone(paris).date()),
        QDate(2017, 11, 18).daysTo(QDate(2017, 12, 13)));

    q = {};
    q.sortKey = QStringLiteral("publish_at");
    auto newest = temp->articles().load(temp->articles().page(q, 0, 1)->first().id);
    QVERIFY(newest->publishAt.toTimeZone(paris).date() <= options.today);
    QVERIFY(newest->publishAt.toTimeZone(paris).date() > options.today.addDays(-14));
}

void TestSeedImporter::malformed_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("expected");
    const QByteArray valid = R"("contacts":[{"organization":"ALISS","email":"a@aliss.org"}],)"
                             R"("agenda":[{"date":"2017-11-18","title":"Bon événement"}],)";
    QTest::newRow("not JSON") << QByteArray("{\n \"articles\": [\n  {\"title\": }\n]}")
                              << QStringList { QStringLiteral("not valid JSON"),
                                     QStringLiteral("line 3") };
    QTest::newRow("array at top") << QByteArray("[1,2]")
                                  << QStringList { QStringLiteral("not a seed file") };
    QTest::newRow("articles not a list")
        << QByteArray(R"({"articles": {"title": "x"}})")
        << QStringList { QStringLiteral("“articles” must be a list") };
    QTest::newRow("item not an object")
        << QByteArray(R"({"agenda": ["texte"]})")
        << QStringList { QStringLiteral("agenda[0] must be an object") };
    QTest::newRow("missing title")
        << QByteArray("{" + valid + R"("articles":[{"date":"2017-12-15"}]})")
        << QStringList { QStringLiteral("articles[0]"), QStringLiteral("“title”"),
               QStringLiteral("missing") };
    QTest::newRow("title not text")
        << QByteArray("{" + valid + R"("articles":[{"date":"2017-12-15","title":42}]})")
        << QStringList { QStringLiteral("articles[0]"), QStringLiteral("must be text") };
    QTest::newRow("February 30") << QByteArray(
        "{" + valid + R"("articles":[{"date":"2017-02-30","title":"T"}]})")
                                 << QStringList { QStringLiteral("articles[0] “T”"),
                                        QStringLiteral("“date”"), QStringLiteral("2017-02-30") };
    QTest::newRow("demain") << QByteArray(
        "{" + valid + R"("agenda":[{"date":"demain","title":"Fête"}]})")
                            << QStringList { QStringLiteral("agenda[0] “Fête”"),
                                   QStringLiteral("demain") };
    QTest::newRow("bad time") << QByteArray(
        R"({"agenda":[{"date":"2017-11-18","time":"25:99","title":"Fête"}]})")
                              << QStringList { QStringLiteral("“time”"), QStringLiteral("25:99") };
    QTest::newRow("negative duration") << QByteArray(
        R"({"agenda":[{"date":"2017-11-18","time":"10:00","duration_minutes":-5,"title":"F"}]})")
                                       << QStringList { QStringLiteral("“duration_minutes”") };
    QTest::newRow("unknown section")
        << QByteArray(R"({"articles":[{"date":"2017-12-15","title":"T","section":"../admin"}]})")
        << QStringList { QStringLiteral("“section”"), QStringLiteral("../admin") };
    QTest::newRow("unknown contact")
        << QByteArray("{" + valid
               + R"("articles":[{"date":"2017-12-15","title":"T","contacts":["Nulle part"]}]})")
        << QStringList { QStringLiteral("“contacts”"), QStringLiteral("Nulle part") };
    QTest::newRow("bad email") << QByteArray(
        R"({"contacts":[{"organization":"X","email":"pas-un-mail"}]})")
                               << QStringList { QStringLiteral("contacts[0] “X”"),
                                      QStringLiteral("“emails”"), QStringLiteral("pas-un-mail") };
    QTest::newRow("phone as number")
        << QByteArray(R"({"contacts":[{"organization":"X","phone":649786228}]})")
        << QStringList { QStringLiteral("“phone”"), QStringLiteral("text") };
    QTest::newRow("contact without name") << QByteArray(R"({"contacts":[{"role":"Président"}]})")
                                          << QStringList { QStringLiteral("contacts[0]") };
    QTest::newRow("slug escape") << QByteArray(
        R"({"articles":[{"date":"2017-12-15","title":"T","slug":"../../index"}]})")
                                 << QStringList { QStringLiteral("“slug”") };
}

void TestSeedImporter::malformed()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, expected);
    Test::TempStore temp;
    // Something already stored must survive a failed import untouched.
    auto kept = temp->articles().create(Test::sampleArticle(QStringLiteral("Déjà là")));
    RELAIS_VERIFY_OK(kept);
    SeedImporter importer(temp.store());
    auto report = importer.importData(json, QStringLiteral("bad-seed.json"), {});
    QVERIFY(!report);
    const QString message = report.error().message;
    QVERIFY2(message.contains(QStringLiteral("bad-seed.json")), qPrintable(message));
    for (const QString &fragment : expected)
        QVERIFY2(message.contains(fragment),
            qPrintable(QStringLiteral("“%1” not in: %2").arg(fragment, message)));
    QCOMPARE(total(temp.store()), 1); // nothing half-imported
    QCOMPARE(temp->articles().load(kept->meta.id)->title, QStringLiteral("Déjà là"));
}

void TestSeedImporter::secondImportChangesNothing()
{
    Test::TempStore temp;
    SeedImporter importer(temp.store());
    RELAIS_VERIFY_OK(importer.importFile(Test::seedFile()));
    const int before = total(temp.store());
    auto again = importer.importFile(Test::seedFile());
    QVERIFY(!again);
    QVERIFY(again.error().message.contains(QStringLiteral("already used")));
    QCOMPARE(total(temp.store()), before);
}

void TestSeedImporter::missingFile()
{
    Test::TempStore temp;
    SeedImporter importer(temp.store());
    auto r = importer.importFile(QStringLiteral("/nonexistent/seed.json"));
    QVERIFY(!r);
    QVERIFY(r.error().message.contains(QStringLiteral("/nonexistent/seed.json")));
}

void TestSeedImporter::readAsAStream_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected"); // empty: imported
    const QByteArray article = R"({"date":"2017-12-15","title":"Réseau)";
    QTest::newRow("byte order mark")
        << QByteArray("\xEF\xBB\xBF{\"articles\":[" + article + " solidaire\"}]}") << QString();
    QTest::newRow("site and about are skipped") << QByteArray(
        R"({"about":"x","site":{"sections":[{"a":[1,2,{"b":null}]}]},"articles":[)" + article
        + R"( solidaire"}],"agenda":null})") << QString();
    QByteArray deep = "{\"articles\":[{\"date\":\"2017-12-15\",\"title\":\"T\",\"x\":";
    for (int i = 0; i < 200; ++i)
        deep += '[';
    for (int i = 0; i < 200; ++i)
        deep += ']';
    deep += "}]}";
    QTest::newRow("nested 200 deep") << deep << QStringLiteral("deeper than 64");
    QTest::newRow("not UTF-8") << QByteArray("{\"articles\":[" + article + "\xC3\x28\"}]}")
                               << QStringLiteral("not valid UTF-8");
    QTest::newRow("NUL byte") << QByteArray("{\"articles\":[]}\0{}", 18)
                              << QStringLiteral("NUL byte");
    QTest::newRow("cut short") << QByteArray("{\n\"articles\":[\n" + article)
                               << QStringLiteral("line 3");
    QTest::newRow("something after")
        << QByteArray("{\"articles\":[]} {}") << QStringLiteral("follows the end");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
    QTest::newRow("a number") << QByteArray("42") << QStringLiteral("not a seed file");
}

void TestSeedImporter::readAsAStream()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    Test::TempStore temp;
    SeedImporter importer(temp.store());
    auto report = importer.importData(json, QStringLiteral("stream.json"), {});
    if (expected.isEmpty()) {
        RELAIS_VERIFY_OK(report);
        QCOMPARE(report->articles, 1);
        auto rows = temp->articles().page({}, 0, 5);
        QCOMPARE(
            temp->articles().load(rows->first().id)->title, QStringLiteral("Réseau solidaire"));
        return;
    }
    QVERIFY(!report);
    QVERIFY2(report.error().message.contains(expected), qPrintable(report.error().message));
    QVERIFY2(report.error().message.contains(QStringLiteral("stream.json")),
        qPrintable(report.error().message));
    QCOMPARE(total(temp.store()), 0);
}

// The full-text index is built once at the end of an import: items there before, items
// imported and items written after (the index's trigger is back) are all found, and so after
// an import that failed.
void TestSeedImporter::searchFindsImportedAndLaterItems()
{
    Test::TempStore temp;
    RELAIS_VERIFY_OK(
        temp->articles().create(Test::sampleArticle(QStringLiteral("Avant l'import"))));
    SeedImporter importer(temp.store());
    RELAIS_VERIFY_OK(importer.importFile(Test::seedFile()));
    RELAIS_VERIFY_OK(
        temp->articles().create(Test::sampleArticle(QStringLiteral("Après l'import"))));
    QVERIFY(
        !importer.importData(R"({"articles":[{"title":"Raté"}]})", QStringLiteral("x.json"), {}));
    RELAIS_VERIFY_OK(temp->articles().create(Test::sampleArticle(QStringLiteral("Après l'échec"))));
    AgendaEntry entry;
    entry.title = QStringLiteral("Forum tardif");
    entry.start = QDateTime(QDate(2027, 1, 5), QTime(9, 0), Qt::UTC);
    entry.end = entry.start.addSecs(3600);
    RELAIS_VERIFY_OK(temp->agenda().create(entry));
    auto found = [&](EntityRepository &repository, const QString &words) {
        ListQuery q;
        q.search = words;
        return *repository.count(q);
    };
    QCOMPARE(found(temp->articles(), QStringLiteral("avant import")), 1);
    QCOMPARE(found(temp->articles(), QStringLiteral("apres import")), 1);
    QCOMPARE(found(temp->articles(), QStringLiteral("apres echec")), 1);
    QCOMPARE(found(temp->articles(), QStringLiteral("rate")), 0);
    QCOMPARE(found(temp->agenda(), QStringLiteral("ecoles ingenieurs")), 1);
    QCOMPARE(found(temp->agenda(), QStringLiteral("forum tardif")), 1);
    QCOMPARE(found(temp->contacts(), QStringLiteral("anact")), 1);
    RELAIS_VERIFY_OK(temp->contacts().create([] {
        Contact c;
        c.organization = QStringLiteral("Coopérative Tardive");
        return c;
    }()));
    QCOMPARE(found(temp->contacts(), QStringLiteral("cooperative tardive")), 1);
}

// A file of about 1 MB: progress goes up to the total; a cancel, asked during the reading,
// leaves the database as it was.
void TestSeedImporter::progressAndCancel()
{
    QByteArray json = R"({"contacts":[{"organization":"ALISS"}],"articles":[)";
    const QByteArray body(400, 'x');
    for (int i = 0; i < 2000; ++i) {
        if (i > 0)
            json += ',';
        json += R"({"date":"2017-12-15","title":"Article )" + QByteArray::number(i)
            + R"(","body_markdown":"Texte )" + body + R"(","contacts":["ALISS"]})";
    }
    json += "]}";
    QVERIFY(json.size() > 800 * 1024);

    Test::TempStore temp;
    SeedImporter importer(temp.store());
    SeedImporter::Options options;
    QList<qint64> seen;
    qint64 whole = 0;
    options.progress = [&](qint64 done, qint64 all) {
        seen.append(done);
        whole = all;
    };
    auto report = importer.importData(json, QStringLiteral("big.json"), options);
    RELAIS_VERIFY_OK(report);
    QCOMPARE(report->articles, 2000);
    QCOMPARE(whole, 2 * json.size());
    QVERIFY(seen.size() >= 6);
    QVERIFY(std::is_sorted(seen.cbegin(), seen.cend()));
    QCOMPARE(seen.last(), whole);

    Test::TempStore other;
    SeedImporter second(other.store());
    std::atomic_bool stop = false;
    options.cancel = &stop;
    options.progress = [&](qint64 done, qint64 all) {
        if (done > all / 2)
            stop = true; // during the second reading, the articles half written
    };
    auto cancelled = second.importData(json, QStringLiteral("big.json"), options);
    QVERIFY(!cancelled);
    QVERIFY2(cancelled.error().message.contains(QStringLiteral("cancelled")),
        qPrintable(cancelled.error().message));
    QCOMPARE(total(other.store()), 0);
}

QTEST_GUILESS_MAIN(TestSeedImporter)
#include "test_seedimporter.moc"
