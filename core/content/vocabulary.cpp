// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/vocabulary.h"

#include <QCoreApplication>

namespace Relais::Vocabulary {

QList<Section> sections()
{
    // Titles are the portal's own French names: they are content, not interface text.
    return {
        { QStringLiteral("associations"), QStringLiteral("Associations"),
            QStringLiteral("Voir les actualités des associations") },
        { QStringLiteral("elus-et-decideurs"), QStringLiteral("Élus et décideurs"),
            QStringLiteral("Voir les actualités des élus et décideurs") },
        { QStringLiteral("citoyens"), QStringLiteral("Citoyens"),
            QStringLiteral("Voir les actualités des citoyens") },
        { QStringLiteral("entrepreneurs"), QStringLiteral("Entrepreneurs"),
            QStringLiteral("Voir les actualités des entrepreneurs") },
    };
}

bool isSection(const QString &slug)
{
    for (const Section &s : sections()) {
        if (s.slug == slug)
            return true;
    }
    return false;
}

QString sectionTitle(const QString &slug)
{
    for (const Section &s : sections()) {
        if (s.slug == slug)
            return s.title;
    }
    return slug;
}

QString toString(ArticleKind kind)
{
    return kind == ArticleKind::Testimonial ? QStringLiteral("testimonial")
                                            : QStringLiteral("news");
}

QString toString(Status status)
{
    switch (status) {
    case Status::Draft:
        return QStringLiteral("draft");
    case Status::Scheduled:
        return QStringLiteral("scheduled");
    case Status::Published:
        return QStringLiteral("published");
    case Status::Archived:
        return QStringLiteral("archived");
    }
    return {};
}

QString toString(EventState state)
{
    switch (state) {
    case EventState::Confirmed:
        return QStringLiteral("confirmed");
    case EventState::Postponed:
        return QStringLiteral("postponed");
    case EventState::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

std::optional<ArticleKind> articleKindFromString(QAnyStringView text)
{
    for (ArticleKind k : articleKinds()) {
        if (QAnyStringView::equal(toString(k), text))
            return k;
    }
    return std::nullopt;
}

std::optional<Status> statusFromString(QAnyStringView text)
{
    for (Status s : statuses()) {
        if (QAnyStringView::equal(toString(s), text))
            return s;
    }
    return std::nullopt;
}

std::optional<EventState> eventStateFromString(QAnyStringView text)
{
    for (EventState s : eventStates()) {
        if (QAnyStringView::equal(toString(s), text))
            return s;
    }
    return std::nullopt;
}

QString displayName(ArticleKind kind)
{
    return kind == ArticleKind::Testimonial
        ? QCoreApplication::translate("Relais::Vocabulary", "Testimonial")
        : QCoreApplication::translate("Relais::Vocabulary", "News");
}

QString displayName(Status status)
{
    switch (status) {
    case Status::Draft:
        return QCoreApplication::translate("Relais::Vocabulary", "Draft");
    case Status::Scheduled:
        return QCoreApplication::translate("Relais::Vocabulary", "Scheduled");
    case Status::Published:
        return QCoreApplication::translate("Relais::Vocabulary", "Published");
    case Status::Archived:
        return QCoreApplication::translate("Relais::Vocabulary", "Archived");
    }
    return {};
}

QString displayName(EventState state)
{
    switch (state) {
    case EventState::Confirmed:
        return QCoreApplication::translate("Relais::Vocabulary", "Confirmed");
    case EventState::Postponed:
        return QCoreApplication::translate("Relais::Vocabulary", "Postponed");
    case EventState::Cancelled:
        return QCoreApplication::translate("Relais::Vocabulary", "Cancelled");
    }
    return {};
}

QList<ArticleKind> articleKinds()
{
    return { ArticleKind::News, ArticleKind::Testimonial };
}

QList<Status> statuses()
{
    return { Status::Draft, Status::Scheduled, Status::Published, Status::Archived };
}

QList<EventState> eventStates()
{
    return { EventState::Confirmed, EventState::Postponed, EventState::Cancelled };
}

} // namespace Relais::Vocabulary
