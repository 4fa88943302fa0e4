// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backgroundchecks.h"

#include "text/spellchecker.h"

#include <QFutureWatcher>
#include <QtConcurrent>

namespace Relais {

BackgroundChecks::BackgroundChecks(QObject *parent)
    : QObject(parent)
{ }

BackgroundChecks::~BackgroundChecks()
{
    m_stopCheck->stop();
}

void BackgroundChecks::checkDatabase(const QString &path)
{
    auto *watcher = new QFutureWatcher<Result<QStringList>>(this);
    connect(watcher, &QFutureWatcher<Result<QStringList>>::finished, this, [this, watcher] {
        watcher->deleteLater();
        const Result<QStringList> problems = watcher->result();
        if (!problems)
            emit databaseChecked(false, QString(), problems.error().message);
        else
            emit databaseChecked(problems->isEmpty(), problems->value(0), QString());
    });
    watcher->setFuture(QtConcurrent::run(
        [path, stop = m_stopCheck] { return Database::quickCheck(path, stop.get()); }));
}

void BackgroundChecks::loadSpelling(const QString &personalWords)
{
    // A dictionary takes ~0.1 s to read.
    using Loaded = std::pair<QList<std::shared_ptr<SpellChecker>>, QString>;
    auto *watcher = new QFutureWatcher<Loaded>(this);
    connect(watcher, &QFutureWatcher<Loaded>::finished, this, [this, watcher] {
        watcher->deleteLater();
        const Loaded loaded = watcher->result();
        if (!loaded.second.isEmpty())
            emit message(loaded.second);
        if (!loaded.first.isEmpty())
            emit spellingLoaded(loaded.first);
    });
    watcher->setFuture(QtConcurrent::run([personalWords]() -> Loaded {
        Loaded loaded;
        for (const QString &language : { QStringLiteral("fr"), QStringLiteral("en") }) {
            auto checker = SpellChecker::open(language, personalWords);
            if (checker)
                loaded.first.append(std::shared_ptr<SpellChecker>(std::move(*checker)));
            else if (loaded.second.isEmpty())
                loaded.second = checker.error().message;
        }
        return loaded;
    }));
}

} // namespace Relais
