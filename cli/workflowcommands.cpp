// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The editorial workflow from the command line (issue 19): review, assign, comments, history
// and restore, the activity log and one's notifications. The database decides who may; a
// refusal names the role that may.
#include "commands.h"

#include "content/calendar.h"
#include "content/worddiff.h"
#include "content/workflow.h"
#include "storage/database.h"
#include "storage/store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Relais {

namespace {

// Exit code of a step refused because someone saved a newer revision first (as edit's).
constexpr int StaleExitCode = 3;

QString time(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QJsonObject toJson(const ActivityEntry &e)
{
    return { { QStringLiteral("id"), e.id }, { QStringLiteral("at"), time(e.at) },
        { QStringLiteral("actor"), e.actor }, { QStringLiteral("action"), e.action },
        { QStringLiteral("item_type"), e.itemType },
        { QStringLiteral("item"),
            e.itemUuid.isNull() ? QString() : e.itemUuid.toString(QUuid::WithoutBraces) },
        { QStringLiteral("title"), e.title }, { QStringLiteral("detail"), e.detail } };
}

void printJson(QTextStream &out, const QJsonArray &array)
{
    out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
}

// One line of text from what others typed: no line breaks or control characters.
QString oneLine(const QString &text)
{
    QString line = text;
    for (QChar &c : line) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Separator_Line
            || c.category() == QChar::Separator_Paragraph)
            c = QLatin1Char(' ');
    }
    return line;
}

} // namespace

QList<Command> WorkflowCommands::commands()
{
    const Command::Argument item { QStringLiteral("ITEM"),
        tr("An article's or agenda entry's id (a UUID, as list prints it).") };
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    const QCommandLineOption expect(QStringLiteral("expect-revision"),
        tr("Refuse (exit 3) when the item's revision is no longer this one."), tr("revision"));
    return {
        { QStringLiteral("review submit"),
            tr("Send a draft for review. Its writer may, or an editor."), { item }, { expect }, {},
            member(this, &WorkflowCommands::submit) },
        { QStringLiteral("review approve"),
            tr("Approve an item in review. Editors and administrators may."), { item }, { expect },
            {}, member(this, &WorkflowCommands::approve) },
        { QStringLiteral("review return"),
            tr("Return an item in review to its writer, saying why. Editors and administrators "
               "may."),
            { item }, { { QStringLiteral("reason"), tr("Why it goes back."), tr("text") }, expect },
            { QStringLiteral("reason") }, member(this, &WorkflowCommands::returnToWriter) },
        { QStringLiteral("assign"),
            tr("Assign an item to a person of the newsroom (\"\" for nobody)."),
            { item, { QStringLiteral("USER"), tr("The person's login.") } }, { expect }, {},
            member(this, &WorkflowCommands::assign) },
        { QStringLiteral("comment"), tr("Comment on an item (mention a colleague with @login)."),
            { item },
            { { QStringLiteral("text"), tr("The comment."), tr("text") },
                { QStringLiteral("reply-to"), tr("The comment this one answers."), tr("id") } },
            { QStringLiteral("text") }, member(this, &WorkflowCommands::comment) },
        { QStringLiteral("comments"), tr("The comments of an item, in threads."), { item },
            { json }, {}, member(this, &WorkflowCommands::comments) },
        { QStringLiteral("history"),
            tr("The revisions of an item: number, author, time, fields changed; with --from and "
               "--to, what changed between two, word by word."),
            { item },
            { json, { QStringLiteral("from"), tr("The older revision."), tr("revision") },
                { QStringLiteral("to"), tr("The newer revision (default: the latest)."),
                    tr("revision") } },
            {}, member(this, &WorkflowCommands::history) },
        { QStringLiteral("restore"),
            tr("Bring back what an item said at an earlier revision, as a new revision."), { item },
            { { QStringLiteral("revision"), tr("The revision to bring back."), tr("revision") },
                expect },
            { QStringLiteral("revision") }, member(this, &WorkflowCommands::restore) },
        { QStringLiteral("log"), tr("The activity of the newsroom, newest first."), {},
            { json,
                { QStringLiteral("since"), tr("Only what happened from then on (ISO 8601)."),
                    tr("time") },
                { QStringLiteral("limit"), tr("At most this many lines (default 100)."),
                    tr("count") } },
            {}, member(this, &WorkflowCommands::log) },
        { QStringLiteral("calendar"),
            tr("The editorial calendar: articles on the day of their publication, agenda entries "
               "on the days of their event, day by day in the site's time zone; drafts without a "
               "date with --undated."),
            {},
            { json,
                { QStringLiteral("from"), tr("The first day (YYYY-MM-DD; default today)."),
                    tr("date") },
                { QStringLiteral("to"), tr("The last day (default: a week after the first)."),
                    tr("date") },
                { QStringLiteral("section"), tr("Only this section."), tr("section") },
                { QStringLiteral("kind"), tr("Only news, testimonial or event."), tr("kind") },
                { QStringLiteral("state"),
                    tr("Only draft, in_review, approved, scheduled, published or archived."),
                    tr("state") },
                { QStringLiteral("person"), tr("Only what this login wrote or is assigned."),
                    tr("login") },
                { QStringLiteral("undated"), tr("Also list the drafts without a date.") } },
            {}, member(this, &WorkflowCommands::calendar) },
        { QStringLiteral("notifications"),
            tr("What others did that concerns you, newest first; --read marks them read."), {},
            { json, { QStringLiteral("read"), tr("Mark them all read.") } }, {},
            member(this, &WorkflowCommands::notifications) },
    };
}

