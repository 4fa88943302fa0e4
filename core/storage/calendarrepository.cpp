// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/calendarrepository.h"

#include "content/vocabulary.h"
#include "storage/agendarepository.h"
#include "storage/articlerepository.h"
#include "storage/database.h"
#include "storage/listquery.h"
#include "storage/workflowrepository.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace Relais {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Relais::CalendarRepository", text);
}

// The columns both selects give, in this order. Times are read as text: on PostgreSQL,
// QPSQL's own conversion of timestamptz to QDateTime took four fifths of a month's read.
const QString ArticleColumns
    = QStringLiteral("'article', t.id, t.uuid, t.revision, t.kind, t.title, t.status, t.review, "
                     "CAST(t.publish_at AS text), NULL, 0, '', t.created_by, t.assigned_to");
const QString AgendaColumns
    = QStringLiteral("'agenda', t.id, t.uuid, t.revision, 'event', t.title, t.status, t.review, "
                     "CAST(t.start_at AS text), CAST(t.end_at AS text), t.all_day, t.time_zone, "
                     "t.created_by, t.assigned_to");

CalendarItem itemOf(const QSqlQuery &q)
{
    CalendarItem item;
    item.type = q.value(0).toString();
    item.id = q.value(1).toLongLong();
    item.uuid = QUuid(q.value(2).toString());
    item.revision = q.value(3).toInt();
    item.kind = q.value(4).toString();
    item.title = q.value(5).toString();
    const Status status
        = Vocabulary::statusFromString(q.value(6).toString()).value_or(Status::Draft);
    const Review review = Workflow::reviewFromString(q.value(7).toString()).value_or(Review::None);
    item.state = Workflow::stateOf(status, review);
    item.start = Database::fromSql(q.value(8));
    item.end = Database::fromSql(q.value(9));
    item.allDay = q.value(10).toInt() != 0;
    item.timeZone = q.value(11).toString();
    item.writer = q.value(12).toString();
    item.assignedTo = q.value(13).toString();
    return item;
}

template<typename T> CalendarItem itemOf(const T &stored, const QString &type)
{
    CalendarItem item;
    item.type = type;
    item.id = stored.meta.id;
    item.uuid = stored.meta.uuid;
    item.revision = stored.meta.revision;
    item.title = stored.title;
    item.state = Workflow::stateOf(stored);
    item.sections = stored.sections;
    item.writer = stored.createdBy;
    item.assignedTo = stored.assignedTo;
    if constexpr (std::is_same_v<T, Article>) {
        item.kind = Vocabulary::toString(stored.kind);
        item.start = stored.publishAt;
    } else {
        item.kind = QStringLiteral("event");
        item.start = stored.start;
        item.end = stored.end;
        item.allDay = stored.allDay;
        item.timeZone = stored.timeZone;
    }
    return item;
}

bool byStart(const CalendarItem &a, const CalendarItem &b)
{
    if (a.start != b.start)
        return a.start < b.start;
    return a.title.localeAwareCompare(b.title) < 0;
}

} // namespace

Result<QList<CalendarItem>> CalendarRepository::read(const QString &articleCondition,
    const QString &agendaCondition, const QVariantList &articleValues,
    const QVariantList &agendaValues) const
{
    QList<CalendarItem> items;
    // The rows, then their sections in one more select on the same condition (a subquery per
    // row costs more than the rest of the read on PostgreSQL).
    struct Table
    {
        const QString &columns;
        const char *table;
        const char *sections;
        const char *key;
        const QString &condition;
        const QVariantList &values;
    };
    const Table tables[] = {
        { ArticleColumns, "articles", "article_sections", "article_id", articleCondition,
            articleValues },
        { AgendaColumns, "agenda_entries", "agenda_sections", "entry_id", agendaCondition,
            agendaValues },
    };
    for (const Table &table : tables) {
        if (table.condition.isEmpty())
            continue;
        const QString from = QStringLiteral("FROM %1 t WHERE t.deleted_at IS NULL AND %2")
                                 .arg(QLatin1StringView(table.table), table.condition);
        auto q = m_db.exec(QStringLiteral("SELECT %1 %2").arg(table.columns, from), table.values);
        if (!q)
            return q.error();
        QHash<qint64, qsizetype> row;
        while (q->next()) {
            items.append(itemOf(*q));
            row.insert(items.last().id, items.size() - 1);
        }
        if (row.isEmpty())
            continue;
        auto sections = m_db.exec(
            QStringLiteral("SELECT s.%1, s.section FROM %2 s WHERE s.%1 IN (SELECT t.id %3) "
                           "ORDER BY s.%1, s.position")
                .arg(QLatin1StringView(table.key), QLatin1StringView(table.sections), from),
            table.values);
        if (!sections)
            return sections.error();
        while (sections->next()) {
            const qsizetype at = row.value(sections->value(0).toLongLong(), -1);
            if (at >= 0)
                items[at].sections.append(sections->value(1).toString());
        }
    }
    return items;
}

Result<QList<CalendarItem>> CalendarRepository::items(
    const QDateTime &from, const QDateTime &to) const
{
    const QVariant start = Database::toSql(from.toUTC());
    const QVariant end = Database::toSql(to.toUTC());
    auto items = read(QStringLiteral("t.publish_at IS NOT NULL AND t.publish_at >= ? AND "
                                     "t.publish_at < ?"),
        QStringLiteral("t.start_at < ? AND coalesce(t.end_at, t.start_at) >= ?"), { start, end },
        { end, start });
    if (!items)
        return items;
    std::sort(items->begin(), items->end(), byStart);
    return items;
}

