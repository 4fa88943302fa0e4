// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/runstate.h"

namespace Relais::RunStates {

QString toString(RunState state)
{
    switch (state) {
    case RunState::Running:
        return QStringLiteral("running");
    case RunState::Done:
        return QStringLiteral("done");
    case RunState::Failed:
        return QStringLiteral("failed");
    case RunState::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

RunState fromString(const QString &text)
{
    for (RunState s : { RunState::Running, RunState::Done, RunState::Cancelled }) {
        if (text == toString(s))
            return s;
    }
    return RunState::Failed;
}

} // namespace Relais::RunStates
