// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The site builder: pages made ahead by worker threads, handed to the sink in order.
#include "render/sitebuilder.h"
#include "render/sitebuilder_p.h"

#include <QCoreApplication>

#include <algorithm>

namespace Relais {

using namespace SitePage;

SiteBuilder::~SiteBuilder() = default;

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

} // namespace Relais
