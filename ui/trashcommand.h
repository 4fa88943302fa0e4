// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/listquery.h"

#include <QUndoCommand>

#include <functional>

namespace Relais {

class Store;

// Moving items to the trash, or restoring them, as one undoable step.
class TrashCommand : public QUndoCommand
{
public:
    enum class Direction { ToTrash, FromTrash };
    // done() is told what happened (for the status bar) or what failed.
    using Report = std::function<void(bool ok, const QString &message)>;

    TrashCommand(Store &store, QList<ListRow> rows, Direction direction, Report report);

    void redo() override;
    void undo() override;

private:
    void apply(bool toTrash);

    Store &m_store;
    QList<ListRow> m_rows;
    Direction m_direction;
    Report m_report;
};

} // namespace Relais
