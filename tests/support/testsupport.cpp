// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include <QFile>

#include <QDir>

namespace Relais::Test {

QString sourcePath(const QString &relative)
{
    return QDir(qEnvironmentVariable("RELAIS_SOURCE_DIR")).filePath(relative);
}

QString binaryPath(const QString &relative)
{
    return QDir(qEnvironmentVariable("RELAIS_BINARY_DIR")).filePath(relative);
}

QString seedFile()
{
    return sourcePath(QStringLiteral("resources/demo/seed-site.json"));
}

TempStore::TempStore(Clock *clock)
    : m_clock(clock)
{
    m_path = m_dir.filePath(QStringLiteral("test.sqlite"));
    reopen();
}

void TempStore::reopen()
{
    m_store.reset();
    Database::Options options;
    options.clock = m_clock;
    auto opened = Store::open(m_path, options);
    if (!opened)
        qFatal("cannot open test database: %s",
            qPrintable(opened.error().message + opened.error().detail));
    m_store = std::move(*opened);
}

QHash<QString, QString> readKeyValues(const QString &path)
{
    QHash<QString, QString> values;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return values;
    for (const QByteArray &line : file.readAll().split('\n')) {
        const qsizetype eq = line.indexOf('=');
        if (eq > 0)
            values.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)));
    }
    return values;
}

Article sampleArticle(const QString &title)
{
    Article a;
    a.title = title;
    a.summary = QStringLiteral("Un résumé court.");
    a.body = QStringLiteral("Le **GRIEP** accompagne les coopératives œuvrières de la Somme.");
    a.sections = { QStringLiteral("associations") };
    a.status = Status::Draft;
    return a;
}

AgendaEntry sampleEntry(const QString &title)
{
    AgendaEntry e;
    e.title = title;
    e.start = QDateTime(QDate(2026, 12, 3), QTime(9, 30), Qt::UTC);
    e.end = e.start.addSecs(3 * 3600);
    e.locationName = QStringLiteral("Maison de la vie associative");
    e.address = QStringLiteral("2 allée de l'innovation, 02200 Soissons");
    e.description = QStringLiteral("Une matinée d’échanges.");
    e.sections = { QStringLiteral("citoyens") };
    e.status = Status::Published;
    return e;
}

Contact sampleContact(const QString &organization)
{
    Contact c;
    c.name = QStringLiteral("Antoine Vagnon");
    c.organization = organization;
    c.role = QStringLiteral("Animateur");
    c.emails = { QStringLiteral("avagnon@ptce-aliss.org") };
    c.phones = { QStringLiteral("06.49.78.62.28") };
    c.address = QStringLiteral("2 allée de l'innovation, 02200 Soissons");
    return c;
}

bool damageSecondHalf(const QString &path, int minimumPages)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite) || f.size() < qint64(minimumPages) * 4096)
        return false;
    for (qint64 offset = f.size() / 2; offset < f.size(); offset += 3 * 4096) {
        f.seek(offset + 8);
        if (f.write(QByteArray(64, '\x5A')) != 64)
            return false;
    }
    return true;
}

} // namespace Relais::Test
