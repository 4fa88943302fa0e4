// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "exchange/agendaexport.h"
#include "exchange/contactcsv.h"
#include "exchange/seedimporter.h"
#include "render/icalendar.h"
#include "exchange/vcard.h"

#include <libical/ical.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QTimeZone>

using namespace Relais;
using namespace Relais::Test;

// Agenda exports read back by independent parsers: libical and Python's icalendar for the
// ICS, Python's csv module for the CSV.
class TestExport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void icsReadByLibical();
    void icsReadByPythonIcalendar();
    void linesFoldAt75OctetsWithoutSplittingCharacters();
    void filtersSelectTheEntries();
    void csvReadByPythonCsv_data();
    void csvReadByPythonCsv();
    void commandLineExport();
    void printableAgendaPdf();
    void newsletterIsEmailReady();
    void vcardReadByVobject_data();
    void vcardReadByVobject();
    void vcardRoundTripKeepsEveryField_data();
    void vcardRoundTripKeepsEveryField();
    void malformedVCardsAreNamedByLine();
    void duplicatesAreSkippedOrMerged();
    void commandLineContacts();
    void csvContactsFromAnOlderSpreadsheet();

private:
    QJsonArray python(const QString &script, const QByteArray &input);
    AgendaEntry hostile();

    std::unique_ptr<TempStore> m_store;
    SiteSettings m_site;
};

void TestExport::init()
{
    m_store = std::make_unique<TempStore>();
    SeedImporter importer(m_store->store());
    RELAIS_VERIFY_OK(importer.importFile(seedFile()));
}

AgendaEntry TestExport::hostile()
{
    AgendaEntry e = sampleEntry(QStringLiteral("=SOMME(A1:A9); \"Atelier\", vélo 🚲\\ réparé"));
    e.slug = QStringLiteral("atelier-velo");
    e.description
        = QStringLiteral("Ligne un, avec ; et \"guillemets\"\n\nLigne deux : œuvre, café — 😀");
    e.locationName = QStringLiteral("Salle « Les Tilleuls », 1er étage");
    e.status = Status::Published;
    e.sections = { QStringLiteral("citoyens"), QStringLiteral("entrepreneurs") };
    return e;
}

QJsonArray TestExport::python(const QString &script, const QByteArray &input)
{
    QProcess p;
    // Debian's modules belong to Debian's interpreter, whatever comes first on PATH.
    p.start(QStringLiteral("/usr/bin/python3"), { QStringLiteral("-c"), script });
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        qWarning() << p.readAllStandardError();
        return {};
    }
    return QJsonDocument::fromJson(p.readAllStandardOutput()).array();
}

void TestExport::icsReadByLibical()
{
    auto entries = AgendaExport::select(m_store->store(), {}, m_site.timeZone);
    RELAIS_VERIFY_OK(entries);
    QVERIFY(entries->size() >= 5);
    entries->append(hostile());
    const QByteArray ics = ICalendar::write(*entries, m_site, QDateTime::currentDateTimeUtc());
    icalcomponent *cal = icalparser_parse_string(ics.constData());
    QVERIFY(cal);
    QCOMPARE(icalcomponent_isa(cal), ICAL_VCALENDAR_COMPONENT);
    QCOMPARE(icalcomponent_count_errors(cal), 0);
    QCOMPARE(icalcomponent_count_components(cal, ICAL_VEVENT_COMPONENT), int(entries->size()));
    QCOMPARE(icalcomponent_count_components(cal, ICAL_VTIMEZONE_COMPONENT), 1);
    int i = 0;
    for (icalcomponent *ev = icalcomponent_get_first_component(cal, ICAL_VEVENT_COMPONENT); ev;
         ev = icalcomponent_get_next_component(cal, ICAL_VEVENT_COMPONENT), ++i) {
        const AgendaEntry &e = entries->at(i);
        QCOMPARE(QString::fromUtf8(icalcomponent_get_summary(ev)), e.title);
        QVERIFY(QString::fromUtf8(icalcomponent_get_uid(ev))
                    .startsWith(e.meta.uuid.toString(QUuid::WithoutBraces)));
        QVERIFY(icalcomponent_get_first_property(ev, ICAL_DTSTAMP_PROPERTY));
        QVERIFY(icalcomponent_get_first_property(ev, ICAL_SEQUENCE_PROPERTY));
        icalproperty *start = icalcomponent_get_first_property(ev, ICAL_DTSTART_PROPERTY);
        const icaltimetype t = icalproperty_get_dtstart(start);
        if (e.allDay) {
            QVERIFY(t.is_date);
        } else {
            icalparameter *tzid = icalproperty_get_first_parameter(start, ICAL_TZID_PARAMETER);
            QVERIFY(tzid);
            QCOMPARE(QByteArray(icalparameter_get_tzid(tzid)), QByteArray("Europe/Paris"));
            const QDateTime local = e.start.toTimeZone(QTimeZone("Europe/Paris"));
            QCOMPARE(t.hour, local.time().hour());
            QCOMPARE(t.day, local.date().day());
        }
    }
    icalcomponent_free(cal);
}

