// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/publishtarget.h"
#include "result.h"

#include <QDateTime>

namespace Relais {

class PublishRepository;

// The rule both the window's scheduler and `relais-cli publish --due` follow to decide that a
// target has items to publish: what became due since its last publish.
namespace PublishSchedule {

struct Due
{
    QDateTime lastPublished; // invalid when the target was never published
    int items = 0; // scheduled items that fell due since then
};

// Since when items count as due for a target last published at lastPublished: that moment,
// or for WordPress a little before it, since WordPress publishes a scheduled post itself and
// whether it did is checked once its grace time has passed. Invalid when never published.
QDateTime dueSince(const PublishTarget &target, const QDateTime &lastPublished);

// The items of target that fell due between its last publish and at.
Result<Due> due(
    const PublishRepository &publishing, const PublishTarget &target, const QDateTime &at);

} // namespace PublishSchedule
} // namespace Relais
