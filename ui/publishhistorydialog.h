// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QTableWidget;

namespace Relais {

class Store;

// Every publish run: when, target, counts, duration, result, errors.
class PublishHistoryDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PublishHistoryDialog(Store &store, QWidget *parent = nullptr);
    int rowCount() const;

private:
    QTableWidget *m_table;
};

} // namespace Relais