void TestExport::icsReadByPythonIcalendar()
{
    auto entries = AgendaExport::select(m_store->store(), {}, m_site.timeZone);
    RELAIS_VERIFY_OK(entries);
    AgendaEntry allDay = hostile();
    allDay.allDay = true;
    allDay.start = QDateTime(QDate(2026, 12, 24), QTime(23, 0), Qt::UTC); // 25 December in Paris
    allDay.end = QDateTime(QDate(2026, 12, 25), QTime(22, 0), Qt::UTC); // 25 December too
    allDay.state = EventState::Cancelled;
    entries->append(allDay);
    AgendaEntry postponed = hostile();
    postponed.state = EventState::Postponed;
    entries->append(postponed);
    const QByteArray ics = ICalendar::write(*entries, m_site, QDateTime::currentDateTimeUtc());
    const QJsonArray events = python(QStringLiteral(R"(
import sys, json, icalendar
cal = icalendar.Calendar.from_ical(sys.stdin.buffer.read())
assert str(cal['VERSION']) == '2.0' and 'PRODID' in cal and str(cal['X-WR-TIMEZONE']) == 'Europe/Paris'
out = []
for ev in cal.walk('VEVENT'):
    start = ev['DTSTART']
    cats = ev.get('CATEGORIES')
    cats = cats if isinstance(cats, list) else ([cats] if cats is not None else [])
    out.append({'summary': str(ev['SUMMARY']), 'description': str(ev.get('DESCRIPTION', '')),
                'location': str(ev.get('LOCATION', '')), 'status': str(ev['STATUS']), 'url': str(ev.get('URL', '')),
                'start': start.dt.isoformat(), 'tzid': str(getattr(start.dt, 'tzinfo', '') or ''),
                'end': ev['DTEND'].dt.isoformat(), 'categories': [str(c) for cl in cats for c in cl.cats]})
print(json.dumps(out))
)"),
        ics);
    QCOMPARE(events.size(), entries->size());
    const QJsonObject day = events.at(events.size() - 2).toObject();
    QCOMPARE(day.value(QStringLiteral("summary")).toString(),
        allDay.title); // commas, quotes, emoji, backslash
    QCOMPARE(day.value(QStringLiteral("start")).toString(), QStringLiteral("2026-12-25"));
    QCOMPARE(
        day.value(QStringLiteral("end")).toString(), QStringLiteral("2026-12-26")); // the day after
    QCOMPARE(day.value(QStringLiteral("status")).toString(), QStringLiteral("CANCELLED"));
    QCOMPARE(day.value(QStringLiteral("location")).toString(),
        allDay.locationName + QStringLiteral(", ") + allDay.address);
    QVERIFY(day.value(QStringLiteral("description"))
                .toString()
                .contains(QStringLiteral("Ligne deux : œuvre, café — 😀")));
    QCOMPARE(day.value(QStringLiteral("categories")).toArray().size(), 2);
    QCOMPARE(events.last().toObject().value(QStringLiteral("status")).toString(),
        QStringLiteral("TENTATIVE"));
    int timedIndex = 0;
    while (timedIndex < entries->size() && entries->at(timedIndex).allDay)
        ++timedIndex;
    QVERIFY(timedIndex < entries->size() - 2);
    const QJsonObject timed = events.at(timedIndex).toObject();
    QVERIFY2(
        timed.value(QStringLiteral("tzid")).toString().contains(QStringLiteral("Europe/Paris")),
        qPrintable(timed.value(QStringLiteral("tzid")).toString()));
    QVERIFY(timed.value(QStringLiteral("url")).toString().startsWith(QStringLiteral("https://")));
    QCOMPARE(
        QDateTime::fromString(timed.value(QStringLiteral("start")).toString(), Qt::ISODate).toUTC(),
        entries->at(timedIndex).start);
}

