// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/validation.h"

#include <QTest>

using namespace Relais;

class TestValidation : public QObject
{
    Q_OBJECT

private slots:
    void email_data();
    void email();
    void phone_data();
    void phone();
    void webUrl_data();
    void webUrl();
    void normalizedWebUrl();
    void articleTitleRequired();
    void scheduledNeedsTime();
    void unknownSection();
    void agendaEndBeforeStart();
    void agendaBadTimeZoneAndUrl();
    void contactNeedsNameOrOrganization();
    void contactFieldsNamed();
};

void TestValidation::email_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::newRow("gmail") << QStringLiteral("cooperative.oeuvriere@gmail.com") << true;
    QTest::newRow("dash domain") << QStringLiteral("avagnon@ptce-aliss.org") << true;
    QTest::newRow("plus tag") << QStringLiteral("a+b@example.fr") << true;
    QTest::newRow("accented domain") << QStringLiteral("contact@économie.fr") << true;
    QTest::newRow("no at") << QStringLiteral("garage.solidaire.yahoo.fr") << false;
    QTest::newRow("no tld") << QStringLiteral("a@localhost") << false;
    QTest::newRow("two ats") << QStringLiteral("a@b@c.fr") << false;
    QTest::newRow("space") << QStringLiteral("a b@c.fr") << false;
    QTest::newRow("double dot") << QStringLiteral("a..b@c.fr") << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("markup") << QStringLiteral("<script>@x.fr") << false;
}

void TestValidation::email()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QCOMPARE(Validation::isEmail(text), valid);
}

void TestValidation::phone_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::newRow("dots") << QStringLiteral("06.49.78.62.28") << true;
    QTest::newRow("spaces") << QStringLiteral("04 72 56 13 89") << true;
    QTest::newRow("compact") << QStringLiteral("0685604923") << true;
    QTest::newRow("dashes") << QStringLiteral("03-20-00-00-00") << true;
    QTest::newRow("+33") << QStringLiteral("+33 6 49 78 62 28") << true;
    QTest::newRow("+33 (0)") << QStringLiteral("+33 (0)6 49 78 62 28") << true;
    QTest::newRow("0033") << QStringLiteral("0033649786228") << true;
    QTest::newRow("nbsp") << QStringLiteral("06\u00a049\u00a078\u00a062\u00a028") << true;
    QTest::newRow("belgian") << QStringLiteral("+32 2 555 12 12") << true;
    QTest::newRow("too short") << QStringLiteral("06 49 78 62") << false;
    QTest::newRow("too long") << QStringLiteral("06 49 78 62 28 1") << false;
    QTest::newRow("+33 with 0") << QStringLiteral("+33 06 49 78 62 28") << false;
    QTest::newRow("letters") << QStringLiteral("06 AB 78 62 28") << false;
    QTest::newRow("00 start") << QStringLiteral("00 49 78 62 28") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestValidation::phone()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QCOMPARE(Validation::isPhone(text), valid);
}

void TestValidation::webUrl_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::newRow("https") << QStringLiteral("https://www.anact.fr") << true;
    QTest::newRow("http path") << QStringLiteral("http://example.org/a?b=c") << true;
    QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)") << false;
    QTest::newRow("data") << QStringLiteral("data:text/html,<script>") << false;
    QTest::newRow("ftp") << QStringLiteral("ftp://example.org") << false;
    QTest::newRow("no scheme") << QStringLiteral("www.anact.fr") << false;
    QTest::newRow("no host") << QStringLiteral("https://") << false;
    QTest::newRow("space") << QStringLiteral("https://exa mple.org") << false;
}

void TestValidation::webUrl()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QCOMPARE(Validation::isWebUrl(text), valid);
}

