// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/sitebuilder.h"

#include "content/slug.h"
#include "content/validation.h"
#include "content/vocabulary.h"
#include "render/frenchdates.h"
#include "render/icalendar.h"
#include "render/markdown.h"
#include "render/typography.h"
#include "storage/store.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRegularExpression>
#include <QXmlStreamWriter>

#include <QFuture>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent>

#include <algorithm>
#include <charconv>
#include <deque>

namespace Relais {

namespace {

using Data = Theme::Data;
using List = kainjow::mustache::list;

std::string s(const QString &text)
{
    return text.toStdString();
}

// Control characters other than tab and newlines are not allowed in HTML or XML text.
bool isUnwanted(char16_t c)
{
    return (c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r') || (c >= 0x7F && c < 0xA0)
        || c == 0xFFFE || c == 0xFFFF || QChar::isSurrogate(c);
}

QString clean(const QString &text)
{
    // Nearly every text is clean: it is then shared, not copied character by character.
    const auto first
        = std::find_if(text.cbegin(), text.cend(), [](QChar c) { return isUnwanted(c.unicode()); });
    if (first == text.cend())
        return text;
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            out += c;
            out += text.at(++i);
        } else if (c.isSurrogate() || c == QChar(0xFFFE) || c == QChar(0xFFFF)) {
            continue;
        } else if (c.unicode() < 0x20 && c != u'\t' && c != u'\n' && c != u'\r') {
            continue;
        } else if (c.unicode() >= 0x7F && c.unicode() < 0xA0) {
            continue;
        } else {
            out += c;
        }
    }
    return out;
}

QString rootOf(const QString &path)
{
    return QStringLiteral("../").repeated(int(path.count(QLatin1Char('/'))));
}

// The site's sections for a template: slug, title, link text, and whether it is the page's own.
kainjow::mustache::list makeSectionList(const QString &current = {})
{
    kainjow::mustache::list sections;
    for (const Section &section : Vocabulary::sections()) {
        kainjow::mustache::data item;
        item.set("slug", s(section.slug));
        item.set("title", s(section.title));
        item.set("linkText", s(section.linkText));
        item.set("current", current == section.slug);
        sections.push_back(item);
    }
    return sections;
}

QString sectionTitles(const QStringList &sections)
{
    QStringList titles;
    for (const QString &slug : sections)
        titles.append(Vocabulary::sectionTitle(slug));
    return titles.join(QStringLiteral(", "));
}

// tel: URI of a French or international number: "06.49.78.62.28" → "+33649786228".
QString telUri(const QString &phone)
{
    QString digits;
    for (QChar c : phone) {
        if (c.isDigit() || (c == u'+' && digits.isEmpty()))
            digits += c;
    }
    if (digits.startsWith(QStringLiteral("0033")))
        digits = QLatin1Char('+') + digits.mid(2);
    else if (digits.size() == 10 && digits.startsWith(QLatin1Char('0')))
        digits = QStringLiteral("+33") + digits.mid(1);
    return digits;
}

// When an event ends, for "is it still to come".
QDateTime eventEnd(const AgendaEntry &e)
{
    const QDateTime last = e.end.isValid() ? e.end : e.start;
    return e.allDay ? last.addDays(1) : last;
}

QDateTime articleDate(const Article &a)
{
    return a.publishAt.isValid() ? a.publishAt : a.meta.createdAt;
}

} // namespace

struct SiteBuilder::Content
{
    QList<Article> articles; // public, newest first
    QList<AgendaEntry> events; // public, by start
    QHash<QUuid, Contact> contacts;
};

SiteBuilder::SiteBuilder(Store &store, SiteSettings settings, std::shared_ptr<Theme> theme)
    : m_store(store)
    , m_settings(std::move(settings))
    , m_theme(std::move(theme))
    , m_zone(m_settings.timeZone.toUtf8())
{
    if (!m_settings.baseUrl.endsWith(QLatin1Char('/')))
        m_settings.baseUrl += QLatin1Char('/');
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(QByteArray(QByteArray(RendererVersion) + '\0' + RELAIS_VERSION + '\0'));
    h.addData(m_theme ? m_theme->fingerprint() : QByteArray());
    for (const QString &field : { m_settings.name, m_settings.description, m_settings.baseUrl,
             m_settings.timeZone, m_settings.primaryColor, m_settings.accentColor,
             m_settings.ctaText, m_settings.ctaUrl, m_settings.newsletterText,
             m_settings.newsletterUrl, m_settings.agendaLinkText, m_settings.testimonialsLinkText,
             m_settings.otherSectionsHeading, m_settings.submissionFormUrl })
        h.addData(QByteArray(field.toUtf8() + '\0'));
    h.addData(QByteArray(QByteArray::number(int(m_settings.frenchTypography)) + ','
        + QByteArray::number(m_settings.pageSize) + ',' + QByteArray::number(m_settings.homeEvents)
        + ',' + QByteArray::number(m_settings.homeNews)));
    m_fingerprint = h.result();
    m_shortFingerprint = m_fingerprint.first(8).toHex() + ':';
    // The same on every page: made once, not for each of thousands of pages.
    m_fixed.siteName = s(text(m_settings.name));
    m_fixed.description = s(text(m_settings.description));
    m_fixed.ctaText = s(text(m_settings.ctaText));
    m_fixed.newsletterText = s(text(m_settings.newsletterText));
    m_fixed.agendaLinkText = s(text(m_settings.agendaLinkText));
    m_fixed.testimonialsLinkText = s(text(m_settings.testimonialsLinkText));
    for (const QString &current : { QString(), QStringLiteral("news"), QStringLiteral("agenda"),
             QStringLiteral("testimonials") })
        m_fixed.sections.insert(current, makeSectionList(current));
    for (const Section &section : Vocabulary::sections())
        m_fixed.sections.insert(section.slug, makeSectionList(section.slug));
}

kainjow::mustache::list SiteBuilder::sectionList(const QString &current) const
{
    const auto it = m_fixed.sections.constFind(current);
    return it == m_fixed.sections.cend() ? makeSectionList(current) : *it;
}

