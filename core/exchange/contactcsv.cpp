// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/contactcsv.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringDecoder>

namespace Relais::ContactCsv {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Relais::ContactCsv", text);
}

QString normalised(QString name)
{
    name = name.trimmed().toCaseFolded();
    const QString decomposed = name.normalized(QString::NormalizationForm_D);
    QString plain;
    for (QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing && c.isLetterOrNumber())
            plain += c;
    }
    return plain;
}

} // namespace

QStringList fields()
{
    return { QStringLiteral("name"), QStringLiteral("organization"), QStringLiteral("role"),
        QStringLiteral("emails"), QStringLiteral("phones"), QStringLiteral("address"),
        QStringLiteral("website"), QStringLiteral("notes") };
}

Table read(const QByteArray &data, const QString &fileName)
{
    Table table;
    QString text;
    {
        QStringDecoder utf8(QStringDecoder::Utf8);
        text = utf8.decode(data);
        if (utf8.hasError()) {
            text = QString::fromLatin1(data);
            table.notes.append(tr("%1 is not UTF-8; it was read as Latin-1 (Western European), as "
                                  "older spreadsheets write.")
                                   .arg(fileName));
        }
    }
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    if (text.contains(QChar(0))) {
        table.problems.append(
            { 1, tr("%1 is not a CSV file (it holds binary data).").arg(fileName) });
        return table;
    }
    const QString firstLine = text.section(QLatin1Char('\n'), 0, 0);
    const qsizetype commas = firstLine.count(QLatin1Char(','));
    const qsizetype semicolons = firstLine.count(QLatin1Char(';'));
    const qsizetype tabs = firstLine.count(QLatin1Char('\t'));
    table.separator = tabs > commas && tabs > semicolons ? '\t' : semicolons > commas ? ';' : ',';
    const QChar sep = QLatin1Char(table.separator);

    QStringList row;
    QString cell;
    bool quoted = false;
    bool cellWasQuoted = false;
    int line = 1;
    int rowLine = 1;
    auto endRow = [&] {
        row.append(cell);
        cell.clear();
        cellWasQuoted = false;
        if (!(row.size() == 1 && row.first().isEmpty())) {
            if (table.header.isEmpty()) {
                table.header = row;
            } else {
                table.rows.append(row);
                table.lines.append(rowLine);
            }
        }
        row.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    cell += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                if (c != u'\r')
                    cell += c;
            }
            continue;
        }
        if (c == u'"' && cell.isEmpty() && !cellWasQuoted) {
            quoted = true;
            cellWasQuoted = true;
        } else if (c == sep) {
            row.append(cell);
            cell.clear();
            cellWasQuoted = false;
        } else if (c == u'\n') {
            endRow();
            ++line;
            rowLine = line;
        } else if (c != u'\r') {
            cell += c;
        }
    }
    if (quoted) {
        table.problems.append({ rowLine,
            tr("%1, line %2: a quoted cell is never closed.").arg(fileName).arg(rowLine) });
    } else if (!cell.isEmpty() || !row.isEmpty()) {
        endRow();
    }
    if (table.header.isEmpty())
        table.problems.append({ 1, tr("%1 is empty.").arg(fileName) });
    for (int i = 0; i < table.rows.size(); ++i) {
        if (table.rows.at(i).size() > table.header.size()) {
            table.problems.append({ table.lines.at(i),
                tr("%1, line %2: %3 cells where the header has %4.")
                    .arg(fileName)
                    .arg(table.lines.at(i))
                    .arg(table.rows.at(i).size())
                    .arg(table.header.size()) });
        }
    }
    table.notes.append(
        tr("%1: columns separated by “%2”.")
            .arg(fileName,
                table.separator == '\t' ? tr("tab") : QString(QLatin1Char(table.separator))));
    return table;
}

