// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

namespace Relais {

// Writes a whole file atomically (temporary file renamed over it): either the new content or
// the old file stays. The error names the file.
Result<void> saveFile(const QString &path, const QByteArray &bytes);

} // namespace Relais