QByteArray SiteBuilder::detailKey(
    const EntityMeta &meta, const QList<QUuid> &contacts, const QHash<QUuid, Contact> &known) const
{
    // Thousands of these per render, compared and never shown: the identities themselves
    // rather than a hash of them, after the first 64 bits of the settings' and theme's
    // fingerprint.
    char buffer[256];
    char *at = std::copy(m_shortFingerprint.cbegin(), m_shortFingerprint.cend(), buffer);
    char *const end = buffer + sizeof buffer;
    auto add = [&at, end](const EntityMeta &m) {
        at = std::to_chars(at, end, m.id).ptr;
        *at++ = ',';
        at = std::to_chars(at, end, m.revision).ptr;
        *at++ = ',';
        at = std::to_chars(at, end, m.updatedAt.toMSecsSinceEpoch()).ptr;
    };
    add(meta);
    QByteArray key;
    for (const QUuid &uuid : contacts) {
        if (end - at < 80) { // many contacts: on to the heap
            key.append(buffer, at - buffer);
            at = buffer;
        }
        *at++ = ';';
        const auto it = known.constFind(uuid);
        if (it == known.cend()) {
            const QByteArray unknown = uuid.toByteArray(QUuid::WithoutBraces);
            at = std::copy(unknown.cbegin(), unknown.cend(), at);
            *at++ = '-';
        } else {
            add(it->meta);
        }
    }
    key.append(buffer, at - buffer);
    return key;
}

namespace {

// What a list shows of an item changes only with its revision.
void addIdentity(QByteArray &inputs, const EntityMeta &meta)
{
    char buffer[80]; // three 64-bit numbers and their separators
    char *const end = buffer + sizeof buffer;
    char *at = std::to_chars(buffer, end, meta.id).ptr;
    *at++ = ',';
    at = std::to_chars(at, end, meta.revision).ptr;
    *at++ = ',';
    at = std::to_chars(at, end, meta.updatedAt.toMSecsSinceEpoch()).ptr;
    *at++ = ';';
    inputs.append(buffer, at - buffer);
}

} // namespace

QByteArray SiteBuilder::pageKey(const QString &what, const QByteArray &inputs) const
{
    // BLAKE2b: as safe against collisions as SHA-256 and three times faster in Qt (0.6 µs
    // against 2.1 µs for a list page's inputs; a render keys 2,000 lists).
    QCryptographicHash h(QCryptographicHash::Blake2b_256);
    h.addData(m_fingerprint);
    h.addData(QByteArray(what.toUtf8() + '\0'));
    h.addData(inputs);
    return h.result().toHex();
}

namespace {
// Items read one by one before the builder reads all texts at once.
constexpr int WholeReadsBeforeAll = 200;
} // namespace

Article SiteBuilder::full(const Article &article) const
{
    if (!m_light)
        return article;
    if (!m_wholeArticles && ++m_wholeReads > WholeReadsBeforeAll) {
        m_wholeArticles.emplace();
        if (auto all = m_store.articles().loadAll()) {
            for (Article &a : *all)
                m_wholeArticles->insert(a.meta.id, std::move(a));
        }
    }
    if (m_wholeArticles)
        return m_wholeArticles->value(article.meta.id, article);
    auto loaded = m_store.articles().load(article.meta.id);
    return loaded ? *loaded : article;
}

AgendaEntry SiteBuilder::full(const AgendaEntry &entry) const
{
    if (!m_light)
        return entry;
    if (!m_wholeEvents && ++m_wholeReads > WholeReadsBeforeAll) {
        m_wholeEvents.emplace();
        if (auto all = m_store.agenda().loadAll()) {
            for (AgendaEntry &e : *all)
                m_wholeEvents->insert(e.meta.id, std::move(e));
        }
    }
    if (m_wholeEvents)
        return m_wholeEvents->value(entry.meta.id, entry);
    auto loaded = m_store.agenda().load(entry.meta.id);
    return loaded ? *loaded : entry;
}

bool SiteBuilder::skipKnown(const QString &path, const QByteArray &key)
{
    if (!m_cache)
        return false;
    if (!m_cache->has(path, key)) {
        // The cache hears of the key when the sink gets the page (pages are made ahead).
        m_pendingPath = path;
        m_pendingKey = key;
        return false;
    }
    // Counted and listed in the sitemap as if made.
    ++m_report.pages;
    ++m_report.skipped;
    noteMade(path);
    return true;
}

bool SiteBuilder::isVisible(Status status, const QDateTime &publishAt, const QDateTime &at)
{
    if (status == Status::Draft)
        return false;
    if (status == Status::Scheduled)
        return publishAt.isValid() && publishAt <= at;
    return !publishAt.isValid() || publishAt <= at; // published or archived, once due
}

QString SiteBuilder::articlePath(const Article &article)
{
    return (article.kind == ArticleKind::Testimonial ? u"temoignages/" : u"actualites/")
        + article.slug + u"/index.html";
}

QString SiteBuilder::eventPath(const AgendaEntry &entry)
{
    return u"agenda/" + entry.slug + u"/index.html";
}

Result<void> SiteBuilder::load(const QDateTime &at, Content &content) const
{
    auto articles
        = m_light ? m_store.articles().loadAllWithoutText() : m_store.articles().loadAll();
    if (!articles)
        return articles.error();
    // Newest first: the dates sorted, then each item moved once (not at every step of a sort).
    std::vector<std::pair<qint64, qsizetype>> order;
    order.reserve(size_t(articles->size()));
    for (qsizetype i = 0; i < articles->size(); ++i) {
        const Article &a = articles->at(i);
        if (isVisible(a.status, a.publishAt, at) && Slug::isValid(a.slug))
            order.emplace_back(-articleDate(a).toMSecsSinceEpoch(), i);
    }
    std::stable_sort(
        order.begin(), order.end(), [](const auto &x, const auto &y) { return x.first < y.first; });
    content.articles.reserve(qsizetype(order.size()));
    for (const auto &[date, index] : order)
        content.articles.append(std::move((*articles)[index]));
    auto events = m_light ? m_store.agenda().loadAllWithoutText() : m_store.agenda().loadAll();
    if (!events)
        return events.error();
    for (AgendaEntry &e : *events) {
        if (isVisible(e.status, e.publishAt, at) && Slug::isValid(e.slug))
            content.events.append(std::move(e));
    }
    std::stable_sort(content.events.begin(), content.events.end(),
        [](const AgendaEntry &x, const AgendaEntry &y) { return x.start < y.start; });
    // Light: the contacts' identities for the keys; a page that shows contact cards reads them
    // whole (fullContacts()).
    auto contacts
        = m_light ? m_store.contacts().loadAllWithoutText() : m_store.contacts().loadAll();
    if (!contacts)
        return contacts.error();
    for (Contact &c : *contacts)
        content.contacts.insert(c.meta.uuid, std::move(c));
    return {};
}

