// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/entities.h"

#include <QList>
#include <QString>

namespace Relais {

// A problem with one field, named as in the JSON output (title, end, emails…).
struct FieldError
{
    QString field;
    QString message; // translated, names the value and says what is expected
};
using FieldErrors = QList<FieldError>;

// Checks a value before it is stored. Empty when everything is fine.
namespace Validation {

FieldErrors check(const Article &article);
FieldErrors check(const AgendaEntry &entry);
FieldErrors check(const Contact &contact);

bool isEmail(const QString &text);
// French numbers (06 49 78 62 28, 06.49.78.62.28, +33 6 49 78 62 28) and international
// numbers written with a leading +.
bool isPhone(const QString &text);
// An absolute http or https URL with a host.
bool isWebUrl(const QString &text);
// "www.anact.fr" → "https://www.anact.fr"; other text unchanged (then checked by isWebUrl).
QString normalizedWebUrl(const QString &text);

// All messages of a list, one per line, for status bars and error dialogs.
QString summary(const FieldErrors &errors);

} // namespace Validation
} // namespace Relais
