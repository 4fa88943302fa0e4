// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "submissionqueue.h"

#include "storage/store.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace Relais {

SubmissionListModel::SubmissionListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void SubmissionListModel::setRows(QList<SubmissionRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int SubmissionListModel::indexOf(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return i;
    }
    return -1;
}

int SubmissionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SubmissionListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SubmissionListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const SubmissionRow &r = m_rows.at(index.row());
    if (role == Qt::UserRole)
        return r.id;
    if (role == Qt::FontRole && r.state == Submission::State::New) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case Received:
        return role == Qt::ToolTipRole
            ? locale.toString(r.receivedAt.toLocalTime(), QLocale::LongFormat)
            : locale.toString(r.receivedAt.toLocalTime().date(), QLocale::ShortFormat);
    case Kind:
        return r.kind == Submission::Kind::Event ? tr("Event") : tr("News");
    case Title:
        return r.title;
    case EventDate:
        return r.startsAt.isValid()
            ? locale.toString(r.startsAt.toLocalTime().date(), QLocale::ShortFormat)
            : QString();
    case From:
        return r.submitterName;
    case State:
        return SubmissionText::displayName(r.state);
    default:
        return {};
    }
}

QVariant SubmissionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Received:
        return tr("Received");
    case Kind:
        return tr("Kind");
    case Title:
        return tr("Title");
    case EventDate:
        return tr("Date");
    case From:
        return tr("From");
    case State:
        return tr("State");
    default:
        return {};
    }
}

SubmissionQueue::SubmissionQueue(Store &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("submissionQueue"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *filters = new QHBoxLayout;
    m_state = new QComboBox(this);
    m_state->setObjectName(QStringLiteral("submissionState"));
    m_state->addItem(tr("New"), QStringLiteral("new"));
    m_state->addItem(tr("Approved"), QStringLiteral("approved"));
    m_state->addItem(tr("Rejected"), QStringLiteral("rejected"));
    m_state->addItem(tr("Duplicates"), QStringLiteral("duplicate"));
    m_state->addItem(tr("All"), QString());
    m_state->setToolTip(tr("Which submissions the queue shows"));
    m_source = new QComboBox(this);
    m_source->setObjectName(QStringLiteral("submissionSource"));
    m_source->setToolTip(tr("Where the submissions came from"));
    m_state->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_source->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_state->setMinimumContentsLength(6);
    m_source->setMinimumContentsLength(6);
    filters->addWidget(m_state, 1);
    filters->addWidget(m_source, 1);
    layout->addLayout(filters);
    m_buttons = new QToolBar(this);
    m_buttons->setToolButtonStyle(Qt::ToolButtonTextOnly);
    layout->addWidget(m_buttons);

    m_model = new SubmissionListModel(this);
    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("submissionList"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(SubmissionListModel::Title, QHeaderView::Stretch);
    m_view->setColumnHidden(SubmissionListModel::From, true);
    m_view->setColumnHidden(SubmissionListModel::State, true);
    layout->addWidget(m_view, 1);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("submissionCount"));
    layout->addWidget(m_count);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) {
            emit currentChanged(current.isValid() ? m_model->row(current.row()).id : 0);
        });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &SubmissionQueue::selectionChanged);
    auto refilter = [this] {
        // The state column matters when several states are listed.
        m_view->setColumnHidden(
            SubmissionListModel::State, !m_state->currentData().toString().isEmpty());
        reload();
    };
    connect(m_state, &QComboBox::currentIndexChanged, this, refilter);
    connect(m_source, &QComboBox::currentIndexChanged, this, refilter);
}

void SubmissionQueue::setButtons(const QList<QAction *> &actions)
{
    for (QAction *action : actions)
        m_buttons->addAction(action);
}

void SubmissionQueue::setStateFilter(std::optional<Submission::State> state)
{
    const QString key = state ? SubmissionText::toString(*state) : QString();
    m_state->setCurrentIndex(m_state->findData(key));
}

void SubmissionQueue::reload()
{
    const qint64 keep = currentId();
    // The sources seen so far, kept in the filter.
    const QString source = m_source->currentData().toString();
    if (auto sources = m_store.submissions().sources()) {
        const QSignalBlocker blocker(m_source);
        m_source->clear();
        m_source->addItem(tr("All sources"), QString());
        for (const QString &s : std::as_const(*sources))
            m_source->addItem(s, s);
        m_source->setCurrentIndex(std::max(0, m_source->findData(source)));
    }
    SubmissionFilter filter;
    Submission::State state;
    if (SubmissionText::fromString(m_state->currentData().toString(), &state))
        filter.state = state;
    filter.source = m_source->currentData().toString();
    auto rows = m_store.submissions().list(filter);
    const int oldRow = m_view->currentIndex().row();
    {
        const QSignalBlocker blocker(m_view->selectionModel());
        m_model->setRows(rows ? *rows : QList<SubmissionRow>());
    }
    m_count->setText(tr("%1 shown").arg(QLocale().toString(m_model->rowCount())));
    // The same submission when still listed; else the one that took its place (after a decision
    // the next one comes up).
    int row = m_model->indexOf(keep);
    if (row < 0 && m_model->rowCount() > 0)
        row = std::clamp(oldRow, 0, m_model->rowCount() - 1);
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row, SubmissionListModel::Title));
    else
        emit currentChanged(0);
}

qint64 SubmissionQueue::currentId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_model->row(current.row()).id : 0;
}

QList<qint64> SubmissionQueue::selectedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        ids.append(m_model->row(index.row()).id);
    if (ids.isEmpty() && currentId() > 0)
        ids.append(currentId());
    return ids;
}

bool SubmissionQueue::step(int delta)
{
    const int row = m_view->currentIndex().row() + delta;
    if (row < 0 || row >= m_model->rowCount())
        return false;
    m_view->setCurrentIndex(m_model->index(row, SubmissionListModel::Title));
    return true;
}

bool SubmissionQueue::select(qint64 id)
{
    const int row = m_model->indexOf(id);
    if (row < 0)
        return false;
    m_view->setCurrentIndex(m_model->index(row, SubmissionListModel::Title));
    return true;
}

int SubmissionQueue::rowCount() const
{
    return m_model->rowCount();
}

} // namespace Relais
