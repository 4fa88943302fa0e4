// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace Relais::ProcessInfo {

// Peak resident memory (VmHWM) of a process in KiB, from /proc; -1 where unknown.
qint64 peakResidentKb(qint64 pid = 0);

} // namespace Relais::ProcessInfo