void TestValidation::normalizedWebUrl()
{
    QCOMPARE(Validation::normalizedWebUrl(QStringLiteral("www.anact.fr")),
        QStringLiteral("https://www.anact.fr"));
    QCOMPARE(Validation::normalizedWebUrl(QStringLiteral(" anact.fr/agenda ")),
        QStringLiteral("https://anact.fr/agenda"));
    QCOMPARE(
        Validation::normalizedWebUrl(QStringLiteral("http://a.fr")), QStringLiteral("http://a.fr"));
    QCOMPARE(Validation::normalizedWebUrl(QStringLiteral("javascript:x")),
        QStringLiteral("javascript:x"));
}

void TestValidation::articleTitleRequired()
{
    Article a;
    a.title = QStringLiteral("   ");
    const FieldErrors errors = Validation::check(a);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().field, QStringLiteral("title"));
    a.title = QStringLiteral("Un titre");
    QVERIFY(Validation::check(a).isEmpty());
}

void TestValidation::scheduledNeedsTime()
{
    Article a;
    a.title = QStringLiteral("Bientôt");
    a.status = Status::Scheduled;
    QCOMPARE(Validation::check(a).value(0).field, QStringLiteral("publish_at"));
    a.publishAt = QDateTime::currentDateTimeUtc().addDays(1);
    QVERIFY(Validation::check(a).isEmpty());
}

void TestValidation::unknownSection()
{
    Article a;
    a.title = QStringLiteral("Titre");
    a.sections = { QStringLiteral("associations"), QStringLiteral("../etc") };
    const FieldErrors errors = Validation::check(a);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().field, QStringLiteral("sections"));
    QVERIFY(errors.first().message.contains(QStringLiteral("../etc")));
}

void TestValidation::agendaEndBeforeStart()
{
    AgendaEntry e;
    e.title = QStringLiteral("Soirée");
    e.start = QDateTime(QDate(2026, 12, 1), QTime(18, 0), Qt::UTC);
    e.end = e.start.addSecs(-60);
    const FieldErrors errors = Validation::check(e);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().field, QStringLiteral("end"));
    e.end = e.start;
    QVERIFY(Validation::check(e).isEmpty());
    e.start = {};
    QCOMPARE(Validation::check(e).value(0).field, QStringLiteral("start"));
}

void TestValidation::agendaBadTimeZoneAndUrl()
{
    AgendaEntry e;
    e.title = QStringLiteral("Webinaire");
    e.start = QDateTime::currentDateTimeUtc();
    e.timeZone = QStringLiteral("Mars/Olympus");
    e.onlineUrl = QStringLiteral("javascript:alert(1)");
    QStringList fields;
    for (const FieldError &error : Validation::check(e))
        fields.append(error.field);
    QCOMPARE(fields, (QStringList { QStringLiteral("time_zone"), QStringLiteral("online_url") }));
}

void TestValidation::contactNeedsNameOrOrganization()
{
    Contact c;
    QCOMPARE(Validation::check(c).value(0).field, QStringLiteral("name"));
    c.organization = QStringLiteral("Anact");
    QVERIFY(Validation::check(c).isEmpty());
}

void TestValidation::contactFieldsNamed()
{
    Contact c;
    c.name = QStringLiteral("Florence Chappert");
    c.emails = { QStringLiteral("ok@anact.fr"), QStringLiteral("pas une adresse") };
    c.phones = { QStringLiteral("04 72 56 13 89"), QStringLiteral("12") };
    c.website = QStringLiteral("javascript:alert(1)");
    const FieldErrors errors = Validation::check(c);
    QCOMPARE(errors.size(), 3);
    QCOMPARE(errors.at(0).field, QStringLiteral("emails"));
    QVERIFY(errors.at(0).message.contains(QStringLiteral("pas une adresse")));
    QCOMPARE(errors.at(1).field, QStringLiteral("phones"));
    QVERIFY(errors.at(1).message.contains(QStringLiteral("“12”")));
    QCOMPARE(errors.at(2).field, QStringLiteral("website"));
}

QTEST_GUILESS_MAIN(TestValidation)
#include "test_validation.moc"
