// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>

namespace Relais::Slug {

constexpr int MaxLength = 80;

// Lower-case ASCII words joined by '-', made from a title with French transliteration
// (é→e, œ→oe, ß→ss; quotes and other punctuation dropped). Empty when nothing is left.
QString fromTitle(const QString &title, int maxLength = MaxLength);

// True for a slug that is safe as one path segment: [a-z0-9] words joined by single '-'.
// Never contains '/', '.', or anything that needs escaping.
bool isValid(const QString &slug);

// base, or base-2, base-3… for the first one for which isTaken() is false.
QString makeUnique(const QString &base, const std::function<bool(const QString &)> &isTaken);

} // namespace Relais::Slug
