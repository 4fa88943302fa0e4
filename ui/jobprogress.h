// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QProgressDialog;
class QWidget;

namespace Relais {

class TaskJob;

// The progress dialog of a background job: it shows only when the work lasts more than half a
// second, its Cancel cancels the job, and it goes away when the job finishes.
QProgressDialog *showProgress(TaskJob *job, const QString &title, const QString &label,
    const QString &objectName, QWidget *parent);

} // namespace Relais
