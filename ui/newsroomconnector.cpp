// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "newsroomconnector.h"

#include "jobprogress.h"
#include "publish/passwordvault.h"
#include "storage/serveraddress.h"
#include "storage/store.h"
#include "taskjob.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QInputDialog>
#include <QLineEdit>
#include <QProgressDialog>
#include <QTimer>

namespace Relais {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Relais::NewsroomConnector", text);
}

// The keyring's answer, waited for (it may ask the user to unlock it) at most 20 s.
QString keyringPassword(const QString &key)
{
    QString password;
    QEventLoop loop;
    QObject context;
    PasswordVault::read(key, &context, [&](const PasswordVault::Outcome &outcome) {
        if (outcome.ok)
            password = outcome.password;
        loop.quit();
    });
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    loop.exec();
    return password;
}

// Database::open in a worker thread; the error, or nothing when the server accepted. Cancel
// stops waiting at once (the worker ends on its own within the connect timeout).
std::optional<Error> probe(const QString &address, const QString &password, QWidget *parent)
{
    auto error = std::make_shared<std::optional<Error>>();
    auto *job = new TaskJob(QStringLiteral("relais-connect"),
        [address, password, error](TaskJob::Progress &) -> Result<QString> {
            Database::Options options;
            options.password = password;
            options.checkContents = false;
            auto opened = Database::open(address, options);
            if (!opened) {
                *error = opened.error();
                return opened.error();
            }
            return QString();
        });
    const auto parsed = ServerAddress::parse(address);
    QProgressDialog *progress = showProgress(job, tr("Connecting"),
        tr("Connecting to %1…").arg(parsed ? parsed->shortName() : address),
        QStringLiteral("newsroomConnecting"), parent);
    QEventLoop loop;
    bool cancelled = false;
    bool done = false;
    QObject::connect(job, &TaskJob::finished, &loop, [&] {
        done = true;
        loop.quit();
    });
    QObject::connect(progress, &QProgressDialog::canceled, &loop, [&] {
        cancelled = true;
        loop.quit();
    });
    loop.exec();
    // The job deletes itself once its work returns (at once when it is done already).
    QObject::connect(job, &TaskJob::finished, job, &QObject::deleteLater);
    if (done)
        job->deleteLater();
    if (cancelled && !done)
        return Error::failed(tr("Connecting to the newsroom was cancelled."));
    return *error;
}

} // namespace

QString newsroomKeychainKey(const QString &address)
{
    auto parsed = ServerAddress::parse(address);
    return QStringLiteral("newsroom ") + (parsed ? parsed->toString() : address);
}

Result<std::unique_ptr<Store>> openNewsroom(
    const QString &address, QWidget *parent, const QString &typedPassword)
{
    auto parsed = ServerAddress::parse(address);
    if (!parsed)
        return parsed.error();
    const QString key = newsroomKeychainKey(address);
    QString password = typedPassword.isEmpty() ? keyringPassword(key) : typedPassword;
    bool typed = !typedPassword.isEmpty();
    for (int attempt = 0;; ++attempt) {
        const std::optional<Error> refused = probe(address, password, parent);
        if (!refused)
            break;
        // Ask for the password when the server wants one (three times at most).
        if (refused->code != Error::Code::Denied || attempt >= 3
            || !refused->detail.contains(QStringLiteral("password"), Qt::CaseInsensitive))
            return *refused;
        bool ok = false;
        const QString user = parsed->user.isEmpty() ? Database::desktopUser() : parsed->user;
        password = QInputDialog::getText(parent, tr("Newsroom Password"),
            (attempt > 0 || !password.isEmpty() ? refused->message + QStringLiteral("\n\n")
                                                : QString())
                + tr("Password of “%1” on %2:").arg(user, parsed->shortName()),
            QLineEdit::Password, QString(), &ok);
        if (!ok)
            return *refused;
        typed = true;
    }
    Database::Options options;
    options.password = password;
    options.checkContents = false;
    auto store = Store::open(address, options);
    if (!store)
        return store.error();
    Database::rememberPassword(address, password);
    if (typed && !password.isEmpty()) {
        // Kept for the next time; when there is no keyring it is asked again then.
        auto *context = new QObject;
        PasswordVault::write(key, password, context,
            [context](const PasswordVault::Outcome &) { context->deleteLater(); });
    }
    return std::move(*store);
}

} // namespace Relais