Result<QUuid> WorkflowCommands::itemOf(const Invocation &in) const
{
    const QUuid uuid = QUuid::fromString(in.argument(0));
    if (uuid.isNull())
        return Error::invalid(
            tr("“%1” is not an item's id (a UUID, as list prints it).").arg(in.argument(0)));
    return uuid;
}

Result<int> WorkflowCommands::expectedRevision(const Invocation &in) const
{
    if (!in.isSet(QStringLiteral("expect-revision")))
        return -1;
    bool ok = false;
    const int revision = in.value(QStringLiteral("expect-revision")).toInt(&ok);
    if (!ok || revision < 1)
        return Error::invalid(tr("--expect-revision takes a revision number (1 or more)."));
    return revision;
}

int WorkflowCommands::step(const Invocation &in,
    const std::function<Result<int>(Store &, const QUuid &, int)> &act, const QString &done)
{
    auto uuid = itemOf(in);
    if (!uuid)
        return c.usage(uuid.error().message);
    auto expected = expectedRevision(in);
    if (!expected)
        return c.usage(expected.error().message);
    auto store = c.openStore();
    if (!store)
        return 1;
    auto revision = act(*store, *uuid, *expected);
    if (!revision) {
        if (revision.error().code == Error::Code::StaleRevision) {
            c.err << revision.error().message << Qt::endl;
            return StaleExitCode;
        }
        return c.fail(revision.error());
    }
    auto item = store->workflow().find(*uuid);
    c.out << done.arg(item ? item->title : uuid->toString(QUuid::WithoutBraces)) << QLatin1Char(' ')
          << tr("(revision %1)").arg(*revision) << Qt::endl;
    return 0;
}

int WorkflowCommands::submit(const Invocation &in)
{
    return step(
        in, [](Store &s, const QUuid &u, int r) { return s.workflow().submit(u, r); },
        tr("“%1” waits for review."));
}

int WorkflowCommands::approve(const Invocation &in)
{
    return step(
        in, [](Store &s, const QUuid &u, int r) { return s.workflow().approve(u, r); },
        tr("“%1” is approved."));
}

int WorkflowCommands::returnToWriter(const Invocation &in)
{
    const QString reason = in.value(QStringLiteral("reason"));
    return step(
        in,
        [&reason](
            Store &s, const QUuid &u, int r) { return s.workflow().returnToWriter(u, reason, r); },
        tr("“%1” went back to its writer."));
}

int WorkflowCommands::assign(const Invocation &in)
{
    const QString login = in.argument(1);
    return step(
        in, [&login](Store &s, const QUuid &u, int r) { return s.workflow().assign(u, login, r); },
        login.isEmpty() ? tr("“%1” is assigned to nobody.")
                        : tr("“%1” is assigned to %2.").arg(QStringLiteral("%1"), login));
}

int WorkflowCommands::restore(const Invocation &in)
{
    bool ok = false;
    const int revision = in.value(QStringLiteral("revision")).toInt(&ok);
    if (!ok || revision < 1)
        return c.usage(tr("--revision takes a revision number (1 or more)."));
    return step(
        in,
        [revision](Store &s, const QUuid &u, int expected) {
            return s.restoreRevision(u, revision, expected);
        },
        tr("“%1” says again what it said at revision %2.")
            .arg(QStringLiteral("%1"), QString::number(revision)));
}

