// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "storage/peoplerepository.h"

#include <QFile>

#include <QDir>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

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

bool onPostgres()
{
    return qEnvironmentVariable("RELAIS_TEST_ENGINE") == u"postgresql";
}

QHash<QString, QString> ServerDatabase::server()
{
    const QString file = qEnvironmentVariable("RELAIS_TEST_POSTGRESQL");
    QHash<QString, QString> values = readKeyValues(file);
    if (values.value(QStringLiteral("PG_PORT")).isEmpty())
        qFatal("the run's PostgreSQL server is not known: RELAIS_TEST_POSTGRESQL=%s",
            qPrintable(file));
    // libpq reads the tests' password from there, as relais-cli would.
    qputenv("PGPASSFILE", values.value(QStringLiteral("PG_PASSFILE")).toLocal8Bit());
    return values;
}

namespace {

// A QPSQL connection as the tests' login to database; closed and removed by the caller.
QSqlDatabase adminConnection(const QString &name, const QString &database)
{
    const QHash<QString, QString> pg = ServerDatabase::server();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(pg.value(QStringLiteral("PG_HOST")));
    db.setPort(pg.value(QStringLiteral("PG_PORT")).toInt());
    db.setUserName(pg.value(QStringLiteral("PG_USER")));
    db.setDatabaseName(database);
    db.setConnectOptions(QStringLiteral("connect_timeout=10"));
    return db;
}

QString runAsAdmin(const QString &database, const QString &sql)
{
    const QString name = QStringLiteral("relais-test-admin-") + QUuid::createUuid().toString();
    QString error;
    {
        QSqlDatabase db = adminConnection(name, database);
        if (!db.open()) {
            error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            if (!q.exec(sql))
                error = q.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

} // namespace

ServerDatabase::ServerDatabase()
{
    const QHash<QString, QString> pg = server();
    m_name = QStringLiteral("relais_test_") + QUuid::createUuid().toString(QUuid::Id128).left(16);
    if (const QString e = runAsAdmin(QStringLiteral("postgres"),
            QStringLiteral("CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8'").arg(m_name));
        !e.isEmpty())
        qFatal("cannot create the test database: %s", qPrintable(e));
    m_address = QStringLiteral("postgresql://%1@%2:%3/%4")
                    .arg(pg.value(QStringLiteral("PG_USER")), pg.value(QStringLiteral("PG_HOST")),
                        pg.value(QStringLiteral("PG_PORT")), m_name);
}

ServerDatabase::~ServerDatabase()
{
    const QString e = runAsAdmin(
        QStringLiteral("postgres"), QStringLiteral("DROP DATABASE %1 WITH (FORCE)").arg(m_name));
    if (!e.isEmpty())
        qWarning("cannot drop the test database %s: %s", qPrintable(m_name), qPrintable(e));
    // The group roles of a newsroom (version 11) are the server's, not the database's.
    for (const char *role : { "contributor", "moderator", "editor", "administrator", "owner" }) {
        const QString r = runAsAdmin(QStringLiteral("postgres"),
            QStringLiteral("DROP ROLE IF EXISTS \"%1_%2\"")
                .arg(m_name.left(40), QLatin1String(role)));
        if (!r.isEmpty())
            qWarning(
                "cannot drop the role %s_%s: %s", qPrintable(m_name.left(40)), role, qPrintable(r));
    }
}

QString ServerDatabase::adminExec(const QString &sql) const
{
    return runAsAdmin(m_name, sql);
}

TempStore::TempStore(Clock *clock)
    : m_clock(clock)
{
    if (onPostgres()) {
        m_server = std::make_unique<ServerDatabase>();
        m_path = m_server->address();
    } else {
        m_path = m_dir.filePath(QStringLiteral("test.sqlite"));
    }
    reopen();
}

TempStore::~TempStore()
{
    m_store.reset(); // before the server's database is dropped
}

void TempStore::reopen()
{
    m_store.reset();
    Database::Options options;
    options.clock = m_clock;
    options.createNewsroom = true;
    auto opened = Store::open(m_path, options);
    if (!opened)
        qFatal("cannot open test database: %s",
            qPrintable(opened.error().message + opened.error().detail));
    m_store = std::move(*opened);
}

bool TempStore::holdsAnywhere(const QByteArray &text) const
{
    if (!m_server) {
        QFile file(m_path);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(m_path));
        return file.readAll().contains(text);
    }
    // Each row of each table as text, searched on the server.
    const QString probe = QStringLiteral(
        "DO $$ DECLARE t record; n bigint; BEGIN FOR t IN SELECT tablename FROM pg_tables WHERE "
        "schemaname = 'public' LOOP EXECUTE format('SELECT count(*) FROM %I x WHERE "
        "x::text LIKE %L', t.tablename, '%%' || %1 || '%%') INTO n; IF n > 0 THEN RAISE "
        "EXCEPTION 'found in %', t.tablename; END IF; END LOOP; END $$")
                              .arg(QStringLiteral("'") + QString::fromUtf8(text)
                                  + QStringLiteral("'"));
    const QString error = m_server->adminExec(probe);
    return error.contains(QStringLiteral("found in"));
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
    // From a page's start (half of an odd number of pages is the middle of one, where 64
    // bytes may fall in the page's free space and damage nothing).
    for (qint64 offset = f.size() / 2 / 4096 * 4096; offset < f.size(); offset += 3 * 4096) {
        f.seek(offset + 8);
        if (f.write(QByteArray(64, '\x5A')) != 64)
            return false;
    }
    return true;
}

People::People(TempStore &temp)
    : m_temp(temp)
    , m_suffix(QUuid::createUuid().toString(QUuid::Id128).left(8))
{ }

People::~People()
{
    for (const QString &login : std::as_const(m_made))
        (void)m_temp->database().exec(QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(login));
}

QString People::add(const QString &name, const QString &role)
{
    const QString login = name + QLatin1Char('_') + m_suffix;
    PeopleRepository people(m_temp->database());
    if (auto r = people.add(login, role, QString::fromLatin1(Password)); !r)
        qFatal("cannot add %s: %s", qPrintable(login), qPrintable(r.error().message));
    m_made.append(login);
    return login;
}

QString People::address(const QString &login) const
{
    const QString address = m_temp.path();
    const qsizetype at = address.indexOf(QLatin1Char('@'));
    return QStringLiteral("postgresql://") + login + address.mid(at);
}

Result<std::unique_ptr<Store>> People::open(const QString &login) const
{
    Database::Options options = Database::Options::unchecked();
    options.password = QString::fromLatin1(Password);
    return Store::open(address(login), options);
}

QString sql(Store &store, const QString &text, int *affected)
{
    QSqlQuery query(store.database().connection());
    if (!query.exec(text))
        return query.lastError().databaseText();
    if (affected)
        *affected = query.numRowsAffected();
    return {};
}

} // namespace Relais::Test