void TestExport::linesFoldAt75OctetsWithoutSplittingCharacters()
{
    AgendaEntry e = hostile();
    e.title = QString(QStringLiteral("é😀")).repeated(60); // 2- and 4-octet characters everywhere
    const QByteArray ics = ICalendar::write({ e }, m_site, QDateTime::currentDateTimeUtc());
    QVERIFY(ics.endsWith("\r\n"));
    const QList<QByteArray> lines = ics.split('\n');
    for (QByteArray line : lines) {
        if (line.isEmpty())
            continue;
        QVERIFY(line.endsWith('\r'));
        line.chop(1);
        QVERIFY2(line.size() <= 75, line.constData());
        // Each physical line is valid UTF-8 on its own: no character was cut.
        QStringDecoder decoder(QStringDecoder::Utf8);
        const QString text = decoder.decode(line);
        QVERIFY2(!decoder.hasError(), line.constData());
        Q_UNUSED(text);
    }
    // Unfolding gives the title back.
    QByteArray unfolded = ics;
    unfolded.replace("\r\n ", "");
    QVERIFY(unfolded.contains(e.title.toUtf8()));
}

void TestExport::filtersSelectTheEntries()
{
    auto all = AgendaExport::select(m_store->store(), {}, m_site.timeZone);
    RELAIS_VERIFY_OK(all);
    AgendaExport::Filter none;
    none.from = QDate(1990, 1, 1);
    none.to = QDate(1990, 12, 31);
    QCOMPARE(AgendaExport::select(m_store->store(), none, m_site.timeZone)->size(), 0);
    AgendaExport::Filter section;
    section.sections = { QStringLiteral("elus") };
    auto some = AgendaExport::select(m_store->store(), section, m_site.timeZone);
    RELAIS_VERIFY_OK(some);
    for (const AgendaEntry &e : *some)
        QVERIFY(e.sections.contains(QStringLiteral("elus")));
    QVERIFY(some->size() < all->size());
    // Cancelled entries are out unless asked for; drafts only with status all.
    AgendaEntry cancelled = hostile();
    cancelled.state = EventState::Cancelled;
    RELAIS_VERIFY_OK(m_store->store().agenda().create(cancelled));
    AgendaEntry draft = sampleEntry(QStringLiteral("Brouillon"));
    draft.status = Status::Draft;
    RELAIS_VERIFY_OK(m_store->store().agenda().create(draft));
    QCOMPARE(AgendaExport::select(m_store->store(), {}, m_site.timeZone)->size(), all->size());
    AgendaExport::Filter withCancelled;
    withCancelled.includeCancelled = true;
    QCOMPARE(AgendaExport::select(m_store->store(), withCancelled, m_site.timeZone)->size(),
        all->size() + 1);
    withCancelled.publishedOnly = false;
    QCOMPARE(AgendaExport::select(m_store->store(), withCancelled, m_site.timeZone)->size(),
        all->size() + 2);
    // The SQL count agrees with the selection, whatever the filter (the range's ends in Paris
    // time).
    AgendaExport::Filter december;
    december.from = QDate(2026, 12, 3);
    december.to = QDate(2026, 12, 3);
    december.includeCancelled = true;
    december.publishedOnly = false;
    for (const AgendaExport::Filter &f :
        { AgendaExport::Filter {}, none, section, withCancelled, december }) {
        RELAIS_VERIFY_OK(AgendaExport::count(m_store->store(), f, m_site.timeZone));
        QCOMPARE(*AgendaExport::count(m_store->store(), f, m_site.timeZone),
            int(AgendaExport::select(m_store->store(), f, m_site.timeZone)->size()));
    }
    QVERIFY(
        *AgendaExport::count(m_store->store(), december, m_site.timeZone) >= 2); // the two samples
}