QHash<QString, int> guessMapping(const QStringList &header)
{
    const QHash<QString, QStringList> names {
        { QStringLiteral("name"),
            { QStringLiteral("name"), QStringLiteral("nom"), QStringLiteral("fullname"),
                QStringLiteral("nomcomplet"), QStringLiteral("contact"),
                QStringLiteral("displayname") } },
        { QStringLiteral("organization"),
            { QStringLiteral("organization"), QStringLiteral("organisation"),
                QStringLiteral("structure"), QStringLiteral("company"), QStringLiteral("societe"),
                QStringLiteral("entreprise"), QStringLiteral("association"),
                QStringLiteral("org") } },
        { QStringLiteral("role"),
            { QStringLiteral("role"), QStringLiteral("title"), QStringLiteral("fonction"),
                QStringLiteral("poste"), QStringLiteral("jobtitle") } },
        { QStringLiteral("emails"),
            { QStringLiteral("emails"), QStringLiteral("email"), QStringLiteral("mail"),
                QStringLiteral("courriel"), QStringLiteral("emailaddress"),
                QStringLiteral("adressemail") } },
        { QStringLiteral("phones"),
            { QStringLiteral("phones"), QStringLiteral("phone"), QStringLiteral("telephone"),
                QStringLiteral("tel"), QStringLiteral("mobile"), QStringLiteral("portable") } },
        { QStringLiteral("address"),
            { QStringLiteral("address"), QStringLiteral("adresse"),
                QStringLiteral("adressepostale") } },
        { QStringLiteral("website"),
            { QStringLiteral("website"), QStringLiteral("site"), QStringLiteral("siteweb"),
                QStringLiteral("url"), QStringLiteral("web") } },
        { QStringLiteral("notes"),
            { QStringLiteral("notes"), QStringLiteral("note"), QStringLiteral("remarques"),
                QStringLiteral("commentaire"), QStringLiteral("commentaires") } },
    };
    return guessColumns(header, fields(), names);
}

QHash<QString, int> guessColumns(
    const QStringList &header, const QStringList &fields, const QHash<QString, QStringList> &names)
{
    QHash<QString, int> mapping;
    for (const QString &field : fields)
        mapping.insert(field, -1);
    for (int column = 0; column < header.size(); ++column) {
        const QString name = normalised(header.at(column));
        for (const QString &field : fields) {
            if (mapping.value(field) < 0 && names.value(field).contains(name)) {
                mapping[field] = column;
                break;
            }
        }
    }
    return mapping;
}

VCard::Parsed toContacts(
    const Table &table, const QHash<QString, int> &mapping, const QString &fileName)
{
    VCard::Parsed parsed;
    parsed.problems = table.problems;
    parsed.notes = table.notes;
    static const QRegularExpression listSeparators(QStringLiteral("[\\n;,]+"));
    for (int i = 0; i < table.rows.size(); ++i) {
        const QStringList &row = table.rows.at(i);
        auto cell = [&](const QString &field) {
            const int column = mapping.value(field, -1);
            return column >= 0 && column < row.size() ? row.at(column).trimmed() : QString();
        };
        Contact c;
        c.name = cell(QStringLiteral("name"));
        c.organization = cell(QStringLiteral("organization"));
        c.role = cell(QStringLiteral("role"));
        for (const QString &e :
            cell(QStringLiteral("emails")).split(listSeparators, Qt::SkipEmptyParts))
            c.emails.append(e.trimmed());
        for (const QString &p :
            cell(QStringLiteral("phones"))
                .split(QRegularExpression(QStringLiteral("[\\n;]+")), Qt::SkipEmptyParts))
            c.phones.append(p.trimmed());
        c.address = cell(QStringLiteral("address"));
        c.website = cell(QStringLiteral("website"));
        c.notes = cell(QStringLiteral("notes"));
        if (c.name.isEmpty() && c.organization.isEmpty()) {
            parsed.problems.append({ table.lines.at(i),
                QCoreApplication::translate(
                    "Relais::ContactCsv", "%1, line %2: no name and no organisation.")
                    .arg(fileName)
                    .arg(table.lines.at(i)) });
            continue;
        }
        parsed.contacts.append(c);
        parsed.lines.append(table.lines.at(i));
    }
    return parsed;
}

} // namespace Relais::ContactCsv
