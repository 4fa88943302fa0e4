// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/offlinejournal.h"

#include <QDialog>

#include <functional>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace Relais {

// File → Changes Waiting on This Computer: what the offline journal keeps, each with why it
// was not sent yet. Open shows one in its editor (its unsaved edits, with the newer-version bar
// when someone saved meanwhile); Send Now tries them all again; Discard drops one, after asking.
class WaitingChangesDialog : public QDialog
{
    Q_OBJECT

public:
    // send tries every entry again (the window's sending, which reports itself).
    WaitingChangesDialog(
        OfflineJournal &journal, std::function<void()> send, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    // Fills the list again from the journal.
    void refresh();
    void discardSelected();

signals:
    void openRequested(const OfflineJournal::Entry &entry);

private:
    void updateButtons();

    OfflineJournal &m_journal;
    std::function<void()> m_send;
    QList<OfflineJournal::Entry> m_entries;
    QLabel *m_summary = nullptr;
    QTreeWidget *m_list = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_discard = nullptr;
    QPushButton *m_sendNow = nullptr;
};

} // namespace Relais
