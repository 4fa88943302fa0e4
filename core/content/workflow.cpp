// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/workflow.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Relais::Workflow {

WorkflowState stateOf(Status status, Review review)
{
    switch (status) {
    case Status::Draft:
        break;
    case Status::Scheduled:
        return WorkflowState::Scheduled;
    case Status::Published:
        return WorkflowState::Published;
    case Status::Archived:
        return WorkflowState::Archived;
    }
    switch (review) {
    case Review::None:
        break;
    case Review::InReview:
        return WorkflowState::InReview;
    case Review::Approved:
        return WorkflowState::Approved;
    }
    return WorkflowState::Draft;
}

QString toString(WorkflowState state)
{
    switch (state) {
    case WorkflowState::Draft:
        return QStringLiteral("draft");
    case WorkflowState::InReview:
        return QStringLiteral("in_review");
    case WorkflowState::Approved:
        return QStringLiteral("approved");
    case WorkflowState::Scheduled:
        return QStringLiteral("scheduled");
    case WorkflowState::Published:
        return QStringLiteral("published");
    case WorkflowState::Archived:
        return QStringLiteral("archived");
    }
    return {};
}

std::optional<WorkflowState> stateFromString(QAnyStringView text)
{
    for (WorkflowState s : { WorkflowState::Draft, WorkflowState::InReview, WorkflowState::Approved,
             WorkflowState::Scheduled, WorkflowState::Published, WorkflowState::Archived }) {
        if (text == toString(s))
            return s;
    }
    return std::nullopt;
}

QString displayName(WorkflowState state)
{
    switch (state) {
    case WorkflowState::Draft:
        return QCoreApplication::translate("Relais::Workflow", "Draft");
    case WorkflowState::InReview:
        return QCoreApplication::translate("Relais::Workflow", "In review");
    case WorkflowState::Approved:
        return QCoreApplication::translate("Relais::Workflow", "Approved");
    case WorkflowState::Scheduled:
        return QCoreApplication::translate("Relais::Workflow", "Scheduled");
    case WorkflowState::Published:
        return QCoreApplication::translate("Relais::Workflow", "Published");
    case WorkflowState::Archived:
        return QCoreApplication::translate("Relais::Workflow", "Archived");
    }
    return {};
}

QString toString(Review review)
{
    switch (review) {
    case Review::None:
        return {};
    case Review::InReview:
        return QStringLiteral("in_review");
    case Review::Approved:
        return QStringLiteral("approved");
    }
    return {};
}

std::optional<Review> reviewFromString(QAnyStringView text)
{
    if (text.isEmpty())
        return Review::None;
    if (text == QLatin1StringView("in_review"))
        return Review::InReview;
    if (text == QLatin1StringView("approved"))
        return Review::Approved;
    return std::nullopt;
}

QStringList mentions(const QString &text)
{
    // A login as PeopleRepository accepts them, after an @ that does not end a word (an
    // e-mail address mentions nobody); a final dot or hyphen ends the sentence, not the name.
    static const QRegularExpression mention(
        QStringLiteral("(?<![\\w.@])@([A-Za-z_][A-Za-z0-9_.-]{0,62})"));
    QStringList logins;
    for (auto it = mention.globalMatch(text); it.hasNext();) {
        QString login = it.next().captured(1).toLower();
        while (login.endsWith(QLatin1Char('.')) || login.endsWith(QLatin1Char('-')))
            login.chop(1);
        if (!login.isEmpty() && !logins.contains(login))
            logins.append(login);
    }
    return logins;
}

} // namespace Relais::Workflow
