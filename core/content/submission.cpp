// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/submission.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

namespace Relais {

namespace {

// An id in a message: quoted, cut at 60 characters (the parser has cleaned it).
QString quoted(const QString &value)
{
    return QStringLiteral("“%1”").arg(
        value.size() > 60 ? value.left(57) + QStringLiteral("…") : value);
}

QDateTime timeOf(const QJsonValue &value)
{
    const QDateTime t = QDateTime::fromString(value.toString(), Qt::ISODate);
    return t.isValid() ? t.toUTC() : QDateTime();
}

QStringList textsOf(const QJsonValue &value)
{
    QStringList texts;
    const QJsonArray array = value.toArray();
    for (const QJsonValue item : array)
        texts.append(item.toString());
    return texts;
}

} // namespace

QString Submission::label() const
{
    return QStringLiteral("“%1” (id %2)").arg(title, externalId);
}

QString SubmissionProblem::toString() const
{
    QString where = origin.isEmpty() ? QString() : origin + QStringLiteral(", ");
    if (line > 0)
        where += id.isEmpty()
            ? QCoreApplication::translate("Relais::SubmissionParser", "line %1").arg(line)
            : QCoreApplication::translate("Relais::SubmissionParser", "line %1 (id %2)")
                  .arg(line)
                  .arg(quoted(id));
    else
        where += id.isEmpty()
            ? QCoreApplication::translate("Relais::SubmissionParser", "submission %1").arg(index)
            : QCoreApplication::translate("Relais::SubmissionParser", "submission %1 (id %2)")
                  .arg(index)
                  .arg(quoted(id));
    if (!field.isEmpty())
        where += QCoreApplication::translate("Relais::SubmissionParser", ", field “%1”").arg(field);
    return where + QStringLiteral(": ") + message
        + (refused ? QLatin1Char(' ')
                    + QCoreApplication::translate("Relais::SubmissionParser", "Not taken.")
                   : QString());
}

int SubmissionBatch::refusedCount() const
{
    QSet<int> refused;
    for (const SubmissionProblem &p : problems) {
        if (p.refused)
            refused.insert(p.index);
    }
    return int(refused.size());
}

namespace SubmissionJson {

QJsonObject write(const Submission &s)
{
    QJsonObject o = s.extra;
    auto put = [&](const char *key, const QString &value) {
        if (!value.isEmpty())
            o.insert(QLatin1String(key), value);
    };
    auto time = [](const QDateTime &t) { return t.toUTC().toString(Qt::ISODate); };
    o.insert(QStringLiteral("id"), s.externalId);
    o.insert(QStringLiteral("received_at"), time(s.receivedAt));
    o.insert(QStringLiteral("kind"),
        s.kind == Submission::Kind::Event ? QStringLiteral("event") : QStringLiteral("news"));
    o.insert(QStringLiteral("title"), s.title);
    put("body", s.body);
    if (s.startsAt.isValid())
        o.insert(QStringLiteral("starts_at"), time(s.startsAt));
    if (s.endsAt.isValid())
        o.insert(QStringLiteral("ends_at"), time(s.endsAt));
    o.insert(QStringLiteral("all_day"), s.allDay);
    put("location", s.location);
    put("address", s.address);
    put("online_url", s.onlineUrl);
    if (!s.sections.isEmpty())
        o.insert(QStringLiteral("sections"), QJsonArray::fromStringList(s.sections));
    if (!s.links.isEmpty())
        o.insert(QStringLiteral("links"), QJsonArray::fromStringList(s.links));
    QJsonObject submitter;
    auto putIn = [](QJsonObject &object, const char *key, const QString &value) {
        if (!value.isEmpty())
            object.insert(QLatin1String(key), value);
    };
    putIn(submitter, "name", s.submitter.name);
    putIn(submitter, "email", s.submitter.email);
    putIn(submitter, "organization", s.submitter.organization);
    putIn(submitter, "phone", s.submitter.phone);
    if (!submitter.isEmpty())
        o.insert(QStringLiteral("submitter"), submitter);
    if (!s.attachments.isEmpty()) {
        QJsonArray array;
        for (const Submission::Attachment &a : s.attachments) {
            QJsonObject item;
            putIn(item, "name", a.name);
            item.insert(QStringLiteral("url"), a.url);
            putIn(item, "mime", a.mime);
            if (a.bytes >= 0)
                item.insert(QStringLiteral("bytes"), double(a.bytes));
            array.append(item);
        }
        o.insert(QStringLiteral("attachments"), array);
    }
    o.insert(QStringLiteral("consent"), s.consent);
    put("honeypot", s.honeypot);
    return o;
}

Submission read(const QJsonObject &o)
{
    static const QSet<QString> known { QStringLiteral("id"), QStringLiteral("received_at"),
        QStringLiteral("kind"), QStringLiteral("title"), QStringLiteral("body"),
        QStringLiteral("starts_at"), QStringLiteral("ends_at"), QStringLiteral("all_day"),
        QStringLiteral("location"), QStringLiteral("address"), QStringLiteral("online_url"),
        QStringLiteral("sections"), QStringLiteral("links"), QStringLiteral("submitter"),
        QStringLiteral("attachments"), QStringLiteral("consent"), QStringLiteral("honeypot") };
    auto text = [](const QJsonObject &object, const char *key) {
        return object.value(QLatin1String(key)).toString();
    };
    Submission s;
    s.externalId = text(o, "id");
    s.receivedAt = timeOf(o.value(QStringLiteral("received_at")));
    s.kind = text(o, "kind") == u"news" ? Submission::Kind::News : Submission::Kind::Event;
    s.title = text(o, "title");
    s.body = text(o, "body");
    s.startsAt = timeOf(o.value(QStringLiteral("starts_at")));
    s.endsAt = timeOf(o.value(QStringLiteral("ends_at")));
    s.allDay = o.value(QStringLiteral("all_day")).toBool();
    s.location = text(o, "location");
    s.address = text(o, "address");
    s.onlineUrl = text(o, "online_url");
    s.sections = textsOf(o.value(QStringLiteral("sections")));
    s.links = textsOf(o.value(QStringLiteral("links")));
    const QJsonObject submitter = o.value(QStringLiteral("submitter")).toObject();
    s.submitter.name = text(submitter, "name");
    s.submitter.email = text(submitter, "email");
    s.submitter.organization = text(submitter, "organization");
    s.submitter.phone = text(submitter, "phone");
    const QJsonArray attachments = o.value(QStringLiteral("attachments")).toArray();
    for (const QJsonValue item : attachments) {
        const QJsonObject a = item.toObject();
        Submission::Attachment attachment;
        attachment.name = text(a, "name");
        attachment.url = text(a, "url");
        attachment.mime = text(a, "mime");
        attachment.bytes = a.contains(QStringLiteral("bytes"))
            ? qint64(a.value(QStringLiteral("bytes")).toDouble())
            : -1;
        s.attachments.append(attachment);
    }
    s.consent = o.value(QStringLiteral("consent")).toBool();
    s.honeypot = text(o, "honeypot");
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!known.contains(it.key()))
            s.extra.insert(it.key(), it.value());
    }
    return s;
}

} // namespace SubmissionJson

