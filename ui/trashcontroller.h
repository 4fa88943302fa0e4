// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/listquery.h"

#include <QObject>

class QUndoStack;
class QWidget;

namespace Relais {

class Store;

// The trash of the main window: moving items there and back as undoable steps, and deleting
// them for good after asking. The window says which rows; this says what happened.
class TrashController : public QObject
{
    Q_OBJECT

public:
    TrashController(Store &store, QUndoStack &undo, QWidget *window);

    void moveToTrash(const QList<ListRow> &rows);
    void restore(const QList<ListRow> &rows);
    // Both ask first; neither can be undone (and the undo history is cleared, since steps that
    // restore what no longer exists cannot be undone any more).
    void deleteForGood(const QList<ListRow> &rows);
    void emptyTrash();

signals:
    // For the status bar.
    void message(const QString &text);
    // The lists and the actions need to be brought up to date.
    void changed();

private:
    void push(const QList<ListRow> &rows, bool toTrash);

    Store &m_store;
    QUndoStack &m_undo;
    QWidget *m_window;
};

} // namespace Relais
