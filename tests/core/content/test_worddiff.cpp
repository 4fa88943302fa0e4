// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The word-by-word difference the History panel shows (issue 19).
#include "content/worddiff.h"
#include "content/workflow.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Relais;

class TestWordDiff : public QObject
{
    Q_OBJECT

private slots:
    void tokensGiveTheTextBack();
    void aChangedWordIsOneRemovalAndOneAddition();
    void randomEditsRebuildBothTexts();
    void tooManyEditsGiveTheWholeMiddle();
    void mentionsAreLoginsAfterAnAt();
};

namespace {

QString side(const QList<DiffPiece> &pieces, DiffPiece::Kind left)
{
    QString text;
    for (const DiffPiece &p : pieces) {
        if (p.kind == DiffPiece::Kind::Equal || p.kind == left)
            text += p.text;
    }
    return text;
}

} // namespace

void TestWordDiff::tokensGiveTheTextBack()
{
    const QString text = QStringLiteral("L’économie sociale, à Amiens : 12 coopératives.\n\n- un");
    const QStringList tokens = WordDiff::tokens(text);
    QCOMPARE(tokens.join(QString()), text);
    QVERIFY(tokens.contains(QStringLiteral("économie")));
    QVERIFY(tokens.contains(QStringLiteral("coopératives")));
    QVERIFY(tokens.contains(QStringLiteral(",")));
    QVERIFY(WordDiff::tokens(QString()).isEmpty());
}

void TestWordDiff::aChangedWordIsOneRemovalAndOneAddition()
{
    const auto pieces = WordDiff::diff(QStringLiteral("Le marché ouvre samedi à Amiens."),
        QStringLiteral("Le marché ouvre dimanche à Amiens."));
    const QList<DiffPiece> expected {
        { DiffPiece::Kind::Equal, QStringLiteral("Le marché ouvre ") },
        { DiffPiece::Kind::Removed, QStringLiteral("samedi") },
        { DiffPiece::Kind::Added, QStringLiteral("dimanche") },
        { DiffPiece::Kind::Equal, QStringLiteral(" à Amiens.") },
    };
    QCOMPARE(pieces, expected);
    // Nothing changed: one equal piece; from nothing: one addition.
    QCOMPARE(WordDiff::diff(QStringLiteral("a b"), QStringLiteral("a b")).size(), 1);
    const auto added = WordDiff::diff(QString(), QStringLiteral("Nouveau texte"));
    QCOMPARE(added.size(), 1);
    QCOMPARE(added.first().kind, DiffPiece::Kind::Added);
    // An inserted sentence in the middle is one addition between equal pieces.
    const auto inserted
        = WordDiff::diff(QStringLiteral("Un. Trois."), QStringLiteral("Un. Deux. Trois."));
    QCOMPARE(side(inserted, DiffPiece::Kind::Removed), QStringLiteral("Un. Trois."));
    int additions = 0;
    for (const DiffPiece &p : inserted)
        additions += p.kind == DiffPiece::Kind::Added ? 1 : 0;
    QCOMPARE(additions, 1);
}

void TestWordDiff::randomEditsRebuildBothTexts()
{
    QRandomGenerator random(19);
    const QStringList words { QStringLiteral("le"), QStringLiteral("marché"),
        QStringLiteral("coopérative"), QStringLiteral("Amiens"), QStringLiteral(","),
        QStringLiteral("."), QStringLiteral("\n"), QStringLiteral("économie") };
    for (int round = 0; round < 300; ++round) {
        QStringList before;
        for (int i = 0, n = random.bounded(60); i < n; ++i)
            before << words.at(random.bounded(words.size()));
        QStringList after = before;
        for (int e = 0, n = random.bounded(8); e < n; ++e) {
            const int at = after.isEmpty() ? 0 : random.bounded(after.size());
            switch (random.bounded(3)) {
            case 0:
                after.insert(at, words.at(random.bounded(words.size())));
                break;
            case 1:
                if (!after.isEmpty())
                    after.removeAt(at);
                break;
            default:
                if (!after.isEmpty())
                    after[at] = words.at(random.bounded(words.size()));
            }
        }
        const QString a = before.join(QLatin1Char(' '));
        const QString b = after.join(QLatin1Char(' '));
        const auto pieces = WordDiff::diff(a, b);
        QCOMPARE(side(pieces, DiffPiece::Kind::Removed), a);
        QCOMPARE(side(pieces, DiffPiece::Kind::Added), b);
        for (qsizetype i = 1; i < pieces.size(); ++i)
            QVERIFY(pieces.at(i).kind != pieces.at(i - 1).kind); // runs are joined
    }
}

void TestWordDiff::tooManyEditsGiveTheWholeMiddle()
{
    const auto pieces = WordDiff::diff(
        QStringLiteral("début a b c d e f fin"), QStringLiteral("début u v w x y z fin"), 3);
    QCOMPARE(pieces.size(), 4);
    QCOMPARE(pieces.at(1).kind, DiffPiece::Kind::Removed);
    QCOMPARE(pieces.at(1).text, QStringLiteral("a b c d e f"));
    QCOMPARE(pieces.at(2).text, QStringLiteral("u v w x y z"));
}

void TestWordDiff::mentionsAreLoginsAfterAnAt()
{
    QCOMPARE(Workflow::mentions(QStringLiteral("@ann, peux-tu relire ? Merci @Bob_2. Et @ann.")),
        (QStringList { QStringLiteral("ann"), QStringLiteral("bob_2") }));
    // An e-mail address mentions nobody; nor does a lone @.
    QVERIFY(Workflow::mentions(QStringLiteral("écrire à ann@example.org ou @ seul")).isEmpty());
}

QTEST_GUILESS_MAIN(TestWordDiff)
#include "test_worddiff.moc"
