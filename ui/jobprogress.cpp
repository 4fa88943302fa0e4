// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobprogress.h"

#include "taskjob.h"

#include <QCoreApplication>
#include <QProgressDialog>

namespace Relais {

QProgressDialog *showProgress(TaskJob *job, const QString &title, const QString &label,
    const QString &objectName, QWidget *parent)
{
    auto *progress = new QProgressDialog(
        label, QCoreApplication::translate("Relais::JobProgress", "Cancel"), 0, 0, parent);
    progress->setObjectName(objectName);
    progress->setWindowTitle(title);
    progress->setMinimumDuration(500);
    QObject::connect(progress, &QProgressDialog::canceled, job, &Job::cancel);
    QObject::connect(job, &TaskJob::progress, progress, [progress](int done, int total) {
        progress->setMaximum(total);
        progress->setValue(done);
    });
    QObject::connect(job, &TaskJob::finished, progress, &QObject::deleteLater);
    return progress;
}

} // namespace Relais
