// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/publishtarget.h"

#include <QObject>
#include <QWidget>

#include <functional>
#include <optional>

namespace Relais {

// The password of a target: the session's memory, then the keyring, then — when allowed —
// the user, once per session. Answers nullopt when there is none (or the user cancelled).
class PasswordPrompt
{
public:
    using Done = std::function<void(std::optional<QString>)>;
    static void obtain(
        const PublishTarget &target, QWidget *parent, bool mayAsk, QObject *context, Done done);
    // Tests answer the question instead of a modal dialog.
    static void setAnswer(std::function<std::optional<QString>(const PublishTarget &)> answer);

private:
    static std::function<std::optional<QString>(const PublishTarget &)> s_answer;
};

} // namespace Relais
