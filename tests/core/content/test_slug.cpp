// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/slug.h"

#include <QTest>

using namespace Relais;

class TestSlug : public QObject
{
    Q_OBJECT

private slots:
    void fromTitle_data();
    void fromTitle();
    void isValid_data();
    void isValid();
    void makeUnique();
    void longTitleIsCutAtAWord();
};

void TestSlug::fromTitle_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("slug");
    QTest::newRow("accents") << QStringLiteral("Éco-activités à Lille")
                             << QStringLiteral("eco-activites-a-lille");
    QTest::newRow("oe ligature") << QStringLiteral("Coopérative Œuvrière de production")
                                 << QStringLiteral("cooperative-oeuvriere-de-production");
    QTest::newRow("oe inside word")
        << QStringLiteral("Le cœur et l’œuvre") << QStringLiteral("le-coeur-et-l-oeuvre");
    QTest::newRow("ae ligature") << QStringLiteral("Curriculum vitæ")
                                 << QStringLiteral("curriculum-vitae");
    QTest::newRow("guillemets dropped") << QStringLiteral("« Apprendre à manager le travail »")
                                        << QStringLiteral("apprendre-a-manager-le-travail");
    QTest::newRow("double quotes")
        << QStringLiteral("Webinaires \"Apprendre à manager le travail\"")
        << QStringLiteral("webinaires-apprendre-a-manager-le-travail");
    QTest::newRow("question mark, nbsp")
        << QStringLiteral("Comment valoriser l’agro-écologie\u00a0?")
        << QStringLiteral("comment-valoriser-l-agro-ecologie");
    QTest::newRow("colon and ampersand")
        << QStringLiteral("Les 1000 & UN loisirs : une bulle d'air")
        << QStringLiteral("les-1000-un-loisirs-une-bulle-d-air");
    QTest::newRow("cedilla, capitals")
        << QStringLiteral("FRANÇAIS ÇA VA") << QStringLiteral("francais-ca-va");
    QTest::newRow("ordinal") << QStringLiteral("Les 2ème Rencontres")
                             << QStringLiteral("les-2eme-rencontres");
    QTest::newRow("sharp s") << QStringLiteral("Straße") << QStringLiteral("strasse");
    QTest::newRow("path escape") << QStringLiteral("../../etc/passwd")
                                 << QStringLiteral("etc-passwd");
    QTest::newRow("slashes") << QStringLiteral("a/b\\c") << QStringLiteral("a-b-c");
    QTest::newRow("emoji only") << QStringLiteral("🎉🎉") << QString();
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("rtl override") << QStringLiteral("abc\u202Edef") << QStringLiteral("abc-def");
    QTest::newRow("control chars") << QStringLiteral("a\tb\nc\x01") << QStringLiteral("a-b-c");
    QTest::newRow("fi ligature") << QStringLiteral("ﬁnance solidaire")
                                 << QStringLiteral("finance-solidaire");
}

void TestSlug::fromTitle()
{
    QFETCH(QString, title);
    QFETCH(QString, slug);
    QCOMPARE(Slug::fromTitle(title), slug);
    if (!slug.isEmpty())
        QVERIFY(Slug::isValid(Slug::fromTitle(title)));
}

void TestSlug::isValid_data()
{
    QTest::addColumn<QString>("slug");
    QTest::addColumn<bool>("valid");
    QTest::newRow("plain") << QStringLiteral("les-garages-solidaires") << true;
    QTest::newRow("digits") << QStringLiteral("2017-rencontres") << true;
    QTest::newRow("dot dot") << QStringLiteral("..") << false;
    QTest::newRow("slash") << QStringLiteral("a/b") << false;
    QTest::newRow("encoded slash") << QStringLiteral("a%2Fb") << false;
    QTest::newRow("upper case") << QStringLiteral("Abc") << false;
    QTest::newRow("accent") << QStringLiteral("éco") << false;
    QTest::newRow("double dash") << QStringLiteral("a--b") << false;
    QTest::newRow("leading dash") << QStringLiteral("-a") << false;
    QTest::newRow("trailing dash") << QStringLiteral("a-") << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("space") << QStringLiteral("a b") << false;
    QTest::newRow("one letter") << QStringLiteral("a") << true;
    QTest::newRow("lone dash") << QStringLiteral("-") << false;
    QTest::newRow("underscore") << QStringLiteral("a_b") << false;
    QTest::newRow("nul") << QString(QStringLiteral("a") + QChar(0) + QStringLiteral("b")) << false;
    QTest::newRow("200 long") << QStringLiteral("a").repeated(200) << true;
    QTest::newRow("201 long") << QStringLiteral("a").repeated(201) << false;
}

void TestSlug::isValid()
{
    QFETCH(QString, slug);
    QFETCH(bool, valid);
    QCOMPARE(Slug::isValid(slug), valid);
}

void TestSlug::makeUnique()
{
    const QStringList taken { QStringLiteral("agenda"), QStringLiteral("agenda-2") };
    auto isTaken = [&](const QString &s) { return taken.contains(s); };
    QCOMPARE(Slug::makeUnique(QStringLiteral("agenda"), isTaken), QStringLiteral("agenda-3"));
    QCOMPARE(Slug::makeUnique(QStringLiteral("libre"), isTaken), QStringLiteral("libre"));
}

void TestSlug::longTitleIsCutAtAWord()
{
    const QString title
        = QStringLiteral("Les garages solidaires, une solution alternative de proximité par des "
                         "coûts d’entretiens plus accessibles pour tous les habitants");
    const QString slug = Slug::fromTitle(title);
    QVERIFY(slug.size() <= Slug::MaxLength);
    QVERIFY(Slug::isValid(slug));
    QVERIFY(QStringLiteral(
        "les-garages-solidaires-une-solution-alternative-de-proximite-par-des-couts-d-entretiens")
                .startsWith(slug));
    QVERIFY(Slug::fromTitle(QString(10000, QLatin1Char('x'))).size() == Slug::MaxLength);
}

QTEST_GUILESS_MAIN(TestSlug)
#include "test_slug.moc"
