// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/submission.h"

namespace Relais {

QString Submission::label() const
{
    return QStringLiteral("“%1” (id %2)").arg(title, externalId);
}

} // namespace Relais