void TestExport::csvReadByPythonCsv_data()
{
    QTest::addColumn<char>("separator");
    QTest::addColumn<bool>("bom");
    QTest::newRow("comma") << ',' << false;
    QTest::newRow("semicolon with BOM (French spreadsheets)") << ';' << true;
}

void TestExport::csvReadByPythonCsv()
{
    QFETCH(char, separator);
    QFETCH(bool, bom);
    auto entries = AgendaExport::select(m_store->store(), {}, m_site.timeZone);
    RELAIS_VERIFY_OK(entries);
    entries->prepend(hostile());
    AgendaExport::CsvOptions options;
    options.separator = separator;
    options.byteOrderMark = bom;
    const QByteArray csv = AgendaExport::toCsv(*entries, m_site, options);
    QCOMPARE(csv.startsWith("\xEF\xBB\xBF"), bom);
    const QJsonArray rows = python(QStringLiteral(R"(
import sys, json, csv, io
text = sys.stdin.buffer.read().decode('utf-8-sig')
print(json.dumps(list(csv.reader(io.StringIO(text, newline=''), delimiter='%1'))))
)")
                                       .arg(QLatin1Char(separator)),
        csv);
    QCOMPARE(rows.size(), entries->size() + 1);
    QCOMPARE(rows.first().toArray().size(), AgendaExport::csvColumns().size());
    const QJsonArray first = rows.at(1).toArray();
    // The formula is neutralised; everything else survives as written.
    QCOMPARE(first.at(0).toString(), QLatin1Char('\'') + hostile().title);
    QCOMPARE(first.at(4).toString(), hostile().locationName);
    QVERIFY(first.at(11).toString().contains(QStringLiteral("\"guillemets\"")));
    QVERIFY(first.at(11).toString().contains(QLatin1Char('\n')));
    QCOMPARE(AgendaExport::neutraliseFormula(QStringLiteral("@cmd")), QStringLiteral("'@cmd"));
    QCOMPARE(AgendaExport::neutraliseFormula(QStringLiteral("-2")), QStringLiteral("'-2"));
    QCOMPARE(AgendaExport::neutraliseFormula(QStringLiteral("Atelier")), QStringLiteral("Atelier"));
}

void TestExport::commandLineExport()
{
    // Through the command line, on a file; bad options are refused with words.
    QTemporaryDir dir;
    m_store->close();
    auto run = [&](const QStringList &args, QString *err = nullptr) {
        QProcess p;
        p.start(qEnvironmentVariable("RELAIS_CLI"),
            QStringList { QStringLiteral("--database"), m_store->path() } + args);
        p.waitForFinished(60000);
        if (err)
            *err = QString::fromUtf8(p.readAllStandardError());
        return p.exitCode();
    };
    const QString ics = dir.filePath(QStringLiteral("agenda.ics"));
    QCOMPARE(
        run({ QStringLiteral("export"), QStringLiteral("agenda"), QStringLiteral("--format"),
            QStringLiteral("ics"), QStringLiteral("--from"), QStringLiteral("2000-01-01"),
            QStringLiteral("--to"), QStringLiteral("2100-01-01"), QStringLiteral("--out"), ics }),
        0);
    QFile file(ics);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().startsWith("BEGIN:VCALENDAR\r\n"));
    QString err;
    QCOMPARE(run({ QStringLiteral("export"), QStringLiteral("agenda"), QStringLiteral("--format"),
                     QStringLiteral("docx"), QStringLiteral("--out"), ics },
                 &err),
        2);
    QVERIFY(err.contains(QStringLiteral("docx")));
    QCOMPARE(run({ QStringLiteral("export"), QStringLiteral("agenda"), QStringLiteral("--format"),
                     QStringLiteral("csv"), QStringLiteral("--from"), QStringLiteral("31/12/2026"),
                     QStringLiteral("--out"), ics },
                 &err),
        2);
    QCOMPARE(run({ QStringLiteral("export"), QStringLiteral("agenda"), QStringLiteral("--format"),
                     QStringLiteral("csv"), QStringLiteral("--section"), QStringLiteral("nowhere"),
                     QStringLiteral("--out"), ics },
                 &err),
        2);
    m_store->reopen();
}

