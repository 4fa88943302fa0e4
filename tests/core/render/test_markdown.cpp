// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/markdown.h"
#include "render/typography.h"

#include <QTest>

using namespace Relais;

class TestMarkdown : public QObject
{
    Q_OBJECT

private slots:
    void toHtml_data();
    void toHtml();
    void rawHtmlOnlyWhenAllowed();
    void plainText();
    void typography_data();
    void typography();
    void typographyLeavesCodeAndTagsAlone();
};

void TestMarkdown::toHtml_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("html");
    QTest::newRow("paragraph") << QStringLiteral("Bonjour") << QStringLiteral("<p>Bonjour</p>\n");
    QTest::newRow("bold italic") << QStringLiteral("**gras** et *italique*")
                                 << QStringLiteral(
                                        "<p><strong>gras</strong> et <em>italique</em></p>\n");
    QTest::newRow("heading") << QStringLiteral("## L’accompagnement")
                             << QStringLiteral("<h2>L’accompagnement</h2>\n");
    QTest::newRow("strikethrough")
        << QStringLiteral("~~barré~~") << QStringLiteral("<p><del>barré</del></p>\n");
    QTest::newRow("autolink")
        << QStringLiteral("Voir www.anact.fr")
        << QStringLiteral("<p>Voir <a href=\"http://www.anact.fr\">www.anact.fr</a></p>\n");
    QTest::newRow("table")
        << QStringLiteral("| a | b |\n|---|---|\n| 1 | 2 |")
        << QStringLiteral("<table>\n<thead>\n<tr>\n<th>a</th>\n<th>b</th>\n</tr>\n</thead>\n"
                          "<tbody>\n<tr>\n<td>1</td>\n<td>2</td>\n</tr>\n</tbody>\n</table>\n");
    QTest::newRow("script escaped") << QStringLiteral("<script>alert(1)</script>")
                                    << QStringLiteral("<!-- raw HTML omitted -->\n");
    QTest::newRow("inline html escaped")
        << QStringLiteral("a <img src=x onerror=alert(1)> b")
        << QStringLiteral("<p>a <!-- raw HTML omitted --> b</p>\n");
    QTest::newRow("javascript link dropped") << QStringLiteral("[clic](javascript:alert(1))")
                                             << QStringLiteral("<p><a href=\"\">clic</a></p>\n");
    QTest::newRow("data link dropped") << QStringLiteral("[x](data:text/html;base64,PHNjcmlwdD4=)")
                                       << QStringLiteral("<p><a href=\"\">x</a></p>\n");
    QTest::newRow("quote in attribute")
        << QStringLiteral("[x](https://a.fr/\"onmouseover=\"alert(1))")
        << QStringLiteral("<p><a href=\"https://a.fr/%22onmouseover=%22alert(1)\">x</a></p>\n");
}

void TestMarkdown::toHtml()
{
    QFETCH(QString, markdown);
    QFETCH(QString, html);
    QCOMPARE(Markdown::toHtml(markdown), html);
}

void TestMarkdown::rawHtmlOnlyWhenAllowed()
{
    const QString text
        = QStringLiteral("<span class=\"note\">encadré</span> et <script>x</script>");
    QVERIFY(!Markdown::toHtml(text).contains(QStringLiteral("<span")));
    Markdown::Options options;
    options.allowRawHtml = true;
    const QString allowed = Markdown::toHtml(text, options);
    QVERIFY(allowed.contains(QStringLiteral("<span class=\"note\">encadré</span>")));
    // Even then, GitHub's tag filter keeps script, iframe and the like inert.
    QVERIFY(allowed.contains(QStringLiteral("&lt;script>")));
}

void TestMarkdown::plainText()
{
    QCOMPARE(Markdown::toPlainText(
                 QStringLiteral("## Titre\n\nUn **texte** avec [lien](https://a.fr).")),
        QStringLiteral("Titre\n\nUn texte avec lien."));
}

