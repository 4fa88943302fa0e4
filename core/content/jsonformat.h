// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/entities.h"
#include "result.h"

#include <QJsonObject>

namespace Relais::JsonFormat {

// Entities as JSON objects with the field names of the content model (id is the UUID,
// times are ISO 8601 UTC). Used by the CLI and exports.
QJsonObject toJson(const Article &article);
QJsonObject toJson(const AgendaEntry &entry);
QJsonObject toJson(const Contact &contact);

QString isoUtc(const QDateTime &time);

// The reverse, for what Relais wrote itself (the offline journal): every field toJson writes
// is read back; the id field gives the uuid, the other bookkeeping is left as the value has it.
// A field of the wrong type is an error naming it; a missing one keeps the default.
Result<void> fromJson(const QJsonObject &object, Article &article);
Result<void> fromJson(const QJsonObject &object, AgendaEntry &entry);
Result<void> fromJson(const QJsonObject &object, Contact &contact);

} // namespace Relais::JsonFormat