int WorkflowCommands::comment(const Invocation &in)
{
    auto uuid = itemOf(in);
    if (!uuid)
        return c.usage(uuid.error().message);
    qint64 parent = 0;
    if (in.isSet(QStringLiteral("reply-to"))) {
        bool ok = false;
        parent = in.value(QStringLiteral("reply-to")).toLongLong(&ok);
        if (!ok || parent < 1)
            return c.usage(tr("--reply-to takes a comment's id, as comments prints it."));
    }
    auto store = c.openStore();
    if (!store)
        return 1;
    auto made = store->comments().add(*uuid, in.value(QStringLiteral("text")), parent);
    if (!made)
        return made.error().code == Error::Code::Invalid ? c.usage(made.error().message)
                                                         : c.fail(made.error());
    c.out << made->id << Qt::endl;
    return 0;
}

int WorkflowCommands::comments(const Invocation &in)
{
    auto uuid = itemOf(in);
    if (!uuid)
        return c.usage(uuid.error().message);
    auto store = c.openStore();
    if (!store)
        return 1;
    if (auto item = store->workflow().find(*uuid); !item)
        return c.fail(item.error());
    auto all = store->comments().list(*uuid);
    if (!all)
        return c.fail(all.error());
    if (in.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Comment &comment : std::as_const(*all))
            array.append(QJsonObject { { QStringLiteral("id"), comment.id },
                { QStringLiteral("reply_to"),
                    comment.parentId == 0 ? QJsonValue() : QJsonValue(comment.parentId) },
                { QStringLiteral("author"), comment.author },
                { QStringLiteral("text"), comment.body },
                { QStringLiteral("created_at"), time(comment.createdAt) },
                { QStringLiteral("edited_at"),
                    comment.editedAt.isValid() ? QJsonValue(time(comment.editedAt))
                                               : QJsonValue() },
                { QStringLiteral("resolved_by"),
                    comment.isResolved() ? QJsonValue(comment.resolvedBy) : QJsonValue() },
                { QStringLiteral("deleted"), comment.deleted } });
        printJson(c.out, array);
        return 0;
    }
    for (const Comment &comment : std::as_const(*all)) {
        const QString indent = comment.parentId == 0 ? QString() : QStringLiteral("    ");
        c.out << indent << '#' << comment.id << ' ' << comment.author << ' '
              << time(comment.createdAt)
              << (comment.isResolved()
                         ? QLatin1Char(' ') + tr("(resolved by %1)").arg(comment.resolvedBy)
                         : QString())
              << '\n';
        const QString text = comment.deleted ? tr("(deleted)") : comment.body;
        for (const QString &line : text.split(QLatin1Char('\n')))
            c.out << indent << "    " << oneLine(line) << '\n';
    }
    c.out.flush();
    return 0;
}

int WorkflowCommands::history(const Invocation &in)
{
    auto uuid = itemOf(in);
    if (!uuid)
        return c.usage(uuid.error().message);
    auto store = c.openStore();
    if (!store)
        return 1;
    auto revisions = store->history().list(*uuid);
    if (!revisions)
        return c.fail(revisions.error());
    if (revisions->isEmpty())
        return c.fail(tr("There is no history for %1.").arg(uuid->toString(QUuid::WithoutBraces)));
    if (in.isSet(QStringLiteral("from"))) {
        bool ok = false;
        const int from = in.value(QStringLiteral("from")).toInt(&ok);
        bool okTo = true;
        const int to = in.isSet(QStringLiteral("to")) ? in.value(QStringLiteral("to")).toInt(&okTo)
                                                      : revisions->first().revision;
        if (!ok || !okTo || from < 1 || to < 1)
            return c.usage(tr("--from and --to take revision numbers (1 or more)."));
        auto before = store->history().snapshot(*uuid, from);
        if (!before)
            return c.fail(before.error());
        auto after = store->history().snapshot(*uuid, to);
        if (!after)
            return c.fail(after.error());
        // Each changed field, word by word: [-removed-]{+added+}, as git diff --word-diff.
        const QStringList fields = HistoryRepository::changedFields(*before, *after);
        if (fields.isEmpty())
            c.out << tr("Revisions %1 and %2 say the same.").arg(from).arg(to) << Qt::endl;
        for (const QString &field : fields) {
            c.out << "## " << field << '\n';
            for (const DiffPiece &piece : WordDiff::diff(WordDiff::valueText(before->value(field)),
                     WordDiff::valueText(after->value(field)))) {
                switch (piece.kind) {
                case DiffPiece::Kind::Equal:
                    c.out << piece.text;
                    break;
                case DiffPiece::Kind::Removed:
                    c.out << "[-" << piece.text << "-]";
                    break;
                case DiffPiece::Kind::Added:
                    c.out << "{+" << piece.text << "+}";
                    break;
                }
            }
            c.out << '\n';
        }
        c.out.flush();
        return 0;
    }
    if (in.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const RevisionInfo &r : std::as_const(*revisions))
            array.append(QJsonObject { { QStringLiteral("revision"), r.revision },
                { QStringLiteral("author"), r.author },
                { QStringLiteral("saved_at"), time(r.savedAt) },
                { QStringLiteral("fields"), QJsonArray::fromStringList(r.fields) } });
        printJson(c.out, array);
        return 0;
    }
    for (const RevisionInfo &r : std::as_const(*revisions))
        c.out << r.revision << '\t' << r.author << '\t' << time(r.savedAt) << '\t'
              << r.fields.join(u", ") << '\n';
    c.out.flush();
    return 0;
}

