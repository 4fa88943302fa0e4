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
    QString description
        = QStringLiteral("Actualités, agenda et témoignages de l’économie sociale et solidaire "
                         "en Hauts-de-France.");
    QString baseUrl = QStringLiteral("https://ess-hautsdefrance.example/"); // ends with '/'
    QString timeZone = QStringLiteral("Europe/Paris");
    // The time of day ("HH:mm", in timeZone) a draft dropped on a day of the calendar gets.
    QString publishTime = QStringLiteral("08:00");
    QString primaryColor = QStringLiteral("#00695c");
    QString accentColor = QStringLiteral("#b23c17");
    bool frenchTypography = true;
    QString ctaText
        = QStringLiteral("Vous organisez un événement ? Vous avez une actualité ou un projet à "
                         "communiquer ? Annoncez vos infos ICI");
    QString ctaUrl = QStringLiteral("mailto:redaction@ess-hautsdefrance.example?subject=Annonce");
    QString newsletterText = QStringLiteral("Recevez notre Newsletter");
    QString newsletterUrl
        = QStringLiteral("mailto:redaction@ess-hautsdefrance.example?subject=Newsletter");
    QString agendaLinkText = QStringLiteral("TOUT L’AGENDA");
    QString testimonialsLinkText = QStringLiteral("TOUS LES TÉMOIGNAGES");
    QString otherSectionsHeading
        = QStringLiteral("Découvrez également les actualités des autres rubriques");
    // Moderation: where the "Annoncez vos infos" form of the site sends what visitors write
    // (the receiver of resources/server/; empty: no form page, the call to action keeps ctaUrl),
    // words that mark a submission as probable spam and the reasons offered for a rejection
    // (one a line), and the inbox folder of the WebDAV targets.
    QString submissionFormUrl;
    QString blockedWords;
    QString rejectionReasons = QStringLiteral("Hors du champ de l’économie sociale et solidaire\n"
                                              "Hors de la région Hauts-de-France\n"
                                              "Annonce commerciale\n"
                                              "Informations insuffisantes\n"
                                              "Déjà annoncé");
    QString inboxFolder = QStringLiteral("inbox/");
    bool inboxDeleteAfterDecision = false; // else moved to done/ in the inbox
    int pageSize = 10;
    int homeEvents = 5;
    int homeNews = 6;
};

} // namespace Relais
