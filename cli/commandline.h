// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/agendaexport.h"
#include "exchange/vcard.h"
#include "publish/wordpresspublisher.h"
#include "storage/publishrepository.h"

#include <QStringList>
#include <QTextStream>

#include <optional>

#include <memory>

namespace Relais {

class Store;

// relais-cli: the headless commands (list, check, import…). Kept out of main() so tests
// can run it in-process as well as through the executable.
class CommandLine
{
public:
    CommandLine(QTextStream &out, QTextStream &err);

    // arguments as in main(), program name first. Returns the process exit code:
    // 0 success, 1 the command found problems or failed, 2 wrong usage.
    int run(const QStringList &arguments);

private:
    int list(const QString &database, const QString &what, bool json);
    int check(const QString &database);
    int importSeed(const QString &database, const QString &file, bool demo);
    int render(const QString &database, const QString &out, const QString &at, bool full);
    struct PublishOptions
    {
        QString target;
        QString passwordFile;
        bool due = false;
        bool dryRun = false;
        bool overwrite = false;
        QString at;
    };
    int target(const QString &database, const QStringList &args, const QString &url,
        const QString &user, const QString &passwordFile);
    int publish(const QString &database, const PublishOptions &options);
    int history(const QString &database, const QString &target);
    int exportAgenda(const QString &database, const QString &format,
        const AgendaExport::Filter &filter, const AgendaExport::CsvOptions &csv,
        const QString &out);
    int exportContacts(const QString &database, const QString &format, bool vcard3, char separator,
        bool bom, const QString &out);
    int importContacts(const QString &database, const QString &path,
        ContactImport::Duplicates duplicates, bool skipInvalid);
    struct MediaOptions
    {
        std::optional<QString> alt;
        QString featuredFor; // an article's slug
        bool unused = false;
        bool json = false;
    };
    int media(const QString &database, const QStringList &args, const MediaOptions &options);

    // Opens the database of a command. Only an import may create it (and its folder).
    static Result<std::unique_ptr<Store>> openStore(const QString &path, bool create);
    // The target named, or every target when name is empty.
    static Result<QList<PublishTarget>> chooseTargets(Store &store, const QString &name);
    // The password of a target: from the file when one is given (readable by its owner only),
    // else from the keyring; the error says which and why.
    static Result<QString> passwordFor(const PublishTarget &target, const QString &passwordFile);
    // Moderation (moderationcommands.cpp).
    int importSubmissions(const QString &database, const QString &file, const QString &source);
    int listSubmissions(const QString &database, const QString &state, bool json);
    int moderate(const QString &database, const QStringList &args, const QString &as,
        const QString &status, const QString &reason);
    int fetchInbox(const QString &database, const QString &target, const QString &passwordFile);
    // WordPress (wordpresscommands.cpp).
    // The database and the target named, or nullptr when either cannot be had (said on m_err).
    std::unique_ptr<Store> openWithTarget(
        const QString &database, const QString &name, PublishTarget *target);
    int testWordPress(
        const QString &database, const PublishTarget &target, const QString &password);
    void printPlan(const PublishTarget &target, const WordPressPublisher::Plan &plan);
    int publishWordPress(const QString &database, const PublishTarget &target,
        const QString &password, const PublishOptions &options, const QDateTime &at);
    int importWordPress(
        const QString &database, const QString &target, const QString &passwordFile);
    int conflicts(const QString &database, const QString &target);
    int resolve(
        const QString &database, const QString &target, const QString &item, const QString &choice);

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace Relais
