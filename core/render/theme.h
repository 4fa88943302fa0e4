// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <kainjow/mustache.hpp>

#include <memory>

namespace Relais {

// The site's templates (resources/theme/*.mustache, logic-less Mustache): parsed once,
// rendered many times, from several threads at once. Partials ({{> newsitem}}) are the other
// templates of the theme.
class Theme
{
public:
    using Data = kainjow::mustache::data;

    // The theme compiled into Relais, or the one in folder when given.
    static Result<std::shared_ptr<Theme>> load(const QString &folder = {});

    // Renders template name (without .mustache) with data; an error names the template.
    Result<std::string> render(const QString &name, const Data &data) const;
    // A page: the template inside layout.mustache. layoutData gets "content".
    Result<QByteArray> renderPage(const QString &name, const Data &pageData, Data layoutData) const;
    // SHA-256 of every template's source: changes whenever the theme does.
    QByteArray fingerprint() const { return m_fingerprint; }

private:
    template<typename Out>
    Result<void> renderInto(const QString &name, const Data &data, Out &out) const;

    QHash<QString, std::shared_ptr<kainjow::mustache::mustache>> m_templates;
    quint64 m_generation = 0; // tells this theme's templates from those of any other load
    Data m_partials; // every template's source by name, under each page's data
    QByteArray m_fingerprint;
};

} // namespace Relais
