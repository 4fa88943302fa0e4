// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
// relais-cli: one item at a time, as the window works on it (add, show, edit), and the live
// changes of the database (watch).
#include "commands.h"

#include "content/jsonformat.h"
#include "content/vocabulary.h"
#include "storage/changefeed.h"
#include "storage/store.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <atomic>
#include <csignal>
#include <variant>

namespace Relais {

namespace {

// Exit code of an edit refused because someone saved a newer revision first.
constexpr int StaleExitCode = 3;
// The most a --body-file may hold.
constexpr qint64 LongestBody = qint64(16) * 1024 * 1024;

std::atomic<bool> s_interrupted { false };

extern "C" void interrupted(int)
{
    s_interrupted = true;
}

// One item found by its uuid, whatever its kind.
struct Found
{
    QString type;
    std::variant<Article, AgendaEntry, Contact> item;
};

Result<Found> findItem(Store &store, const QString &text)
{
    const QUuid uuid = QUuid::fromString(text);
    if (uuid.isNull())
        return Error::invalid(
            ItemCommands::tr("“%1” is not an item's id (a UUID, as list prints it).").arg(text));
    if (auto a = store.articles().load(uuid))
        return Found { EntityType::Article, *a };
    else if (a.error().code != Error::Code::NotFound)
        return a.error();
    if (auto e = store.agenda().load(uuid))
        return Found { EntityType::Agenda, *e };
    else if (e.error().code != Error::Code::NotFound)
        return e.error();
    if (auto c = store.contacts().load(uuid))
        return Found { EntityType::Contact, *c };
    else if (c.error().code != Error::Code::NotFound)
        return c.error();
    return Error { Error::Code::NotFound,
        ItemCommands::tr("There is no item with the id %1.").arg(text), {} };
}

// What add and edit print of a stored item.
template<typename T> Result<QUuid> uuidOf(const Result<T> &saved)
{
    if (!saved)
        return saved.error();
    return saved->meta.uuid;
}

template<typename T> Result<int> revisionOf(const Result<T> &saved)
{
    if (!saved)
        return saved.error();
    return saved->meta.revision;
}

const EntityMeta &metaOf(const Found &found)
{
    return std::visit([](const auto &item) -> const EntityMeta & { return item.meta; }, found.item);
}

QJsonObject jsonOf(const Found &found)
{
    QJsonObject object
        = std::visit([](const auto &item) { return JsonFormat::toJson(item); }, found.item);
    object.insert(QStringLiteral("type"), found.type);
    return object;
}

} // namespace

QList<Command> ItemCommands::commands()
{
    const QCommandLineOption json(
        QStringLiteral("json"), tr("Print JSON: every field, times in ISO 8601 UTC."));
    const QList<QCommandLineOption> fields {
        { QStringLiteral("title"), tr("The title (a contact's name)."), tr("text") },
        { QStringLiteral("summary"), tr("An article's summary."), tr("text") },
        { QStringLiteral("body-file"),
            tr("A file whose text (Markdown) becomes the body: an article's text, an agenda "
               "entry's description, a contact's notes."),
            tr("file") },
        { QStringLiteral("status"), tr("draft, scheduled, published or archived."), tr("status") },
        { QStringLiteral("publish-at"), tr("When it is published (ISO 8601)."), tr("time") },
        { QStringLiteral("section"), tr("A section (several: the option again)."), tr("section") },
    };
    QList<QCommandLineOption> addOptions = fields;
    addOptions << QCommandLineOption(
        QStringLiteral("start"), tr("An agenda entry's start (ISO 8601)."), tr("time"))
               << QCommandLineOption(
                      QStringLiteral("end"), tr("An agenda entry's end (ISO 8601)."), tr("time"))
               << QCommandLineOption(QStringLiteral("place"),
                      tr("Where an agenda entry takes place."), tr("text"));
    QList<QCommandLineOption> editOptions = fields;
    editOptions << QCommandLineOption(QStringLiteral("start"),
        tr("An agenda entry's new start (ISO 8601); without --end it keeps its length."),
        tr("time"))
                << QCommandLineOption(QStringLiteral("end"),
                       tr("An agenda entry's new end (ISO 8601)."), tr("time"))
                << QCommandLineOption(QStringLiteral("expect-revision"),
                       tr("Change it only if it is still at this revision; exit code 3 when "
                          "someone saved a "
                          "newer one."),
                       tr("number"));
    return {
        { QStringLiteral("add"), tr("Add an item; prints its id."),
            { { QStringLiteral("article|testimonial|agenda|contact"), tr("What to add.") } },
            addOptions, { QStringLiteral("title") }, member(this, &ItemCommands::add) },
        { QStringLiteral("show"), tr("Show one item: every field, with its revision."),
            { { QStringLiteral("ITEM"), tr("The item's id, as list prints it.") } }, { json }, {},
            member(this, &ItemCommands::show) },
        { QStringLiteral("edit"),
            tr("Change fields of one item; never over a revision saved meanwhile (exit code "
               "3)."),
            { { QStringLiteral("ITEM"), tr("The item's id, as list prints it.") } }, editOptions,
            {}, member(this, &ItemCommands::edit) },
        { QStringLiteral("watch"),
            tr("Print each change other sessions commit, one line each, until interrupted; "
               "goes on after the connection is lost and found again."),
            {}, { json }, {}, member(this, &ItemCommands::watch) },
    };
}

// The fields given on the command line, written into item; an error names the option.
template<typename T> Result<void> ItemCommands::apply(const Invocation &in, T &item)
{
    QString body;
    if (in.isSet(QStringLiteral("body-file"))) {
        QFile file(in.value(QStringLiteral("body-file")));
        if (!file.open(QIODevice::ReadOnly))
            return Error::invalid(
                tr("Cannot read “%1”: %2").arg(file.fileName(), file.errorString()));
        if (file.size() > LongestBody)
            return Error::invalid(tr("“%1” is larger than %2: not a text to publish.")
                                      .arg(file.fileName(), dataSize(LongestBody)));
        const QByteArray bytes = file.readAll();
        body = QString::fromUtf8(bytes);
        if (body.toUtf8() != bytes)
            return Error::invalid(tr("“%1” is not UTF-8 text.").arg(file.fileName()));
    }
    const bool hasBody = in.isSet(QStringLiteral("body-file"));
    if constexpr (std::is_same_v<T, Contact>) {
        if (in.isSet(QStringLiteral("title")))
            item.name = in.value(QStringLiteral("title"));
        if (hasBody)
            item.notes = body;
        for (const char *option : { "summary", "status", "publish-at", "section" }) {
            if (in.isSet(QString::fromLatin1(option)))
                return Error::invalid(tr("A contact has no --%1.").arg(QLatin1StringView(option)));
        }
    } else {
        if (in.isSet(QStringLiteral("title")))
            item.title = in.value(QStringLiteral("title"));
        if constexpr (std::is_same_v<T, Article>) {
            if (in.isSet(QStringLiteral("summary")))
                item.summary = in.value(QStringLiteral("summary"));
            if (hasBody)
                item.body = body;
        } else {
            if (in.isSet(QStringLiteral("summary")))
                return Error::invalid(tr("An agenda entry has no --summary."));
            if (hasBody)
                item.description = body;
        }
        if (in.isSet(QStringLiteral("status"))) {
            const auto status = Vocabulary::statusFromString(in.value(QStringLiteral("status")));
            if (!status)
                return Error::invalid(
                    tr("--status takes draft, scheduled, published or archived, not “%1”.")
                        .arg(in.value(QStringLiteral("status"))));
            item.status = *status;
        }
        if (in.isSet(QStringLiteral("publish-at"))) {
            const QDateTime at = commandTime(in.value(QStringLiteral("publish-at")));
            if (!at.isValid())
                return Error::invalid(tr("--publish-at: “%1” is not a date and time.")
                                          .arg(in.value(QStringLiteral("publish-at"))));
            item.publishAt = at.toUTC();
        }
        if (in.isSet(QStringLiteral("section")))
            item.sections = in.values(QStringLiteral("section"));
        if constexpr (std::is_same_v<T, Article>) {
            for (const char *option : { "start", "end" }) {
                if (in.isSet(QString::fromLatin1(option)))
                    return Error::invalid(tr("An article has no --%1: its date is --publish-at.")
                                              .arg(QLatin1StringView(option)));
            }
        } else if (item.meta.isStored()) {
            // Moved (edit): the end follows the start unless it is given too.
            const qint64 length
                = item.end.isValid() && item.start.isValid() ? item.start.secsTo(item.end) : -1;
            for (const char *option : { "start", "end" }) {
                if (!in.isSet(QString::fromLatin1(option)))
                    continue;
                const QDateTime at = commandTime(in.value(QString::fromLatin1(option)));
                if (!at.isValid())
                    return Error::invalid(
                        tr("--%1: “%2” is not a date and time.")
                            .arg(QLatin1StringView(option), in.value(QString::fromLatin1(option))));
                (option[0] == 's' ? item.start : item.end) = at.toUTC();
            }
            if (in.isSet(QStringLiteral("start")) && !in.isSet(QStringLiteral("end"))
                && length >= 0)
                item.end = item.start.addSecs(length);
        }
    }
    return {};
}

int ItemCommands::add(const Invocation &in)
{
    const QString what = in.argument(0);
    auto store = c.openStore();
    if (!store)
        return 1;
    auto created = [&]() -> Result<QUuid> {
        if (what == u"article" || what == u"testimonial") {
            Article article;
            article.kind = what == u"article" ? ArticleKind::News : ArticleKind::Testimonial;
            if (auto r = apply(in, article); !r)
                return r.error();
            return uuidOf(store->articles().create(article));
        }
        if (what == u"agenda") {
            AgendaEntry entry;
            if (auto r = apply(in, entry); !r)
                return r.error();
            entry.start = commandTime(in.value(QStringLiteral("start"))).toUTC();
            entry.end = in.isSet(QStringLiteral("end"))
                ? commandTime(in.value(QStringLiteral("end"))).toUTC()
                : QDateTime();
            if (!in.isSet(QStringLiteral("start")) || !entry.start.isValid())
                return Error::invalid(tr("An agenda entry needs --start, a date and time."));
            if (in.isSet(QStringLiteral("end")) && !entry.end.isValid())
                return Error::invalid(
                    tr("--end: “%1” is not a date and time.").arg(in.value(QStringLiteral("end"))));
            entry.locationName = in.value(QStringLiteral("place"));
            return uuidOf(store->agenda().create(entry));
        }
        if (what == u"contact") {
            Contact contact;
            if (auto r = apply(in, contact); !r)
                return r.error();
            return uuidOf(store->contacts().create(contact));
        }
        return Error::invalid(tr("add takes one of: article, testimonial, agenda, contact."));
    }();
    if (!created) {
        if (created.error().code == Error::Code::Invalid && created.error().detail.isEmpty())
            return c.usage(created.error().message);
        return c.fail(created.error());
    }
    c.out << created->toString(QUuid::WithoutBraces) << Qt::endl;
    return 0;
}

int ItemCommands::show(const Invocation &in)
{
    auto store = c.openStore();
    if (!store)
        return 1;
    auto found = findItem(*store, in.argument(0));
    if (!found)
        return c.fail(found.error());
    const QJsonObject object = jsonOf(*found);
    if (in.isSet(QStringLiteral("json"))) {
        c.out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    } else {
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            const QJsonValue value = it.value();
            const QString text = value.isString() ? value.toString()
                : value.isArray()
                ? QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact))
                : value.isBool()
                ? (value.toBool() ? QStringLiteral("true") : QStringLiteral("false"))
                : QString::number(value.toDouble());
            c.out << it.key() << ": " << text << '\n';
        }
    }
    c.out.flush();
    return 0;
}

