// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Child of the shared-file test: one Relais process among several on one database file,
// driven line by line on standard input, as the window and relais-cli use the file:
//   open            one more connection (Store::open), as the publisher opens beside the window
//   close           closes the newest connection
//   write TITLE     creates an article on the first connection; prints "ok UUID"
//   titles          prints "titles N" then one title a line, as the first connection sees them
//   quit            closes everything and exits
// Every command answers one line starting with "ok", "titles" or "error". Bounded: it exits
// by itself after two minutes, so that a test that forgets it leaves nothing running.
#include "storage/store.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

namespace {

void answer(const QString &line)
{
    std::printf("%s\n", line.toUtf8().constData());
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: relais_dbsharer DATABASE\n");
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    std::vector<std::unique_ptr<Relais::Store>> stores;
    QElapsedTimer alive;
    alive.start();
    std::string input;
    while (alive.elapsed() < 120000 && std::getline(std::cin, input)) {
        const QString line = QString::fromStdString(input).trimmed();
        const QString command = line.section(QLatin1Char(' '), 0, 0);
        const QString argument = line.section(QLatin1Char(' '), 1);
        if (command == u"open") {
            auto store = Relais::Store::open(path);
            if (!store) {
                answer(QStringLiteral("error ") + store.error().message + QLatin1Char(' ')
                    + store.error().detail);
                continue;
            }
            stores.push_back(std::move(*store));
            answer(QStringLiteral("ok %1").arg(stores.size()));
        } else if (command == u"close") {
            if (!stores.empty())
                stores.pop_back();
            answer(QStringLiteral("ok %1").arg(stores.size()));
        } else if (command == u"write") {
            if (stores.empty()) {
                answer(QStringLiteral("error nothing open"));
                continue;
            }
            Relais::Article article;
            article.title = argument;
            article.body = QStringLiteral("Texte écrit par le processus %1.")
                               .arg(QCoreApplication::applicationPid());
            auto created = stores.front()->articles().create(article);
            if (!created) {
                answer(QStringLiteral("error ") + created.error().message + QLatin1Char(' ')
                    + created.error().detail);
                continue;
            }
            answer(QStringLiteral("ok ") + created->meta.uuid.toString(QUuid::WithoutBraces));
        } else if (command == u"titles") {
            if (stores.empty()) {
                answer(QStringLiteral("error nothing open"));
                continue;
            }
            auto titles = stores.front()->database().exec(
                QStringLiteral("SELECT title FROM articles ORDER BY title"));
            if (!titles) {
                answer(QStringLiteral("error ") + titles.error().message + QLatin1Char(' ')
                    + titles.error().detail);
                continue;
            }
            QStringList all;
            while (titles->next())
                all.append(titles->value(0).toString());
            answer(QStringLiteral("titles %1").arg(all.size()));
            for (const QString &title : std::as_const(all))
                answer(title);
        } else if (command == u"quit") {
            stores.clear();
            answer(QStringLiteral("ok 0"));
            return 0;
        } else {
            answer(QStringLiteral("error unknown command ") + command);
        }
    }
    return 0;
}