namespace SubmissionText {

QString toString(Submission::Kind kind)
{
    return kind == Submission::Kind::Event ? QStringLiteral("event") : QStringLiteral("news");
}

QString toString(Submission::State state)
{
    switch (state) {
    case Submission::State::New:
        return QStringLiteral("new");
    case Submission::State::Approved:
        return QStringLiteral("approved");
    case Submission::State::Rejected:
        return QStringLiteral("rejected");
    case Submission::State::Duplicate:
        return QStringLiteral("duplicate");
    }
    return {};
}

QString toString(SubmissionDecision::Action action)
{
    switch (action) {
    case SubmissionDecision::Action::Approved:
        return QStringLiteral("approved");
    case SubmissionDecision::Action::Rejected:
        return QStringLiteral("rejected");
    case SubmissionDecision::Action::Duplicate:
        return QStringLiteral("duplicate");
    case SubmissionDecision::Action::Reopened:
        return QStringLiteral("reopened");
    case SubmissionDecision::Action::Purged:
        return QStringLiteral("purged");
    }
    return {};
}

bool fromString(const QString &text, Submission::Kind *kind)
{
    if (text == u"event")
        *kind = Submission::Kind::Event;
    else if (text == u"news")
        *kind = Submission::Kind::News;
    else
        return false;
    return true;
}

bool fromString(const QString &text, Submission::State *state)
{
    for (auto s : { Submission::State::New, Submission::State::Approved,
             Submission::State::Rejected, Submission::State::Duplicate }) {
        if (text == toString(s)) {
            *state = s;
            return true;
        }
    }
    return false;
}

bool fromString(const QString &text, SubmissionDecision::Action *action)
{
    for (auto a : { SubmissionDecision::Action::Approved, SubmissionDecision::Action::Rejected,
             SubmissionDecision::Action::Duplicate, SubmissionDecision::Action::Reopened,
             SubmissionDecision::Action::Purged }) {
        if (text == toString(a)) {
            *action = a;
            return true;
        }
    }
    return false;
}

QString displayName(Submission::State state)
{
    switch (state) {
    case Submission::State::New:
        return QCoreApplication::translate("Relais::Submission", "New");
    case Submission::State::Approved:
        return QCoreApplication::translate("Relais::Submission", "Approved");
    case Submission::State::Rejected:
        return QCoreApplication::translate("Relais::Submission", "Rejected");
    case Submission::State::Duplicate:
        return QCoreApplication::translate("Relais::Submission", "Duplicate");
    }
    return {};
}

QString displayName(SubmissionDecision::Action action)
{
    switch (action) {
    case SubmissionDecision::Action::Approved:
        return QCoreApplication::translate("Relais::Submission", "approved");
    case SubmissionDecision::Action::Rejected:
        return QCoreApplication::translate("Relais::Submission", "rejected");
    case SubmissionDecision::Action::Duplicate:
        return QCoreApplication::translate("Relais::Submission", "marked as a duplicate");
    case SubmissionDecision::Action::Reopened:
        return QCoreApplication::translate("Relais::Submission", "reopened");
    case SubmissionDecision::Action::Purged:
        return QCoreApplication::translate("Relais::Submission", "purged the raw payload");
    }
    return {};
}

} // namespace SubmissionText

} // namespace Relais
