// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
// What the files of the site builder share (sitebuilder.cpp: reading and keys; sitepipeline.cpp:
// pages made by threads and handed over in order; sitepagedata.cpp: what templates get;
// sitepages.cpp: one maker per kind of page; sitefeeds.cpp: feed, calendar, sitemap).
// Not for use outside render/.
#pragma once

#include "content/entities.h"
#include "render/sitebuilder.h"
#include "render/theme.h"

#include <QByteArray>
#include <QDateTime>
#include <QFuture>
#include <QString>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent>

#include <deque>
#include <memory>
#include <optional>
#include <vector>

#include <string>

namespace Relais::SitePage {

using Data = Theme::Data;
using List = kainjow::mustache::list;

// Items read one by one before the builder reads all texts at once.
constexpr int WholeReadsBeforeAll = 200;

inline std::string s(const QString &text)
{
    return text.toStdString();
}

// Text without the control characters HTML and XML do not allow (tab and newlines stay).
QString clean(const QString &text);

// The relative path from a page to the site's root: "../../" for "a/b/index.html".
inline QString rootOf(const QString &path)
{
    return QStringLiteral("../").repeated(int(path.count(QLatin1Char('/'))));
}

// The site's sections for a template: slug, title, link text, and whether it is the page's own.
kainjow::mustache::list makeSectionList(const QString &current = {});
QString sectionTitles(const QStringList &sections);
// tel: URI of a French or international number: "06.49.78.62.28" → "+33649786228".
QString telUri(const QString &phone);

// When an event ends, for "is it still to come".
inline QDateTime eventEnd(const AgendaEntry &e)
{
    const QDateTime last = e.end.isValid() ? e.end : e.start;
    return e.allDay ? last.addDays(1) : last;
}

inline QDateTime articleDate(const Article &a)
{
    return a.publishAt.isValid() ? a.publishAt : a.meta.createdAt;
}

// What a list shows of an item changes only with its revision: its identity, added to a
// page's inputs.
void addIdentity(QByteArray &inputs, const EntityMeta &meta);

} // namespace Relais::SitePage

namespace Relais {

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

} // namespace Relais
