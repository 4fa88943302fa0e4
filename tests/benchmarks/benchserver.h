// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
// What the benchmarks that compare the two engines share: the run's own PostgreSQL on
// 127.0.0.1 (tests/postgresql/postgresql-server, as the tests start it) and opening a store
// or stopping the run with its reason.
#pragma once

#include "storage/store.h"

#include <QProcess>
#include <QString>

#include <cstdio>
#include <cstdlib>
#include <memory>

namespace Relais::Bench {

// Starts the server with its state in folder; stopped with this object. While it lives,
// Test::ServerDatabase makes databases on it (RELAIS_TEST_POSTGRESQL and RELAIS_TEST_ENGINE set).
class PrivateServer
{
public:
    PrivateServer(const QString &sourceDir, const QString &folder)
        : m_script(sourceDir + QStringLiteral("/tests/postgresql/postgresql-server"))
        , m_folder(folder)
    {
        m_started = QProcess::execute(m_script, { QStringLiteral("start"), m_folder }) == 0;
        if (!m_started) {
            std::fprintf(stderr, "the PostgreSQL server could not be started\n");
            return;
        }
        qputenv(
            "RELAIS_TEST_POSTGRESQL", (m_folder + QStringLiteral("/postgresql.env")).toLocal8Bit());
        qputenv("RELAIS_TEST_ENGINE", "postgresql");
    }
    ~PrivateServer()
    {
        if (m_started)
            QProcess::execute(m_script, { QStringLiteral("stop"), m_folder });
    }
    PrivateServer(const PrivateServer &) = delete;
    PrivateServer &operator=(const PrivateServer &) = delete;
    bool started() const { return m_started; }

private:
    QString m_script;
    QString m_folder;
    bool m_started = false;
};

// The store at location (a file or a newsroom's address), or the run ends saying why.
inline std::unique_ptr<Store> openOrExit(
    const QString &location, const Database::Options &options = {})
{
    auto store = Store::open(location, options);
    if (!store) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(location),
            qPrintable(store.error().message));
        std::exit(1);
    }
    return std::move(*store);
}

inline Database::Options newsroomToMake()
{
    Database::Options options;
    options.createNewsroom = true;
    return options;
}

} // namespace Relais::Bench
