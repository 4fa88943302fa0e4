// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "medialibrarydialog.h"

#include "messagebox.h"
#include "storage/store.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPixmap>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Relais {

MediaLibraryDialog::MediaLibraryDialog(Store &store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
{
    setWindowTitle(tr("Media Library"));
    resize(900, 560);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("mediaTable"));
    m_table->setHorizontalHeaderLabels({ tr("Picture"), tr("Name on the site"), tr("Size"),
        tr("Original file"), tr("Description"), tr("Used") });
    m_table->verticalHeader()->setDefaultSectionSize(68);
    m_table->verticalHeader()->hide();
    m_table->setIconSize(QSize(96, 64));
    m_table->horizontalHeader()->setSectionResizeMode(Description, QHeaderView::Stretch);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_unusedOnly = new QCheckBox(tr("Only pictures no item uses"), this);
    m_summary = new QLabel(this);
    m_removeUnused = new QPushButton(tr("Remove Unused…"), this);
    m_removeUnused->setObjectName(QStringLiteral("removeUnused"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *top = new QHBoxLayout;
    top->addWidget(m_unusedOnly);
    top->addStretch();
    top->addWidget(m_summary);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_removeUnused);
    bottom->addStretch();
    bottom->addWidget(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_unusedOnly, &QCheckBox::toggled, this, &MediaLibraryDialog::reload);
    connect(m_removeUnused, &QPushButton::clicked, this, &MediaLibraryDialog::removeUnused);
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (m_filling || item->column() != Description)
            return;
        if (auto r = m_store.media().setAlt(item->data(Qt::UserRole).toLongLong(), item->text());
            !r)
            MessageBox::critical(this, windowTitle(), r.error().message);
    });
    reload();
}

void MediaLibraryDialog::reload()
{
    m_filling = true;
    m_table->setRowCount(0);
    m_unused.clear();
    auto unused = m_store.media().unused();
    if (unused) {
        for (const Media &m : *unused)
            m_unused.insert(m.id);
    }
    auto all = m_store.media().list();
    if (!all) {
        m_summary->setText(all.error().message);
        m_filling = false;
        return;
    }
    const QLocale locale;
    for (const Media &m : *all) {
        const bool isUnused = m_unused.contains(m.id);
        if (m_unusedOnly->isChecked() && !isUnused)
            continue;
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *picture = new QTableWidgetItem;
        if (auto bytes = m_store.media().thumbnail(m.id)) {
            QPixmap pixmap;
            pixmap.loadFromData(*bytes);
            picture->setIcon(
                QIcon(pixmap.scaled(96, 64, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
        }
        auto readOnly = [](const QString &text) {
            auto *item = new QTableWidgetItem(text);
            item->setFlags(item->flags() & ~Qt::ItemIsEditable);
            return item;
        };
        picture->setFlags(picture->flags() & ~Qt::ItemIsEditable);
        m_table->setItem(row, Picture, picture);
        m_table->setItem(row, Name, readOnly(m.path()));
        m_table->setItem(row, Size,
            readOnly(tr("%1 × %2, %3")
                         .arg(m.width)
                         .arg(m.height)
                         .arg(locale.formattedDataSize(m.originalBytes))));
        m_table->setItem(row, Original, readOnly(m.originalName));
        auto *alt = new QTableWidgetItem(m.alt);
        alt->setData(Qt::UserRole, m.id);
        alt->setToolTip(tr("What the picture shows, for visitors who cannot see it"));
        m_table->setItem(row, Description, alt);
        m_table->setItem(row, Used, readOnly(isUnused ? tr("No") : tr("Yes")));
    }
    m_summary->setText(tr("%n picture(s)", nullptr, int(all->size())) + QStringLiteral(" · ")
        + tr("%n unused", nullptr, int(m_unused.size())));
    m_removeUnused->setEnabled(!m_unused.isEmpty());
    m_table->resizeColumnsToContents();
    m_filling = false;
}

int MediaLibraryDialog::removeUnused()
{
    if (m_unused.isEmpty())
        return 0;
    const auto answer = MessageBox::question(this, tr("Remove Unused Pictures"),
        tr("Remove %n picture(s) that no article or agenda entry uses? They cannot be restored.",
            nullptr, int(m_unused.size())),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return 0;
    int removed = 0;
    for (qint64 id : std::as_const(m_unused)) {
        if (auto r = m_store.media().remove(id); !r) {
            MessageBox::critical(this, windowTitle(), r.error().message);
            break;
        }
        ++removed;
    }
    reload();
    return removed;
}

} // namespace Relais
