// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/seedimporter.h"

#include "content/validation.h"
#include "content/vocabulary.h"
#include "exchange/jsonstream.h"
#include "openfiles.h"
#include "storage/store.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimeZone>

#include <algorithm>
#include <array>

namespace Relais {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Relais::SeedImporter", text);
}

// Reads one item of the file and collects what is wrong with it, each problem naming the
// file, the item (list and index, with its title when it has one) and the field.
class ItemReader
{
    // Its messages belong to the importer's translation context.
    Q_DECLARE_TR_FUNCTIONS(Relais::SeedImporter)

public:
    ItemReader(const QString &file, const QString &list, int index, const QJsonObject &object,
        QStringList &problems)
        : m_file(file)
        , m_list(list)
        , m_index(index)
        , m_object(object)
        , m_problems(problems)
    { }

    QString where() const
    {
        const QString title
            = m_object.value(QStringLiteral("title"))
                  .toString(m_object.value(QStringLiteral("organization")).toString());
        QString item = QStringLiteral("%1[%2]").arg(m_list).arg(m_index);
        if (!title.isEmpty())
            item += QStringLiteral(" “%1”").arg(title.left(60));
        return QStringLiteral("%1: %2").arg(m_file, item);
    }

    void problem(const QString &field, const QString &message)
    {
        m_problems.append(tr("%1, field “%2”: %3").arg(where(), field, message));
    }

    QString text(const QString &field, bool required = false)
    {
        const QJsonValue v = m_object.value(field);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                problem(field, tr("is missing."));
            return {};
        }
        if (!v.isString()) {
            problem(field, tr("must be text."));
            return {};
        }
        if (required && v.toString().trimmed().isEmpty())
            problem(field, tr("is empty."));
        return v.toString();
    }

    // A string or an array of strings.
    QStringList texts(const QString &field)
    {
        const QJsonValue v = m_object.value(field);
        if (v.isUndefined() || v.isNull())
            return {};
        if (v.isString())
            return { v.toString() };
        QStringList list;
        if (v.isArray()) {
            const QJsonArray array = v.toArray();
            for (const QJsonValue item : array) {
                if (!item.isString()) {
                    problem(field, tr("must hold only text."));
                    return {};
                }
                list.append(item.toString());
            }
            return list;
        }
        problem(field, tr("must be text or a list of texts."));
        return {};
    }

    QDate date(const QString &field, bool required)
    {
        const QString value = text(field, required);
        if (value.isEmpty())
            return {};
        const QDate d = QDate::fromString(value, Qt::ISODate);
        if (!d.isValid() || value.size() != 10)
            problem(field, tr("“%1” is not a date (expected YYYY-MM-DD).").arg(value));
        return d;
    }

    QTime time(const QString &field)
    {
        const QString value = text(field);
        if (value.isEmpty())
            return {};
        const QTime t = QTime::fromString(value, QStringLiteral("HH:mm"));
        if (!t.isValid())
            problem(field, tr("“%1” is not a time (expected HH:MM).").arg(value));
        return t;
    }

    int integer(const QString &field)
    {
        const QJsonValue v = m_object.value(field);
        if (v.isUndefined() || v.isNull())
            return 0;
        if (!v.isDouble() || v.toDouble() < 0 || v.toDouble() > 100000
            || v.toDouble() != double(v.toInt())) {
            problem(field, tr("must be a whole number of minutes."));
            return 0;
        }
        return v.toInt();
    }

    bool boolean(const QString &field)
    {
        const QJsonValue v = m_object.value(field);
        if (v.isUndefined() || v.isNull())
            return false;
        if (!v.isBool()) {
            problem(field, tr("must be true or false."));
            return false;
        }
        return v.toBool();
    }

    // A refusal of the database: a field for validation and slug conflicts, else the
    // database's own words.
    void storeFailed(const Error &error)
    {
        if (error.code == Error::Code::Conflict)
            problem(QStringLiteral("slug"), error.message);
        else if (error.code == Error::Code::Invalid)
            problem(error.detail, error.message);
        else
            m_problems.append(
                QStringLiteral("%1: %2 (%3)").arg(where(), error.message, error.detail));
    }

    void addErrors(const FieldErrors &errors)
    {
        for (const FieldError &e : errors)
            problem(e.field, e.message);
    }

