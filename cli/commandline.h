// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace Relais {

// relais-cli: finds the command named on the command line among the groups of commands.h,
// parses that command's own options and runs it. Kept out of main() so that tests can run it
// in-process as well as through the executable.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(Relais::CommandLine)

public:
    CommandLine(QTextStream &out, QTextStream &err);

    // arguments as in main(), program name first. Returns the process exit code:
    // 0 success, 1 the command found problems or failed, 2 wrong usage.
    int run(const QStringList &arguments);

private:
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace Relais