int ItemCommands::edit(const Invocation &in)
{
    int expected = -1;
    if (in.isSet(QStringLiteral("expect-revision"))) {
        bool ok = false;
        expected = in.value(QStringLiteral("expect-revision")).toInt(&ok);
        if (!ok || expected < 1)
            return c.usage(tr("--expect-revision takes a revision number (1 or more)."));
    }
    auto store = c.openStore();
    if (!store)
        return 1;
    auto found = findItem(*store, in.argument(0));
    if (!found)
        return c.fail(found.error());
    const EntityMeta &meta = metaOf(*found);
    // Who saved the revision that is there now, and when: what the person needs to decide.
    auto stale = [&](int current) {
        QString who;
        auto last = store->changes().lastOf(ChangeRepository::tableOf(found->type), meta.id);
        if (last && last->has_value() && (*last)->revision == current)
            who = tr(" It was saved by %1 at %2.")
                      .arg((*last)->user.isEmpty() ? tr("someone") : (*last)->user,
                          JsonFormat::isoUtc((*last)->at));
        c.err << tr("%1 was changed meanwhile: it is at revision %2, you expected %3; nothing "
                    "was changed.%4 Read it again (relais-cli show %1) and redo the edit.")
                     .arg(in.argument(0))
                     .arg(current)
                     .arg(expected >= 0 ? expected : meta.revision)
                     .arg(who)
              << Qt::endl;
        return StaleExitCode;
    };
    if (expected >= 0 && expected != meta.revision)
        return stale(meta.revision);
    auto saved = std::visit(
        [&](auto item) -> Result<int> {
            if (auto r = apply(in, item); !r)
                return r.error();
            // The revision read (or expected): the UPDATE checks it where the data lives.
            if (expected >= 0)
                item.meta.revision = expected;
            if constexpr (std::is_same_v<decltype(item), Article>)
                return revisionOf(store->articles().update(item));
            else if constexpr (std::is_same_v<decltype(item), AgendaEntry>)
                return revisionOf(store->agenda().update(item));
            else
                return revisionOf(store->contacts().update(item));
        },
        found->item);
    if (!saved) {
        if (saved.error().code == Error::Code::StaleRevision) {
            auto again = findItem(*store, in.argument(0));
            return stale(again ? metaOf(*again).revision : meta.revision + 1);
        }
        if (saved.error().code == Error::Code::Invalid && saved.error().detail.isEmpty())
            return c.usage(saved.error().message);
        return c.fail(saved.error());
    }
    c.out << tr("%1 saved: revision %2.").arg(in.argument(0)).arg(*saved) << Qt::endl;
    return 0;
}

