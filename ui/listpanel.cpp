// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "listpanel.h"

#include "content/vocabulary.h"
#include "content/workflow.h"
#include "entitylistmodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace Relais {

ListPanel::ListPanel(EntityListModel *model, Filters filters, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    model->setParent(this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setPlaceholderText(tr("Search (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 3);
    layout->addLayout(searchRow);

    auto *filterRow = new QHBoxLayout;
    auto addCombo = [&](bool wanted, const QString &name, const QString &anyText) -> QComboBox * {
        if (!wanted)
            return nullptr;
        auto *combo = new QComboBox(this);
        combo->setObjectName(name);
        combo->addItem(anyText, QString());
        // The filters share the row and give way when the panel is narrow (longer French
        // labels made the list take the editor's room): at least five characters shown.
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(5);
        filterRow->addWidget(combo, 1);
        connect(combo, &QComboBox::currentIndexChanged, this, &ListPanel::applyFilters);
        return combo;
    };
    m_status = addCombo(filters.status, QStringLiteral("statusFilter"), tr("All statuses"));
    if (m_status) {
        // The workflow's states: a draft in review or approved is told apart from a draft.
        for (WorkflowState s :
            { WorkflowState::Draft, WorkflowState::InReview, WorkflowState::Approved,
                WorkflowState::Scheduled, WorkflowState::Published, WorkflowState::Archived })
            m_status->addItem(Workflow::displayName(s), Workflow::toString(s));
    }
    m_section = addCombo(filters.section, QStringLiteral("sectionFilter"), tr("All sections"));
    if (m_section) {
        for (const Section &s : Vocabulary::sections())
            m_section->addItem(s.title, s.slug);
    }
    m_kind = addCombo(filters.kind, QStringLiteral("kindFilter"), tr("All kinds"));
    if (m_kind) {
        for (ArticleKind k : Vocabulary::articleKinds())
            m_kind->addItem(Vocabulary::displayName(k), Vocabulary::toString(k));
    }
    // Whose items: beside the search (the filter row is full, and the list gives way to the
    // editor when the window is narrow).
    m_workflow = addCombo(filters.workflow, QStringLiteral("workflowFilter"), tr("Everyone's"));
    if (m_workflow) {
        m_workflow->addItem(tr("Mine"), QStringLiteral("mine"));
        m_workflow->addItem(tr("Waiting for my review"), QStringLiteral("waiting"));
        filterRow->removeWidget(m_workflow);
        searchRow->addWidget(m_workflow, 1);
    }
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("countLabel"));
    filterRow->addWidget(m_count);
    layout->addLayout(filterRow);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("listView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(
        qMax(m_view->fontMetrics().height() + 8, ThumbnailSize.height() + 4));
    m_view->setIconSize(ThumbnailSize);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setMinimumSectionSize(60);
    layout->addWidget(m_view, 1);

    // The indicator first, so that enabling sorting keeps the model's order.
    const int sortColumn = m_model->columnOf(m_model->query().sortKey);
    m_view->horizontalHeader()->setSortIndicator(sortColumn, m_model->query().order);
    m_view->setSortingEnabled(true);
    m_view->setColumnWidth(0, 240);
    for (int c = 1; c < m_model->columnCount(); ++c) {
        const ColumnFormat format = m_model->columns().at(c).format;
        if (format == ColumnFormat::Hidden) {
            m_view->hideColumn(c);
            continue;
        }
        m_view->setColumnWidth(c,
            format == ColumnFormat::DateTime   ? 125
                : format == ColumnFormat::Text ? 160
                                               : 95);
    }

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(120);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchDelay.start(); });
    connect(&m_searchDelay, &QTimer::timeout, this, &ListPanel::applyFilters);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](
            const QModelIndex &current) { emit currentRowChanged(m_model->rowAt(current.row())); });
    connect(m_model, &EntityListModel::totalCountChanged, this, &ListPanel::updateCountLabel);
    updateCountLabel();
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ListPanel::updateCountLabel);
    connect(m_model, &QAbstractItemModel::modelReset, this,
        [this] { emit currentRowChanged(currentRow()); });
}

void ListPanel::updateCountLabel()
{
    m_count->setText(m_model->isTotalExact()
            ? tr("%n item(s)", nullptr, m_model->totalCount())
            : tr("more than %L1 items").arg(m_model->totalCount()));
}

void ListPanel::applyFilters()
{
    m_searchDelay.stop();
    ListQuery q = m_model->query();
    q.search = m_search->text();
    q.status = m_status ? m_status->currentData().toString() : QString();
    q.section = m_section ? m_section->currentData().toString() : QString();
    q.kind = m_kind ? m_kind->currentData().toString() : QString();
    q.workflow = m_workflow ? m_workflow->currentData().toString() : QString();
    if (q == m_model->query())
        return;
    const ListRow current = currentRow();
    m_model->setQuery(q);
    if (current.id > 0)
        selectItem(current.type, current.id);
}

void ListPanel::setWorkflowFilter(const QString &filter)
{
    if (!m_workflow)
        return;
    const int index = m_workflow->findData(filter);
    m_workflow->setCurrentIndex(index < 0 ? 0 : index);
    applyFilters();
}

QList<ListRow> ListPanel::selectedRows() const
{
    QList<ListRow> rows;
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows.append(m_model->rowAt(index.row()));
    if (rows.isEmpty() && currentRow().id > 0)
        rows.append(currentRow());
    return rows;
}

ListRow ListPanel::currentRow() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? m_model->rowAt(index.row()) : ListRow {};
}

bool ListPanel::selectItem(const QString &type, qint64 id)
{
    int row = m_model->rowOf(type, id);
    // Bounded: an item far down a huge list is not worth loading every page for.
    for (int pages = 0; row < 0 && pages < 20 && m_model->canFetchMore({}); ++pages) {
        m_model->fetchMore({});
        row = m_model->rowOf(type, id);
    }
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row, 0);
    m_view->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    return true;
}

void ListPanel::refresh()
{
    const ListRow current = currentRow();
    {
        // A refresh is not a change of item: the editor keeps what it shows.
        const QSignalBlocker blocker(this);
        m_model->refresh();
        if (current.id > 0)
            selectItem(current.type, current.id);
    }
}

} // namespace Relais
