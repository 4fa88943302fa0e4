// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/vcard.h"

#include "exchange/agendaexport.h"
#include "render/icalendar.h"
#include "storage/store.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringDecoder>

namespace Relais {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Relais::VCard", text);
}

// "Marie-Claire Dupont" → family "Dupont", given "Marie-Claire".
QPair<QString, QString> splitName(const QString &name)
{
    const QString trimmed = name.trimmed();
    const qsizetype space = trimmed.lastIndexOf(QLatin1Char(' '));
    if (space < 0)
        return { trimmed, QString() };
    return { trimmed.mid(space + 1), trimmed.left(space) };
}

QString unescape(QStringView value)
{
    QString out;
    out.reserve(value.size());
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c == u'\\' && i + 1 < value.size()) {
            const QChar n = value.at(++i);
            if (n == u'n' || n == u'N')
                out += QLatin1Char('\n');
            else
                out += n; // \\ \, \; and anything else escaped
        } else {
            out += c;
        }
    }
    return out;
}

// Splits at unescaped separators.
QStringList splitUnescaped(const QString &value, QChar separator)
{
    QStringList parts;
    QString current;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c == u'\\' && i + 1 < value.size()) {
            current += c;
            current += value.at(++i);
        } else if (c == separator) {
            parts.append(current);
            current.clear();
        } else {
            current += c;
        }
    }
    parts.append(current);
    return parts;
}

} // namespace

namespace VCard {

QString escape(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (c == u'\\' || c == u',' || c == u';')
            out += QLatin1Char('\\') + QString(c);
        else if (c == u'\n')
            out += QStringLiteral("\\n");
        else if (c == u'\r')
            continue;
        else
            out += c;
    }
    return out;
}

QByteArray write(const QList<Contact> &contacts, Version version)
{
    QByteArray out;
    const bool v4 = version == Version::V4;
    for (const Contact &c : contacts) {
        QStringList lines;
        lines << QStringLiteral("BEGIN:VCARD")
              << (v4 ? QStringLiteral("VERSION:4.0") : QStringLiteral("VERSION:3.0"));
        const bool organisationOnly = c.name.trimmed().isEmpty();
        if (v4 && organisationOnly)
            lines << QStringLiteral("KIND:org");
        lines << QStringLiteral("UID:urn:uuid:") + c.meta.uuid.toString(QUuid::WithoutBraces);
        lines << QStringLiteral("FN:") + escape(c.displayName());
        const auto [family, given] = splitName(c.name);
        lines << QStringLiteral("N:%1;%2;;;").arg(escape(family), escape(given));
        if (!c.organization.isEmpty())
            lines << QStringLiteral("ORG:") + escape(c.organization);
        if (!c.role.isEmpty())
            lines << QStringLiteral("TITLE:") + escape(c.role);
        for (const QString &email : c.emails)
            lines << (v4 ? QStringLiteral("EMAIL;TYPE=work:")
                         : QStringLiteral("EMAIL;TYPE=INTERNET,WORK:"))
                    + escape(email);
        for (const QString &phone : c.phones)
            lines << (v4 ? QStringLiteral("TEL;TYPE=work,voice:")
                         : QStringLiteral("TEL;TYPE=WORK,VOICE:"))
                    + escape(phone);
        if (!c.address.isEmpty())
            lines << (v4 ? QStringLiteral("ADR;TYPE=work:;;") : QStringLiteral("ADR;TYPE=WORK:;;"))
                    + escape(c.address) + QStringLiteral(";;;;");
        if (!c.website.isEmpty())
            lines << QStringLiteral("URL:") + c.website;
        if (!c.notes.isEmpty())
            lines << QStringLiteral("NOTE:") + escape(c.notes);
        if (c.meta.updatedAt.isValid())
            lines << QStringLiteral("REV:")
                    + c.meta.updatedAt.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
        lines << QStringLiteral("END:VCARD");
        out += ICalendar::foldLines(lines.join(QStringLiteral("\r\n")).toUtf8() + "\r\n");
    }
    return out;
}

