// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/calendar.h"
#include "result.h"

#include <QDateTime>
#include <QList>

namespace Relais {

class Database;
class ArticleRepository;
class AgendaRepository;
class WorkflowRepository;

// What the editorial calendar and the planning board read and change (issue 20): articles at
// the time of their publication, agenda entries over their days, drafts without a date. Every
// change goes through the item's repository, with the revision the person saw: a colleague's
// save in between is never overwritten, and the history and the activity log note it.
class CalendarRepository
{
public:
    CalendarRepository(const Database &db, ArticleRepository &articles, AgendaRepository &agenda,
        WorkflowRepository &workflow)
        : m_db(db)
        , m_articles(articles)
        , m_agenda(agenda)
        , m_workflow(workflow)
    { }

    // Articles published (or to be) in [from, to) and agenda entries that overlap it, not
    // in the trash, ordered by start then title. Times in UTC.
    Result<QList<CalendarItem>> items(const QDateTime &from, const QDateTime &to) const;
    // Articles without a date of publication, not in the trash, the last written first.
    Result<QList<CalendarItem>> unscheduled() const;
    // The board: every draft (any review), what is scheduled, and what was published in
    // [publishedFrom, now]; articles and agenda entries.
    Result<QList<CalendarItem>> board(const QDateTime &publishedFrom) const;
    // One item as the calendar shows it.
    Result<CalendarItem> find(const QString &type, qint64 id) const;

    // Gives the item new times (an article: start is its publication, invalid for none; an
    // agenda entry: start and end), refused when item.revision is no longer the stored one.
    // An article left without a date while scheduled goes back to draft. The item as stored.
    Result<CalendarItem> move(
        const CalendarItem &item, const QDateTime &start, const QDateTime &end);

    // Takes the item to another state of the workflow, as the board's columns and the
    // calendar's menu offer: a draft to review (submit), to approved (approve), back to draft
    // (returned to its writer with reason when in review or approved; unscheduled when
    // scheduled), scheduled (at its date, else at whenUndated), published (at its date when
    // past, else now). The item as stored.
    Result<CalendarItem> changeState(const CalendarItem &item, WorkflowState to,
        const QString &reason = {}, const QDateTime &whenUndated = {});

private:
    template<typename Change> Result<CalendarItem> edit(const CalendarItem &item, Change &&change);
    Result<QList<CalendarItem>> read(const QString &articleCondition,
        const QString &agendaCondition, const QVariantList &articleValues,
        const QVariantList &agendaValues) const;

    const Database &m_db;
    ArticleRepository &m_articles;
    AgendaRepository &m_agenda;
    WorkflowRepository &m_workflow;
};

} // namespace Relais
