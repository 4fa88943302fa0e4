// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "trashcommand.h"

#include "storage/store.h"

#include <QCoreApplication>

namespace Relais {

TrashCommand::TrashCommand(Store &store, QList<ListRow> rows, Direction direction, Report report)
    : m_store(store)
    , m_rows(std::move(rows))
    , m_direction(direction)
    , m_report(std::move(report))
{
    // What the Edit menu offers to undo: one item by its title, several by their number.
    const int n = int(m_rows.size());
    QString title = n == 1 ? m_rows.first().values.value(0).toString().simplified() : QString();
    if (title.size() > 40)
        title = title.left(39).trimmed() + QChar(0x2026);
    if (!title.isEmpty())
        setText(direction == Direction::ToTrash
                ? QCoreApplication::translate("Relais::TrashCommand", "Move “%1” to the trash")
                      .arg(title)
                : QCoreApplication::translate("Relais::TrashCommand", "Restore “%1”").arg(title));
    else
        setText(direction == Direction::ToTrash
                ? QCoreApplication::translate(
                    "Relais::TrashCommand", "Move %n item(s) to the trash", nullptr, n)
                : QCoreApplication::translate(
                    "Relais::TrashCommand", "Restore %n item(s)", nullptr, n));
}

void TrashCommand::apply(bool toTrash)
{
    const int n = int(m_rows.size());
    const Result<void> r
        = toTrash ? m_store.trash().moveToTrash(m_rows) : m_store.trash().restore(m_rows);
    if (!r) {
        m_report(false, r.error().message);
        return;
    }
    m_report(true,
        toTrash ? QCoreApplication::translate(
            "Relais::TrashCommand", "%n item(s) moved to trash", nullptr, n)
                : QCoreApplication::translate(
                    "Relais::TrashCommand", "%n item(s) restored", nullptr, n));
}

void TrashCommand::redo()
{
    apply(m_direction == Direction::ToTrash);
}

void TrashCommand::undo()
{
    apply(m_direction != Direction::ToTrash);
}

} // namespace Relais