int WorkflowCommands::log(const Invocation &in)
{
    ActivityRepository::Filter filter;
    filter.limit = 100;
    if (in.isSet(QStringLiteral("since"))) {
        filter.since = QDateTime::fromString(in.value(QStringLiteral("since")), Qt::ISODate);
        if (!filter.since.isValid())
            return c.usage(tr("--since takes a time in ISO 8601 (2026-12-07T09:00:00Z)."));
    }
    if (in.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        filter.limit = in.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || filter.limit < 1)
            return c.usage(tr("--limit takes a count (1 or more)."));
    }
    auto store = c.openStore();
    if (!store)
        return 1;
    auto entries = store->activity().entries(filter);
    if (!entries)
        return c.fail(entries.error());
    if (in.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const ActivityEntry &e : std::as_const(*entries))
            array.append(toJson(e));
        printJson(c.out, array);
        return 0;
    }
    for (const ActivityEntry &e : std::as_const(*entries))
        c.out << time(e.at) << '\t' << e.actor << '\t' << e.action << '\t' << oneLine(e.title)
              << (e.detail.isEmpty() ? QString() : QStringLiteral("\t") + oneLine(e.detail))
              << '\n';
    c.out.flush();
    return 0;
}

int WorkflowCommands::notifications(const Invocation &in)
{
    auto store = c.openStore();
    if (!store)
        return 1;
    auto all = store->activity().notifications(200);
    if (!all)
        return c.fail(all.error());
    if (in.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Notification &n : std::as_const(*all)) {
            QJsonObject o = toJson(n.activity);
            o.insert(QStringLiteral("notification"), n.id);
            o.insert(QStringLiteral("kind"), n.kind);
            o.insert(QStringLiteral("read"), n.read);
            array.append(o);
        }
        printJson(c.out, array);
    } else {
        for (const Notification &n : std::as_const(*all))
            c.out << (n.read ? ' ' : '*') << ' ' << time(n.activity.at) << '\t' << n.kind << '\t'
                  << n.activity.actor << '\t' << oneLine(n.activity.title) << '\n';
        c.out.flush();
    }
    if (in.isSet(QStringLiteral("read"))) {
        if (auto r = store->activity().markRead(); !r)
            return c.fail(r.error());
    }
    return 0;
}

namespace {

QJsonObject toJson(const CalendarItem &item, const QTimeZone &zone)
{
    const QDateTime local = item.start.isValid() ? item.start.toTimeZone(zone) : QDateTime();
    return { { QStringLiteral("uuid"), item.uuid.toString(QUuid::WithoutBraces) },
        { QStringLiteral("type"), item.type }, { QStringLiteral("kind"), item.kind },
        { QStringLiteral("title"), item.title },
        { QStringLiteral("state"), Workflow::toString(item.state) },
        { QStringLiteral("time"),
            item.allDay || !local.isValid() ? QString()
                                            : local.time().toString(QStringLiteral("HH:mm")) },
        { QStringLiteral("all_day"), item.allDay }, { QStringLiteral("start"), time(item.start) },
        { QStringLiteral("end"), time(item.end) }, { QStringLiteral("revision"), item.revision },
        { QStringLiteral("writer"), item.writer },
        { QStringLiteral("sections"), QJsonArray::fromStringList(item.sections) } };
}

} // namespace

