// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

class QIODevice;

namespace Relais {

class Store;

// Imports a portal page in the seed-site.json format (contacts, articles, testimonials,
// agenda) in one transaction: either every item lands, or none does and the error lists
// every problem found, each naming the file, the item and the field. The file is read as a
// stream, twice (contacts first, since the other items link to them by organisation; then
// the rest), so that its size costs no memory; the rows are written in bulk
// (EntityRepository::beginBulk).
class SeedImporter
{
public:
    struct Options
    {
        // Demo data: move agenda dates so the first event falls within the coming week, and
        // article dates so the newest is a few days old, keeping weekdays and intervals.
        bool demo = false;
        QDate today = QDate::currentDate();
        QString timeZone = QStringLiteral("Europe/Paris");
        // Called as the file is read: bytes read, of total (both readings counted).
        std::function<void(qint64 done, qint64 total)> progress;
        // Set from another thread (or a signal handler) to stop; nothing is then imported.
        const std::atomic_bool *cancel = nullptr;
    };

    struct Report
    {
        int contacts = 0;
        int articles = 0;
        int testimonials = 0;
        int agenda = 0;
    };

    explicit SeedImporter(Store &store);

    Result<Report> importFile(const QString &path, const Options &options);
    Result<Report> importFile(const QString &path) { return importFile(path, Options {}); }
    Result<Report> importData(
        const QByteArray &json, const QString &fileName, const Options &options);
    // From a device open for reading and able to seek (a file, a buffer).
    Result<Report> importDevice(QIODevice &device, const QString &fileName, const Options &options);

private:
    Store &m_store;
};

} // namespace Relais
