// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/seedimporter.h"
#include "render/sitebuilder.h"
#include "testsupport.h"

using namespace Relais;

class TestSiteSettings : public QObject
{
    Q_OBJECT

private slots:
    void defaultsWhenNothingStored();
    void roundTrip();
    void contrast_data();
    void contrast();
    void badValuesAreRefused_data();
    void badValuesAreRefused();
    void theRenderUsesThem();
};

void TestSiteSettings::defaultsWhenNothingStored()
{
    Test::TempStore temp;
    auto s = temp->siteSettings().load();
    RELAIS_VERIFY_OK(s);
    QCOMPARE(s->name, SiteSettings {}.name);
    QVERIFY(SiteSettingsRepository::check(*s).isEmpty()); // the defaults pass their own checks
}

void TestSiteSettings::roundTrip()
{
    Test::TempStore temp;
    SiteSettings s;
    s.name = QStringLiteral("Portail ESS « test »");
    s.baseUrl = QStringLiteral("https://portail.example.org/ess/");
    s.timeZone = QStringLiteral("America/Martinique");
    s.primaryColor = QStringLiteral("#1e3a8a");
    s.frenchTypography = false;
    RELAIS_VERIFY_OK(temp->siteSettings().save(s));
    temp.reopen();
    auto loaded = temp->siteSettings().load();
    RELAIS_VERIFY_OK(loaded);
    QCOMPARE(loaded->name, s.name);
    QCOMPARE(loaded->baseUrl, s.baseUrl);
    QCOMPARE(loaded->timeZone, s.timeZone);
    QCOMPARE(loaded->primaryColor, s.primaryColor);
    QCOMPARE(loaded->frenchTypography, false);
    QCOMPARE(loaded->accentColor, s.accentColor);
}

void TestSiteSettings::contrast_data()
{
    QTest::addColumn<QString>("colour");
    QTest::addColumn<double>("ratio");
    QTest::newRow("black") << QStringLiteral("#000000") << 21.0;
    QTest::newRow("white") << QStringLiteral("#ffffff") << 1.0;
    QTest::newRow("default primary") << SiteSettings {}.primaryColor << 6.6;
    QTest::newRow("default accent") << SiteSettings {}.accentColor << 5.9;
}

void TestSiteSettings::contrast()
{
    QFETCH(QString, colour);
    QFETCH(double, ratio);
    QVERIFY2(qAbs(SiteSettingsRepository::contrastWithWhite(colour) - ratio) < 0.2,
        qPrintable(QString::number(SiteSettingsRepository::contrastWithWhite(colour))));
}

void TestSiteSettings::badValuesAreRefused_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::newRow("pale colour") << QStringLiteral("primary_color") << QStringLiteral("#ffdd00");
    QTest::newRow("not a colour") << QStringLiteral("accent_color")
                                  << QStringLiteral("red; } body { display:none");
    QTest::newRow("address without scheme")
        << QStringLiteral("base_url") << QStringLiteral("www.example.org/");
    QTest::newRow("javascript address")
        << QStringLiteral("base_url") << QStringLiteral("javascript:alert(1)/");
    QTest::newRow("time zone") << QStringLiteral("time_zone")
                               << QStringLiteral("Mars/Olympus_Mons");
    QTest::newRow("cta link") << QStringLiteral("cta_url") << QStringLiteral("javascript:alert(1)");
}

void TestSiteSettings::badValuesAreRefused()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    SiteSettings s;
    if (field == u"primary_color")
        s.primaryColor = value;
    else if (field == u"accent_color")
        s.accentColor = value;
    else if (field == u"base_url")
        s.baseUrl = value;
    else if (field == u"time_zone")
        s.timeZone = value;
    else
        s.ctaUrl = value;
    const FieldErrors errors = SiteSettingsRepository::check(s);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().field, field);
    Test::TempStore temp;
    QVERIFY(!temp->siteSettings().save(s));
    QCOMPARE(temp->siteSettings().load()->name, SiteSettings {}.name);
}

void TestSiteSettings::theRenderUsesThem()
{
    Test::TempStore temp;
    SeedImporter importer(temp.store());
    RELAIS_VERIFY_OK(importer.importFile(Test::seedFile()));
    SiteSettings s;
    s.name = QStringLiteral("Réseau test");
    s.baseUrl = QStringLiteral("https://reseau.example.org/");
    s.primaryColor = QStringLiteral("#1e3a8a");
    RELAIS_VERIFY_OK(temp->siteSettings().save(s));
    auto theme = Theme::load();
    RELAIS_VERIFY_OK(theme);
    SiteBuilder builder(temp.store(), *temp->siteSettings().load(), *theme);
    QMap<QString, QByteArray> site;
    RELAIS_VERIFY_OK(builder.build(QDateTime(QDate(2017, 12, 16), QTime(8, 0), Qt::UTC),
        [&site](const QString &path, const QByteArray &content) -> Result<void> {
            site.insert(path, content);
            return {};
        }));
    QVERIFY(site.value(QStringLiteral("index.html")).contains("Réseau test"));
    QVERIFY(site.value(QStringLiteral("assets/style.css")).contains("--primary: #1e3a8a;"));
    QVERIFY(site.value(QStringLiteral("sitemap.xml"))
                .contains("<loc>https://reseau.example.org/agenda/</loc>"));
}

QTEST_GUILESS_MAIN(TestSiteSettings)
#include "test_sitesettings.moc"
