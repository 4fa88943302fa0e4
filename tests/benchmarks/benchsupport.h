// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "processinfo.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QProcess>
#include <QStringList>

#include <algorithm>

namespace Relais::Bench {

inline double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype index = qMin(values.size() - 1, qsizetype(p * double(values.size() - 1) + 0.5));
    return values.at(index);
}

// Runs a child to its end, sampling its peak memory while it runs.
struct ChildRun
{
    qint64 ms = 0;
    qint64 firstOutputMs = -1; // when the child first printed something
    qint64 peakKb = 0;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

inline ChildRun runChild(
    const QString &program, const QStringList &arguments, const QProcessEnvironment &env)
{
    ChildRun run;
    QProcess p;
    p.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    p.start(program, arguments);
    p.waitForStarted();
    while (!p.waitForFinished(5)) {
        run.peakKb = qMax(run.peakKb, ProcessInfo::peakResidentKb(p.processId()));
        if (run.firstOutputMs < 0 && p.bytesAvailable() > 0)
            run.firstOutputMs = timer.elapsed();
        if (p.state() == QProcess::NotRunning)
            break;
    }
    run.ms = timer.elapsed();
    run.exitCode = p.exitCode();
    run.out = p.readAllStandardOutput();
    run.err = p.readAllStandardError();
    return run;
}

} // namespace Relais::Bench
