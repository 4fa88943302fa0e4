// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/serveraddress.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace Relais {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Relais::ServerAddress", text);
}

// The libpq keywords an address may set. "password" is not one of them; nor is anything that
// would let an address run a command or read a file of the user's choosing beyond certificates.
const QStringList &knownKeywords()
{
    static const QStringList keywords { QStringLiteral("sslmode"), QStringLiteral("sslrootcert"),
        QStringLiteral("sslcert"), QStringLiteral("sslkey"), QStringLiteral("sslcrl"),
        QStringLiteral("connect_timeout"), QStringLiteral("application_name"),
        QStringLiteral("target_session_attrs"), QStringLiteral("keepalives"),
        QStringLiteral("keepalives_idle"), QStringLiteral("keepalives_interval"),
        QStringLiteral("keepalives_count"), QStringLiteral("tcp_user_timeout"),
        QStringLiteral("channel_binding"), QStringLiteral("gssencmode"),
        QStringLiteral("passfile") };
    return keywords;
}

bool safeValue(const QString &value)
{
    // QPSQL pastes the options into libpq's "keyword=value …" string: a value must not be able
    // to end itself and start another keyword.
    for (QChar c : value) {
        if (c.isSpace() || c == u'\'' || c == u'"' || c == u'\\' || c == u';' || c == u'=')
            return false;
    }
    return !value.isEmpty();
}

Error holdsPassword(const QString &shown)
{
    return Error::invalid(
        tr("The address “%1” holds a password. Relais never keeps passwords in addresses. %2")
            .arg(shown, ServerAddress::wherePasswordsLive()));
}

} // namespace

QString ServerAddress::wherePasswordsLive()
{
    return tr("The window asks for it and keeps it in the desktop keyring; relais-cli reads it "
              "from libpq's password file (~/.pgpass, or the file PGPASSFILE names, readable by "
              "you only), one line HOST:PORT:DATABASE:USER:PASSWORD.");
}

bool ServerAddress::looksLikeOne(const QString &text)
{
    return text.startsWith(QLatin1StringView("postgresql://"), Qt::CaseInsensitive)
        || text.startsWith(QLatin1StringView("postgres://"), Qt::CaseInsensitive);
}

Result<ServerAddress> ServerAddress::parse(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    auto refuse = [&text](const QString &why) {
        return Error::invalid(tr("“%1” is not a newsroom address: %2").arg(text, why));
    };
    if (!looksLikeOne(text) || !url.isValid())
        return refuse(tr("write it as postgresql://USER@HOST:PORT/DATABASE"));
    const QString authority = text.mid(text.indexOf(QLatin1StringView("://")) + 3)
                                  .section(QLatin1Char('/'), 0, 0)
                                  .section(QLatin1Char('?'), 0, 0);
    const qsizetype at = authority.lastIndexOf(QLatin1Char('@'));
    if (!url.password().isEmpty() || (at > 0 && authority.left(at).contains(QLatin1Char(':')))) {
        QUrl shown = url;
        shown.setPassword({});
        return holdsPassword(shown.toString());
    }
    ServerAddress address;
    address.host = url.host();
    if (address.host.isEmpty())
        return refuse(tr("it names no server"));
    address.port = url.port(5432);
    address.database = url.path().mid(1);
    if (address.database.isEmpty() || address.database.contains(QLatin1Char('/')))
        return refuse(tr("it names no database (…/DATABASE at the end)"));
    address.user = url.userName();
    const QUrlQuery query(url);
    for (const auto &[keyword, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (keyword == u"password")
            return holdsPassword(url.toString(QUrl::RemoveQuery));
        if (!knownKeywords().contains(keyword))
            return refuse(tr("“%1” is not a connection setting Relais passes on (known: %2)")
                              .arg(keyword, knownKeywords().join(QStringLiteral(", "))));
        if (!safeValue(value))
            return refuse(tr("the value of “%1” may not be empty nor hold spaces, quotes, "
                             "semicolons or equals signs")
                              .arg(keyword));
        address.parameters.append({ keyword, value });
    }
    return address;
}

QString ServerAddress::parameter(const QString &keyword) const
{
    for (const auto &[k, v] : parameters) {
        if (k == keyword)
            return v;
    }
    return {};
}

QString ServerAddress::toString() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(user);
    url.setHost(host);
    url.setPort(port);
    url.setPath(QLatin1Char('/') + database);
    QUrlQuery query;
    for (const auto &[k, v] : parameters)
        query.addQueryItem(k, v);
    url.setQuery(query);
    return url.toString();
}

QString ServerAddress::shortName() const
{
    const QString h
        = host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
    return QStringLiteral("%1:%2/%3").arg(h).arg(port).arg(database);
}

QString ServerAddress::connectOptions(int connectTimeout, const QString &applicationName) const
{
    QStringList options;
    for (const auto &[k, v] : parameters)
        options.append(k + QLatin1Char('=') + v);
    if (parameter(QStringLiteral("connect_timeout")).isEmpty())
        options.append(
            QStringLiteral("connect_timeout=%1").arg(connectTimeout > 0 ? connectTimeout : 10));
    // The program's own name: letters, digits, '-' and '_' only (it goes into libpq's
    // conninfo as it is).
    static const QRegularExpression safeName(QStringLiteral("^[A-Za-z0-9_-]+$"));
    if (parameter(QStringLiteral("application_name")).isEmpty())
        options.append(QStringLiteral("application_name=")
            + (safeName.match(applicationName).hasMatch() ? applicationName
                                                          : QStringLiteral("relais")));
    // A server that vanished without closing the connection (a cable, a Wi-Fi, a crashed
    // host) is noticed within about half a minute instead of the system's quarter of an hour:
    // an idle connection is probed after 10 s, and data unacknowledged for 20 s ends it.
    const std::pair<const char *, const char *> deadPeer[]
        = { { "keepalives_idle", "10" }, { "keepalives_interval", "5" },
              { "keepalives_count", "3" }, { "tcp_user_timeout", "20000" } };
    for (const auto &[keyword, value] : deadPeer) {
        if (parameter(QString::fromLatin1(keyword)).isEmpty())
            options.append(
                QString::fromLatin1(keyword) + QLatin1Char('=') + QString::fromLatin1(value));
    }
    return options.join(QLatin1Char(';'));
}

} // namespace Relais
