// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/entities.h"

#include <QJsonObject>

namespace Relais::JsonFormat {

// Entities as JSON objects with the field names of the content model (id is the UUID,
// times are ISO 8601 UTC). Used by the CLI and exports.
QJsonObject toJson(const Article &article);
QJsonObject toJson(const AgendaEntry &entry);
QJsonObject toJson(const Contact &contact);

QString isoUtc(const QDateTime &time);

} // namespace Relais::JsonFormat