QString SiteBuilder::cleanText(const QString &text)
{
    return clean(text);
}

QString SiteBuilder::text(const QString &plain, const QString &language) const
{
    const QString cleaned = clean(plain);
    return m_settings.frenchTypography && language == u"fr" ? Typography::frenchText(cleaned)
                                                            : cleaned;
}

QString SiteBuilder::bodyHtml(
    const QString &markdown, const QString &root, bool allowRawHtml, const QString &language) const
{
    Markdown::Options options;
    options.allowRawHtml = allowRawHtml;
    options.root = root.isNull() ? QStringLiteral("") : root;
    const QString html = Markdown::toHtml(clean(markdown), options);
    return m_settings.frenchTypography && language == u"fr" ? Typography::frenchHtml(html) : html;
}

const Media *SiteBuilder::mediaNamed(const QString &name) const
{
    if (!m_media) {
        m_media.emplace();
        if (auto all = m_store.media().list()) {
            for (const Media &m : *all)
                m_media->insert(m.name, m);
        }
    }
    const auto it = m_media->constFind(name);
    return it == m_media->cend() ? nullptr : &*it;
}

Result<void> SiteBuilder::emitMedia()
{
    QStringList names(m_usedMedia.cbegin(), m_usedMedia.cend());
    names.sort();
    for (const QString &name : std::as_const(names)) {
        const Media *m = mediaNamed(name);
        if (!m)
            continue; // a picture that is not in the store: the editor warns about it
        for (const QString &path : { m->path(), m->smallPath() }) {
            // The copies depend on the picture alone, not on the site's settings.
            if (skipKnown(path, QByteArray(m->sha256.toLatin1() + ':' + path.toUtf8())))
                continue;
            auto bytes = m_store.media().file(path);
            if (!bytes)
                return bytes.error();
            if (auto r = emitFile(path, *bytes); !r)
                return r.error();
        }
    }
    return {};
}

Data SiteBuilder::layoutData(
    const QString &path, const QString &pageTitle, const QString &current) const
{
    const QString root = path == u"404.html" ? m_settings.baseUrl : rootOf(path);
    Data d;
    d.set("root", s(root));
    d.set("pageTitle", s(pageTitle));
    d.set("siteName", m_fixed.siteName);
    d.set("description", m_fixed.description);
    d.set("ctaText", m_fixed.ctaText);
    // With a form receiver, the call to action leads to the site's own form.
    d.set("ctaUrl",
        s(m_settings.submissionFormUrl.isEmpty()
                ? m_settings.ctaUrl
                : root + QStringLiteral("annoncez-vos-infos/index.html")));
    d.set("newsletterText", m_fixed.newsletterText);
    d.set("newsletterUrl", s(m_settings.newsletterUrl));
    if (path != u"404.html") {
        QString canonical = path;
        if (canonical.endsWith(QStringLiteral("index.html")))
            canonical.chop(int(QStringLiteral("index.html").size()));
        d.set("canonical", s(m_settings.baseUrl + canonical));
    }
    d.set("isNews", current == u"news");
    d.set("isAgenda", current == u"agenda");
    d.set("isTestimonials", current == u"testimonials");
    d.set("sections", sectionList(current));
    return d;
}

Data SiteBuilder::articleItem(const Article &a, const QString &root) const
{
    const QDate date = articleDate(a).toTimeZone(m_zone).date();
    Data d;
    d.set("root", s(root));
    d.set("url", s(articlePath(a)));
    d.set("title", s(text(a.title, a.language)));
    d.set("badgeMonth", s(FrenchDates::badgeMonth(date)));
    d.set("badgeDay", s(QString::number(date.day())));
    d.set("isoDate", s(date.toString(Qt::ISODate)));
    d.set("longDate", s(FrenchDates::longDate(date)));
    QString summary = a.summary;
    if (summary.trimmed().isEmpty()) {
        summary = Markdown::toPlainText(a.body).simplified();
        if (summary.size() > 220)
            summary
                = summary.left(summary.lastIndexOf(QLatin1Char(' '), 220)) + QStringLiteral(" …");
    }
    const std::string typeset = s(text(summary, a.language)); // French typography once for both
    if (!summary.isEmpty())
        d.set("summary", typeset);
    d.set("excerpt", typeset);
    const QString sections = sectionTitles(a.sections);
    if (!sections.isEmpty())
        d.set("sectionTitles", s(sections));
    d.set("kindText", a.kind == ArticleKind::Testimonial ? "Témoignage" : "Actualité");
    if (a.language != u"fr")
        d.set("lang", s(a.language));
    if (const Media *m = a.featuredImage.isEmpty() ? nullptr : mediaNamed(a.featuredImage)) {
        Data f;
        f.set("small", s(root + m->smallPath()));
        f.set("large", s(root + m->path()));
        f.set("alt", s(text(m->alt, a.language)));
        const int width = qMin(m->width, 800);
        f.set("width", s(QString::number(width)));
        f.set("height",
            s(QString::number(qMax(1, int(qint64(m->height) * width / qMax(1, m->width))))));
        d.set("featured", f);
    }
    return d;
}

