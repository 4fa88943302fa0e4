// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QUuid>

class QComboBox;
class QTableWidget;

namespace Relais {

class Store;
struct ActivityEntry;

// View → Activity Log: who did what and when in the newsroom (edits, steps of the review,
// comments, trash, restores), newest first, over a chosen span. Double-clicking a line opens
// its item. Everything is shown as text.
class ActivityDialog : public QDialog
{
    Q_OBJECT

public:
    ActivityDialog(Store &store, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    void refresh();
    // A line of the log in words ("submitted for review").
    static QString actionName(const ActivityEntry &entry);

signals:
    void openItem(const QString &type, const QUuid &uuid);

private:
    Store &m_store;
    QComboBox *m_span = nullptr;
    QTableWidget *m_table = nullptr;
};

} // namespace Relais