void TestMarkdown::typography_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("expected");
    const QString n(QChar(0x202F));
    QTest::newRow("question") << QStringLiteral("Pourquoi ?")
                              << QStringLiteral("Pourquoi") + n + QStringLiteral("?");
    QTest::newRow("question glued")
        << QStringLiteral("Pourquoi?") << QStringLiteral("Pourquoi") + n + QStringLiteral("?");
    QTest::newRow("exclamation") << QStringLiteral("Bravo !")
                                 << QStringLiteral("Bravo") + n + QStringLiteral("!");
    QTest::newRow("?! once") << QStringLiteral("Quoi ?!")
                             << QStringLiteral("Quoi") + n + QStringLiteral("?!");
    QTest::newRow("semicolon") << QStringLiteral("un ; deux")
                               << QStringLiteral("un") + n + QStringLiteral("; deux");
    QTest::newRow("colon") << QStringLiteral("PTCE ALISS : la coopération")
                           << QStringLiteral("PTCE ALISS") + n + QStringLiteral(": la coopération");
    QTest::newRow("time kept") << QStringLiteral("à 11:30 précises")
                               << QStringLiteral("à 11:30 précises");
    QTest::newRow("guillemets") << QStringLiteral("« Faire école »")
                                << QStringLiteral("«") + n + QStringLiteral("Faire école") + n
            + QStringLiteral("»");
    QTest::newRow("guillemets glued") << QStringLiteral(
        "«Oui»") << QStringLiteral("«") + n + QStringLiteral("Oui") + n + QStringLiteral("»");
    QTest::newRow("apostrophe") << QStringLiteral("l'économie d'abord")
                                << QStringLiteral("l’économie d’abord");
    QTest::newRow("thousands") << QStringLiteral("40 000 emplois")
                               << QStringLiteral("40") + n + QStringLiteral("000 emplois");
    QTest::newRow("million") << QStringLiteral(
        "1 000 000") << QStringLiteral("1") + n + QStringLiteral("000") + n + QStringLiteral("000");
    QTest::newRow("percent") << QStringLiteral("50 %")
                             << QStringLiteral("50") + n + QStringLiteral("%");
    QTest::newRow("percent glued")
        << QStringLiteral("50%") << QStringLiteral("50") + n + QStringLiteral("%");
    QTest::newRow("euro") << QStringLiteral("12 €")
                          << QStringLiteral("12") + n + QStringLiteral("€");
    QTest::newRow("phone kept") << QStringLiteral("06 49 78 62 28")
                                << QStringLiteral("06 49 78 62 28");
    QTest::newRow("url kept") << QStringLiteral("voir https://a.fr/x?y=1;z=2 !")
                              << QStringLiteral("voir https://a.fr/x?y=1;z=2") + n
            + QStringLiteral("!");
    QTest::newRow("email kept") << QStringLiteral("écrire à cooperative.oeuvriere@gmail.com ?")
                                << QStringLiteral("écrire à cooperative.oeuvriere@gmail.com") + n
            + QStringLiteral("?");
    QTest::newRow("entity kept") << QStringLiteral("Les 1000 &amp; UN loisirs")
                                 << QStringLiteral("Les 1000 &amp; UN loisirs");
    QTest::newRow("no double space") << QStringLiteral("Oui") + n + QStringLiteral("?")
                                     << QStringLiteral("Oui") + n + QStringLiteral("?");
}

void TestMarkdown::typography()
{
    QFETCH(QString, html);
    QFETCH(QString, expected);
    QCOMPARE(Typography::frenchHtml(html), expected);
}

void TestMarkdown::typographyLeavesCodeAndTagsAlone()
{
    const QString html
        = QStringLiteral("<p title=\"a ; b\">Texte ?</p><pre><code>x ? y : z;</code></pre>"
                         "<p><a href=\"https://a.fr/?q=1\">lien</a> !</p><code>a !</code>");
    const QString n(QChar(0x202F));
    QCOMPARE(Typography::frenchHtml(html),
        QStringLiteral("<p title=\"a ; b\">Texte") + n
            + QStringLiteral("?</p><pre><code>x ? y : z;</code></pre>"
                             "<p><a href=\"https://a.fr/?q=1\">lien</a>")
            + n + QStringLiteral("!</p><code>a !</code>"));
    // Markdown then typography, as the site does.
    const QString page
        = Typography::frenchHtml(Markdown::toHtml(QStringLiteral("Voir `a : b` ici : oui")));
    QCOMPARE(
        page, QStringLiteral("<p>Voir <code>a : b</code> ici") + n + QStringLiteral(": oui</p>\n"));
}

QTEST_GUILESS_MAIN(TestMarkdown)
#include "test_markdown.moc"
