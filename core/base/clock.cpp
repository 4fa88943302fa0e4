// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clock.h"

namespace Relais {

Clock *Clock::system()
{
    static Clock clock;
    return &clock;
}

} // namespace Relais
