// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QString>

#include <memory>

class QWidget;

namespace Relais {

class Store;

// Opens a newsroom (a PostgreSQL address) for the window without blocking it: the connection
// is tried first in a worker thread, where libpq may wait up to its connect timeout, behind a
// progress dialog whose Cancel gives up at once. The password comes from the desktop keyring,
// else from libpq's password file; when the server wants one that neither gives (or refuses
// it), the user is asked, and a password that worked is kept in the keyring. The GUI thread
// then opens its own connection, which the server has just accepted; the password stays in
// this process's memory for the background jobs' connections (Database::rememberPassword).
// typedPassword, when not empty, is tried first (Connect to Newsroom's field).
Result<std::unique_ptr<Store>> openNewsroom(
    const QString &address, QWidget *parent, const QString &typedPassword = {});

// The keyring entry of a newsroom's password.
QString newsroomKeychainKey(const QString &address);

} // namespace Relais
