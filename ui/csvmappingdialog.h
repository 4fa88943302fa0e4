// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/contactcsv.h"

#include <QDialog>
#include <QHash>

#include <functional>

class QComboBox;
class QTableWidget;

namespace Relais {

// Which column of a CSV file goes to which field (of a contact, of a submission…), guessed
// from the column names, with a preview of the first rows as they will be imported.
class CsvMappingDialog : public QDialog
{
    Q_OBJECT

public:
    // What is imported: its fields (mapping keys), their labels, the guess from the header, and
    // the first rows as they will be imported (one text per field).
    struct Schema
    {
        QStringList fields;
        std::function<QString(const QString &)> label;
        std::function<QHash<QString, int>(const QStringList &)> guess;
        std::function<QList<QStringList>(const ContactCsv::Table &, const QHash<QString, int> &)>
            preview;
    };
    static Schema contactSchema();
    static Schema submissionSchema();

    CsvMappingDialog(const ContactCsv::Table &table, QWidget *parent = nullptr)
        : CsvMappingDialog(table, contactSchema(), parent)
    { }
    CsvMappingDialog(const ContactCsv::Table &table, Schema schema, QWidget *parent = nullptr);
    QHash<QString, int> mapping() const;
    void setColumn(const QString &field, int column);
    // The preview's cell (row, field), as shown.
    QString previewCell(int row, const QString &field) const;

private:
    void updatePreview();

    ContactCsv::Table m_table;
    Schema m_schema;
    QHash<QString, QComboBox *> m_combos;
    QTableWidget *m_preview;
};

} // namespace Relais
