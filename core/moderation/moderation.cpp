// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "moderation/moderation.h"

#include "content/vocabulary.h"
#include "moderation/submissionparser.h"
#include "render/markdown.h"
#include "storage/store.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>
#include <QUrlQuery>

namespace Relais::Moderation {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Relais::Moderation", text);
}

QSet<QString> titleWords(const QString &title)
{
    const QString decomposed = title.toLower().normalized(QString::NormalizationForm_D);
    QString plain;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        plain += c.isLetterOrNumber() ? c : QChar(u' ');
    }
    QSet<QString> words;
    for (const QString &w : plain.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (w.size() >= 3)
            words.insert(w);
    }
    return words;
}

QString localTime(const QDateTime &utc, const QTimeZone &zone, bool allDay)
{
    if (!utc.isValid())
        return {};
    const QDateTime local = utc.toTimeZone(zone);
    const QString day = QLocale().toString(local.date(), QLocale::LongFormat);
    return allDay
        ? day
        : day + QStringLiteral(", ") + QLocale().toString(local.time(), QLocale::ShortFormat);
}

QString e(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

bool similarTitles(const QString &a, const QString &b)
{
    const QSet<QString> x = titleWords(a);
    const QSet<QString> y = titleWords(b);
    if (x.isEmpty() || y.isEmpty())
        return a.simplified().compare(b.simplified(), Qt::CaseInsensitive) == 0;
    const qsizetype common = QSet<QString>(x).intersect(y).size();
    const qsizetype all = QSet<QString>(x).unite(y).size();
    return double(common) / double(all) >= 0.6;
}

QList<ReviewWarning> review(
    const Submission &s, Store &store, const SiteSettings &settings, const QDateTime &now)
{
    QList<ReviewWarning> warnings;
    const QTimeZone zone(settings.timeZone.toUtf8());
    using Kind = ReviewWarning::Kind;

    static const QRegularExpression url(
        QStringLiteral(R"((https?://|www\.)\S+)"), QRegularExpression::CaseInsensitiveOption);
    const int links = int(s.links.size()) + int(s.body.count(url));
    if (links >= 5)
        warnings.append({ Kind::Spam,
            QCoreApplication::translate(
                "Relais::Moderation", "Probably spam: %n link(s).", nullptr, links) });
    if (!s.honeypot.isEmpty())
        warnings.append({ Kind::Spam,
            tr("Probably spam: the field hidden from people was filled in, as robots do.") });
    const QString text = s.title + QLatin1Char('\n') + s.body + QLatin1Char('\n') + s.location;
    for (const QString &line : settings.blockedWords.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QString word = line.trimmed();
        if (word.isEmpty())
            continue;
        const QRegularExpression pattern(
            QStringLiteral("(?<!\\w)%1(?!\\w)").arg(QRegularExpression::escape(word)),
            QRegularExpression::CaseInsensitiveOption
                | QRegularExpression::UseUnicodePropertiesOption);
        if (text.contains(pattern))
            warnings.append(
                { Kind::Spam, tr("Probably spam: contains the blocked word “%1”.").arg(word) });
    }

    if (s.kind == Submission::Kind::Event && s.startsAt.isValid()) {
        const QDate day = s.startsAt.toTimeZone(zone).date();
        const QDateTime from = QDateTime(day, QTime(0, 0), zone).toUTC();
        const QDateTime to = QDateTime(day.addDays(1), QTime(0, 0), zone).toUTC();
        auto q = store.database().exec(
            QStringLiteral("SELECT title FROM agenda_entries WHERE deleted_at IS NULL "
                           "AND start_at >= ? AND start_at < ?"),
            { Database::toSql(from), Database::toSql(to) });
        if (q) {
            while (q->next()) {
                const QString title = q->value(0).toString();
                if (similarTitles(title, s.title))
                    warnings.append({ Kind::Duplicate,
                        tr("Possible duplicate of the agenda entry “%1” the same day.")
                            .arg(title) });
            }
        }
        if (auto others = store.submissions().startingOn(day, zone, s.id)) {
            for (const SubmissionRow &other : *others) {
                if (similarTitles(other.title, s.title))
                    warnings.append({ Kind::Duplicate,
                        tr("Possible duplicate of the submission “%1” (id %2) the same day.")
                            .arg(other.title, other.externalId) });
            }
        }
    }

    if (s.kind == Submission::Kind::Event) {
        if (!s.startsAt.isValid())
            warnings.append({ Kind::MissingDate, tr("No start date: an agenda entry needs one.") });
        else if ((s.endsAt.isValid() ? s.endsAt : s.startsAt) < now)
            warnings.append({ Kind::PastDate,
                tr("The date is past (%1).").arg(localTime(s.startsAt, zone, s.allDay)) });
        if (s.startsAt.isValid() && s.endsAt.isValid() && s.endsAt < s.startsAt)
            warnings.append({ Kind::EndBeforeStart,
                tr("The end (%1) comes before the start (%2).")
                    .arg(localTime(s.endsAt, zone, s.allDay),
                        localTime(s.startsAt, zone, s.allDay)) });
        if (s.location.isEmpty() && s.address.isEmpty() && s.onlineUrl.isEmpty())
            warnings.append({ Kind::MissingPlace,
                tr("No place: neither a location, an address nor an online link.") });
    }
    for (const QString &w : s.warnings)
        warnings.append({ Kind::Reading, SubmissionParser::warningText(w) });
    return warnings;
}

namespace {

QString withLinks(const Submission &s)
{
    QString text = s.body;
    if (!s.links.isEmpty()) {
        text += QStringLiteral("\n\n");
        for (const QString &link : s.links)
            text += QStringLiteral("- <%1>\n").arg(link);
    }
    return text.trimmed();
}

} // namespace

AgendaEntry agendaEntryFrom(const Submission &s, const SiteSettings &settings)
{
    AgendaEntry e;
    e.title = s.title;
    e.start = s.startsAt;
    e.end = s.endsAt;
    e.allDay = s.allDay;
    e.timeZone = settings.timeZone;
    if (s.allDay && e.end.isValid() && e.start.isValid()) {
        // An all-day entry ends at local midnight of its last day.
        const QTimeZone zone(settings.timeZone.toUtf8());
        e.end = QDateTime(e.end.toTimeZone(zone).date(), QTime(0, 0), zone).toUTC();
    }
    e.locationName = s.location;
    e.address = s.address;
    e.onlineUrl = s.onlineUrl;
    e.description = withLinks(s);
    e.sections = s.sections;
    e.status = Status::Draft;
    return e;
}

Article articleFrom(const Submission &s)
{
    Article a;
    a.kind = ArticleKind::News;
    a.title = s.title;
    a.body = withLinks(s);
    const QString plain
        = Markdown::toPlainText(s.body).section(QStringLiteral("\n\n"), 0, 0).simplified();
    a.summary = plain.size() > 300 ? plain.left(299) + QStringLiteral("…") : plain;
    a.sections = s.sections;
    a.status = Status::Draft;
    return a;
}

Result<Approved> approve(
    Store &store, qint64 submissionId, const QString &as, Status status, const QString &who)
{
    auto submission = store.submissions().load(submissionId);
    if (!submission)
        return submission.error();
    if (submission->state == Submission::State::Approved)
        return Error::invalid(
            tr("The submission %1 is already approved.").arg(submission->label()));
    auto settings = store.siteSettings().load();
    if (!settings)
        return settings.error();
    Transaction transaction(store.database());
    if (!transaction.isActive())
        return transaction.error();
    const QDateTime now = store.database().now();
    Approved made;
    if (as == u"agenda") {
        AgendaEntry entry = agendaEntryFrom(*submission, *settings);
        entry.status = status;
        if (status != Status::Draft)
            entry.publishAt = now;
        auto saved = store.agenda().create(entry);
        if (!saved)
            return Error::invalid(tr("The submission %1 cannot become an agenda entry: %2")
                                      .arg(submission->label(), saved.error().message));
        made = { QStringLiteral("agenda"), saved->meta.uuid, saved->meta.id, saved->title };
    } else if (as == u"article") {
        Article article = articleFrom(*submission);
        article.status = status;
        if (status != Status::Draft)
            article.publishAt = now;
        auto saved = store.articles().create(article);
        if (!saved)
            return Error::invalid(tr("The submission %1 cannot become an article: %2")
                                      .arg(submission->label(), saved.error().message));
        made = { QStringLiteral("article"), saved->meta.uuid, saved->meta.id, saved->title };
    } else {
        return Error::invalid(
            tr("A submission is approved as “agenda” or “article”, not “%1”.").arg(as));
    }
    SubmissionDecision decision;
    decision.submissionId = submissionId;
    decision.action = SubmissionDecision::Action::Approved;
    decision.who = who;
    decision.itemType = made.itemType;
    decision.itemUuid = made.uuid;
    if (auto d = store.submissions().decide(decision); !d)
        return d.error();
    if (auto r = transaction.commit(); !r)
        return r.error();
    return made;
}

Result<void> reject(Store &store, qint64 submissionId, const QString &reason, const QString &who)
{
    if (reason.trimmed().isEmpty())
        return Error::invalid(tr("A rejection needs a reason."));
    SubmissionDecision decision;
    decision.submissionId = submissionId;
    decision.action = SubmissionDecision::Action::Rejected;
    decision.reason = reason.trimmed();
    decision.who = who;
    auto d = store.submissions().decide(decision);
    if (!d)
        return d.error();
    return {};
}

QStringList rejectionReasons(const SiteSettings &settings)
{
    QStringList reasons;
    for (const QString &line :
        settings.rejectionReasons.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (!line.trimmed().isEmpty())
            reasons.append(line.trimmed());
    }
    return reasons;
}

QUrl mailto(const Submission &s, const QString &reason)
{
    if (s.submitter.email.isEmpty())
        return {};
    QUrl url;
    url.setScheme(QStringLiteral("mailto"));
    url.setPath(s.submitter.email);
    const QString subject = QStringLiteral("Votre annonce « %1 »").arg(s.title);
    QString body
        = QStringLiteral("Bonjour%1,\n\nMerci pour votre annonce « %2 ».\n\n")
              .arg(s.submitter.name.isEmpty() ? QString() : QLatin1Char(' ') + s.submitter.name,
                  s.title);
    if (!reason.isEmpty())
        body += QStringLiteral("Nous ne pouvons pas la publier : %1.\n\n").arg(reason);
    body += QStringLiteral("Bien cordialement,\n");
    // Encoded by hand: QUrlQuery would leave '&' and '+' ambiguous for mail clients.
    auto encode = [](const QString &t) { return QString::fromLatin1(QUrl::toPercentEncoding(t)); };
    url.setQuery(
        QStringLiteral("subject=%1&body=%2").arg(encode(subject), encode(body)), QUrl::StrictMode);
    return url;
}

QString reviewPage(const Submission &s, const QList<ReviewWarning> &warnings,
    const QList<SubmissionDecision> &decisions, const SiteSettings &settings)
{
    const QTimeZone zone(settings.timeZone.toUtf8());
    QString h;
    h += QStringLiteral(
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
        "style-src 'unsafe-inline'; form-action 'none'; base-uri 'none'\">"
        "<meta name=\"referrer\" content=\"no-referrer\">");
    // The same head for every submission: the next one is pushed into the open page instead of
    // loaded (the review's latency).
    h += QStringLiteral("<title>%1</title>").arg(e(tr("Submission")));
    h += QStringLiteral(
        "<style>body{font:15px/1.5 sans-serif;margin:0;padding:1em "
        "1.5em;color:#1d1d1d;background:#fff;"
        "overflow-wrap:anywhere}h1{font-size:1.5em;margin:.2em 0 "
        ".6em}.kind{text-transform:uppercase;"
        "letter-spacing:.05em;color:#555;font-size:.8em;margin:0}.warnings{list-style:none;padding:"
        "0;margin:0 0 1em}"
        ".warnings li{padding:.35em .6em;margin:.25em 0;border-left:4px solid "
        "#b26a00;background:#fff4e0}"
        ".warnings "
        "li.spam{border-color:#b00020;background:#fde8ea}dl{display:grid;grid-template-columns:max-"
        "content 1fr;"
        "gap:.2em 1em;margin:0 0 1em}dt{color:#555}dd{margin:0}.body{border-top:1px solid "
        "#ddd;border-bottom:1px "
        "solid #ddd;padding:.5em 0;margin:1em "
        "0}code,pre{background:#f3f3f3;font-size:.9em}pre{padding:.5em;"
        "white-space:pre-wrap}h2{font-size:1.05em;margin:1.2em 0 "
        ".4em}footer{color:#555;font-size:.85em;"
        "margin-top:2em}</style></head><body>");
    h += QStringLiteral("<p class=\"kind\">%1</p><h1>%2</h1>")
             .arg(e(s.kind == Submission::Kind::Event ? tr("Event") : tr("News")), e(s.title));
    if (!warnings.isEmpty()) {
        h += QStringLiteral("<ul class=\"warnings\">");
        for (const ReviewWarning &w : warnings)
            h += QStringLiteral("<li class=\"%1\">%2</li>")
                     .arg(w.kind == ReviewWarning::Kind::Spam ? QStringLiteral("spam")
                                                              : QStringLiteral("warning"),
                         e(w.message));
        h += QStringLiteral("</ul>");
    }
    h += QStringLiteral("<dl>");
    auto fact = [&](const QString &label, const QString &value, bool code = false) {
        if (!value.isEmpty())
            h += QStringLiteral("<dt>%1</dt><dd>%2</dd>")
                     .arg(e(label),
                         code ? QStringLiteral("<code>%1</code>").arg(e(value)) : e(value));
    };
    fact(tr("Starts"), localTime(s.startsAt, zone, s.allDay));
    fact(tr("Ends"), localTime(s.endsAt, zone, s.allDay));
    if (s.allDay)
        fact(tr("All day"), tr("yes"));
    fact(tr("Place"), s.location);
    fact(tr("Address"), s.address);
    fact(tr("Online"), s.onlineUrl, true);
    QStringList sections;
    for (const QString &slug : s.sections)
        sections.append(Vocabulary::sectionTitle(slug));
    fact(tr("Sections"), sections.join(QStringLiteral(", ")));
    h += QStringLiteral("</dl>");
    h += QStringLiteral("<div class=\"body\">%1</div>").arg(Markdown::toReviewHtml(s.body));
    if (!s.links.isEmpty()) {
        h += QStringLiteral("<h2>%1</h2><ul>").arg(e(tr("Links")));
        for (const QString &link : s.links)
            h += QStringLiteral("<li><a href=\"%1\" rel=\"noreferrer\">%1</a></li>").arg(e(link));
        h += QStringLiteral("</ul>");
    }
    if (!s.attachments.isEmpty()) {
        h += QStringLiteral("<h2>%1</h2><ul>").arg(e(tr("Attachments (not downloaded)")));
        for (const Submission::Attachment &a : s.attachments) {
            QString size = a.bytes >= 0 ? QLocale().formattedDataSize(a.bytes) : tr("size unknown");
            h += QStringLiteral("<li>%1 — %2, %3 — <code>%4</code></li>")
                     .arg(e(a.name.isEmpty() ? tr("(no name)") : a.name),
                         e(a.mime.isEmpty() ? tr("type unknown") : a.mime), e(size), e(a.url));
        }
        h += QStringLiteral("</ul>");
    }
    h += QStringLiteral("<h2>%1</h2><dl>").arg(e(tr("Sent by")));
    fact(tr("Name"), s.submitter.name);
    fact(tr("Organisation"), s.submitter.organization);
    fact(tr("E-mail"), s.submitter.email, true);
    fact(tr("Phone"), s.submitter.phone);
    fact(tr("Consent"), s.consent ? tr("given") : tr("not given"));
    h += QStringLiteral("</dl>");
    if (!decisions.isEmpty()) {
        h += QStringLiteral("<h2>%1</h2><ul>").arg(e(tr("Decisions")));
        for (const SubmissionDecision &d : decisions) {
            QString line = tr("%1: %2 %3")
                               .arg(localTime(d.at, zone, false), d.who,
                                   SubmissionText::displayName(d.action));
            if (!d.reason.isEmpty())
                line += QStringLiteral(" — ") + d.reason;
            h += QStringLiteral("<li>%1</li>").arg(e(line));
        }
        h += QStringLiteral("</ul>");
    }
    h += QStringLiteral("<footer>%1</footer></body></html>\n")
             .arg(e(tr("Received %1 from %2, id %3.")
                        .arg(localTime(s.receivedAt, zone, false), s.source, s.externalId)));
    return h;
}

} // namespace Relais::Moderation
