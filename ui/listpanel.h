// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/listquery.h"

#include <QTimer>
#include <QSize>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace Relais {

class EntityListModel;

// One section's list: filters, a search box that filters as you type, and the table.
class ListPanel : public QWidget
{
    Q_OBJECT

public:
    // Pictures beside the titles: 3:2, as most photographs, within a row.
    static constexpr QSize ThumbnailSize { 36, 24 };

    struct Filters
    {
        bool status = false;
        bool section = false;
        bool kind = false;
        bool workflow = false; // Mine, Waiting for my review
    };

    ListPanel(EntityListModel *model, Filters filters, QWidget *parent = nullptr);

    EntityListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *searchEdit() const { return m_search; }
    QComboBox *statusFilter() const { return m_status; }
    QComboBox *sectionFilter() const { return m_section; }
    QComboBox *kindFilter() const { return m_kind; }
    QComboBox *workflowFilter() const { return m_workflow; }
    // "mine", "waiting" or empty (every item); applied at once.
    void setWorkflowFilter(const QString &filter);

    QList<ListRow> selectedRows() const;
    ListRow currentRow() const;
    // Selects the item, loading further pages while it is not among the loaded rows.
    bool selectItem(const QString &type, qint64 id);
    // Reads the list again and keeps the current item selected when it is still there.
    void refresh();
    // Applies the search box and filters now rather than after the typing pause.
    void applyFilters();

signals:
    void currentRowChanged(const Relais::ListRow &row);

private:
    void updateCountLabel();

    EntityListModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_section = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_workflow = nullptr;
    QLabel *m_count = nullptr;
    QTimer m_searchDelay;
};

} // namespace Relais