int WorkflowCommands::calendar(const Invocation &in)
{
    auto day = [&](const char *option, const QDate &otherwise) -> std::optional<QDate> {
        const QString text = in.value(QString::fromLatin1(option));
        if (text.isEmpty())
            return otherwise;
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!date.isValid())
            return std::nullopt;
        return date;
    };
    CalendarFilter filter;
    filter.section = in.value(QStringLiteral("section"));
    filter.kind = in.value(QStringLiteral("kind"));
    filter.state = in.value(QStringLiteral("state"));
    filter.person = in.value(QStringLiteral("person"));
    if (!filter.kind.isEmpty() && filter.kind != u"news" && filter.kind != u"testimonial"
        && filter.kind != u"event")
        return c.usage(tr("--kind takes news, testimonial or event, not “%1”.").arg(filter.kind));
    if (!filter.state.isEmpty() && !Workflow::stateFromString(filter.state))
        return c.usage(tr("--state takes draft, in_review, approved, scheduled, published or "
                          "archived, not “%1”.")
                           .arg(filter.state));
    auto store = c.openStore();
    if (!store)
        return 1;
    auto settings = store->siteSettings().load();
    if (!settings)
        return c.fail(settings.error());
    const QTimeZone zone(settings->timeZone.toUtf8());
    const auto from = day("from", QDateTime::currentDateTimeUtc().toTimeZone(zone).date());
    if (!from)
        return c.usage(tr("--from takes a day as YYYY-MM-DD, not “%1”.")
                           .arg(in.value(QStringLiteral("from"))));
    const auto to = day("to", from->addDays(6));
    if (!to)
        return c.usage(
            tr("--to takes a day as YYYY-MM-DD, not “%1”.").arg(in.value(QStringLiteral("to"))));
    if (*to < *from)
        return c.usage(tr("--to (%1) is before --from (%2).")
                           .arg(to->toString(Qt::ISODate), from->toString(Qt::ISODate)));
    if (from->daysTo(*to) > 3660)
        return c.usage(tr("From %1 to %2 is more than ten years: ask for less.")
                           .arg(from->toString(Qt::ISODate), to->toString(Qt::ISODate)));
    auto items = store->calendar().items(
        Calendar::at(*from, QTime(0, 0), zone), Calendar::at(to->addDays(1), QTime(0, 0), zone));
    if (!items)
        return c.fail(items.error());
    QList<CalendarItem> undated;
    if (in.isSet(QStringLiteral("undated"))) {
        auto aside = store->calendar().unscheduled();
        if (!aside)
            return c.fail(aside.error());
        undated = *aside;
    }
    const bool json = in.isSet(QStringLiteral("json"));
    QJsonArray days;
    for (QDate d = *from; d <= *to; d = d.addDays(1)) {
        QJsonArray dayItems;
        QStringList lines;
        for (const CalendarItem &item : std::as_const(*items)) {
            if (!filter.accepts(item) || !Calendar::covers(item, d, zone))
                continue;
            const QJsonObject object = toJson(item, zone);
            dayItems.append(object);
            const QString when = item.allDay ? tr("all day")
                : Calendar::firstDay(item, zone) == d
                ? object.value(QStringLiteral("time")).toString()
                : tr("cont.");
            lines.append(QStringLiteral("  %1\t%2\t%3\t%4\t%5")
                             .arg(when, item.kind, Workflow::toString(item.state),
                                 oneLine(item.title), item.uuid.toString(QUuid::WithoutBraces)));
        }
        if (dayItems.isEmpty())
            continue;
        days.append(QJsonObject { { QStringLiteral("day"), d.toString(Qt::ISODate) },
            { QStringLiteral("items"), dayItems } });
        if (!json)
            c.out << d.toString(Qt::ISODate) << '\n' << lines.join(QLatin1Char('\n')) << '\n';
    }
    QJsonArray aside;
    for (const CalendarItem &item : std::as_const(undated)) {
        if (!filter.accepts(item))
            continue;
        aside.append(toJson(item, zone));
        if (!json)
            c.out << tr("undated") << "\t" << item.kind << '\t' << Workflow::toString(item.state)
                  << '\t' << oneLine(item.title) << '\t' << item.uuid.toString(QUuid::WithoutBraces)
                  << '\n';
    }
    if (json) {
        QJsonObject out { { QStringLiteral("time_zone"), QString::fromUtf8(zone.id()) },
            { QStringLiteral("from"), from->toString(Qt::ISODate) },
            { QStringLiteral("to"), to->toString(Qt::ISODate) }, { QStringLiteral("days"), days } };
        if (in.isSet(QStringLiteral("undated")))
            out.insert(QStringLiteral("undated"), aside);
        c.out << QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Indented));
    }
    c.out.flush();
    return 0;
}

} // namespace Relais
