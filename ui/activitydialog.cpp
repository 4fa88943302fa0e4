// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "activitydialog.h"

#include "storage/store.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Relais {

ActivityDialog::ActivityDialog(Store &store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("activityDialog"));
    setWindowTitle(tr("Activity Log"));
    resize(820, 520);
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Show:"), this));
    m_span = new QComboBox(this);
    m_span->addItem(tr("Today"), 1);
    m_span->addItem(tr("The last 7 days"), 7);
    m_span->addItem(tr("The last 30 days"), 30);
    m_span->addItem(tr("Everything"), 0);
    m_span->setCurrentIndex(1);
    connect(m_span, &QComboBox::currentIndexChanged, this, &ActivityDialog::refresh);
    top->addWidget(m_span);
    top->addStretch(1);
    auto *again = new QPushButton(tr("Refresh"), this);
    connect(again, &QPushButton::clicked, this, &ActivityDialog::refresh);
    top->addWidget(again);
    layout->addLayout(top);
    m_table = new QTableWidget(0, 5, this);
    m_table->setHorizontalHeaderLabels(
        { tr("When"), tr("Who"), tr("What"), tr("Item"), tr("Detail") });
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        const QTableWidgetItem *item = m_table->item(row, 3);
        const QUuid uuid = item ? item->data(Qt::UserRole).toUuid() : QUuid();
        if (!uuid.isNull())
            emit openItem(item->data(Qt::UserRole + 1).toString(), uuid);
    });
    layout->addWidget(m_table, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    refresh();
}

QString ActivityDialog::actionName(const ActivityEntry &e)
{
    const QString &a = e.action;
    if (a == u"created")
        return tr("created");
    if (a == u"edited")
        return tr("edited");
    if (a == u"submitted")
        return tr("sent for review");
    if (a == u"approved")
        return tr("approved");
    if (a == u"returned")
        return tr("returned to the writer");
    if (a == u"assigned")
        return tr("assigned");
    if (a == u"commented")
        return tr("commented");
    if (a == u"status")
        return tr("changed the status");
    if (a == u"trashed")
        return tr("moved to the trash");
    if (a == u"restored")
        return tr("restored from the trash");
    if (a == u"deleted")
        return tr("deleted for good");
    if (a == u"restored_revision")
        return tr("restored a revision");
    if (a == u"decided")
        return tr("decided a submission");
    if (a == u"published_site")
        return tr("published the site");
    if (a == u"person")
        return tr("changed the team");
    return a;
}

void ActivityDialog::refresh()
{
    ActivityRepository::Filter filter;
    filter.limit = 2000;
    if (const int days = m_span->currentData().toInt(); days > 0) {
        const QDate first = QDate::currentDate().addDays(1 - days);
        filter.since = first.startOfDay().toUTC();
    }
    auto entries = m_store.activity().entries(filter);
    m_table->setRowCount(0);
    if (!entries) {
        m_table->setRowCount(1);
        m_table->setItem(0, 4, new QTableWidgetItem(entries.error().message));
        return;
    }
    m_table->setRowCount(int(entries->size()));
    for (int row = 0; row < entries->size(); ++row) {
        const ActivityEntry &e = entries->at(row);
        // QTableWidgetItem shows plain text: titles and details are never markup.
        m_table->setItem(row, 0,
            new QTableWidgetItem(QLocale().toString(e.at.toLocalTime(), QLocale::ShortFormat)));
        m_table->setItem(row, 1, new QTableWidgetItem(e.actor));
        m_table->setItem(row, 2, new QTableWidgetItem(actionName(e)));
        auto *item = new QTableWidgetItem(e.title);
        item->setData(Qt::UserRole, e.itemUuid);
        item->setData(Qt::UserRole + 1, e.itemType);
        m_table->setItem(row, 3, item);
        QString detail = e.detail;
        if (e.action == u"status") {
            if (auto state = Workflow::stateFromString(detail))
                detail = Workflow::displayName(*state);
        }
        m_table->setItem(row, 4, new QTableWidgetItem(detail.simplified()));
    }
    m_table->resizeColumnsToContents();
    // Long titles give way to the detail.
    m_table->setColumnWidth(3, std::min(m_table->columnWidth(3), 320));
}

} // namespace Relais
