// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/validation.h"
#include "content/sitesettings.h"
#include "result.h"

namespace Relais {

class Database;

// The site's settings, kept in the database so that every editor publishes the same site.
class SiteSettingsRepository
{
public:
    explicit SiteSettingsRepository(const Database &db);

    Result<SiteSettings> load() const;
    // Refused with the problems when check() finds any.
    Result<void> save(const SiteSettings &settings);

    // Problems named by field: base_url, time_zone, primary_color, accent_color…
    static FieldErrors check(const SiteSettings &settings);
    // WCAG contrast ratio of a colour against white text (1 to 21).
    static double contrastWithWhite(const QString &colour);

private:
    const Database &m_db;
};

} // namespace Relais