Data SiteBuilder::eventItem(const AgendaEntry &e, const QString &root) const
{
    const QTimeZone zone
        = QTimeZone(e.timeZone.toUtf8()).isValid() ? QTimeZone(e.timeZone.toUtf8()) : m_zone;
    const QDateTime start = e.start.toTimeZone(zone);
    const QDateTime end = e.end.isValid() ? e.end.toTimeZone(zone) : QDateTime();
    const QString when = FrenchDates::eventSpan(start, end, e.allDay);
    Data d;
    d.set("root", s(root));
    d.set("url", s(eventPath(e)));
    d.set("title", s(text(e.title)));
    d.set("badgeMonth", s(FrenchDates::badgeMonth(start.date())));
    d.set("badgeDay", s(QString::number(start.date().day())));
    d.set(
        "isoDate", s(e.allDay ? start.date().toString(Qt::ISODate) : start.toString(Qt::ISODate)));
    d.set("when", s(when));
    QString place = e.locationName;
    if (place.isEmpty() && !e.onlineUrl.isEmpty())
        place = QStringLiteral("En ligne");
    if (!place.isEmpty())
        d.set("place", s(text(place)));
    if (!e.address.isEmpty())
        d.set("address", s(text(e.address)));
    if (Validation::isWebUrl(e.onlineUrl))
        d.set("onlineUrl", s(e.onlineUrl));
    if (e.state == EventState::Postponed)
        d.set("stateText", "Reporté");
    else if (e.state == EventState::Cancelled)
        d.set("stateText", "Annulé");
    d.set("cancelled", e.state == EventState::Cancelled);
    const QString sections = sectionTitles(e.sections);
    if (!sections.isEmpty())
        d.set("sectionTitles", s(sections));
    return d;
}

Data SiteBuilder::contactCard(const Contact &c) const
{
    Data d;
    if (!c.name.isEmpty())
        d.set("name", s(text(c.name)));
    if (!c.role.isEmpty())
        d.set("role", s(text(c.role)));
    if (!c.organization.isEmpty())
        d.set("organization", s(text(c.organization)));
    if (!c.address.isEmpty())
        d.set("address", s(text(c.address)));
    List emails;
    for (const QString &email : c.emails) {
        if (Validation::isEmail(email))
            emails.push_back(Data(s(email)));
    }
    d.set("emails", emails);
    List phones;
    for (const QString &phone : c.phones) {
        Data p;
        p.set("tel", s(telUri(phone)));
        p.set("text", s(clean(phone)));
        phones.push_back(p);
    }
    d.set("phones", phones);
    if (Validation::isWebUrl(c.website)) {
        d.set("website", s(c.website));
        QString shown = c.website;
        shown.remove(QStringLiteral("https://")).remove(QStringLiteral("http://"));
        d.set("websiteText", s(shown));
    }
    return d;
}

// The pages being made by worker threads, handed to the sink in the order they were queued.
struct SiteBuilder::Pages
{
    struct Made
    {
        QByteArray content; // empty once a page writer stored it
        qsizetype size = 0;
        std::optional<Error> error;
    };
    using Job = std::function<Made()>;
    // Pages go to the threads a few at a time: one hand-over (and one wake-up of each side)
    // per batch rather than per page, which on 14,000 pages is tens of thousands of context
    // switches fewer.
    struct Batch
    {
        std::vector<Job> jobs;
        std::vector<Made> made; // by the thread that ran the batch, read once finished
        QFuture<void> finished; // valid once started
    };
    struct Page
    {
        QString path;
        QByteArray key;
        std::shared_ptr<Batch> batch;
        std::size_t index = 0;
    };
    static constexpr std::size_t BatchSize = 8;
    // Enough pages ahead to keep the threads busy while the sink writes, few enough that a
    // large site never sits in memory.
    static constexpr std::size_t Window = 64;

    Pages()
    {
        pool.setMaxThreadCount(qMax(1, QThread::idealThreadCount()));
        pool.setObjectName(QStringLiteral("Relais page makers"));
    }
    ~Pages()
    {
        waiting.clear();
        filling.reset();
        pool.waitForDone(); // the jobs use the builder: none may outlive it
    }
    void start()
    {
        if (!filling)
            return;
        // The job holds its batch: the pages it makes outlive a build given up meanwhile.
        filling->finished = QtConcurrent::run(&pool, [batch = filling] {
            batch->made.reserve(batch->jobs.size());
            for (const Job &job : batch->jobs)
                batch->made.push_back(job());
            batch->jobs.clear();
        });
        filling.reset();
    }

    QThreadPool pool;
    std::deque<Page> waiting;
    std::shared_ptr<Batch> filling; // not started yet
};

SiteBuilder::~SiteBuilder() = default;

void SiteBuilder::noteMade(const QString &path)
{
    // The path itself (shared, not copied): the addresses are made only if the sitemap is.
    if (path.endsWith(u".html") && path != u"404.html")
        m_sitemap.append(path);
}

QByteArray SiteBuilder::takeKey(const QString &path)
{
    if (m_pendingPath != path)
        return {};
    m_pendingPath.clear();
    return std::exchange(m_pendingKey, {});
}

Result<void> SiteBuilder::deliver(
    const QString &path, const QByteArray &key, const QByteArray &content, qsizetype size)
{
    if (m_cache && !key.isEmpty())
        m_cache->rendering(path, key);
    if (auto r = (*m_sink)(path, content); !r)
        return r;
    ++m_report.pages;
    m_report.bytes += size;
    return {};
}

Result<void> SiteBuilder::deliverFirst()
{
    Pages::Page page = std::move(m_pages->waiting.front());
    m_pages->waiting.pop_front();
    if (page.batch == m_pages->filling)
        m_pages->start();
    // The batch's pages are kept until its last one is delivered.
    page.batch->finished.waitForFinished();
    Pages::Made made = std::move(page.batch->made.at(page.index));
    if (made.error)
        return *made.error;
    return deliver(page.path, page.key, made.content, made.size);
}

Result<void> SiteBuilder::deliverAll()
{
    while (m_pages && !m_pages->waiting.empty()) {
        if (auto r = deliverFirst(); !r)
            return r;
    }
    return {};
}

