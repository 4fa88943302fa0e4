// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/seedimporter.h"
#include "testsupport.h"

#include <QTimeZone>

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

QTEST_GUILESS_MAIN(TestSeedImporter)
#include "test_seedimporter.moc"
