// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/entities.h"

#include <QList>
#include <QString>

#include <optional>

namespace Relais {

// One section (rubrique) of the portal.
struct Section
{
    QString slug;
    QString title;
    QString linkText; // "Voir les actualités des élus et décideurs"
};

// The fixed words of the content model: how enums are written in the database and JSON,
// and how they are shown to people.
namespace Vocabulary {

QList<Section> sections();
bool isSection(const QString &slug);
QString sectionTitle(const QString &slug);

QString toString(ArticleKind kind);
QString toString(Status status);
QString toString(EventState state);
std::optional<ArticleKind> articleKindFromString(QAnyStringView text);
std::optional<Status> statusFromString(QAnyStringView text);
std::optional<EventState> eventStateFromString(QAnyStringView text);

QString displayName(ArticleKind kind);
QString displayName(Status status);
QString displayName(EventState state);

QList<ArticleKind> articleKinds();
QList<Status> statuses();
QList<EventState> eventStates();

} // namespace Vocabulary
} // namespace Relais