Parsed read(const QByteArray &data, const QString &fileName)
{
    Parsed parsed;
    QString text;
    {
        QStringDecoder utf8(QStringDecoder::Utf8);
        text = utf8.decode(data);
        if (utf8.hasError()) {
            text = QString::fromLatin1(data);
            parsed.notes.append(
                tr("%1 is not UTF-8; it was read as Latin-1 (Western European).").arg(fileName));
        }
    }
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    if (text.contains(QChar(0))) {
        parsed.problems.append(
            { 1, tr("%1 is not a vCard file (it holds binary data).").arg(fileName) });
        return parsed;
    }
    // Unfold: a line starting with a space or a tab continues the one before.
    const QStringList raw = text.split(QLatin1Char('\n'));
    struct Line
    {
        int number;
        QString text;
    };
    QList<Line> lines;
    for (int i = 0; i < raw.size(); ++i) {
        QString l = raw.at(i);
        if (l.endsWith(QLatin1Char('\r')))
            l.chop(1);
        if ((l.startsWith(QLatin1Char(' ')) || l.startsWith(QLatin1Char('\t'))) && !lines.isEmpty())
            lines.last().text += l.mid(1);
        else if (!l.isEmpty())
            lines.append({ i + 1, l });
    }

    Contact current;
    bool inCard = false;
    bool cardBroken = false;
    int cardLine = 0;
    QString fn;
    QString nName;
    bool kindOrg = false;
    int photos = 0;
    for (const Line &line : std::as_const(lines)) {
        const qsizetype colon = [&] {
            // The first colon outside a quoted parameter value.
            bool quoted = false;
            for (qsizetype i = 0; i < line.text.size(); ++i) {
                if (line.text.at(i) == u'"')
                    quoted = !quoted;
                else if (line.text.at(i) == u':' && !quoted)
                    return i;
            }
            return qsizetype(-1);
        }();
        if (colon < 0) {
            parsed.problems.append({ line.number,
                tr("%1, line %2: not a vCard line (no “:”): %3")
                    .arg(fileName)
                    .arg(line.number)
                    .arg(line.text.left(60)) });
            cardBroken = true;
            continue;
        }
        QString head = line.text.left(colon);
        const QString value = line.text.mid(colon + 1);
        QStringList params = head.split(QLatin1Char(';'));
        QString name = params.takeFirst().toUpper();
        if (name.contains(QLatin1Char('.')))
            name = name.section(QLatin1Char('.'), -1); // item1.EMAIL
        if (name == u"BEGIN") {
            if (value.compare(QStringLiteral("VCARD"), Qt::CaseInsensitive) != 0)
                continue;
            if (inCard) {
                parsed.problems.append({ cardLine,
                    tr("%1, line %2: a card does not end before the next one begins.")
                        .arg(fileName)
                        .arg(cardLine) });
            }
            inCard = true;
            cardBroken = false;
            cardLine = line.number;
            current = Contact {};
            fn.clear();
            nName.clear();
            kindOrg = false;
            continue;
        }
        if (!inCard) {
            parsed.problems.append({ line.number,
                tr("%1, line %2: text outside any card.").arg(fileName).arg(line.number) });
            continue;
        }
        if (name == u"END") {
            inCard = false;
            if (cardBroken)
                continue; // already said
            if (fn.isEmpty() && nName.isEmpty() && current.organization.isEmpty()) {
                parsed.problems.append({ cardLine,
                    tr("%1, line %2: the card has no name (FN, N or ORG).")
                        .arg(fileName)
                        .arg(cardLine) });
                continue;
            }
            if (kindOrg || (!fn.isEmpty() && fn == current.organization && nName.isEmpty()))
                current.name.clear();
            else
                current.name = !fn.isEmpty() ? fn : nName;
            parsed.contacts.append(current);
            parsed.lines.append(cardLine);
            continue;
        }
        if (name == u"FN") {
            fn = unescape(value).trimmed();
        } else if (name == u"N") {
            const QStringList parts = splitUnescaped(value, QLatin1Char(';'));
            QStringList shown;
            for (int i : { 3, 1, 2, 0, 4 }) { // prefix given additional family suffix
                const QString p = unescape(parts.value(i)).trimmed();
                if (!p.isEmpty())
                    shown.append(p);
            }
            nName = shown.join(QLatin1Char(' '));
        } else if (name == u"KIND") {
            kindOrg = value.trimmed().compare(QStringLiteral("org"), Qt::CaseInsensitive) == 0;
        } else if (name == u"ORG") {
            current.organization
                = unescape(splitUnescaped(value, QLatin1Char(';')).value(0)).trimmed();
        } else if (name == u"TITLE" || (name == u"ROLE" && current.role.isEmpty())) {
            current.role = unescape(value).trimmed();
        } else if (name == u"EMAIL") {
            const QString email = unescape(value).trimmed();
            if (!email.isEmpty())
                current.emails.append(email);
        } else if (name == u"TEL") {
            QString phone = unescape(value).trimmed();
            if (phone.startsWith(QStringLiteral("tel:"), Qt::CaseInsensitive))
                phone = phone.mid(4);
            if (!phone.isEmpty())
                current.phones.append(phone);
        } else if (name == u"ADR") {
            QStringList shown;
            for (const QString &p : splitUnescaped(value, QLatin1Char(';'))) {
                const QString part = unescape(p).trimmed();
                if (!part.isEmpty())
                    shown.append(part);
            }
            if (current.address.isEmpty())
                current.address = shown.join(QStringLiteral(", "));
        } else if (name == u"URL") {
            if (current.website.isEmpty())
                current.website = unescape(value).trimmed();
        } else if (name == u"NOTE") {
            current.notes = current.notes.isEmpty()
                ? unescape(value)
                : current.notes + QLatin1Char('\n') + unescape(value);
        } else if (name == u"PHOTO" || name == u"LOGO") {
            ++photos;
        }
    }
    if (inCard) {
        parsed.problems.append({ cardLine,
            tr("%1, line %2: the card does not end (END:VCARD is missing).")
                .arg(fileName)
                .arg(cardLine) });
    }
    if (photos > 0)
        parsed.notes.append(
            tr("%1: %2 photo(s) or logo(s) left out; Relais keeps no contact pictures.")
                .arg(fileName)
                .arg(photos));
    return parsed;
}

} // namespace VCard

