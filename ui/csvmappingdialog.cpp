// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvmappingdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
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

CsvMappingDialog::CsvMappingDialog(const ContactCsv::Table &table, QWidget *parent)
    : QDialog(parent)
    , m_table(table)
    , m_preview(new QTableWidget(this))
{
    setWindowTitle(tr("Columns of the CSV File"));
    setObjectName(QStringLiteral("csvMappingDialog"));
    const auto guessed = ContactCsv::guessMapping(table.header);
    auto *form = new QFormLayout;
    for (const QString &field : ContactCsv::fields()) {
        auto *combo = new QComboBox(this);
        combo->setObjectName(QStringLiteral("column_") + field);
        combo->addItem(tr("(none)"), -1);
        for (int i = 0; i < table.header.size(); ++i)
            combo->addItem(table.header.at(i).isEmpty() ? tr("Column %1").arg(i + 1) : table.header.at(i), i);
        combo->setCurrentIndex(combo->findData(guessed.value(field, -1)));
        connect(combo, &QComboBox::currentIndexChanged, this, &CsvMappingDialog::updatePreview);
        m_combos.insert(field, combo);
        form->addRow(fieldLabel(field) + QLatin1Char(':'), combo);
    }
    m_preview->setObjectName(QStringLiteral("csvPreview"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->verticalHeader()->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("%n row(s). Choose the column of each field; the first rows as they will be imported:",
                                    nullptr, int(table.rows.size())),
                                 this));
    layout->addLayout(form);
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
    const VCard::Parsed parsed = ContactCsv::toContacts(first, mapping(), QString());
    const QStringList fields = ContactCsv::fields();
    m_preview->clear();
    m_preview->setColumnCount(int(fields.size()));
    QStringList labels;
    for (const QString &f : fields)
        labels.append(fieldLabel(f));
    m_preview->setHorizontalHeaderLabels(labels);
    m_preview->setRowCount(int(parsed.contacts.size()));
    for (int row = 0; row < parsed.contacts.size(); ++row) {
        const Contact &c = parsed.contacts.at(row);
        const QStringList values{c.name,    c.organization, c.role,      c.emails.join(QStringLiteral(", ")),
                                 c.phones.join(QStringLiteral(", ")), c.address, c.website, c.notes};
        for (int column = 0; column < values.size(); ++column)
            m_preview->setItem(row, column, new QTableWidgetItem(values.at(column)));
    }
}

QString CsvMappingDialog::previewCell(int row, const QString &field) const
{
    const QTableWidgetItem *item = m_preview->item(row, int(ContactCsv::fields().indexOf(field)));
    return item ? item->text() : QString();
}

} // namespace Relais
