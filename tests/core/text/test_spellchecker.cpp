// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"
#include "text/spellchecker.h"

using namespace Relais;

class TestSpellChecker : public QObject
{
    Q_OBJECT

private slots:
    void french_data();
    void french();
    void suggestions();
    void english();
    void personalWordsPersist();
    void missingDictionary();
};

void TestSpellChecker::french_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<bool>("correct");
    QTest::newRow("économie") << QStringLiteral("économie") << true;
    QTest::newRow("coopérative") << QStringLiteral("coopérative") << true;
    QTest::newRow("œ ligature") << QStringLiteral("œuvre") << true;
    QTest::newRow("typographic apostrophe") << QStringLiteral("l’économie") << true;
    QTest::newRow("straight apostrophe") << QStringLiteral("l'économie") << true;
    QTest::newRow("capital") << QStringLiteral("Associations") << true;
    QTest::newRow("typo") << QStringLiteral("ecconomie") << false;
    QTest::newRow("missing accent") << QStringLiteral("cooperative") << false;
    QTest::newRow("number skipped") << QStringLiteral("2017") << true;
    QTest::newRow("address skipped") << QStringLiteral("avagnon@ptce-aliss.org") << true;
}

void TestSpellChecker::french()
{
    QFETCH(QString, word);
    QFETCH(bool, correct);
    auto checker = SpellChecker::open(QStringLiteral("fr"));
    RELAIS_VERIFY_OK(checker);
    QCOMPARE((*checker)->isCorrect(word), correct);
}

void TestSpellChecker::suggestions()
{
    auto checker = SpellChecker::open(QStringLiteral("fr"));
    RELAIS_VERIFY_OK(checker);
    QVERIFY(
        (*checker)->suggestions(QStringLiteral("ecconomie")).contains(QStringLiteral("économie")));
    QVERIFY((*checker)
                ->suggestions(QStringLiteral("cooperative"))
                .contains(QStringLiteral("coopérative")));
}

void TestSpellChecker::english()
{
    auto checker = SpellChecker::open(QStringLiteral("en"));
    RELAIS_VERIFY_OK(checker);
    QVERIFY((*checker)->isCorrect(QStringLiteral("cooperative")));
    QVERIFY(!(*checker)->isCorrect(QStringLiteral("économie")));
}

void TestSpellChecker::personalWordsPersist()
{
    QTemporaryDir dir;
    const QString list = dir.filePath(QStringLiteral("words/personal.txt"));
    {
        auto checker = SpellChecker::open(QStringLiteral("fr"), list);
        RELAIS_VERIFY_OK(checker);
        QVERIFY(!(*checker)->isCorrect(QStringLiteral("GrandSoissons")));
        RELAIS_VERIFY_OK((*checker)->addToPersonal(QStringLiteral("GrandSoissons")));
        QVERIFY((*checker)->isCorrect(QStringLiteral("GrandSoissons")));
    }
    auto again = SpellChecker::open(QStringLiteral("fr"), list);
    RELAIS_VERIFY_OK(again);
    QVERIFY((*again)->isCorrect(QStringLiteral("GrandSoissons")));
}

void TestSpellChecker::missingDictionary()
{
    QTemporaryDir empty;
    auto checker = SpellChecker::open(QStringLiteral("fr"), {}, empty.path());
    QVERIFY(!checker);
    QVERIFY(checker.error().message.contains(QStringLiteral("fr_FR")));
}

QTEST_GUILESS_MAIN(TestSpellChecker)
#include "test_spellchecker.moc"
