// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Relais {

// Loads Relais's and Qt's translations for language ("en", "fr", or "" for the system's
// language) and makes it the default locale. Returns the language used.
QString installTranslations(const QString &language);

} // namespace Relais
