// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "passwordprompt.h"

#include "publish/passwordvault.h"

#include <QCoreApplication>
#include <QInputDialog>
#include <QLineEdit>
#include <QPointer>

namespace Relais {

std::function<std::optional<QString>(const PublishTarget &)> PasswordPrompt::s_answer;

void PasswordPrompt::setAnswer(std::function<std::optional<QString>(const PublishTarget &)> answer)
{
    s_answer = std::move(answer);
}

void PasswordPrompt::obtain(
    const PublishTarget &target, QWidget *parent, bool mayAsk, QObject *context, Done done)
{
    if (target.username.isEmpty()) {
        done(QString());
        return;
    }
    if (auto remembered = PasswordVault::remembered(target.keychainKey())) {
        done(*remembered);
        return;
    }
    QPointer<QWidget> guard(parent);
    PasswordVault::read(target.keychainKey(), context,
        [target, guard, mayAsk, done](const PasswordVault::Outcome &o) {
            if (o.ok) {
                PasswordVault::remember(target.keychainKey(), o.password);
                done(o.password);
                return;
            }
            if (!mayAsk) {
                done(std::nullopt);
                return;
            }
            std::optional<QString> answer;
            if (s_answer) {
                answer = s_answer(target);
            } else {
                bool ok = false;
                const QString text = QInputDialog::getText(guard,
                    QCoreApplication::translate("Relais::PasswordPrompt", "Password"),
                    QCoreApplication::translate("Relais::PasswordPrompt",
                        "Password of %1 on %2 (kept until Relais quits: %3)")
                        .arg(target.username, target.url.host(), o.error),
                    QLineEdit::Password, QString(), &ok);
                if (ok)
                    answer = text;
            }
            if (answer)
                PasswordVault::remember(target.keychainKey(), *answer);
            done(answer);
        });
}

} // namespace Relais
