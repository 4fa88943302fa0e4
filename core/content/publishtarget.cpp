// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/publishtarget.h"

namespace Relais {

QString PublishTarget::keychainKey() const
{
    return QStringLiteral("%1:%2@%3").arg(kind, username, url.toString(QUrl::RemoveUserInfo));
}

} // namespace Relais
