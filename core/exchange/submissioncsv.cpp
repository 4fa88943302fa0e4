// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/submissioncsv.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace Relais::SubmissionCsv {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Relais::SubmissionCsv", text);
}

bool isTrue(const QString &text)
{
    static const QStringList yes { QStringLiteral("1"), QStringLiteral("true"),
        QStringLiteral("yes"), QStringLiteral("oui"), QStringLiteral("x"), QStringLiteral("vrai"),
        QStringLiteral("on") };
    return yes.contains(text.trimmed().toLower());
}

// "22/11/2017" or "22/11/2017 11:30" (French exports) → ISO; anything else as it is, for the
// parser to judge.
QString isoDate(const QString &text)
{
    static const QRegularExpression french(
        QStringLiteral(R"(^(\d{1,2})/(\d{1,2})/(\d{4})(?:[ T](\d{1,2})[:h](\d{2}))?$)"));
    QString t = text.trimmed();
    const auto m = french.match(t);
    if (!m.hasMatch())
        return t;
    QString iso = QStringLiteral("%1-%2-%3")
                      .arg(m.captured(3), m.captured(2).rightJustified(2, u'0'),
                          m.captured(1).rightJustified(2, u'0'));
    if (m.hasCaptured(4))
        iso += QStringLiteral("T%1:%2").arg(m.captured(4).rightJustified(2, u'0'), m.captured(5));
    return iso;
}

} // namespace

QStringList fields()
{
    return { QStringLiteral("title"), QStringLiteral("kind"), QStringLiteral("starts_at"),
        QStringLiteral("ends_at"), QStringLiteral("all_day"), QStringLiteral("location"),
        QStringLiteral("address"), QStringLiteral("online_url"), QStringLiteral("body"),
        QStringLiteral("sections"), QStringLiteral("links"), QStringLiteral("name"),
        QStringLiteral("email"), QStringLiteral("organization"), QStringLiteral("phone"),
        QStringLiteral("consent"), QStringLiteral("received_at"), QStringLiteral("id") };
}

QString label(const QString &field)
{
    static const QHash<QString, const char *> labels {
        { QStringLiteral("title"), QT_TRANSLATE_NOOP("Relais::SubmissionCsv", "Title") },
        { QStringLiteral("kind"),
            QT_TRANSLATE_NOOP("Relais::SubmissionCsv", "Kind (event or news)") },
        { QStringLiteral("starts_at"), QT_TRANSLATE_NOOP("Relais::SubmissionCsv", "Starts") },
        { QStringLiteral("ends_at"), QT_TRANSLATE_NOOP("Relais::SubmissionCsv", "Ends") },
        { QStringLiteral("all_day"), QT_TRANSLATE_NOOP("Relais::SubmissionCsv", "All day") },
        { QStringLiteral("location"), QT_TRANSLATE_NOOP("Relais::SubmissionCsv", "Place") },
        { QStringLiteral("address"), QT_TRANSLATE_NOOP("Relais::SubmissionCsv", "Address") },
        { QStringLiteral("online_url"), QT_TRANSLATE_NOOP("Relais::SubmissionCsv", "Online link") },
        { QStringLiteral("body"), QT_TRANSLATE_NOOP("Relais::SubmissionCsv", "Description") },
        { QStringLiteral("sections"), QT_TRANSLATE_NOOP("Relais::SubmissionCsv", "Sections") },
        { QStringLiteral("links"), QT_TRANSLATE_NOOP("Relais::SubmissionCsv", "Links") },
        { QStringLiteral("name"), QT_TRANSLATE_NOOP("Relais::SubmissionCsv", "Sender's name") },
        { QStringLiteral("email"), QT_TRANSLATE_NOOP("Relais::SubmissionCsv", "Sender's e-mail") },
        { QStringLiteral("organization"),
            QT_TRANSLATE_NOOP("Relais::SubmissionCsv", "Organisation") },
        { QStringLiteral("phone"), QT_TRANSLATE_NOOP("Relais::SubmissionCsv", "Phone") },
        { QStringLiteral("consent"), QT_TRANSLATE_NOOP("Relais::SubmissionCsv", "Consent") },
        { QStringLiteral("received_at"), QT_TRANSLATE_NOOP("Relais::SubmissionCsv", "Received") },
        { QStringLiteral("id"), QT_TRANSLATE_NOOP("Relais::SubmissionCsv", "Id") },
    };
    return tr(labels.value(field, ""));
}