int ItemCommands::watch(const Invocation &in)
{
    const bool json = in.isSet(QStringLiteral("json"));
    // The database must be there and be Relais's before anything is watched.
    {
        auto store = c.openStore();
        if (!store)
            return 1;
    }
    ChangeFeed feed(c.database, QString());
    QEventLoop loop;
    QObject::connect(&feed, &ChangeFeed::changed, &loop, [&](const QList<Change> &changes) {
        for (const Change &change : changes) {
            if (json) {
                QJsonObject line { { QStringLiteral("seq"), change.seq },
                    { QStringLiteral("at"), JsonFormat::isoUtc(change.at) },
                    { QStringLiteral("action"), change.actionName() },
                    { QStringLiteral("type"), change.type() },
                    { QStringLiteral("uuid"),
                        change.uuid.isNull() ? QString()
                                             : change.uuid.toString(QUuid::WithoutBraces) },
                    { QStringLiteral("id"), change.itemId },
                    { QStringLiteral("revision"), change.revision },
                    { QStringLiteral("user"), change.user } };
                c.out << QString::fromUtf8(QJsonDocument(line).toJson(QJsonDocument::Compact))
                      << '\n';
            } else {
                c.out << JsonFormat::isoUtc(change.at) << '\t' << change.actionName() << '\t'
                      << change.type() << '\t'
                      << (change.uuid.isNull() ? QString::number(change.itemId)
                                               : change.uuid.toString(QUuid::WithoutBraces))
                      << '\t' << change.revision << '\t' << change.user << '\n';
            }
        }
        c.out.flush();
    });
    QObject::connect(&feed, &ChangeFeed::connectionLost, &loop, [&](const QString &message) {
        c.err << tr("Connection lost, trying again: %1").arg(message) << Qt::endl;
    });
    QObject::connect(&feed, &ChangeFeed::connectionRestored, &loop,
        [&] { c.err << tr("Connected again; what was missed follows.") << Qt::endl; });
    QObject::connect(&feed, &ChangeFeed::started, &loop,
        [&] { c.err << tr("Watching %1; Ctrl+C stops.").arg(c.database) << Qt::endl; });
    // Interrupted (Ctrl+C, a service stopped): the loop ends, the feed closes its connection.
    s_interrupted = false;
    std::signal(SIGINT, interrupted);
    std::signal(SIGTERM, interrupted);
    QTimer check;
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (s_interrupted)
            loop.quit();
    });
    check.start(100);
    feed.start();
    loop.exec();
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    return 0;
}

} // namespace Relais