private:
    QString m_file;
    QString m_list;
    int m_index;
    QJsonObject m_object;
    QStringList &m_problems;
};

// Whole weeks, so that demo events keep their weekday.
int weeksToShift(const QDate &from, const QDate &to)
{
    const qint64 days = from.daysTo(to);
    return int(days >= 0 ? (days + 6) / 7 : -((-days) / 7));
}

} // namespace

SeedImporter::SeedImporter(Store &store)
    : m_store(store)
{ }

Result<SeedImporter::Report> SeedImporter::importFile(const QString &path, const Options &options)
{
    if (auto inUse = OpenFiles::refuseDatabaseInUse(path); !inUse)
        return inUse.error();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::failed(tr("Cannot read “%1”: %2").arg(path, file.errorString()));
    return importDevice(file, QFileInfo(path).fileName(), options);
}

Result<SeedImporter::Report> SeedImporter::importData(
    const QByteArray &json, const QString &fileName, const Options &options)
{
    QBuffer buffer;
    buffer.setData(json);
    buffer.open(QIODevice::ReadOnly);
    return importDevice(buffer, fileName, options);
}

Result<SeedImporter::Report> SeedImporter::importDevice(
    QIODevice &device, const QString &fileName, const Options &options)
{
    const QStringList lists { QStringLiteral("contacts"), QStringLiteral("articles"),
        QStringLiteral("testimonials"), QStringLiteral("agenda") };
    const qint64 start = device.pos();
    const qint64 total = 2 * std::max<qint64>(device.size() - start, 1);
    QStringList problems;
    auto cancelled = [&] { return options.cancel && options.cancel->load(); };

    // Reads the lists named, from the start, calling visit for each element that is an
    // object. The first reading also names the root's keys that should be lists and are not.
    int reading = 0;
    auto read
        = [&](const QStringList &wanted,
              const std::function<bool(const QString &, int, const QJsonObject &)> &visit,
              const std::function<bool(const QString &, const QString &)> &keeps) -> Result<void> {
        if (!device.seek(start))
            return Error::failed(tr("Cannot read %1: %2").arg(fileName, device.errorString()));
        const qint64 before = reading++ * (total / 2);
        JsonListStream::Handler handler;
        handler.wants = [&](const QString &list) { return wanted.contains(list); };
        handler.keeps = keeps;
        handler.element = [&](const QString &list, int index, const QJsonValue &value) {
            if (cancelled())
                return false;
            if (!value.isObject()) {
                problems.append(tr("%1: %2[%3] must be an object.").arg(fileName, list).arg(index));
                return true;
            }
            return visit(list, index, value.toObject());
        };
        if (reading == 1) {
            handler.notAList = [&](const QString &key) {
                if (lists.contains(key))
                    problems.append(tr("%1: “%2” must be a list.").arg(fileName, key));
            };
        }
        if (options.progress)
            handler.progress = [&](qint64 bytes) { options.progress(before + bytes, total); };
        auto outcome = JsonListStream::read(device, fileName, handler);
        if (!outcome) {
            if (outcome.error().detail == u"root") {
                return Error { Error::Code::Invalid,
                    tr("%1 is not a seed file: it must hold one object with contacts, articles, "
                       "testimonials and agenda.")
                        .arg(fileName),
                    {} };
            }
            return outcome.error();
        }
        if (*outcome == JsonListStream::Outcome::Stopped || cancelled())
            return Error::failed(
                tr("The import of %1 was cancelled; nothing was imported.").arg(fileName));
        return {};
    };

    const QTimeZone zone(options.timeZone.toUtf8());
    auto localMoment = [&](const QDate &date, const QTime &time) {
        return QDateTime(date, time.isValid() ? time : QTime(0, 0), zone).toUTC();
    };

    // Thousands of items: no row of changes each, one change of everything at the end.
    if (auto r = m_store.database().setChangesNoted(false); !r)
        return r.error();
    const auto noteAgain = qScopeGuard([this] { (void)m_store.database().setChangesNoted(true); });
    Transaction transaction(m_store.database());
    if (!transaction.isActive())
        return transaction.error();
    const std::array<EntityRepository *, 3> repositories { &m_store.contacts(), &m_store.articles(),
        &m_store.agenda() };
    const auto endBulk = qScopeGuard([&] {
        for (EntityRepository *repository : repositories)
            repository->abandonBulk();
    });
    for (EntityRepository *repository : repositories) {
        if (auto r = repository->beginBulk(); !r)
            return r.error();
    }
    Report report;

    // First reading: the contacts (articles and events link to them by organisation name),
    // the newest date of the news (a testimonial without a date has it, wherever it stands in
    // the file) and, for the demo, the dates the shifts are computed from.
    QHash<QString, QUuid> contactByOrganization;
    {
        auto existing = m_store.database().exec(
            QStringLiteral("SELECT organization, uuid FROM contacts WHERE organization <> '' AND "
                           "deleted_at IS NULL"));
        if (!existing)
            return existing.error();
        while (existing->next())
            contactByOrganization.insert(existing->value(0).toString().toCaseFolded(),
                QUuid::fromString(existing->value(1).toString()));
    }
    QDate firstEvent;
    QDate newestArticle;
    auto importContact = [&](int i, const QJsonObject &object) {
        ItemReader r(fileName, QStringLiteral("contacts"), i, object, problems);
        Contact c;
        c.organization = r.text(QStringLiteral("organization"));
        c.name = r.text(QStringLiteral("name"));
        c.role = r.text(QStringLiteral("role"));
        c.emails = r.texts(QStringLiteral("email")) + r.texts(QStringLiteral("emails"));
        c.phones = r.texts(QStringLiteral("phone")) + r.texts(QStringLiteral("phones"));
        c.address = r.text(QStringLiteral("address"));
        c.website = Validation::normalizedWebUrl(r.text(QStringLiteral("website")));
        c.notes = r.text(QStringLiteral("note"));
        const FieldErrors errors = Validation::check(c);
        if (!errors.isEmpty()) {
            r.addErrors(errors);
            return;
        }
        auto stored = m_store.contacts().insert(c);
        if (!stored) {
            r.storeFailed(stored.error());
            return;
        }
        ++report.contacts;
        if (!c.organization.isEmpty())
            contactByOrganization.insert(c.organization.toCaseFolded(), stored->uuid);
    };
    QStringList firstLists { QStringLiteral("contacts"), QStringLiteral("articles") };
    if (options.demo)
        firstLists << QStringLiteral("agenda");
    if (auto r = read(
            firstLists,
            [&](const QString &list, int i, const QJsonObject &object) {
                if (list == u"contacts") {
                    importContact(i, object);
                    return true;
                }
                const QDate d = QDate::fromString(
                    object.value(QStringLiteral("date")).toString(), Qt::ISODate);
                if (!d.isValid())
                    return true;
                QDate &kept = list == u"agenda" ? firstEvent : newestArticle;
                if (!kept.isValid() || (list == u"agenda" ? d < kept : d > kept))
                    kept = d;
                return true;
            },
            [](const QString &list, const QString &key) {
                return list == u"contacts" || key == u"date";
            });
        !r)
        return r.error();

    // Demo shifts, computed from the dates the file carries.
    int agendaShiftDays = 0;
    int articleShiftDays = 0;
    if (firstEvent.isValid())
        agendaShiftDays = 7 * weeksToShift(firstEvent, options.today.addDays(1));
    if (newestArticle.isValid() && options.demo)
        articleShiftDays = 7 * (weeksToShift(newestArticle, options.today) - 1);

    auto linkedContacts = [&](ItemReader &r) {
        QList<QUuid> uuids;
        for (const QString &name : r.texts(QStringLiteral("contacts"))) {
            const QUuid uuid = contactByOrganization.value(name.toCaseFolded());
            if (uuid.isNull())
                r.problem(QStringLiteral("contacts"),
                    tr("no contact has the organisation “%1”.").arg(name));
            else
                uuids.append(uuid);
        }
        return uuids;
    };
    auto sectionsOf = [&](ItemReader &r, const QJsonObject &o) {
        QStringList sections = r.texts(QStringLiteral("sections"));
        if (o.contains(QStringLiteral("section")))
            sections.prepend(r.text(QStringLiteral("section")));
        for (const QString &s : std::as_const(sections)) {
            if (!Vocabulary::isSection(s))
                r.problem(
                    QStringLiteral("section"), tr("“%1” is not a section of the site.").arg(s));
        }
        return sections;
    };

    // Articles and testimonials share one shape; a testimonial without a date of its own came
    // out with the newest news.
    QDate newestDate = newestArticle.isValid() ? newestArticle.addDays(articleShiftDays) : QDate();
    auto importArticle
        = [&](const QJsonObject &object, const QString &list, int i, ArticleKind kind, int &count) {
              ItemReader r(fileName, list, i, object, problems);
              Article a;
              a.kind = kind;
              a.title = r.text(QStringLiteral("title"), true);
              a.slug = r.text(QStringLiteral("slug"));
              a.summary = r.text(QStringLiteral("summary"));
              a.body = r.text(QStringLiteral("body_markdown"));
              a.sections = sectionsOf(r, object);
              QDate date = r.date(QStringLiteral("date"), kind == ArticleKind::News);
              date = date.isValid() ? date.addDays(articleShiftDays) : newestDate;
              if (date.isValid() && (!newestDate.isValid() || date > newestDate))
                  newestDate = date;
              a.status = Status::Published;
              a.publishAt = date.isValid() ? localMoment(date, {}) : m_store.database().now();
              a.contacts = linkedContacts(r);
              const int before = int(problems.size());
              r.addErrors(Validation::check(a));
              if (problems.size() > before)
                  return;
              auto stored = m_store.articles().insert(a);
              if (!stored)
                  r.storeFailed(stored.error());
              else
                  ++count;
          };
    auto importEvent = [&](const QJsonObject &object, int i) {
        ItemReader r(fileName, QStringLiteral("agenda"), i, object, problems);
        AgendaEntry e;
        e.title = r.text(QStringLiteral("title"), true);
        e.slug = r.text(QStringLiteral("slug"));
        e.timeZone = options.timeZone;
        const QDate date = r.date(QStringLiteral("date"), true).addDays(agendaShiftDays);
        const QTime time = r.time(QStringLiteral("time"));
        const int minutes = r.integer(QStringLiteral("duration_minutes"));
        e.allDay = !time.isValid();
        e.start = localMoment(date, time);
        e.end = e.allDay ? e.start : e.start.addSecs(qint64(minutes) * 60);
        e.locationName = r.text(QStringLiteral("location"));
        e.address = r.text(QStringLiteral("address"));
        e.onlineUrl = r.text(QStringLiteral("online_url"));
        if (r.boolean(QStringLiteral("online")) && e.locationName.isEmpty())
            e.locationName = QStringLiteral("En ligne"); // content of the French site, not UI text
        e.description = r.text(QStringLiteral("description"));
        e.sections = sectionsOf(r, object);
        e.status = Status::Published;
        // The page carries no date of announcement: published, with no embargo.
        e.publishAt = QDateTime();
        e.contacts = linkedContacts(r);
        const int before = int(problems.size());
        if (date.isValid())
            r.addErrors(Validation::check(e));
        if (problems.size() > before)
            return;
        auto stored = m_store.agenda().insert(e);
        if (!stored)
            r.storeFailed(stored.error());
        else
            ++report.agenda;
    };

    // Second reading: the rest, in the file's order.
    if (auto r = read({ QStringLiteral("articles"), QStringLiteral("testimonials"),
                          QStringLiteral("agenda") },
            [&](const QString &list, int i, const QJsonObject &object) {
                if (list == u"agenda")
                    importEvent(object, i);
                else if (list == u"articles")
                    importArticle(object, list, i, ArticleKind::News, report.articles);
                else
                    importArticle(object, list, i, ArticleKind::Testimonial, report.testimonials);
                return true;
            },
            {});
        !r)
        return r.error();

    if (!problems.isEmpty()) {
        const int shown = 20;
        QString message = QCoreApplication::translate("Relais::SeedImporter",
            "Nothing was imported from %1: %n problem(s) found.", nullptr, int(problems.size()))
                              .arg(fileName);
        message += QLatin1Char('\n') + problems.mid(0, shown).join(QLatin1Char('\n'));
        if (problems.size() > shown)
            message += QLatin1Char('\n') + tr("… and %1 more.").arg(problems.size() - shown);
        return Error { Error::Code::Invalid, message, problems.join(QLatin1Char('\n')) };
    }
    // The full-text index takes the new rows, in one statement per table.
    for (EntityRepository *repository : repositories) {
        if (auto r = repository->endBulk(); !r)
            return r.error();
    }
    if (auto r = m_store.changes().noteEverything(); !r)
        return r.error();
    if (auto c = transaction.commit(); !c)
        return c.error();
    return report;
}

} // namespace Relais
