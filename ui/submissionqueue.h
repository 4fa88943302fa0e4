// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/submissionrepository.h"

#include <QAbstractTableModel>
#include <QWidget>

class QComboBox;
class QLabel;
class QTreeView;
class QToolBar;

namespace Relais {

class Store;

// The submissions of the queue as rows: received, kind, title, event date, sender, state.
class SubmissionListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Received, Kind, Title, EventDate, From, State, ColumnCount };

    explicit SubmissionListModel(QObject *parent = nullptr);
    void setRows(QList<SubmissionRow> rows);
    const SubmissionRow &row(int index) const { return m_rows.at(index); }
    int indexOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<SubmissionRow> m_rows;
};

// The moderation queue: submissions filtered by state and source, newest first, several may
// be selected for a bulk decision.
class SubmissionQueue : public QWidget
{
    Q_OBJECT

public:
    SubmissionQueue(Store &store, QWidget *parent = nullptr);

    // Reads the queue again, keeping the current submission when it is still listed.
    void reload();
    qint64 currentId() const;
    QList<qint64> selectedIds() const;
    // Moves the current row by delta (J/K); false at either end.
    bool step(int delta);
    bool select(qint64 id);
    int rowCount() const;
    void setStateFilter(std::optional<Submission::State> state);
    QTreeView *view() const { return m_view; }
    QComboBox *stateFilter() const { return m_state; }
    QComboBox *sourceFilter() const { return m_source; }
    void setButtons(const QList<QAction *> &actions);

signals:
    void currentChanged(qint64 id);
    void selectionChanged();

private:
    Store &m_store;
    SubmissionListModel *m_model = nullptr;
    QTreeView *m_view = nullptr;
    QComboBox *m_state = nullptr;
    QComboBox *m_source = nullptr;
    QLabel *m_count = nullptr;
    QToolBar *m_buttons = nullptr;
};

} // namespace Relais