Result<QList<CalendarItem>> CalendarRepository::unscheduled() const
{
    auto items = read(QStringLiteral("t.publish_at IS NULL AND t.status = 'draft'"), {}, {}, {});
    if (!items)
        return items;
    std::sort(items->begin(), items->end(),
        [](const CalendarItem &a, const CalendarItem &b) { return a.id > b.id; });
    return items;
}

Result<QList<CalendarItem>> CalendarRepository::board(const QDateTime &publishedFrom) const
{
    const QString condition = QStringLiteral(
        "(t.status IN ('draft', 'scheduled') OR (t.status = 'published' AND %1 >= ?))");
    const QVariant from = Database::toSql(publishedFrom.toUTC());
    auto items = read(condition.arg(QStringLiteral("t.publish_at")),
        condition.arg(QStringLiteral("coalesce(t.publish_at, t.updated_at)")), { from }, { from });
    if (!items)
        return items;
    std::sort(items->begin(), items->end(), [](const CalendarItem &a, const CalendarItem &b) {
        if (a.start.isValid() != b.start.isValid())
            return a.start.isValid(); // the dated first
        return byStart(a, b);
    });
    return items;
}

Result<CalendarItem> CalendarRepository::find(const QString &type, qint64 id) const
{
    if (type == EntityType::Article) {
        auto a = m_articles.load(id);
        if (!a)
            return a.error();
        return itemOf(*a, type);
    }
    auto e = m_agenda.load(id);
    if (!e)
        return e.error();
    return itemOf(*e, EntityType::Agenda);
}

namespace {

// The refusal of a save made over a newer revision, naming the item.
template<typename T> Result<T> checked(Result<T> loaded, int revision)
{
    if (!loaded)
        return loaded;
    if (loaded->meta.isTrashed())
        return Error::invalid(tr("“%1” is in the trash.").arg(loaded->title));
    loaded->meta.revision = revision; // the save refuses it when someone saved since
    return loaded;
}

} // namespace

// Loads the item, checks its revision, lets change alter it (an Article or an AgendaEntry)
// and saves it through its repository.
template<typename Change>
Result<CalendarItem> CalendarRepository::edit(const CalendarItem &item, Change &&change)
{
    auto save = [&](auto &repository, auto loaded) -> Result<CalendarItem> {
        loaded = checked(std::move(loaded), item.revision);
        if (!loaded)
            return loaded.error();
        if (auto changed = change(*loaded); !changed)
            return changed.error();
        auto saved = repository.update(*loaded);
        if (!saved)
            return saved.error();
        return itemOf(*saved, item.type);
    };
    if (item.type == EntityType::Article)
        return save(m_articles, m_articles.load(item.id));
    return save(m_agenda, m_agenda.load(item.id));
}

Result<CalendarItem> CalendarRepository::move(
    const CalendarItem &item, const QDateTime &start, const QDateTime &end)
{
    return edit(item, [&](auto &stored) -> Result<void> {
        if constexpr (std::is_same_v<std::decay_t<decltype(stored)>, Article>) {
            stored.publishAt = start.isValid() ? start.toUTC() : QDateTime();
            if (!start.isValid() && stored.status == Status::Scheduled)
                stored.status = Status::Draft;
        } else {
            if (!start.isValid())
                return Error::invalid(tr("“%1” needs a start: an agenda entry is always on a day.")
                                          .arg(stored.title));
            stored.start = start.toUTC();
            stored.end = end.isValid() ? end.toUTC() : QDateTime();
        }
        return {};
    });
}

Result<CalendarItem> CalendarRepository::changeState(
    const CalendarItem &item, WorkflowState to, const QString &reason, const QDateTime &whenUndated)
{
    if (item.state == to)
        return item;
    auto done = [&](Result<int> step) -> Result<CalendarItem> {
        if (!step)
            return step.error();
        return find(item.type, item.id);
    };
    switch (to) {
    case WorkflowState::InReview:
        if (item.state == WorkflowState::Draft)
            return done(m_workflow.submit(item.uuid, item.revision));
        break;
    case WorkflowState::Approved:
        if (item.state == WorkflowState::Draft || item.state == WorkflowState::InReview)
            return done(m_workflow.approve(item.uuid, item.revision));
        break;
    case WorkflowState::Draft:
        if (item.state == WorkflowState::InReview || item.state == WorkflowState::Approved)
            return done(m_workflow.returnToWriter(item.uuid, reason, item.revision));
        break;
    default:
        break;
    }
    const bool toStatus = to == WorkflowState::Draft || to == WorkflowState::Scheduled
        || to == WorkflowState::Published || to == WorkflowState::Archived;
    if (!toStatus)
        return Error::invalid(tr("“%1” cannot go from %2 to %3.")
                                  .arg(item.title, Workflow::displayName(item.state).toLower(),
                                      Workflow::displayName(to).toLower()));
    const Status status = to == WorkflowState::Draft ? Status::Draft
        : to == WorkflowState::Scheduled             ? Status::Scheduled
        : to == WorkflowState::Published             ? Status::Published
                                                     : Status::Archived;
    // When it goes public: its date when it has one (now, for a publication with a date to
    // come), else the time asked for.
    auto when = [&](const QDateTime &current) {
        if (to == WorkflowState::Published
            && (!current.isValid() || current > QDateTime::currentDateTimeUtc()))
            return QDateTime::currentDateTimeUtc();
        if (to == WorkflowState::Scheduled && !current.isValid())
            return whenUndated.toUTC();
        return current;
    };
    return edit(item, [&](auto &stored) -> Result<void> {
        stored.status = status;
        stored.publishAt = when(stored.publishAt);
        return {};
    });
}

} // namespace Relais
