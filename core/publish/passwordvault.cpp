// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "publish/passwordvault.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>

#include "openfiles.h"

namespace Relais {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Relais::PasswordVault", text);
}

QMutex sessionMutex;
QHash<QString, QString> &session()
{
    static QHash<QString, QString> passwords;
    return passwords;
}

PasswordVault::Outcome outcomeOf(QKeychain::Job *job)
{
    PasswordVault::Outcome o;
    switch (job->error()) {
    case QKeychain::NoError:
        o.ok = true;
        if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(job))
            o.password = read->textData();
        break;
    case QKeychain::EntryNotFound:
        o.notFound = true;
        o.error = tr("The keyring has no password for this target.");
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        o.noKeyring = true;
        o.error = tr("No desktop keyring is running.");
        break;
    case QKeychain::OtherError:
        // Without a session bus or secret service QtKeychain says so here.
        o.noKeyring = true;
        o.error = tr("The desktop keyring cannot be reached: %1").arg(job->errorString());
        break;
    default:
        o.error = tr("The desktop keyring refused: %1").arg(job->errorString());
        break;
    }
    return o;
}

template<typename JobType> void runJob(JobType *job, QObject *context, PasswordVault::Callback done)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain-text file
    QObject::connect(job, &QKeychain::Job::finished, context,
        [done = std::move(done)](QKeychain::Job *j) { done(outcomeOf(j)); });
    job->start();
}

} // namespace

void PasswordVault::read(const QString &key, QObject *context, Callback done)
{
    auto *job = new QKeychain::ReadPasswordJob(QLatin1String(Service));
    job->setKey(key);
    runJob(job, context, std::move(done));
}

void PasswordVault::write(
    const QString &key, const QString &password, QObject *context, Callback done)
{
    auto *job = new QKeychain::WritePasswordJob(QLatin1String(Service));
    job->setKey(key);
    job->setTextData(password);
    runJob(job, context, std::move(done));
}

void PasswordVault::remove(const QString &key, QObject *context, Callback done)
{
    auto *job = new QKeychain::DeletePasswordJob(QLatin1String(Service));
    job->setKey(key);
    runJob(job, context, std::move(done));
}

void PasswordVault::remember(const QString &key, const QString &password)
{
    const QMutexLocker lock(&sessionMutex);
    session().insert(key, password);
}

std::optional<QString> PasswordVault::remembered(const QString &key)
{
    const QMutexLocker lock(&sessionMutex);
    const auto it = session().constFind(key);
    if (it == session().cend())
        return std::nullopt;
    return *it;
}

void PasswordVault::forget(const QString &key)
{
    const QMutexLocker lock(&sessionMutex);
    session().remove(key);
}

Result<QString> PasswordVault::readPasswordFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error { Error::Code::NotFound, tr("There is no password file “%1”.").arg(path), {} };
    const auto others = QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup
        | QFileDevice::WriteOther;
    if (info.permissions() & others) {
        return Error::invalid(tr("The password file “%1” can be read or changed by other users; "
                                 "make it private first (chmod 600 %1).")
                                  .arg(path));
    }
    if (auto inUse = OpenFiles::refuseDatabaseInUse(path); !inUse)
        return inUse.error();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::failed(
            tr("The password file “%1” cannot be read: %2").arg(path, file.errorString()));
    QByteArray data = file.read(4097);
    if (data.size() > 4096)
        return Error::invalid(
            tr("The password file “%1” is too long to hold a password.").arg(path));
    while (data.endsWith('\n') || data.endsWith('\r'))
        data.chop(1);
    if (data.isEmpty())
        return Error::invalid(tr("The password file “%1” is empty.").arg(path));
    return QString::fromUtf8(data);
}

} // namespace Relais
