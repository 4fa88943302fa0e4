// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Relais {

// What the published site looks like and where it lives. The texts are the portal's own,
// in French, whatever the language of the window.
struct SiteSettings
{
    QString name = QStringLiteral("L’ESS en Hauts-de-France");
    QString description = QStringLiteral("Actualités, agenda et témoignages de l’économie sociale et solidaire "
                                         "en Hauts-de-France.");
    QString baseUrl = QStringLiteral("https://ess-hautsdefrance.example/"); // ends with '/'
    QString timeZone = QStringLiteral("Europe/Paris");
    QString primaryColor = QStringLiteral("#00695c");
    QString accentColor = QStringLiteral("#b23c17");
    bool frenchTypography = true;
    QString ctaText = QStringLiteral("Vous organisez un événement ? Vous avez une actualité ou un projet à "
                                     "communiquer ? Annoncez vos infos ICI");
    QString ctaUrl = QStringLiteral("mailto:redaction@ess-hautsdefrance.example?subject=Annonce");
    QString newsletterText = QStringLiteral("Recevez notre Newsletter");
    QString newsletterUrl = QStringLiteral("mailto:redaction@ess-hautsdefrance.example?subject=Newsletter");
    QString agendaLinkText = QStringLiteral("TOUT L’AGENDA");
    QString testimonialsLinkText = QStringLiteral("TOUS LES TÉMOIGNAGES");
    QString otherSectionsHeading = QStringLiteral("Découvrez également les actualités des autres rubriques");
    int pageSize = 10;
    int homeEvents = 5;
    int homeNews = 6;
};

} // namespace Relais
