// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "frenchtext.h"

#include "content/slug.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace Relais::Bench {

namespace {

const char *const subjects[]
    = { "La coopérative", "L’association", "Le réseau régional", "La communauté de communes",
          "Le collectif d’habitants", "La ressourcerie", "L’épicerie solidaire",
          "Le garage solidaire", "La fondation", "L’entreprise d’insertion", "Le tiers-lieu",
          "La régie de quartier", "La mutuelle", "Le pôle territorial de coopération économique",
          "La chambre régionale de l’ESS", "Le groupement d’employeurs" };
const char *const verbs[]
    = { "lance", "accompagne", "organise", "soutient", "ouvre", "présente", "développe", "inaugure",
          "renforce", "expérimente", "finance", "anime", "met en place", "relance" };
const char *const objects[] = { "un atelier de réparation de vélos",
    "une formation au management du travail", "un appel à projets", "des chantiers d’insertion",
    "une plateforme collaborative", "un circuit court alimentaire", "une monnaie locale",
    "un café associatif", "des webinaires pour les écoles", "un jardin partagé", "une recyclerie",
    "un dispositif local d’accompagnement", "un forum de l’emploi solidaire",
    "des séjours pour les personnes en situation de handicap",
    "une coopérative d’activités et d’emploi" };
const char *const complements[] = { "dans la Somme", "à Lille", "sur le territoire du Soissonnais",
    "en Hauts-de-France", "à Amiens", "dans le bassin minier", "avec les habitants",
    "pour les jeunes", "avec l’appui de la Région", "en lien avec les élus",
    "pour l’économie circulaire", "au cœur des quartiers", "à Roubaix", "à Beauvais" };
const char *const connectors[] = { "Par ailleurs,", "Ainsi,", "De plus,", "En effet,",
    "Aujourd’hui,", "Depuis 2015,", "À terme,", "Concrètement," };
const char *const firstNames[] = { "Antoine", "Florence", "Camille", "Hélène", "Jérôme", "Léa",
    "Noémie", "François", "Zoé", "Maël", "Inès", "Céline", "Théo", "Gaëlle", "Joël", "Chloé" };
const char *const lastNames[] = { "Vagnon", "Chappert", "Lefèvre", "Dupré", "Mercier", "Boucher",
    "Lemaître", "Caron", "Hébert", "Delattre", "Lefebvre", "Dubois", "Wattel", "Deschamps" };
const char *const orgWords[] = { "Coopérative", "Association", "Collectif", "Réseau", "Atelier",
    "Maison", "Fabrique", "Union", "Comptoir" };
const char *const orgThemes[] = { "des Savoirs", "Solidaire", "du Vivre-Ensemble", "de l’Entraide",
    "Œuvrière", "des Possibles", "Verte", "de l’Économie Sociale", "des Territoires", "Citoyenne" };
const char *const cities[]
    = { "Lille", "Amiens", "Soissons", "Roubaix", "Tourcoing", "Beauvais", "Arras", "Calais",
          "Dunkerque", "Saint-Quentin", "Valenciennes", "Compiègne", "Laon", "Abbeville" };

} // namespace

FrenchText::FrenchText(quint32 seed)
    : m_random(seed)
{
    QFile list(QStringLiteral("/usr/share/dict/french"));
    if (list.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> lines = list.readAll().split('\n');
        for (const QByteArray &line : lines) {
            if (!line.isEmpty() && !line.contains('\''))
                m_words.append(QString::fromUtf8(line));
        }
        // Which word is frequent is chosen at random, once per seed.
        std::shuffle(m_words.begin(), m_words.end(), m_random);
    }
}

QString FrenchText::zipfWord()
{
    // rank = N^u - 1 with u uniform: frequency falls as 1/rank, as in real text.
    const double u = m_random.generateDouble();
    const auto rank = qsizetype(std::pow(double(m_words.size()), u)) - 1;
    return m_words.at(qBound(qsizetype(0), rank, m_words.size() - 1));
}

QString FrenchText::fillerSentence()
{
    const int n = 8 + int(m_random.bounded(9));
    QStringList words;
    for (int i = 0; i < n; ++i)
        words.append(zipfWord());
    QString s = words.join(QLatin1Char(' ')) + QLatin1Char('.');
    s[0] = s[0].toUpper();
    return s;
}

template<size_t N> QString FrenchText::pick(const char *const (&list)[N])
{
    return QString::fromUtf8(list[m_random.bounded(int(N))]);
}

QString FrenchText::title()
{
    if (!m_words.isEmpty() && m_random.bounded(2) == 0)
        return QStringLiteral("%1 %2 %3 %4")
            .arg(pick(subjects), pick(verbs), zipfWord(), zipfWord());
    return QStringLiteral("%1 %2 %3 %4")
        .arg(pick(subjects), pick(verbs), pick(objects), pick(complements));
}

