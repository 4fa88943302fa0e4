// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "command.h"

#include "publish/passwordvault.h"
#include "storage/store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QTimeZone>

namespace Relais {

Invocation::Invocation(const QCommandLineParser &parser, QStringList arguments)
    : m_parser(parser)
    , m_arguments(std::move(arguments))
{ }

QString Invocation::value(const QString &option, const QString &fallback) const
{
    return m_parser.isSet(option) ? m_parser.value(option) : fallback;
}

QString Command::usage() const
{
    QStringList words { name };
    for (const Argument &a : arguments)
        words.append(a.name);
    for (const QCommandLineOption &o : options) {
        QString word = QStringLiteral("--") + o.names().constLast();
        // A value name with its choices ("ics|csv") is shown as it is, another in capitals.
        const QString value = o.valueName();
        if (!value.isEmpty())
            word += QLatin1Char(' ') + (value.contains(u'|') ? value : value.toUpper());
        words.append(
            required.contains(o.names().constLast()) ? word : QLatin1Char('[') + word + u']');
    }
    return words.join(QLatin1Char(' '));
}

Console::Console(QTextStream &out, QTextStream &err)
    : out(out)
    , err(err)
{ }

std::unique_ptr<Store> Console::openStore(bool create)
{
    if (Database::isServerAddress(database)) {
        // A newsroom: the password from libpq's password file; an empty database is made a
        // newsroom by "db init" only.
        auto store = Store::open(database);
        if (!store) {
            fail(store.error());
            return nullptr;
        }
        return std::move(*store);
    }
    if (!QFileInfo::exists(database)) {
        if (!create) {
            fail(tr("There is no database at “%1”.").arg(database));
            return nullptr;
        }
        if (!QDir().mkpath(QFileInfo(database).absolutePath())) {
            fail(tr("Cannot create the folder of “%1”.").arg(database));
            return nullptr;
        }
    }
    auto store = Store::open(database);
    if (!store) {
        fail(store.error());
        return nullptr;
    }
    return std::move(*store);
}

int Console::fail(const Error &error)
{
    return fail(error.message);
}

int Console::fail(const QString &message)
{
    err << message << Qt::endl;
    return 1;
}

int Console::usage(const QString &message)
{
    err << message << Qt::endl;
    return 2;
}

Result<QList<PublishTarget>> Console::chooseTargets(Store &store, const QString &name)
{
    if (name.isEmpty())
        return store.publishing().targets();
    auto t = store.publishing().target(name);
    if (!t)
        return t.error();
    return QList<PublishTarget> { *t };
}

Result<QString> Console::passwordFor(const PublishTarget &target, const QString &passwordFile)
{
    if (!passwordFile.isEmpty())
        return PasswordVault::readPasswordFile(passwordFile);
    const auto read = waitFor<PasswordVault::Outcome>(
        [key = target.keychainKey()](QObject *context, PasswordVault::Callback done) {
            PasswordVault::read(key, context, std::move(done));
        });
    if (!read.ok && !target.username.isEmpty())
        return Error::failed(
            tr("No password for “%1”: %2\nGive --password-file.").arg(target.name, read.error));
    return read.password;
}

QDateTime commandTime(const QString &text)
{
    if (text.isEmpty())
        return QDateTime::currentDateTimeUtc();
    QDateTime when = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (when.isValid() && when.timeSpec() == Qt::LocalTime)
        when = QDateTime(when.date(), when.time(), QTimeZone("Europe/Paris"));
    return when;
}

QString dataSize(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

} // namespace Relais
