// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvmappingdialog.h"

#include "exchange/submissioncsv.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Relais {

namespace {

QString fieldLabel(const QString &field)
{
    if (field == u"name")
        return CsvMappingDialog::tr("Name");
    if (field == u"organization")
        return CsvMappingDialog::tr("Organisation");
    if (field == u"role")
        return CsvMappingDialog::tr("Role");
    if (field == u"emails")
        return CsvMappingDialog::tr("E-mails");
    if (field == u"phones")
        return CsvMappingDialog::tr("Phones");
    if (field == u"address")
        return CsvMappingDialog::tr("Address");
    if (field == u"website")
        return CsvMappingDialog::tr("Website");
    return CsvMappingDialog::tr("Notes");
}

} // namespace

CsvMappingDialog::Schema CsvMappingDialog::contactSchema()
{
    Schema schema;
    schema.fields = ContactCsv::fields();
    schema.label = fieldLabel;
    schema.guess = ContactCsv::guessMapping;
    schema.preview = [](const ContactCsv::Table &table, const QHash<QString, int> &mapping) {
        QList<QStringList> rows;
        for (const Contact &c : ContactCsv::toContacts(table, mapping, QString()).contacts)
            rows.append({ c.name, c.organization, c.role, c.emails.join(QStringLiteral(", ")),
                c.phones.join(QStringLiteral(", ")), c.address, c.website, c.notes });
        return rows;
    };
    return schema;
}

CsvMappingDialog::Schema CsvMappingDialog::submissionSchema()
{
    Schema schema;
    schema.fields = SubmissionCsv::fields();
    schema.label = SubmissionCsv::label;
    schema.guess = SubmissionCsv::guessMapping;
    schema.preview = [](const ContactCsv::Table &table, const QHash<QString, int> &mapping) {
        const SubmissionBatch batch
            = SubmissionCsv::toSubmissions(table, mapping, QStringLiteral("file"), QString(),
                QDateTime::currentDateTimeUtc(), QTimeZone("Europe/Paris"));
        QList<QStringList> rows;
        const QLocale locale;
        auto when = [&locale](const QDateTime &t) {
            return t.isValid() ? locale.toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
        };
        for (const Submission &s : batch.submissions)
            rows.append({ s.title, SubmissionText::toString(s.kind), when(s.startsAt),
                when(s.endsAt), s.allDay ? QStringLiteral("✓") : QString(), s.location, s.address,
                s.onlineUrl, s.body.left(80), s.sections.join(QStringLiteral(", ")),
                s.links.join(QStringLiteral(", ")), s.submitter.name, s.submitter.email,
                s.submitter.organization, s.submitter.phone,
                s.consent ? QStringLiteral("✓") : QString(), when(s.receivedAt), s.externalId });
        return rows;
    };
    return schema;
}

CsvMappingDialog::CsvMappingDialog(const ContactCsv::Table &table, Schema schema, QWidget *parent)
    : QDialog(parent)
    , m_table(table)
    , m_schema(std::move(schema))
    , m_preview(new QTableWidget(this))
{
    setWindowTitle(tr("Columns of the CSV File"));
    setObjectName(QStringLiteral("csvMappingDialog"));
    const auto guessed = m_schema.guess(table.header);
    // Many fields go in two columns, so the preview keeps its room.
    auto *forms = new QHBoxLayout;
    QFormLayout *columns[2] = { new QFormLayout, new QFormLayout };
    forms->addLayout(columns[0]);
    forms->addLayout(columns[1]);
    const qsizetype half
        = m_schema.fields.size() > 9 ? (m_schema.fields.size() + 1) / 2 : m_schema.fields.size();
    for (const QString &field : std::as_const(m_schema.fields)) {
        QFormLayout *form = columns[m_schema.fields.indexOf(field) < half ? 0 : 1];
        auto *combo = new QComboBox(this);
        combo->setObjectName(QStringLiteral("column_") + field);
        combo->addItem(tr("(none)"), -1);
        for (int i = 0; i < table.header.size(); ++i)
            combo->addItem(
                table.header.at(i).isEmpty() ? tr("Column %1").arg(i + 1) : table.header.at(i), i);
        combo->setCurrentIndex(combo->findData(guessed.value(field, -1)));
        connect(combo, &QComboBox::currentIndexChanged, this, &CsvMappingDialog::updatePreview);
        m_combos.insert(field, combo);
        form->addRow(m_schema.label(field) + QLatin1Char(':'), combo);
    }
    m_preview->setObjectName(QStringLiteral("csvPreview"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->verticalHeader()->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(
        tr("%n row(s). Choose the column of each field; the first rows as they will be imported:",
            nullptr, int(table.rows.size())),
        this));
    layout->addLayout(forms);
    layout->addWidget(m_preview, 1);
    layout->addWidget(buttons);
    resize(760, 520);
    updatePreview();
}

QHash<QString, int> CsvMappingDialog::mapping() const
{
    QHash<QString, int> m;
    for (auto it = m_combos.cbegin(); it != m_combos.cend(); ++it)
        m.insert(it.key(), (*it)->currentData().toInt());
    return m;
}

void CsvMappingDialog::setColumn(const QString &field, int column)
{
    if (QComboBox *combo = m_combos.value(field))
        combo->setCurrentIndex(combo->findData(column));
}

void CsvMappingDialog::updatePreview()
{
    ContactCsv::Table first = m_table;
    first.rows = m_table.rows.mid(0, 5);
    first.lines = m_table.lines.mid(0, 5);
    first.problems.clear();
    const QList<QStringList> rows = m_schema.preview(first, mapping());
    m_preview->clear();
    m_preview->setColumnCount(int(m_schema.fields.size()));
    QStringList labels;
    for (const QString &f : std::as_const(m_schema.fields))
        labels.append(m_schema.label(f));
    m_preview->setHorizontalHeaderLabels(labels);
    m_preview->setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        const QStringList &values = rows.at(row);
        for (int column = 0; column < values.size(); ++column)
            m_preview->setItem(row, column, new QTableWidgetItem(values.at(column)));
    }
}

QString CsvMappingDialog::previewCell(int row, const QString &field) const
{
    const QTableWidgetItem *item = m_preview->item(row, int(m_schema.fields.indexOf(field)));
    return item ? item->text() : QString();
}

} // namespace Relais