void TestExport::printableAgendaPdf()
{
    // Enough entries for several pages, over two months.
    for (int i = 0; i < 80; ++i) {
        AgendaEntry e = hostile();
        e.title = QStringLiteral("Rencontre n° %1 : « économie », café ; œuvres").arg(i);
        e.slug = QStringLiteral("rencontre-%1").arg(i);
        e.start = QDateTime(QDate(2027, 1, 10), QTime(10, 30), Qt::UTC).addDays(i / 2);
        e.end = e.start.addSecs(5400);
        RELAIS_VERIFY_OK(m_store->store().agenda().create(e));
    }
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("agenda.pdf"));
    m_store->close();
    QProcess cli;
    cli.start(qEnvironmentVariable("RELAIS_CLI"),
        { QStringLiteral("--database"), m_store->path(), QStringLiteral("export"),
            QStringLiteral("agenda"), QStringLiteral("--format"), QStringLiteral("pdf"),
            QStringLiteral("--from"), QStringLiteral("2027-01-01"), QStringLiteral("--to"),
            QStringLiteral("2027-03-31"), QStringLiteral("--out"), pdf });
    QVERIFY(cli.waitForFinished(60000));
    QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
    m_store->reopen();
    QProcess text;
    text.start(
        QStringLiteral("pdftotext"), { QStringLiteral("-layout"), pdf, QStringLiteral("-") });
    QVERIFY(text.waitForFinished(60000));
    QCOMPARE(text.exitCode(), 0);
    const QString out = QString::fromUtf8(text.readAllStandardOutput());
    QVERIFY(out.contains(QStringLiteral("L’ESS en Hauts-de-France"))); // the header
    QVERIFY(out.contains(QStringLiteral("Janvier 2027")));
    QVERIFY(out.contains(QStringLiteral("Février 2027")));
    QVERIFY(out.contains(QStringLiteral("Rencontre n° 0 : « économie », café ; œuvres")));
    QVERIFY(out.contains(QStringLiteral("dimanche 10 janvier 2027 à 11 h 30")));
    QVERIFY(out.contains(QStringLiteral("Citoyens")));
    const auto pages = QRegularExpression(QStringLiteral("Page (\\d+) / (\\d+)")).globalMatch(out);
    int seen = 0;
    int total = 0;
    for (auto it = pages; it.hasNext();) {
        const auto m = it.next();
        ++seen;
        QCOMPARE(m.captured(1).toInt(), seen);
        total = m.captured(2).toInt();
    }
    QVERIFY(seen >= 2);
    QCOMPARE(seen, total);
}