QString FrenchText::sentence()
{
    // Two sentences in three are ordinary prose; the rest the portal's stock phrases.
    if (!m_words.isEmpty() && m_random.bounded(3) != 0)
        return fillerSentence();
    QString s = QStringLiteral("%1 %2 %3 %4.")
                    .arg(pick(subjects), pick(verbs), pick(objects), pick(complements));
    if (m_random.bounded(3) == 0)
        s = pick(connectors) + QLatin1Char(' ') + s.left(1).toLower() + s.mid(1);
    return s;
}

QString FrenchText::paragraph(int sentences)
{
    QStringList list;
    for (int i = 0; i < sentences; ++i)
        list.append(sentence());
    return list.join(QLatin1Char(' '));
}

QString FrenchText::markdownBody(int minWords, int maxWords)
{
    const int target = minWords + int(m_random.bounded(maxWords - minWords + 1));
    QString body;
    int words = 0;
    int paragraphs = 0;
    while (words < target) {
        if (paragraphs == 2)
            body += QStringLiteral("## L’accompagnement obtenu\n\n");
        QString p = paragraph(2 + int(m_random.bounded(3)));
        if (m_random.bounded(4) == 0)
            p.replace(QStringLiteral("Ainsi"), QStringLiteral("**Ainsi**"));
        words += int(p.count(QLatin1Char(' '))) + 1;
        body += p + QStringLiteral("\n\n");
        ++paragraphs;
    }
    return body.trimmed();
}

QString FrenchText::organization()
{
    return QStringLiteral("%1 %2 de %3").arg(pick(orgWords), pick(orgThemes), pick(cities));
}

QString FrenchText::personName()
{
    return pick(firstNames) + QLatin1Char(' ') + pick(lastNames);
}

QString FrenchText::city()
{
    return pick(cities);
}

QString FrenchText::phone()
{
    return QStringLiteral("0%1 %2 %3 %4 %5")
        .arg(1 + m_random.bounded(7))
        .arg(m_random.bounded(100), 2, 10, QLatin1Char('0'))
        .arg(m_random.bounded(100), 2, 10, QLatin1Char('0'))
        .arg(m_random.bounded(100), 2, 10, QLatin1Char('0'))
        .arg(m_random.bounded(100), 2, 10, QLatin1Char('0'));
}

QString FrenchText::email(const QString &name, const QString &organization)
{
    return Slug::fromTitle(name).replace(QLatin1Char('-'), QLatin1Char('.')) + QLatin1Char('@')
        + Slug::fromTitle(organization, 20) + QStringLiteral(".fr");
}

void writeSeed(QIODevice &out, int articles, int agenda, int contacts, quint32 seed)
{
    FrenchText text(seed);
    const QStringList sections { QStringLiteral("associations"),
        QStringLiteral("elus-et-decideurs"), QStringLiteral("citoyens"),
        QStringLiteral("entrepreneurs") };
    auto write = [&](const QJsonObject &o, bool first) {
        if (!first)
            out.write(",\n");
        out.write(QJsonDocument(o).toJson(QJsonDocument::Compact));
    };
    QStringList organizations;
    out.write("{\"contacts\": [\n");
    for (int i = 0; i < contacts; ++i) {
        const QString org = text.organization() + QStringLiteral(" %1").arg(i);
        const QString name = text.personName();
        organizations.append(org);
        QJsonObject o { { QStringLiteral("organization"), org }, { QStringLiteral("name"), name },
            { QStringLiteral("role"), QStringLiteral("Chargée de mission") },
            { QStringLiteral("email"), text.email(name, org) },
            { QStringLiteral("phone"), text.phone() },
            { QStringLiteral("address"),
                QStringLiteral("%1 rue de la République, %2").arg(i % 200 + 1).arg(text.city()) } };
        write(o, i == 0);
    }
    out.write("],\n\"articles\": [\n");
    const QDate start(2015, 1, 1);
    for (int i = 0; i < articles; ++i) {
        QJsonObject o { { QStringLiteral("date"), start.addDays(i % 3650).toString(Qt::ISODate) },
            { QStringLiteral("section"), sections.at(i % 4) },
            { QStringLiteral("title"), text.title() },
            { QStringLiteral("summary"), text.sentence() },
            { QStringLiteral("body_markdown"), text.markdownBody(60, 160) } };
        if (!organizations.isEmpty() && i % 3 == 0)
            o.insert(QStringLiteral("contacts"),
                QJsonArray { organizations.at(text.bounded(int(organizations.size()))) });
        write(o, i == 0);
    }
    out.write("],\n\"agenda\": [\n");
    for (int i = 0; i < agenda; ++i) {
        QJsonObject o { { QStringLiteral("date"),
                            QDate(2026, 1, 1).addDays(i % 730).toString(Qt::ISODate) },
            { QStringLiteral("title"), text.title() },
            { QStringLiteral("location"),
                QStringLiteral("Salle des fêtes de %1").arg(text.city()) },
            { QStringLiteral("description"), text.paragraph(3) } };
        if (i % 2 == 0) {
            o.insert(QStringLiteral("time"),
                QStringLiteral("%1:30").arg(9 + i % 9, 2, 10, QLatin1Char('0')));
            o.insert(QStringLiteral("duration_minutes"), 90);
        }
        write(o, i == 0);
    }
    out.write("]}\n");
}

} // namespace Relais::Bench
