// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QSet>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace Relais {

class Store;

// The pictures of the media store: thumbnail, size, original file, description (edited in
// place) and whether any article or agenda entry uses it; unused ones can be removed.
class MediaLibraryDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column { Picture, Name, Size, Original, Description, Used, ColumnCount };

    MediaLibraryDialog(Store &store, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }
    QCheckBox *unusedOnly() const { return m_unusedOnly; }
    // Removes every unused picture after asking; returns how many went.
    int removeUnused();
    void reload();

private:
    Store &m_store;
    QTableWidget *m_table = nullptr;
    QCheckBox *m_unusedOnly = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_removeUnused = nullptr;
    QSet<qint64> m_unused;
    bool m_filling = false;
};

} // namespace Relais