Result<void> SiteBuilder::queue(const QString &path, std::function<Result<QByteArray>()> make)
{
    noteMade(path);
    const QByteArray key = takeKey(path);
    // Made (and stored, with a page writer) wherever the job runs; the bytes are let go there too.
    auto job = [this, path, make = std::move(make)]() -> Pages::Made {
        auto content = make();
        if (!content)
            return Pages::Made { {}, 0, content.error() };
        const qsizetype size = content->size();
        if (!m_writer)
            return Pages::Made { std::move(*content), size, {} };
        if (auto r = m_writer(path, *content); !r)
            return Pages::Made { {}, 0, r.error() };
        return Pages::Made { {}, size, {} };
    };
    if (!m_pages) { // a preview: one page, made at once
        const Pages::Made made = job();
        if (made.error)
            return *made.error;
        return deliver(path, key, made.content, made.size);
    }
    if (!m_pages->filling)
        m_pages->filling = std::make_shared<Pages::Batch>();
    const std::shared_ptr<Pages::Batch> batch = m_pages->filling;
    batch->jobs.push_back(std::move(job));
    m_pages->waiting.push_back(Pages::Page { path, key, batch, batch->jobs.size() - 1 });
    if (batch->jobs.size() == Pages::BatchSize)
        m_pages->start();
    while (m_pages->waiting.size() > Pages::Window) {
        if (auto r = deliverFirst(); !r)
            return r;
    }
    return {};
}

Result<void> SiteBuilder::emitFile(const QString &path, const QByteArray &content)
{
    return queue(path, [content]() -> Result<QByteArray> { return content; });
}

Result<void> SiteBuilder::emitPage(const QString &path, const QString &templateName,
    const QString &current, std::function<PageData()> make)
{
    return queue(
        path, [this, path, templateName, current, make = std::move(make)]() -> Result<QByteArray> {
            PageData page = make();
            page.data.set("root", s(rootOf(path)));
            page.data.set("siteName", m_fixed.siteName);
            page.data.set("agendaLinkText", m_fixed.agendaLinkText);
            page.data.set("testimonialsLinkText", m_fixed.testimonialsLinkText);
            auto content = m_theme->renderPage(
                templateName, page.data, layoutData(path, page.title, current));
            if (!content) {
                return Error::failed(QCoreApplication::translate(
                    "Relais::SiteBuilder", "The page “%1” could not be made: %2")
                                         .arg(path, content.error().message));
            }
            return *content;
        });
}

Result<void> SiteBuilder::emitList(const ListPages &list, const QList<const Article *> &items)
{
    const QString &folder = list.folder;
    const int pageSize = qMax(1, m_settings.pageSize);
    const int pageCount = qMax(1, int((items.size() + pageSize - 1) / pageSize));
    for (int page = 1; page <= pageCount; ++page) {
        const QString path = page == 1
            ? folder + QStringLiteral("/index.html")
            : QStringLiteral("%1/page/%2/index.html").arg(folder).arg(page);
        const qsizetype first = qsizetype(page - 1) * pageSize;
        const qsizetype last = qMin(items.size(), qsizetype(page) * pageSize);
        // The agenda beside a section's news is on its first page only: an event changed
        // remakes one page per section, not the whole archive.
        const QList<const AgendaEntry *> events
            = page == 1 ? list.events : QList<const AgendaEntry *> {};
        QByteArray inputs = QByteArray::number(page) + '/' + QByteArray::number(pageCount) + ':';
        for (qsizetype i = first; i < last; ++i)
            addIdentity(inputs, items.at(i)->meta);
        inputs += '|';
        for (const AgendaEntry *e : events)
            addIdentity(inputs, e->meta);
        if (skipKnown(path, pageKey(folder, inputs)))
            continue;
        auto make = [this, path, list, shown = fullItems(items.mid(first, last - first)),
                        shownEvents = fullItems(events), page, pageCount] {
            Data d;
            d.set("heading", s(list.heading));
            List articles;
            for (const Article &a : shown)
                articles.push_back(articleItem(a, rootOf(path)));
            d.set("items", articles);
            if (page == 1 && list.withAgenda) {
                List eventItems;
                for (const AgendaEntry &e : shownEvents)
                    eventItems.push_back(eventItem(e, rootOf(path)));
                d.set("events", eventItems);
                d.set("withAgenda", true);
            }
            d.set("hasPages", pageCount > 1);
            d.set("page", s(QString::number(page)));
            d.set("pageCount", s(QString::number(pageCount)));
            const QString &folder = list.folder;
            if (page > 1) {
                d.set("previousUrl",
                    s(page == 2
                            ? folder + QStringLiteral("/index.html")
                            : QStringLiteral("%1/page/%2/index.html").arg(folder).arg(page - 1)));
            }
            if (page < pageCount)
                d.set("nextUrl",
                    s(QStringLiteral("%1/page/%2/index.html").arg(folder).arg(page + 1)));
            return PageData { d,
                page == 1 ? list.heading
                          : QStringLiteral("%1, page %2").arg(list.heading).arg(page) };
        };
        if (auto r = emitPage(path, list.templateName, list.current, make); !r)
            return r;
    }
    return {};
}

QList<Contact> SiteBuilder::fullContacts(
    const QList<QUuid> &uuids, const QHash<QUuid, Contact> &contacts) const
{
    const QHash<QUuid, Contact> *whole = &contacts;
    if (m_light && !uuids.isEmpty()) {
        if (!m_wholeContacts) {
            m_wholeContacts.emplace();
            if (auto all = m_store.contacts().loadAll()) {
                for (Contact &c : *all)
                    m_wholeContacts->insert(c.meta.uuid, std::move(c));
            }
        }
        whole = &*m_wholeContacts;
    }
    QList<Contact> known;
    for (const QUuid &uuid : uuids) {
        const auto it = whole->constFind(uuid);
        if (it != whole->cend())
            known.append(*it);
    }
    return known;
}

