// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "waitingchangesdialog.h"

#include "entitylistmodel.h"
#include "messagebox.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Relais {

WaitingChangesDialog::WaitingChangesDialog(
    OfflineJournal &journal, std::function<void()> send, QWidget *parent)
    : QDialog(parent)
    , m_journal(journal)
    , m_send(std::move(send))
{
    setObjectName(QStringLiteral("waitingChangesDialog"));
    setWindowTitle(tr("Changes Waiting on This Computer"));
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("waitingChanges"));
    m_list->setColumnCount(4);
    m_list->setHeaderLabels({ tr("Item"), tr("Kind"), tr("Kept"), tr("Why it waits") });
    m_list->setRootIsDecorated(false);
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(3, QHeaderView::Stretch);
    layout->addWidget(m_list, 1);

    auto *buttons = new QDialogButtonBox(this);
    m_open = buttons->addButton(tr("&Open"), QDialogButtonBox::AcceptRole);
    m_open->setObjectName(QStringLiteral("openWaiting"));
    m_open->setToolTip(tr("Show the change in its editor, where you choose what to keep."));
    m_sendNow = buttons->addButton(tr("&Send Now"), QDialogButtonBox::ActionRole);
    m_sendNow->setObjectName(QStringLiteral("sendWaiting"));
    m_sendNow->setToolTip(tr("Send every waiting change to the newsroom again."));
    m_discard = buttons->addButton(tr("&Discard…"), QDialogButtonBox::DestructiveRole);
    m_discard->setObjectName(QStringLiteral("discardWaiting"));
    m_discard->setToolTip(tr("Drop the selected change; the newsroom's version stays."));
    buttons->addButton(QDialogButtonBox::Close);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_open, &QPushButton::clicked, this, [this] {
        const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
        if (row < 0 || row >= m_entries.size())
            return;
        const OfflineJournal::Entry entry = m_entries.at(row);
        accept();
        emit openRequested(entry);
    });
    connect(m_list, &QTreeWidget::itemActivated, m_open, &QPushButton::click);
    connect(m_sendNow, &QPushButton::clicked, this, [this] {
        if (m_send)
            m_send();
        refresh();
    });
    connect(m_discard, &QPushButton::clicked, this, &WaitingChangesDialog::discardSelected);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &WaitingChangesDialog::updateButtons);
    resize(760, 360);
    refresh();
}

void WaitingChangesDialog::refresh()
{
    auto entries = m_journal.entries();
    m_entries = entries ? *entries : QList<OfflineJournal::Entry> {};
    m_list->clear();
    const QLocale locale;
    for (const OfflineJournal::Entry &entry : std::as_const(m_entries)) {
        auto *row = new QTreeWidgetItem(m_list);
        row->setText(0, entry.title.isEmpty() ? tr("(untitled)") : entry.title.left(120));
        row->setText(1, EntityListModel::typeName(entry.type));
        row->setText(2, locale.toString(entry.keptAt.toLocalTime(), QLocale::ShortFormat));
        row->setText(3,
            entry.problem.isEmpty() ? tr("Not sent yet: the newsroom did not answer.")
                                    : entry.problem);
        row->setToolTip(3, row->text(3));
    }
    if (!entries)
        m_summary->setText(entries.error().message);
    else if (m_entries.isEmpty())
        m_summary->setText(tr("Nothing waits: every change reached the newsroom."));
    else
        m_summary->setText(tr("%n change(s) typed while the newsroom did not answer wait on this "
                              "computer. They are sent by themselves when it answers; those "
                              "someone else changed meanwhile wait for your choice.",
            nullptr, int(m_entries.size())));
    if (!m_entries.isEmpty())
        m_list->setCurrentItem(m_list->topLevelItem(0));
    updateButtons();
}

void WaitingChangesDialog::updateButtons()
{
    const bool any = m_list->currentItem() != nullptr;
    m_open->setEnabled(any);
    m_discard->setEnabled(any);
    m_sendNow->setEnabled(!m_entries.isEmpty());
}

void WaitingChangesDialog::discardSelected()
{
    const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
    if (row < 0 || row >= m_entries.size())
        return;
    const OfflineJournal::Entry &entry = m_entries.at(row);
    const auto answer = MessageBox::question(this, tr("Discard Change"),
        tr("Drop what you typed into “%1” while the newsroom did not answer? The newsroom's "
           "version stays as it is.")
            .arg(entry.title.left(80)),
        QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Discard)
        return;
    if (auto r = m_journal.forget(entry.type, entry.uuid); !r)
        MessageBox::critical(this, windowTitle(), r.error().message);
    refresh();
}

} // namespace Relais