QHash<QString, int> guessMapping(const QStringList &header)
{
    auto n = [](std::initializer_list<const char *> names) {
        QStringList list;
        for (const char *name : names)
            list.append(QString::fromLatin1(name));
        return list;
    };
    // Compared without case, accents, spaces or punctuation ("Date de début" → "datededebut").
    const QHash<QString, QStringList> names {
        { QStringLiteral("id"),
            n({ "id", "identifiant", "reference", "ref", "responseid", "submissionid" }) },
        { QStringLiteral("received_at"),
            n({ "receivedat", "received", "timestamp", "horodatage", "submittedat", "datedenvoi",
                "dateenvoi", "datedereception", "createdat" }) },
        { QStringLiteral("kind"), n({ "kind", "type", "genre", "nature" }) },
        { QStringLiteral("title"),
            n({ "title", "titre", "nomdelevenement", "evenement", "event", "intitule", "objet" }) },
        { QStringLiteral("body"),
            n({ "body", "description", "texte", "text", "message", "details", "contenu",
                "presentation" }) },
        { QStringLiteral("starts_at"),
            n({ "startsat", "start", "debut", "datededebut", "datedebut", "date", "startdate",
                "quand" }) },
        { QStringLiteral("ends_at"),
            n({ "endsat", "end", "fin", "datedefin", "datefin", "enddate" }) },
        { QStringLiteral("all_day"), n({ "allday", "toutelajournee", "journeeentiere" }) },
        { QStringLiteral("location"), n({ "location", "lieu", "place", "salle", "venue" }) },
        { QStringLiteral("address"),
            n({ "address", "adresse", "adressedulieu", "adressepostale" }) },
        { QStringLiteral("online_url"),
            n({ "onlineurl", "lienenligne", "visio", "lien", "url", "online" }) },
        { QStringLiteral("sections"),
            n({ "sections", "rubriques", "rubrique", "categories", "categorie" }) },
        { QStringLiteral("links"), n({ "links", "liens", "siteweb", "website", "site" }) },
        { QStringLiteral("name"),
            n({ "name", "nom", "nomcomplet", "votrenom", "fullname", "prenomnom", "contact" }) },
        { QStringLiteral("email"),
            n({ "email", "mail", "courriel", "adresseelectronique", "adressemail", "emailaddress",
                "votreemail" }) },
        { QStringLiteral("organization"),
            n({ "organization", "organisation", "structure", "association", "entreprise",
                "company" }) },
        { QStringLiteral("phone"), n({ "phone", "telephone", "tel", "mobile", "portable" }) },
        { QStringLiteral("consent"),
            n({ "consent", "consentement", "accord", "rgpd", "jaccepte" }) },
    };
    return ContactCsv::guessColumns(header, fields(), names);
}

SubmissionBatch toSubmissions(const ContactCsv::Table &table, const QHash<QString, int> &mapping,
    const QString &source, const QString &fileName, const QDateTime &receivedAt,
    const QTimeZone &zone)
{
    static const QRegularExpression listSeparators(QStringLiteral("[\\n;,]+"));
    QJsonArray array;
    for (int i = 0; i < table.rows.size(); ++i) {
        const QStringList &row = table.rows.at(i);
        auto cell = [&](const char *field) {
            const int column = mapping.value(QString::fromLatin1(field), -1);
            return column >= 0 && column < row.size() ? row.at(column).trimmed() : QString();
        };
        QJsonObject o;
        auto put = [&](const char *key, const QString &value) {
            if (!value.isEmpty())
                o.insert(QLatin1String(key), value);
        };
        put("title", cell("title"));
        put("body", cell("body"));
        put("starts_at", isoDate(cell("starts_at")));
        put("ends_at", isoDate(cell("ends_at")));
        put("location", cell("location"));
        put("address", cell("address"));
        put("online_url", cell("online_url"));
        const QString kind = cell("kind").toLower();
        o.insert(QStringLiteral("kind"),
            kind.isEmpty() ? (o.contains(QStringLiteral("starts_at")) ? QStringLiteral("event")
                                                                      : QStringLiteral("news"))
                : kind.startsWith(u"év") || kind.startsWith(u"ev") ? QStringLiteral("event")
                : kind.startsWith(u"act") || kind == u"news"       ? QStringLiteral("news")
                                                                   : kind);
        if (!cell("all_day").isEmpty())
            o.insert(QStringLiteral("all_day"), isTrue(cell("all_day")));
        if (!cell("consent").isEmpty())
            o.insert(QStringLiteral("consent"), isTrue(cell("consent")));
        for (const char *list : { "sections", "links" }) {
            QStringList items = cell(list).split(listSeparators, Qt::SkipEmptyParts);
            for (QString &item : items)
                item = item.trimmed();
            if (!items.isEmpty())
                o.insert(QLatin1String(list), QJsonArray::fromStringList(items));
        }
        QJsonObject submitter;
        for (const char *key : { "name", "email", "organization", "phone" }) {
            if (!cell(key).isEmpty())
                submitter.insert(QLatin1String(key), cell(key));
        }
        if (!submitter.isEmpty())
            o.insert(QStringLiteral("submitter"), submitter);
        const QString received = isoDate(cell("received_at"));
        o.insert(QStringLiteral("received_at"),
            received.isEmpty() ? receivedAt.toUTC().toString(Qt::ISODate) : received);
        QString id = cell("id");
        if (id.isEmpty()) {
            // The same row makes the same id: importing the file again adds nothing.
            const QByteArray content = row.join(QChar(0x1F)).toUtf8();
            id = QStringLiteral("csv-")
                + QString::fromLatin1(
                    QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex().left(16));
        }
        o.insert(QStringLiteral("id"), id);
        // The row as it came, kept with the submission (unknown fields are kept).
        QJsonObject cells;
        for (int c = 0; c < row.size(); ++c)
            cells.insert(c < table.header.size() && !table.header.at(c).isEmpty()
                    ? table.header.at(c)
                    : QStringLiteral("column %1").arg(c + 1),
                row.at(c));
        o.insert(QStringLiteral("csv_row"),
            QJsonObject { { QStringLiteral("line"), table.lines.value(i) },
                { QStringLiteral("cells"), cells } });
        array.append(o);
    }
    SubmissionBatch batch = SubmissionParser::parseJson(
        QJsonDocument(array).toJson(QJsonDocument::Compact), source, fileName, zone);
    for (SubmissionProblem &p : batch.problems)
        p.line = table.lines.value(p.index - 1);
    // What the CSV reader found (encoding, separator, broken lines) comes first.
    QList<SubmissionProblem> problems;
    for (const VCard::Problem &p : table.problems)
        problems.append({ fileName, 0, {}, {}, p.message, true, p.line });
    batch.problems = problems + batch.problems;
    return batch;
}

} // namespace Relais::SubmissionCsv
