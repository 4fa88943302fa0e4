// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "exchange/contactcsv.h"
#include "exchange/vcard.h"

#include <QElapsedTimer>

using namespace Relais;

// Address books of 50 MB are read whole, every card kept, with the bad ones named; nothing
// hangs. (Slow: about 50 MB of text each.)
class TestLargeFiles : public QObject
{
    Q_OBJECT

private slots:
    void fiftyMegabyteVCard();
    void fiftyMegabyteCsv();
};

void TestLargeFiles::fiftyMegabyteVCard()
{
    QByteArray book;
    book.reserve(52 * 1024 * 1024);
    int cards = 0;
    while (book.size() < 50 * 1024 * 1024) {
        book += "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Personne n° " + QByteArray::number(cards)
            + "\r\nORG:Coopérative d’activités et d’emploi\\, Amiens\r\nEMAIL;TYPE=work:p"
            + QByteArray::number(cards)
            + "@example.org\r\nTEL:06 49 78 62 28\r\nNOTE:Une note assez longue pour remplir la "
              "ligne et la plier ici\r\n "
              "même au milieu\\, avec des accents : é à ç œ\r\nEND:VCARD\r\n";
        ++cards;
        if (cards == 1000)
            book += "BEGIN:VCARD\r\nthis card is broken\r\nEND:VCARD\r\n";
    }
    QElapsedTimer clock;
    clock.start();
    const VCard::Parsed parsed = VCard::read(book, QStringLiteral("big.vcf"));
    qInfo("%d cards, %.1f MB read in %lld ms", cards, book.size() / 1e6,
        static_cast<long long>(clock.elapsed()));
    QCOMPARE(parsed.contacts.size(), cards);
    QCOMPARE(parsed.problems.size(), 1);
    QVERIFY(parsed.contacts.last().notes.endsWith(
        QStringLiteral("même au milieu, avec des accents : é à ç œ")));
}

void TestLargeFiles::fiftyMegabyteCsv()
{
    QByteArray csv = "Nom;Structure;Courriel;Remarques\r\n";
    int rows = 0;
    while (csv.size() < 50 * 1024 * 1024) {
        csv += "Personne " + QByteArray::number(rows) + ";\"Coop; « Ça marche »\";p"
            + QByteArray::number(rows)
            + "@example.org;\"Ligne un\r\nLigne deux avec \"\"guillemets\"\"\"\r\n";
        ++rows;
    }
    QElapsedTimer clock;
    clock.start();
    const ContactCsv::Table table = ContactCsv::read(csv, QStringLiteral("big.csv"));
    const VCard::Parsed parsed = ContactCsv::toContacts(
        table, ContactCsv::guessMapping(table.header), QStringLiteral("big.csv"));
    qInfo("%d rows, %.1f MB read in %lld ms", rows, csv.size() / 1e6,
        static_cast<long long>(clock.elapsed()));
    QCOMPARE(parsed.contacts.size(), rows);
    QVERIFY(parsed.problems.isEmpty());
    QCOMPARE(
        parsed.contacts.last().notes, QStringLiteral("Ligne un\nLigne deux avec \"guillemets\""));
}

QTEST_GUILESS_MAIN(TestLargeFiles)
#include "test_largefiles.moc"
