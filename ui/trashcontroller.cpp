// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "trashcontroller.h"

#include "messagebox.h"
#include "storage/store.h"
#include "trashcommand.h"

#include <QUndoStack>

namespace Relais {

TrashController::TrashController(Store &store, QUndoStack &undo, QWidget *window)
    : QObject(window)
    , m_store(store)
    , m_undo(undo)
    , m_window(window)
{ }

void TrashController::moveToTrash(const QList<ListRow> &rows)
{
    push(rows, true);
}

void TrashController::restore(const QList<ListRow> &rows)
{
    push(rows, false);
}

void TrashController::push(const QList<ListRow> &rows, bool toTrash)
{
    if (rows.isEmpty())
        return;
    const auto direction
        = toTrash ? TrashCommand::Direction::ToTrash : TrashCommand::Direction::FromTrash;
    m_undo.push(
        new TrashCommand(m_store, rows, direction, [this, toTrash](bool ok, const QString &m) {
            emit message(ok   ? m
                    : toTrash ? tr("Could not move to the trash: %1").arg(m)
                              : tr("Could not restore: %1").arg(m));
            emit changed();
        }));
}

void TrashController::deleteForGood(const QList<ListRow> &rows)
{
    if (rows.isEmpty())
        return;
    const auto answer = MessageBox::question(m_window, tr("Delete for good"),
        tr("Delete %n item(s) for good? This cannot be undone.", nullptr, int(rows.size())),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    auto r = m_store.trash().purge(rows);
    m_undo.clear();
    emit message(r ? tr("%n item(s) deleted for good", nullptr, int(rows.size()))
                   : tr("Could not delete: %1").arg(r.error().message));
    emit changed();
}

void TrashController::emptyTrash()
{
    auto n = m_store.trash().count();
    if (!n || *n == 0)
        return;
    const auto answer = MessageBox::question(m_window, tr("Empty the trash"),
        tr("Delete the %n item(s) in the trash for good? This cannot be undone.", nullptr, *n),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    auto r = m_store.trash().emptyTrash();
    m_undo.clear();
    emit message(
        r ? tr("Trash emptied") : tr("Could not empty the trash: %1").arg(r.error().message));
    emit changed();
}

} // namespace Relais