namespace ContactExport {

QByteArray toCsv(const QList<Contact> &contacts, char separator, bool byteOrderMark)
{
    const QChar sep = QLatin1Char(separator);
    auto quote = [&](const QString &cell) { return AgendaExport::csvCell(cell, sep); };
    QByteArray out;
    if (byteOrderMark)
        out += "\xEF\xBB\xBF";
    out += QStringList { QStringLiteral("name"), QStringLiteral("organization"),
        QStringLiteral("role"), QStringLiteral("emails"), QStringLiteral("phones"),
        QStringLiteral("address"), QStringLiteral("website"), QStringLiteral("notes") }
               .join(sep)
               .toUtf8()
        + "\r\n";
    for (const Contact &c : contacts) {
        const QStringList cells { quote(c.name), quote(c.organization), quote(c.role),
            quote(c.emails.join(QLatin1Char('\n'))), quote(c.phones.join(QLatin1Char('\n'))),
            quote(c.address), quote(c.website), quote(c.notes) };
        out += cells.join(sep).toUtf8() + "\r\n";
    }
    return out;
}

} // namespace ContactExport

namespace ContactImport {

namespace {

QString key(const QString &name, const QString &organization)
{
    return name.trimmed().toCaseFolded() + QLatin1Char('\x1f')
        + organization.trimmed().toCaseFolded();
}

} // namespace

Result<QList<qint64>> findDuplicates(Store &store, const QList<Contact> &incoming)
{
    auto existing = store.contacts().loadAll();
    if (!existing)
        return existing.error();
    QHash<QString, qint64> byEmail;
    QHash<QString, qint64> byName;
    for (const Contact &c : std::as_const(*existing)) {
        for (const QString &e : c.emails)
            byEmail.insert(e.trimmed().toCaseFolded(), c.meta.id);
        if (!c.name.isEmpty())
            byName.insert(key(c.name, c.organization), c.meta.id);
    }
    QList<qint64> found;
    for (const Contact &c : incoming) {
        qint64 id = 0;
        for (const QString &e : c.emails) {
            id = byEmail.value(e.trimmed().toCaseFolded());
            if (id)
                break;
        }
        if (!id && !c.name.isEmpty())
            id = byName.value(key(c.name, c.organization));
        found.append(id);
    }
    return found;
}

Result<Report> import(Store &store, const QList<Contact> &incoming, Duplicates duplicates)
{
    auto dups = findDuplicates(store, incoming);
    if (!dups)
        return dups.error();
    Report report;
    Transaction tx(store.database());
    if (!tx.isActive())
        return tx.error();
    for (int i = 0; i < incoming.size(); ++i) {
        Contact c = incoming.at(i);
        c.meta = EntityMeta {};
        const qint64 existingId = dups->at(i);
        if (existingId && duplicates != Duplicates::ImportAnyway) {
            auto existing = store.contacts().load(existingId);
            if (!existing)
                return existing.error();
            report.duplicates.append(
                c.displayName() + QStringLiteral(" ↔ ") + existing->displayName());
            if (duplicates == Duplicates::Skip) {
                ++report.skipped;
                continue;
            }
            // Merge: fill what the existing contact lacks, add new e-mails and phones.
            Contact merged = *existing;
            auto fill = [](QString &mine, const QString &theirs) {
                if (mine.trimmed().isEmpty())
                    mine = theirs;
            };
            fill(merged.name, c.name);
            fill(merged.organization, c.organization);
            fill(merged.role, c.role);
            fill(merged.address, c.address);
            fill(merged.website, c.website);
            fill(merged.notes, c.notes);
            for (const QString &e : std::as_const(c.emails)) {
                if (!merged.emails.contains(e, Qt::CaseInsensitive))
                    merged.emails.append(e);
            }
            for (const QString &p : std::as_const(c.phones)) {
                if (!merged.phones.contains(p))
                    merged.phones.append(p);
            }
            if (auto r = store.contacts().update(merged); !r)
                return r.error();
            ++report.merged;
            continue;
        }
        if (auto r = store.contacts().create(c); !r) {
            return Error { r.error().code,
                QCoreApplication::translate(
                    "Relais::VCard", "The contact “%1” could not be imported: %2")
                    .arg(c.displayName(), r.error().message),
                r.error().detail };
        }
        ++report.created;
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    return report;
}

} // namespace ContactImport

} // namespace Relais
