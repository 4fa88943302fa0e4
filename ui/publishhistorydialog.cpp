// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "publishhistorydialog.h"

#include "storage/store.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Relais {

PublishHistoryDialog::PublishHistoryDialog(Store &store, QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(this))
{
    setWindowTitle(tr("Publish History"));
    setObjectName(QStringLiteral("publishHistoryDialog"));
    m_table->setObjectName(QStringLiteral("historyTable"));
    const QStringList headers { tr("When"), tr("Target"), tr("Result"), tr("Uploaded"),
        tr("Deleted"), tr("Failed"), tr("Size"), tr("Duration"), tr("Problems") };
    m_table->setColumnCount(int(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    const auto runs = store.publishing().runs();
    const QLocale locale;
    auto stateText = [](RunState state) {
        switch (state) {
        case RunState::Done:
            return tr("Published");
        case RunState::Cancelled:
            return tr("Cancelled");
        case RunState::Running:
            return tr("Interrupted");
        case RunState::Failed:
            break;
        }
        return tr("Failed");
    };
    if (runs) {
        m_table->setRowCount(int(runs->size()));
        for (int row = 0; row < runs->size(); ++row) {
            const PublishRun &r = runs->at(row);
            const qint64 ms = r.finishedAt.isValid() ? r.startedAt.msecsTo(r.finishedAt) : -1;
            const QStringList cells { locale.toString(
                                          r.startedAt.toLocalTime(), QLocale::ShortFormat),
                r.targetName, stateText(r.state), QString::number(r.uploaded),
                QString::number(r.deleted), QString::number(r.failed),
                locale.formattedDataSize(r.bytes, 1, QLocale::DataSizeSIFormat),
                ms >= 0 ? tr("%1 s").arg(ms / 1000.0, 0, 'f', 1) : QStringLiteral("—"),
                QString(r.errors).replace(QLatin1Char('\n'), QStringLiteral(" · ")) };
            for (int column = 0; column < cells.size(); ++column) {
                auto *item = new QTableWidgetItem(cells.at(column));
                if (column == 8)
                    item->setToolTip(r.errors);
                m_table->setItem(row, column, item);
            }
        }
    }
    m_table->resizeColumnsToContents();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(860, 360);
}

int PublishHistoryDialog::rowCount() const
{
    return m_table->rowCount();
}

} // namespace Relais
