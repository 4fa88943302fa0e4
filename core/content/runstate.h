// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Relais {

// Where a background run (a publish to a target) stands. Stored in the database and printed
// by relais-cli as its text: running, done, failed, cancelled.
enum class RunState {
    Running, // started and not finished: still going, or stopped by a crash (resumable)
    Done,
    Failed,
    Cancelled,
};

namespace RunStates {
QString toString(RunState state);
// The state of a text written by toString(); any other text is a failed run.
RunState fromString(const QString &text);
} // namespace RunStates

} // namespace Relais
