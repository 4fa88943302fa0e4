// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Relais::Typography {

// French typography on HTML made by the Markdown renderer: a narrow no-break space before
// ; : ! ? and inside « », typographic apostrophes, no-break spaces in numbers (40 000) and
// before % and €. Text inside code, pre, kbd and samp elements, tags and their attributes,
// HTML entities, URLs and e-mail addresses is left exactly as it is.
QString frenchHtml(const QString &html);

// The same rules on plain text (titles, summaries), which has no markup to skip.
QString frenchText(const QString &text);

} // namespace Relais::Typography