void SiteBuilder::addContactCards(Data &d, const QList<Contact> &contacts) const
{
    List cards;
    for (const Contact &contact : contacts)
        cards.push_back(contactCard(contact));
    d.set("hasContacts", !cards.empty());
    d.set("contacts", cards);
}

Result<void> SiteBuilder::emitArticle(const Article &a, const QHash<QUuid, Contact> &contacts)
{
    const QString path = articlePath(a);
    for (const QString &name : m_light ? a.mediaRefs : Media::referencesIn(a.body))
        m_usedMedia.insert(name);
    QByteArray key = detailKey(a.meta, a.contacts, contacts);
    if (!a.featuredImage.isEmpty()) {
        m_usedMedia.insert(a.featuredImage);
        const Media *m = mediaNamed(a.featuredImage);
        key += QCryptographicHash::hash(
            (m ? m->alt : QStringLiteral("-")).toUtf8(), QCryptographicHash::Sha256)
                   .toHex();
    }
    if (skipKnown(path, key))
        return {};
    auto make = [this, path, item = full(a), cards = fullContacts(a.contacts, contacts)] {
        Data d = articleItem(item, rootOf(path));
        d.set("body", s(bodyHtml(item.body, rootOf(path), item.allowRawHtml, item.language)));
        addContactCards(d, cards);
        return PageData { d, text(item.title, item.language) };
    };
    return emitPage(path, QStringLiteral("article"),
        a.kind == ArticleKind::Testimonial ? QStringLiteral("testimonials")
                                           : QStringLiteral("news"),
        make);
}

Result<void> SiteBuilder::emitEvent(const AgendaEntry &e, const QHash<QUuid, Contact> &contacts)
{
    const QString path = eventPath(e);
    for (const QString &name : m_light ? e.mediaRefs : Media::referencesIn(e.description))
        m_usedMedia.insert(name);
    if (skipKnown(path, detailKey(e.meta, e.contacts, contacts)))
        return {};
    auto make = [this, path, item = full(e), cards = fullContacts(e.contacts, contacts)] {
        Data d = eventItem(item, rootOf(path));
        d.set("body", s(bodyHtml(item.description, rootOf(path))));
        addContactCards(d, cards);
        return PageData { d, text(item.title) };
    };
    return emitPage(path, QStringLiteral("event"), QStringLiteral("agenda"), make);
}

Result<void> SiteBuilder::emitStyle()
{
    if (skipKnown(QStringLiteral("assets/style.css"), pageKey(QStringLiteral("style"), {})))
        return {};
    Data colours;
    colours.set("primaryColor", s(m_settings.primaryColor));
    colours.set("accentColor", s(m_settings.accentColor));
    auto css = m_theme->render(QStringLiteral("style.css"), colours);
    if (!css)
        return css.error();
    return emitFile(QStringLiteral("assets/style.css"), QByteArray::fromStdString(*css));
}

QHash<QUuid, Contact> SiteBuilder::contactsOf(const QList<QUuid> &uuids) const
{
    QHash<QUuid, Contact> contacts;
    for (const QUuid &uuid : uuids) {
        if (auto c = m_store.contacts().load(uuid))
            contacts.insert(uuid, *c);
    }
    return contacts;
}

Result<QString> SiteBuilder::buildPreview(const Article &article, const PageSink &sink)
{
    m_sink = &sink;
    m_light = false;
    Article shown = article;
    if (!Slug::isValid(shown.slug))
        shown.slug = Slug::fromTitle(shown.title).isEmpty() ? QStringLiteral("apercu")
                                                            : Slug::fromTitle(shown.title);
    if (!shown.publishAt.isValid())
        shown.publishAt = QDateTime::currentDateTimeUtc();
    m_usedMedia.clear();
    auto r = emitArticle(shown, contactsOf(shown.contacts));
    if (r)
        r = emitStyle();
    if (r)
        r = emitMedia();
    m_sink = nullptr;
    if (!r)
        return r.error();
    return articlePath(shown);
}

Result<QString> SiteBuilder::buildPreview(const AgendaEntry &entry, const PageSink &sink)
{
    m_sink = &sink;
    m_light = false;
    AgendaEntry shown = entry;
    if (!Slug::isValid(shown.slug))
        shown.slug = Slug::fromTitle(shown.title).isEmpty() ? QStringLiteral("apercu")
                                                            : Slug::fromTitle(shown.title);
    m_usedMedia.clear();
    auto r = emitEvent(shown, contactsOf(shown.contacts));
    if (r)
        r = emitStyle();
    if (r)
        r = emitMedia();
    m_sink = nullptr;
    if (!r)
        return r.error();
    return eventPath(shown);
}

Result<SiteBuilder::Report> SiteBuilder::build(const QDateTime &at, const PageSink &sink)
{
    m_sink = &sink;
    m_pages = std::make_unique<Pages>();
    auto report = buildSite(at);
    if (report) {
        if (auto r = deliverAll(); !r)
            report = r.error();
    }
    m_pages.reset(); // waits for the pages still being made after an error
    m_sink = nullptr;
    m_pendingPath.clear();
    if (!report)
        return report.error();
    return m_report; // counted as the sink got the pages
}

