// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QObject>

#include <functional>
#include <optional>

namespace Relais {

// Passwords of publishing targets: in the desktop keyring (QtKeychain), never in Relais'
// files, database, settings or logs. Where no keyring runs, the window keeps a password the
// user typed in memory for the session only (remember()).
class PasswordVault
{
public:
    struct Outcome
    {
        bool ok = false;
        QString password;
        bool noKeyring = false; // no keyring service to ask
        bool notFound = false; // the keyring has no password for that key
        QString error;
    };
    using Callback = std::function<void(const Outcome &)>;

    // Asynchronous: done is called in context's thread. (The command line waits for it in
    // its own event loop, cli/command.h waitFor().)
    static void read(const QString &key, QObject *context, Callback done);
    static void write(const QString &key, const QString &password, QObject *context, Callback done);
    static void remove(const QString &key, QObject *context, Callback done);

    // The session's memory, for when there is no keyring.
    static void remember(const QString &key, const QString &password);
    static std::optional<QString> remembered(const QString &key);
    static void forget(const QString &key);

    // Reads a password file for the command line; refuses one that others may read.
    static Result<QString> readPasswordFile(const QString &path);

    static constexpr const char *Service = "Relais";
};

} // namespace Relais
