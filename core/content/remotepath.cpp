// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/remotepath.h"

#include <QCoreApplication>

namespace Relais::RemotePath {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Relais::RemotePath", text);
}

bool isSafeChar(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9')
        || u == u'-' || u == u'_' || u == u'.' || u == u'~';
}

} // namespace

QString checkBase(const QUrl &base)
{
    if (!base.isValid() || base.isRelative())
        return tr("“%1” is not a web address.").arg(base.toString());
    if (base.scheme() != u"http" && base.scheme() != u"https")
        return tr("The address must start with http:// or https://.");
    if (base.host().isEmpty())
        return tr("The address has no server name.");
    if (!base.userInfo().isEmpty())
        return tr("Put the user name in its own field, not in the address.");
    if (base.hasQuery() || base.hasFragment())
        return tr("The address must not have a query (?…) or a fragment (#…).");
    return {};
}

bool isSafe(const QString &relative)
{
    if (relative.isEmpty() || relative.size() > 1024 || relative.startsWith(QLatin1Char('/')))
        return false;
    QStringView rest(relative);
    if (rest.endsWith(u'/'))
        rest.chop(1);
    const auto segments = rest.split(u'/');
    for (QStringView segment : segments) {
        if (segment.isEmpty() || segment == u"." || segment == u"..")
            return false;
        for (QChar c : segment) {
            if (!isSafeChar(c))
                return false;
        }
    }
    return true;
}

Result<QUrl> join(const QUrl &base, const QString &relative)
{
    if (const QString problem = checkBase(base); !problem.isEmpty())
        return Error::invalid(problem);
    if (!isSafe(relative))
        return Error::invalid(tr("“%1” is not a path Relais sends to a server.").arg(relative));
    QString basePath = base.path(QUrl::FullyEncoded);
    if (!basePath.endsWith(QLatin1Char('/')))
        basePath += QLatin1Char('/');
    QUrl url = base;
    // Safe characters need no encoding, so the path is taken as it stands.
    url.setPath(basePath + relative, QUrl::StrictMode);
    if (!url.isValid() || !url.path(QUrl::FullyEncoded).startsWith(basePath)
        || url.host() != base.host())
        return Error::invalid(
            tr("“%1” would leave the site's folder on the server.").arg(relative));
    return url;
}

QStringList foldersOf(const QString &relative)
{
    QStringList folders;
    qsizetype from = 0;
    for (;;) {
        const qsizetype slash = relative.indexOf(QLatin1Char('/'), from);
        if (slash < 0 || slash == relative.size() - 1)
            break;
        folders.append(relative.left(slash + 1));
        from = slash + 1;
    }
    return folders;
}

} // namespace Relais::RemotePath