Result<SiteBuilder::Report> SiteBuilder::buildSite(const QDateTime &at)
{
    m_report = {};
    m_sitemap.clear();
    m_usedMedia.clear();
    m_media.reset();
    mediaNamed({}); // read now: pages made in other threads look pictures up
    // With a page cache most pages are known: read the items without their texts, and read
    // an item whole only when a page that needs its text is made.
    m_light = m_cache && !m_cache->isEmpty();
    m_wholeReads = 0;
    m_wholeArticles.reset();
    m_wholeEvents.reset();
    m_wholeContacts.reset();
    Content content;
    if (auto r = load(at, content); !r)
        return r.error();
    m_report.articles = int(content.articles.size());
    m_report.events = int(content.events.size());

    QList<const Article *> news, testimonials;
    for (const Article &a : std::as_const(content.articles)) {
        if (a.status == Status::Archived)
            continue; // its page stays, the lists move on
        (a.kind == ArticleKind::Testimonial ? testimonials : news).append(&a);
    }
    QList<const AgendaEntry *> upcoming;
    for (const AgendaEntry &e : std::as_const(content.events)) {
        if (e.status != Status::Archived && eventEnd(e) > at)
            upcoming.append(&e);
    }
    // Detail pages first: lists link to them.
    for (const Article &a : std::as_const(content.articles)) {
        if (auto r = emitArticle(a, content.contacts); !r)
            return r.error();
    }
    for (const AgendaEntry &e : std::as_const(content.events)) {
        if (auto r = emitEvent(e, content.contacts); !r)
            return r.error();
    }

    if (auto r = emitList(ListPages(QStringLiteral("actualites"), QStringLiteral("Actualités"),
                              QStringLiteral("news")),
            news);
        !r)
        return r.error();
    if (auto r = emitList(ListPages(QStringLiteral("temoignages"), QStringLiteral("Témoignages"),
                              QStringLiteral("testimonials")),
            testimonials);
        !r)
        return r.error();

    QByteArray agendaInputs;
    for (const AgendaEntry *e : std::as_const(upcoming))
        addIdentity(agendaInputs, e->meta);
    if (const QString path = QStringLiteral("agenda/index.html");
        !skipKnown(path, pageKey(QStringLiteral("agenda"), agendaInputs))) {
        if (m_light && upcoming.size() > WholeReadsBeforeAll)
            m_wholeReads = WholeReadsBeforeAll; // read them all at once
        QList<AgendaEntry> shown;
        for (const AgendaEntry *e : std::as_const(upcoming))
            shown.append(full(*e));
        auto make = [this, path, shown] {
            List months;
            List monthEvents;
            auto flush = [&](const QDate &date) {
                if (monthEvents.empty())
                    return;
                Data m;
                m.set("id", s(date.toString(QStringLiteral("yyyy-MM"))));
                m.set("heading", s(FrenchDates::monthYear(date)));
                m.set("events", monthEvents);
                months.push_back(m);
                monthEvents.clear();
            };
            QDate previous;
            for (const AgendaEntry &e : shown) {
                const QDate date = e.start.toTimeZone(m_zone).date();
                if (previous.isValid()
                    && (date.month() != previous.month() || date.year() != previous.year()))
                    flush(previous);
                monthEvents.push_back(eventItem(e, rootOf(path)));
                previous = date;
            }
            if (previous.isValid())
                flush(previous);
            Data d;
            d.set("months", months);
            return PageData { d, QStringLiteral("Agenda") };
        };
        if (auto r = emitPage(path, QStringLiteral("agenda"), QStringLiteral("agenda"), make); !r)
            return r.error();
    }

    // A section's news, ten by page, with its coming events beside the first page. One pass
    // over the news for all sections.
    const QList<Section> &sections = Vocabulary::sections();
    std::vector<QList<const Article *>> newsBySection(std::size_t(sections.size()));
    for (const Article *a : std::as_const(news)) {
        for (qsizetype i = 0; i < sections.size(); ++i) {
            if (a->sections.contains(sections.at(i).slug))
                newsBySection[std::size_t(i)].append(a);
        }
    }
    for (qsizetype i = 0; i < sections.size(); ++i) {
        const Section &section = sections.at(i);
        const QList<const Article *> &sectionNews = newsBySection[std::size_t(i)];
        ListPages list(QStringLiteral("rubriques/") + section.slug, section.title, section.slug,
            QStringLiteral("section"));
        list.withAgenda = true;
        for (const AgendaEntry *e : std::as_const(upcoming)) {
            if (e->sections.contains(section.slug) && list.events.size() < m_settings.homeEvents)
                list.events.append(e);
        }
        if (auto r = emitList(list, sectionNews); !r)
            return r.error();
    }

    const QList<const Article *> homeNews = news.mid(0, m_settings.homeNews);
    const QList<const AgendaEntry *> homeEvents = upcoming.mid(0, m_settings.homeEvents);
    QByteArray homeInputs;
    for (const Article *a : homeNews)
        addIdentity(homeInputs, a->meta);
    homeInputs += '|';
    for (const AgendaEntry *e : homeEvents)
        addIdentity(homeInputs, e->meta);
    homeInputs += '|';
    if (!testimonials.isEmpty())
        addIdentity(homeInputs, testimonials.first()->meta);
    if (const QString path = QStringLiteral("index.html");
        !skipKnown(path, pageKey(path, homeInputs))) {
        auto make = [this, articles = fullItems(homeNews), events = fullItems(homeEvents),
                        testimonial = fullItems(testimonials.mid(0, 1))] {
            Data d;
            List items;
            for (const Article &a : articles)
                items.push_back(articleItem(a, QString()));
            d.set("news", items);
            List eventItems;
            for (const AgendaEntry &e : events)
                eventItems.push_back(eventItem(e, QString()));
            d.set("events", eventItems);
            if (!testimonial.isEmpty())
                d.set("testimonial", articleItem(testimonial.first(), QString()));
            d.set("otherSectionsHeading", s(text(m_settings.otherSectionsHeading)));
            d.set("sections", sectionList());
            return PageData { d, text(m_settings.name) };
        };
        if (auto r = emitPage(path, QStringLiteral("home"), QString(), make); !r)
            return r.error();
    }

    if (!skipKnown(QStringLiteral("404.html"), pageKey(QStringLiteral("404"), {}))) {
        if (auto r = emitPage(QStringLiteral("404.html"), QStringLiteral("notfound"), QString(),
                [] {
                    return PageData { Data(), QStringLiteral("Page introuvable") };
                });
            !r)
            return r.error();
    }

    if (!m_settings.submissionFormUrl.isEmpty()
        && !skipKnown(QStringLiteral("annoncez-vos-infos/index.html"),
            pageKey(QStringLiteral("submit"), {}))) {
        auto make = [this] {
            Data d;
            d.set("formUrl", s(m_settings.submissionFormUrl));
            d.set("sections", sectionList());
            return PageData { d, QStringLiteral("Annoncez vos infos") };
        };
        if (auto r = emitPage(QStringLiteral("annoncez-vos-infos/index.html"),
                QStringLiteral("submit"), QString(), make);
            !r)
            return r.error();
    }

    if (auto r = emitStyle(); !r)
        return r.error();
    if (auto r = emitMedia(); !r)
        return r.error();

    // Atom feed of the latest news and testimonials.
    QList<const Article *> feedItems;
    for (const Article &a : std::as_const(content.articles)) {
        if (a.status != Status::Archived && feedItems.size() < 20)
            feedItems.append(&a);
    }
    const QDateTime feedUpdated
        = content.articles.isEmpty() ? at : articleDate(content.articles.first());
    QByteArray feedInputs = feedUpdated.toUTC().toString(Qt::ISODate).toLatin1() + '|';
    for (const Article *a : std::as_const(feedItems))
        addIdentity(feedInputs, a->meta);
    if (!skipKnown(QStringLiteral("feed.xml"), pageKey(QStringLiteral("feed"), feedInputs))) {
        QByteArray xml;
        QXmlStreamWriter w(&xml);
        w.setAutoFormatting(true);
        w.writeStartDocument();
        w.writeStartElement(QStringLiteral("feed"));
        w.writeDefaultNamespace(QStringLiteral("http://www.w3.org/2005/Atom"));
        w.writeAttribute(QStringLiteral("xml:lang"), QStringLiteral("fr"));
        w.writeTextElement(QStringLiteral("title"), clean(m_settings.name));
        w.writeTextElement(QStringLiteral("id"), m_settings.baseUrl);
        w.writeEmptyElement(QStringLiteral("link"));
        w.writeAttribute(QStringLiteral("href"), m_settings.baseUrl);
        w.writeEmptyElement(QStringLiteral("link"));
        w.writeAttribute(QStringLiteral("rel"), QStringLiteral("self"));
        w.writeAttribute(QStringLiteral("href"), m_settings.baseUrl + QStringLiteral("feed.xml"));
        w.writeTextElement(QStringLiteral("updated"), feedUpdated.toUTC().toString(Qt::ISODate));
        for (const Article *shown : std::as_const(feedItems)) {
            const Article a = full(*shown);
            w.writeStartElement(QStringLiteral("entry"));
            w.writeTextElement(QStringLiteral("title"), clean(a.title));
            w.writeTextElement(QStringLiteral("id"),
                QStringLiteral("urn:uuid:") + a.meta.uuid.toString(QUuid::WithoutBraces));
            w.writeEmptyElement(QStringLiteral("link"));
            QString url = articlePath(a);
            url.chop(int(QStringLiteral("index.html").size()));
            w.writeAttribute(QStringLiteral("href"), m_settings.baseUrl + url);
            w.writeTextElement(
                QStringLiteral("updated"), a.meta.updatedAt.toUTC().toString(Qt::ISODate));
            w.writeTextElement(
                QStringLiteral("published"), articleDate(a).toUTC().toString(Qt::ISODate));
            w.writeStartElement(QStringLiteral("author"));
            w.writeTextElement(QStringLiteral("name"), clean(m_settings.name));
            w.writeEndElement();
            if (!a.summary.isEmpty())
                w.writeTextElement(QStringLiteral("summary"), clean(a.summary));
            w.writeStartElement(QStringLiteral("content"));
            w.writeAttribute(QStringLiteral("type"), QStringLiteral("html"));
            w.writeCharacters(bodyHtml(a.body, m_settings.baseUrl, a.allowRawHtml, a.language));
            w.writeEndElement();
            w.writeEndElement();
        }
        w.writeEndElement();
        w.writeEndDocument();
        if (auto r = emitFile(QStringLiteral("feed.xml"), xml); !r)
            return r.error();
    }

    // The coming events for calendar applications; stamped with their latest change, so that
    // the file changes only when they do.
    QByteArray icsInputs;
    for (const AgendaEntry *e : std::as_const(upcoming))
        addIdentity(icsInputs, e->meta);
    if (!skipKnown(QStringLiteral("agenda.ics"), pageKey(QStringLiteral("ics"), icsInputs))) {
        QList<AgendaEntry> coming;
        QDateTime stamp = QDateTime(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC);
        if (m_light && upcoming.size() > WholeReadsBeforeAll)
            m_wholeReads = WholeReadsBeforeAll; // read them all at once
        for (const AgendaEntry *e : std::as_const(upcoming)) {
            coming.append(full(*e));
            stamp = std::max(stamp, e->meta.updatedAt);
        }
        if (auto r
            = emitFile(QStringLiteral("agenda.ics"), ICalendar::write(coming, m_settings, stamp));
            !r)
            return r.error();
    }

    // The sitemap changes with the list of pages (the base address is in every key).
    QCryptographicHash sitemapInputs(QCryptographicHash::Md5);
    for (const QString &path : std::as_const(m_sitemap)) {
        sitemapInputs.addData(
            QByteArrayView(reinterpret_cast<const char *>(path.utf16()), path.size() * 2));
        sitemapInputs.addData(QByteArrayView("\0\0", 2));
    }
    if (!skipKnown(QStringLiteral("sitemap.xml"),
            pageKey(QStringLiteral("sitemap"), sitemapInputs.result()))) {
        QByteArray xml;
        QXmlStreamWriter w(&xml);
        w.setAutoFormatting(true);
        w.writeStartDocument();
        w.writeStartElement(QStringLiteral("urlset"));
        w.writeDefaultNamespace(QStringLiteral("http://www.sitemaps.org/schemas/sitemap/0.9"));
        for (const QString &path : std::as_const(m_sitemap)) {
            w.writeStartElement(QStringLiteral("url"));
            w.writeTextElement(QStringLiteral("loc"),
                m_settings.baseUrl + (path.endsWith(u"index.html") ? path.chopped(10) : path));
            w.writeEndElement();
        }
        w.writeEndElement();
        w.writeEndDocument();
        if (auto r = emitFile(QStringLiteral("sitemap.xml"), xml); !r)
            return r.error();
    }
    return m_report;
}

} // namespace Relais