void TestExport::newsletterIsEmailReady()
{
    auto entries = AgendaExport::select(m_store->store(), {}, m_site.timeZone);
    RELAIS_VERIFY_OK(entries);
    AgendaEntry evil = hostile();
    evil.title = QStringLiteral("<script>alert(1)</script> & « Café »");
    entries->append(evil);
    auto articles = m_store->store().articles().loadAll();
    RELAIS_VERIFY_OK(articles);
    const auto letter = AgendaExport::newsletter(*entries, articles->mid(0, 3), m_site);
    QVERIFY(!letter.html.contains(QStringLiteral("<script>")));
    QVERIFY(letter.html.contains(
        QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt; &amp; « Café »")));
    QVERIFY(!letter.html.contains(
        QStringLiteral("<style"))); // inline styles only, as mail clients want
    QVERIFY(letter.html.contains(QStringLiteral("<table")));
    // Every link is absolute.
    const auto links
        = QRegularExpression(QStringLiteral("href=\"([^\"]*)\"")).globalMatch(letter.html);
    int count = 0;
    for (auto it = links; it.hasNext(); ++count)
        QVERIFY(it.next().captured(1).startsWith(QStringLiteral("https://")));
    QVERIFY(count > int(entries->size()));
    // The plain-text alternative carries the same items.
    QVERIFY(letter.text.contains(evil.title));
    QVERIFY(letter.text.contains(articles->first().title));
}

static Contact hostileContact()
{
    Contact c;
    c.name = QStringLiteral("Zoé \"Zozo\" d’Argent-Lefèvre");
    c.organization = QStringLiteral("Coop; « Les Œuvres », 2ᵉ étage 🐝");
    c.role = QStringLiteral("Chargée de projets, ESS");
    c.emails = { QStringLiteral("zoe@example.org"), QStringLiteral("contact+ess@example.org") };
    c.phones = { QStringLiteral("06 49 78 62 28"), QStringLiteral("+33 3 22 00 00 00") };
    c.address = QStringLiteral("2 allée de l’Innovation, 80000 Amiens");
    c.website = QStringLiteral("https://example.org/coop?x=1&y=2");
    c.notes = QStringLiteral("Ligne un; deux, trois\\quatre\nLigne deux 😀");
    c.meta.uuid = QUuid::createUuid();
    return c;
}

void TestExport::vcardReadByVobject_data()
{
    QTest::addColumn<int>("version");
    QTest::newRow("4.0") << int(VCard::Version::V4);
    QTest::newRow("3.0") << int(VCard::Version::V3);
}

void TestExport::vcardReadByVobject()
{
    QFETCH(int, version);
    auto contacts = m_store->store().contacts().loadAll();
    RELAIS_VERIFY_OK(contacts);
    contacts->append(hostileContact());
    const QByteArray vcf = VCard::write(*contacts, VCard::Version(version));
    const QJsonArray cards = python(QStringLiteral(R"(
import sys, json, vobject
out = []
for v in vobject.readComponents(sys.stdin.buffer.read().decode('utf-8')):
    c = v.contents
    out.append({'version': v.version.value, 'fn': v.fn.value, 'org': c['org'][0].value[0] if 'org' in c else '',
                'title': c['title'][0].value if 'title' in c else '',
                'emails': [e.value for e in c.get('email', [])], 'tels': [t.value for t in c.get('tel', [])],
                'note': c['note'][0].value if 'note' in c else '', 'url': c['url'][0].value if 'url' in c else '',
                'street': c['adr'][0].value.street if 'adr' in c else ''})
print(json.dumps(out))
)"),
        vcf);
    QCOMPARE(cards.size(), contacts->size());
    const QJsonObject h = cards.last().toObject();
    const Contact expected = hostileContact();
    QCOMPARE(h.value(QStringLiteral("version")).toString(),
        version == int(VCard::Version::V4) ? QStringLiteral("4.0") : QStringLiteral("3.0"));
    QCOMPARE(h.value(QStringLiteral("fn")).toString(), expected.name);
    QCOMPARE(h.value(QStringLiteral("org")).toString(), expected.organization);
    QCOMPARE(h.value(QStringLiteral("title")).toString(), expected.role);
    QCOMPARE(h.value(QStringLiteral("emails")).toArray().size(), 2);
    QCOMPARE(h.value(QStringLiteral("tels")).toArray().at(1).toString(), expected.phones.at(1));
    QCOMPARE(h.value(QStringLiteral("note")).toString(), expected.notes);
    QCOMPARE(h.value(QStringLiteral("url")).toString(), expected.website);
    QCOMPARE(h.value(QStringLiteral("street")).toString(), expected.address);
}

void TestExport::vcardRoundTripKeepsEveryField_data()
{
    vcardReadByVobject_data();
}

void TestExport::vcardRoundTripKeepsEveryField()
{
    QFETCH(int, version);
    Contact orgOnly = hostileContact();
    orgOnly.name.clear();
    const QList<Contact> sent { hostileContact(), orgOnly };
    const VCard::Parsed back
        = VCard::read(VCard::write(sent, VCard::Version(version)), QStringLiteral("t.vcf"));
    QVERIFY(back.problems.isEmpty());
    QCOMPARE(back.contacts.size(), 2);
    for (int i = 0; i < 2; ++i) {
        const Contact &a = sent.at(i);
        const Contact &b = back.contacts.at(i);
        QCOMPARE(b.name, a.name);
        QCOMPARE(b.organization, a.organization);
        QCOMPARE(b.role, a.role);
        QCOMPARE(b.emails, a.emails);
        QCOMPARE(b.phones, a.phones);
        QCOMPARE(b.address, a.address);
        QCOMPARE(b.website, a.website);
        QCOMPARE(b.notes, a.notes);
    }
}

void TestExport::malformedVCardsAreNamedByLine()
{
    const QByteArray text
        = "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Bonne Carte\r\nEMAIL:bonne@example.org\r\nEND:VCARD\r\n"
          "BEGIN:VCARD\r\nVERSION:4.0\r\nthis line has no colon\r\nFN:Mauvaise\r\nEND:VCARD\r\n"
          "BEGIN:VCARD\r\nVERSION:3.0\r\nEMAIL:sansnom@example.org\r\nEND:VCARD\r\n"
          "BEGIN:VCARD\r\nFN:Sans fin\r\nPHOTO;ENCODING=b:AAAA\r\n";
    const VCard::Parsed parsed = VCard::read(text, QStringLiteral("carnet.vcf"));
    QCOMPARE(parsed.contacts.size(), 1);
    QCOMPARE(parsed.contacts.first().name, QStringLiteral("Bonne Carte"));
    QCOMPARE(parsed.problems.size(), 3);
    QCOMPARE(parsed.problems.at(0).line, 8);
    QVERIFY(parsed.problems.at(0).message.contains(QStringLiteral("carnet.vcf, line 8")));
    QVERIFY(parsed.problems.at(1).message.contains(QStringLiteral("no name")));
    QVERIFY(parsed.problems.at(2).message.contains(QStringLiteral("END:VCARD")));
    QVERIFY(parsed.notes.join(QLatin1Char(' ')).contains(QStringLiteral("photo")));
    // Latin-1 from an older address book is read, and said.
    const VCard::Parsed latin
        = VCard::read(QByteArray("BEGIN:VCARD\r\nFN:Andr\xe9 L\xe9v\xeaque\r\nEND:VCARD\r\n"),
            QStringLiteral("ancien.vcf"));
    QCOMPARE(latin.contacts.value(0).name, QStringLiteral("André Lévêque"));
    QVERIFY(latin.notes.join(QLatin1Char(' ')).contains(QStringLiteral("Latin-1")));
    // Binary data is refused.
    QByteArray binary(4096, '\0');
    binary[10] = 'x';
    QVERIFY(!VCard::read(binary, QStringLiteral("photo.jpg")).problems.isEmpty());
}

void TestExport::duplicatesAreSkippedOrMerged()
{
    auto before = m_store->store().contacts().loadAll();
    RELAIS_VERIFY_OK(before);
    Contact again = before->first();
    again.phones = { QStringLiteral("03 22 11 22 33") };
    auto skipped = ContactImport::import(
        m_store->store(), { again, hostileContact() }, ContactImport::Duplicates::Skip);
    RELAIS_VERIFY_OK(skipped);
    QCOMPARE(skipped->skipped, 1);
    QCOMPARE(skipped->created, 1);
    auto merged
        = ContactImport::import(m_store->store(), { again }, ContactImport::Duplicates::Merge);
    RELAIS_VERIFY_OK(merged);
    QCOMPARE(merged->merged, 1);
    auto updated = m_store->store().contacts().load(before->first().meta.id);
    RELAIS_VERIFY_OK(updated);
    QVERIFY(updated->phones.contains(QStringLiteral("03 22 11 22 33")));
    QCOMPARE(m_store->store().contacts().loadAll()->size(), before->size() + 1);
}

void TestExport::commandLineContacts()
{
    QTemporaryDir dir;
    m_store->close();
    auto run = [&](const QStringList &args, QString *out = nullptr) {
        QProcess p;
        p.start(qEnvironmentVariable("RELAIS_CLI"),
            QStringList { QStringLiteral("--database"), m_store->path() } + args);
        p.waitForFinished(60000);
        if (out)
            *out = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
        return p.exitCode();
    };
    const QString vcf = dir.filePath(QStringLiteral("contacts.vcf"));
    QCOMPARE(run({ QStringLiteral("export"), QStringLiteral("contacts"), QStringLiteral("--format"),
                 QStringLiteral("vcf"), QStringLiteral("--out"), vcf }),
        0);
    QString out;
    // Importing the same cards again: all duplicates, skipped.
    QCOMPARE(run({ QStringLiteral("import"), QStringLiteral("contacts"), vcf }, &out), 0);
    QVERIFY2(out.contains(QStringLiteral("0 created")), qPrintable(out));
    // A broken file: nothing imported without --skip-invalid.
    const QString broken = dir.filePath(QStringLiteral("broken.vcf"));
    QFile f(broken);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("BEGIN:VCARD\r\nFN:Nouvelle "
            "Personne\r\nEND:VCARD\r\nBEGIN:VCARD\r\ngarbage\r\nEND:VCARD\r\n");
    f.close();
    QCOMPARE(run({ QStringLiteral("import"), QStringLiteral("contacts"), broken }, &out), 1);
    QVERIFY2(out.contains(QStringLiteral("broken.vcf, line 5")), qPrintable(out));
    QCOMPARE(run({ QStringLiteral("import"), QStringLiteral("contacts"), broken,
                     QStringLiteral("--skip-invalid") },
                 &out),
        0);
    QVERIFY2(out.contains(QStringLiteral("1 created")), qPrintable(out));
    m_store->reopen();
}

void TestExport::csvContactsFromAnOlderSpreadsheet()
{
    // Latin-1, semicolons, French column names, a quoted cell over two lines, an empty row.
    const QByteArray latin1 = QStringLiteral(
        "Nom;Structure;Fonction;Courriel;Téléphone;Adresse;Remarques\r\n"
        "Zoé Lefèvre;Coop « Ça marche »;Gérante;zoe@example.org, zl@example.org;06 49 78 62 28;"
        "\"2 rue de l'Église\r\n80000 Amiens\";\"Dit \"\"oui\"\"\"\r\n"
        ";;;;;;\r\n"
        ";Association Sans Nom;;asso@example.org;;;\r\n")
                                  .toLatin1();
    const ContactCsv::Table table = ContactCsv::read(latin1, QStringLiteral("ancien.csv"));
    QCOMPARE(table.separator, ';');
    QVERIFY(table.notes.join(QLatin1Char(' ')).contains(QStringLiteral("Latin-1")));
    QCOMPARE(table.rows.size(), 3);
    const auto mapping = ContactCsv::guessMapping(table.header);
    QCOMPARE(mapping.value(QStringLiteral("phones")), 4);
    QCOMPARE(mapping.value(QStringLiteral("notes")), 6);
    const VCard::Parsed parsed
        = ContactCsv::toContacts(table, mapping, QStringLiteral("ancien.csv"));
    QCOMPARE(parsed.contacts.size(), 2);
    const Contact &zoe = parsed.contacts.first();
    QCOMPARE(zoe.name, QStringLiteral("Zoé Lefèvre"));
    QCOMPARE(zoe.organization, QStringLiteral("Coop « Ça marche »"));
    QCOMPARE(zoe.emails,
        (QStringList { QStringLiteral("zoe@example.org"), QStringLiteral("zl@example.org") }));
    QCOMPARE(zoe.address, QStringLiteral("2 rue de l'Église\n80000 Amiens"));
    QCOMPARE(zoe.notes, QStringLiteral("Dit \"oui\""));
    QCOMPARE(parsed.contacts.at(1).organization, QStringLiteral("Association Sans Nom"));
    QCOMPARE(parsed.problems.size(), 1); // the empty row, named by its line
    QCOMPARE(parsed.problems.first().line, 4);
    // Our own export reads back the same.
    const QByteArray ours = ContactExport::toCsv({ hostileContact() }, ',', true);
    const ContactCsv::Table back = ContactCsv::read(ours, QStringLiteral("nous.csv"));
    const VCard::Parsed again = ContactCsv::toContacts(
        back, ContactCsv::guessMapping(back.header), QStringLiteral("nous.csv"));
    QCOMPARE(again.contacts.size(), 1);
    QCOMPARE(again.contacts.first().name, hostileContact().name);
    QCOMPARE(again.contacts.first().notes, hostileContact().notes);
    QCOMPARE(again.contacts.first().phones, hostileContact().phones);
    // An unclosed quote is named.
    const ContactCsv::Table broken
        = ContactCsv::read("name,notes\r\nA,\"never closed\r\n", QStringLiteral("b.csv"));
    QCOMPARE(broken.problems.size(), 1);
    QVERIFY(broken.problems.first().message.contains(QStringLiteral("b.csv, line 2")));
}

QTEST_GUILESS_MAIN(TestExport)
#include "test_export.moc"
