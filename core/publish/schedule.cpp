// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "publish/schedule.h"

#include "publish/wordpresspublisher.h"
#include "storage/publishrepository.h"

namespace Relais::PublishSchedule {

QDateTime dueSince(const PublishTarget &target, const QDateTime &lastPublished)
{
    if (!lastPublished.isValid() || !target.isWordPress())
        return lastPublished;
    return lastPublished.addSecs(-WordPressPublisher::Options {}.overdueGraceSeconds - 60);
}

Result<Due> due(
    const PublishRepository &publishing, const PublishTarget &target, const QDateTime &at)
{
    auto last = publishing.lastPublished(target.id);
    if (!last)
        return last.error();
    auto items = publishing.dueBetween(dueSince(target, *last), at);
    if (!items)
        return items.error();
    return Due { *last, *items };
}

} // namespace Relais::PublishSchedule
