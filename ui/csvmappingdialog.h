// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/contactcsv.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QTableWidget;

namespace Relais {

// Which column of a CSV file goes to which field of a contact, guessed from the column names,
// with a preview of the first rows as they will be imported.
class CsvMappingDialog : public QDialog
{
    Q_OBJECT

public:
    CsvMappingDialog(const ContactCsv::Table &table, QWidget *parent = nullptr);
    QHash<QString, int> mapping() const;
    void setColumn(const QString &field, int column);
    // The preview's cell (row, field), as shown.
    QString previewCell(int row, const QString &field) const;

private:
    void updatePreview();

    ContactCsv::Table m_table;
    QHash<QString, QComboBox *> m_combos;
    QTableWidget *m_preview;
};

} // namespace Relais
