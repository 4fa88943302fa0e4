// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QScopeGuard>

#include <unistd.h>

using namespace Relais;

// relais-cli and relais run as a user would run them, as separate processes.
class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void versionAndHelp();
    void theWindowsHelpNeedsNoDisplay();
    void eachCommandHasItsOwnOptions();
    void listJsonOnTheDemoData();
    void listText();
    void checkHealthyAndDamagedFiles();
    void wrongUsage_data();
    void wrongUsage();
    void malformedImportNamesFileItemAndField();
    void windowStartsOnTheDemoData();
    void renderWritesTheSite();
    void renderRefusesAForeignFolder();
    void renderNamesAFileItCannotWrite();
    void mediaAddListDescribeRemove();
    void aFileThatMayOnlyBeReadIsNotDamaged();
    void aLargeImportSaysHowFarAndStopsWhenAsked();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run cli(const QStringList &arguments);
    // As a user who may read the database but not write it: "nobody" when the tests run as
    // root (root may write anything), else this user after the file and folder are made
    // read-only.
    Run cliAsReader(const QStringList &arguments);
    static Run runProgram(const QString &program, const QStringList &arguments);
    void importDemo();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

TestCommandLine::Run TestCommandLine::cli(const QStringList &arguments)
{
    return runProgram(qEnvironmentVariable("RELAIS_CLI"), arguments);
}

TestCommandLine::Run TestCommandLine::runProgram(
    const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    Run run;
    if (!process.waitForFinished(60000)) {
        process.kill();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

TestCommandLine::Run TestCommandLine::cliAsReader(const QStringList &arguments)
{
    if (::geteuid() != 0)
        return cli(arguments);
    const QStringList asNobody { QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
        QStringLiteral("--clear-groups"), QStringLiteral("env"),
        QStringLiteral("HOME=") + m_dir->path(), qEnvironmentVariable("RELAIS_CLI") };
    return runProgram(QStringLiteral("setpriv"), asNobody + arguments);
}

void TestCommandLine::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = m_dir->filePath(QStringLiteral("demo.sqlite"));
}

void TestCommandLine::importDemo()
{
    m_db = m_dir->filePath(QStringLiteral("new/folder/demo.sqlite")); // import makes the folders
    const Run run = cli({ QStringLiteral("--database"), m_db, QStringLiteral("import"),
        QStringLiteral("seed"), Test::seedFile(), QStringLiteral("--demo") });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.out.contains(
        QStringLiteral("Imported 5 articles, 1 testimonials, 6 agenda entries and 4 contacts")));
}

void TestCommandLine::versionAndHelp()
{
    Run run = cli({ QStringLiteral("--version") });
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.startsWith(QStringLiteral("relais ")));
    run = cli({ QStringLiteral("--help") });
    QCOMPARE(run.exitCode, 0);
    for (const char *word : { "list", "check", "import seed", "--database", "--json" })
        QVERIFY2(run.out.contains(QString::fromLatin1(word)), word);
}

// A command's --help lists its own options only; an option of another command, a missing
// argument or a missing required option is a wrong use that names the command's usage.
void TestCommandLine::eachCommandHasItsOwnOptions()
{
    Run run = cli({ QStringLiteral("render"), QStringLiteral("--help") });
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.startsWith(QStringLiteral("Usage: relais-cli render --out FOLDER")),
        qPrintable(run.out));
    for (const char *own : { "--out", "--at", "--full", "--database" })
        QVERIFY2(run.out.contains(QString::fromLatin1(own)), own);
    for (const char *other : { "--vcard3", "--json", "--target", "--dry-run" })
        QVERIFY2(!run.out.contains(QString::fromLatin1(other)), other);
    QCOMPARE(cli({ QStringLiteral("help"), QStringLiteral("render") }).out, run.out);

    run = cli({ QStringLiteral("export"), QStringLiteral("contacts"), QStringLiteral("--help") });
    QVERIFY(run.out.contains(QStringLiteral("--vcard3")));
    QVERIFY(!run.out.contains(QStringLiteral("--french-dates")));

    run = cli({ QStringLiteral("--database"), m_db, QStringLiteral("render"),
        QStringLiteral("--out"), m_dir->path(), QStringLiteral("--vcard3") });
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("vcard3"))
            && run.err.contains(QStringLiteral("Usage: relais-cli render")),
        qPrintable(run.err));

    run = cli({ QStringLiteral("--database"), m_db, QStringLiteral("render") });
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("--out is missing")), qPrintable(run.err));

    run = cli(
        { QStringLiteral("--database"), m_db, QStringLiteral("media"), QStringLiteral("remove") });
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("Usage: relais-cli media remove NAME")),
        qPrintable(run.err));

    run = cli({ QStringLiteral("--database"), m_db, QStringLiteral("media") });
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("media takes one of: add, describe, list, remove")),
        qPrintable(run.err));

    // --database is taken before the command or among its options.
    importDemo();
    run = cli(
        { QStringLiteral("list"), QStringLiteral("contacts"), QStringLiteral("--database"), m_db });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out.count(QLatin1Char('\n')), 4);
}

void TestCommandLine::listJsonOnTheDemoData()
{
    importDemo();
    Run run = cli({ QStringLiteral("--database"), m_db, QStringLiteral("list"),
        QStringLiteral("articles"), QStringLiteral("--json") });
    QCOMPARE(run.exitCode, 0);
    QJsonParseError error;
    const QJsonArray articles = QJsonDocument::fromJson(run.out.toUtf8(), &error).array();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(articles.size(), 6);
    bool foundAliss = false;
    for (const QJsonValue &v : articles) {
        const QJsonObject a = v.toObject();
        for (const char *field : { "id", "revision", "kind", "title", "slug", "summary", "body",
                 "sections", "status", "publish_at", "contacts", "created_at", "updated_at" })
            QVERIFY2(a.contains(QString::fromLatin1(field)), field);
        QVERIFY(!QUuid::fromString(a.value(QStringLiteral("id")).toString()).isNull());
        QVERIFY(a.value(QStringLiteral("publish_at")).toString().endsWith(QLatin1Char('Z')));
        if (a.value(QStringLiteral("slug")).toString()
            == u"ptce-aliss-la-cooperation-au-service-du-territoire") {
            foundAliss = true;
            QCOMPARE(a.value(QStringLiteral("kind")).toString(), QStringLiteral("news"));
            QCOMPARE(a.value(QStringLiteral("status")).toString(), QStringLiteral("published"));
            QCOMPARE(a.value(QStringLiteral("sections")).toArray().first().toString(),
                QStringLiteral("associations"));
            QCOMPARE(a.value(QStringLiteral("contacts")).toArray().size(), 1);
        }
    }
    QVERIFY(foundAliss);

    run = cli({ QStringLiteral("--database"), m_db, QStringLiteral("list"),
        QStringLiteral("agenda"), QStringLiteral("--json") });
    QCOMPARE(run.exitCode, 0);
    const QJsonArray agenda = QJsonDocument::fromJson(run.out.toUtf8()).array();
    QCOMPARE(agenda.size(), 6);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const QJsonValue &v : agenda) {
        const QDateTime start
            = QDateTime::fromString(v[QStringLiteral("start")].toString(), Qt::ISODate);
        QVERIFY(start.isValid());
        QCOMPARE(start.timeSpec(), Qt::UTC);
        // The demo moves events into the coming weeks.
        QVERIFY(start > now.addDays(-1));
        QVERIFY(start < now.addDays(60));
        QCOMPARE(v[QStringLiteral("time_zone")].toString(), QStringLiteral("Europe/Paris"));
    }

    run = cli({ QStringLiteral("--database"), m_db, QStringLiteral("list"),
        QStringLiteral("contacts"), QStringLiteral("--json") });
    QCOMPARE(run.exitCode, 0);
    const QJsonArray contacts = QJsonDocument::fromJson(run.out.toUtf8()).array();
    QCOMPARE(contacts.size(), 4);
    QVERIFY(contacts.first()[QStringLiteral("emails")].isArray());
    QVERIFY(contacts.first()[QStringLiteral("phones")].isArray());
}

void TestCommandLine::listText()
{
    importDemo();
    const Run run = cli(
        { QStringLiteral("--database"), m_db, QStringLiteral("list"), QStringLiteral("contacts") });
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.count(QLatin1Char('\n')), 4);
    QVERIFY(run.out.contains(QStringLiteral("Antoine Vagnon")));
}

void TestCommandLine::checkHealthyAndDamagedFiles()
{
    importDemo();
    Run run = cli({ QStringLiteral("--database"), m_db, QStringLiteral("check") });
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(QStringLiteral("no problem found")));

    const QString text = m_dir->filePath(QStringLiteral("notes.txt"));
    QFile f(text);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("pas une base");
    f.close();
    run = cli({ QStringLiteral("--database"), m_dir->filePath(QStringLiteral("typo.sqlite")),
        QStringLiteral("check") });
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains(QStringLiteral("There is no database")));
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("typo.sqlite"))));

    run = cli({ QStringLiteral("--database"), text, QStringLiteral("check") });
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains(QStringLiteral("is not a Relais database")));

    // A damaged file is described in SQLite's words, not refused, and not written to.
    QVERIFY(Test::damageSecondHalf(m_db, 16));
    auto bytes = [this] {
        QFile db(m_db);
        return db.open(QIODevice::ReadOnly) ? db.readAll() : QByteArray();
    };
    const QByteArray before = bytes();
    run = cli({ QStringLiteral("--database"), m_db, QStringLiteral("check") });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains(QStringLiteral("problem(s) found")), qPrintable(run.out + run.err));
    QVERIFY(run.out.contains(QStringLiteral("The file is damaged")));
    QVERIFY(run.out.contains(QStringLiteral("\n  On tree page"))
        || run.out.contains(QStringLiteral("malformed")));
    QCOMPARE(bytes(), before);
}

void TestCommandLine::wrongUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no command") << QStringList {};
    QTest::newRow("unknown command") << QStringList { QStringLiteral("frobnicate") };
    QTest::newRow("list what") << QStringList { QStringLiteral("list"), QStringLiteral("users") };
    QTest::newRow("import what") << QStringList { QStringLiteral("import"),
        QStringLiteral("seed") };
    QTest::newRow("unknown option") << QStringList { QStringLiteral("--frob") };
}

void TestCommandLine::wrongUsage()
{
    QFETCH(QStringList, arguments);
    const Run run = cli(QStringList { QStringLiteral("--database"), m_db } + arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!run.err.isEmpty());
}

void TestCommandLine::malformedImportNamesFileItemAndField()
{
    const QString bad = m_dir->filePath(QStringLiteral("annonces.json"));
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(
        R"({"agenda": [{"date": "2017-11-18", "title": "Bon"}, {"date": "2017-02-30", "title": "Mauvais"}]})");
    f.close();
    const Run run = cli({ QStringLiteral("--database"), m_db, QStringLiteral("import"),
        QStringLiteral("seed"), bad });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("annonces.json: agenda[1] “Mauvais”, field “date”")),
        qPrintable(run.err));
    const Run list = cli(
        { QStringLiteral("--database"), m_db, QStringLiteral("list"), QStringLiteral("agenda") });
    QCOMPARE(list.exitCode, 0);
    QVERIFY(list.out.isEmpty()); // the valid entry did not land either: one transaction
}

void TestCommandLine::theWindowsHelpNeedsNoDisplay()
{
    // Issue 22: `relais --help` on a machine without a display aborted (exit 134, Qt's xcb).
    for (const QString &option : { QStringLiteral("--help"), QStringLiteral("--version") }) {
        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
        app.setProcessEnvironment(env);
        app.start(qEnvironmentVariable("RELAIS_APP"), { option });
        QVERIFY(app.waitForFinished(30000));
        const QString out = QString::fromLocal8Bit(app.readAllStandardOutput());
        QVERIFY2(app.exitStatus() == QProcess::NormalExit && app.exitCode() == 0,
            qPrintable(QString::fromLocal8Bit(app.readAllStandardError())));
        QVERIFY2(option == u"--help" ? out.contains(QStringLiteral("--database <path>"))
                                     : out.startsWith(QStringLiteral("relais ")),
            qPrintable(out));
    }
}

void TestCommandLine::windowStartsOnTheDemoData()
{
    importDemo();
    QProcess app;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("config")));
    app.setProcessEnvironment(env);
    app.start(qEnvironmentVariable("RELAIS_APP"),
        { QStringLiteral("--database"), m_db, QStringLiteral("--exit-after-first-page") });
    QVERIFY(app.waitForFinished(60000));
    QCOMPARE(app.exitCode(), 0);
    QVERIFY2(app.readAllStandardOutput().startsWith("first-page-ms "),
        qPrintable(QString::fromLocal8Bit(app.readAllStandardError())));
}

void TestCommandLine::renderWritesTheSite()
{
    importDemo();
    const QString out = m_dir->filePath(QStringLiteral("site"));
    Run run = cli({ QStringLiteral("--database"), m_db, QStringLiteral("render"),
        QStringLiteral("--out"), out });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.out.startsWith(QStringLiteral("Rendered ")));
    for (const char *file : { "index.html", "agenda/index.html", "feed.xml", "sitemap.xml",
             "assets/style.css", "404.html" })
        QVERIFY2(QFile::exists(out + QLatin1Char('/') + QString::fromLatin1(file)), file);
    const QString article = out + QStringLiteral("/actualites/place-des-assos/index.html");
    QVERIFY(QFile::exists(article));

    // Rendered for a time before the demo's news: they are not there, and the old files go.
    run = cli(
        { QStringLiteral("--database"), m_db, QStringLiteral("render"), QStringLiteral("--out"),
            out, QStringLiteral("--at"), QStringLiteral("2017-01-01T00:00:00Z") });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(!QFile::exists(article));
    QVERIFY(!run.out.contains(QStringLiteral("; 0 old files removed")));

    run = cli({ QStringLiteral("--database"), m_db, QStringLiteral("render"),
        QStringLiteral("--out"), out, QStringLiteral("--at"), QStringLiteral("demain") });
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(QStringLiteral("demain")));
}

void TestCommandLine::renderRefusesAForeignFolder()
{
    importDemo();
    const QString out = m_dir->filePath(QStringLiteral("documents"));
    QVERIFY(QDir().mkpath(out));
    QFile precious(out + QStringLiteral("/thèse.odt"));
    QVERIFY(precious.open(QIODevice::WriteOnly));
    precious.write("ne pas effacer");
    precious.close();
    const Run run = cli({ QStringLiteral("--database"), m_db, QStringLiteral("render"),
        QStringLiteral("--out"), out });
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains(QStringLiteral("not empty")));
    QVERIFY(QFile::exists(out + QStringLiteral("/thèse.odt")));
    QVERIFY(!QFile::exists(out + QStringLiteral("/index.html")));
}

// Pages are written by the threads that make them: a page that cannot be written still stops
// the render with its name and a failure code, and leaves the rest of the site as it was.
void TestCommandLine::renderNamesAFileItCannotWrite()
{
    importDemo();
    const QString out = m_dir->filePath(QStringLiteral("site"));
    Run run = cli({ QStringLiteral("--database"), m_db, QStringLiteral("render"),
        QStringLiteral("--out"), out });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QString page = out + QStringLiteral("/actualites/place-des-assos/index.html");
    QVERIFY(QFile::remove(page));
    QVERIFY(QDir().mkpath(page + QStringLiteral("/en-travers"))); // a folder where the page goes
    run = cli({ QStringLiteral("--database"), m_db, QStringLiteral("render"),
        QStringLiteral("--out"), out, QStringLiteral("--full") });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(page), qPrintable(run.err));
    QVERIFY(QFile::exists(out + QStringLiteral("/index.html")));
    QVERIFY(QFile::exists(out + QStringLiteral("/agenda/index.html")));

    QVERIFY(QDir(page).removeRecursively());
    run = cli({ QStringLiteral("--database"), m_db, QStringLiteral("render"),
        QStringLiteral("--out"), out, QStringLiteral("--full") });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QFile again(page);
    QVERIFY(again.open(QIODevice::ReadOnly));
    QVERIFY(again.readAll().contains("Place des assos"));
}

void TestCommandLine::mediaAddListDescribeRemove()
{
    importDemo();
    QImage image(640, 480, QImage::Format_RGB32);
    image.fill(QColor(200, 40, 40));
    const QString file = m_dir->filePath(QStringLiteral("Fête de quartier.jpg"));
    QVERIFY(image.save(file, "JPEG"));
    auto media = [this](QStringList args) {
        return cli(
            QStringList { QStringLiteral("--database"), m_db, QStringLiteral("media") } + args);
    };
    const QString slug = QStringLiteral("ptce-aliss-la-cooperation-au-service-du-territoire");
    // A wrong slug stores nothing.
    Run run = media(
        { QStringLiteral("add"), file, QStringLiteral("--featured-for"), QStringLiteral("nope") });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("nope")), qPrintable(run.err));
    run = media({ QStringLiteral("list"), QStringLiteral("--json") });
    QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).array().size(), 0);
    // Stored, without a description (said), featured for the article.
    run = media({ QStringLiteral("add"), file, QStringLiteral("--featured-for"), slug });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QStringLiteral("640 × 480"))
            && run.out.contains(QStringLiteral("no description")),
        qPrintable(run.out));
    run = media({ QStringLiteral("list"), QStringLiteral("--json") });
    const QJsonArray pictures = QJsonDocument::fromJson(run.out.toUtf8()).array();
    QCOMPARE(pictures.size(), 1);
    const QJsonObject picture = pictures.first().toObject();
    const QString name = picture.value(QStringLiteral("name")).toString();
    QVERIFY(name.startsWith(QStringLiteral("fete-de-quartier-")));
    QCOMPARE(picture.value(QStringLiteral("used")).toBool(), true);
    QCOMPARE(picture.value(QStringLiteral("width")).toInt(), 640);
    run = cli({ QStringLiteral("--database"), m_db, QStringLiteral("list"),
        QStringLiteral("articles"), QStringLiteral("--json") });
    bool featured = false;
    for (const QJsonValue &v : QJsonDocument::fromJson(run.out.toUtf8()).array())
        featured = featured
            || (v[QStringLiteral("slug")].toString() == slug
                && v[QStringLiteral("featured_image")].toString() == name);
    QVERIFY2(featured, qPrintable(run.out));
    // Described; the same file again is the same picture.
    run = media({ QStringLiteral("describe"), name, QStringLiteral("--alt"),
        QStringLiteral("Des voisins à table") });
    QCOMPARE(run.exitCode, 0);
    run = media({ QStringLiteral("add"), file });
    QCOMPARE(run.exitCode, 0);
    run = media({ QStringLiteral("list") });
    QVERIFY2(run.out.contains(QStringLiteral("Des voisins à table"))
            && run.out.contains(QStringLiteral("pictures: 1")),
        qPrintable(run.out));
    // Shown by an article: it stays.
    run = media({ QStringLiteral("remove"), name });
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains(name));
    // Bad input: not a picture, an unknown name, a describe without --alt.
    const QString notPicture = m_dir->filePath(QStringLiteral("faux.jpg"));
    {
        QFile f(notPicture);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("<script>alert(1)</script>");
    }
    run = media({ QStringLiteral("add"), notPicture });
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains(QStringLiteral("faux.jpg")));
    QCOMPARE(media({ QStringLiteral("remove"), QStringLiteral("absent") }).exitCode, 1);
    QCOMPARE(media({ QStringLiteral("describe"), name }).exitCode, 2);
    run = media({ QStringLiteral("list"), QStringLiteral("--unused") });
    QVERIFY2(run.out.contains(QStringLiteral("pictures: 0")), qPrintable(run.out));
}

// Issue 21: a sound database the user may read but not write was called damaged and sent
// them to their backups. Now reads work, writes are refused saying why, and nothing changes.
void TestCommandLine::aFileThatMayOnlyBeReadIsNotDamaged()
{
    importDemo();
    const QString folder = QFileInfo(m_db).absolutePath();
    const QString vcf = m_dir->filePath(QStringLiteral("carnet.vcf"));
    QFile card(vcf);
    QVERIFY(card.open(QIODevice::WriteOnly));
    card.write("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Aline Fond\r\nEND:VCARD\r\n");
    card.close();
    const auto readable = QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther;
    const auto enterable = QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther;
    const QStringList folders { m_dir->path(), m_dir->filePath(QStringLiteral("new")), folder };
    for (const QString &dir : folders)
        QVERIFY(QFile::setPermissions(dir, readable | enterable));
    QVERIFY(QFile::setPermissions(m_db, readable));
    QVERIFY(QFile::setPermissions(vcf, readable));
    auto restore = qScopeGuard([&] {
        for (const QString &dir : folders)
            QFile::setPermissions(dir, readable | enterable | QFile::WriteOwner);
        QFile::setPermissions(m_db, readable | QFile::WriteOwner);
    });
    QFile file(m_db);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();

    Run run = cliAsReader(
        { QStringLiteral("--database"), m_db, QStringLiteral("list"), QStringLiteral("articles") });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.out.count(QLatin1Char('\n')) >= 5);
    run = cliAsReader({ QStringLiteral("--database"), m_db, QStringLiteral("check") });
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    QVERIFY2(run.out.contains(QStringLiteral("no problem found")), qPrintable(run.out));
    run = cliAsReader({ QStringLiteral("--database"), m_db, QStringLiteral("import"),
        QStringLiteral("contacts"), vcf });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("“%1” may be read but not written (").arg(m_db)),
        qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("nothing was changed")), qPrintable(run.err));
    QVERIFY2(!run.err.contains(QStringLiteral("damaged")), qPrintable(run.err));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
}

// A seed of about 40 MB: the import says how far it is on the error stream; stopped (SIGTERM,
// as Ctrl+C or a service stopped), it ends normally, says so and leaves the database as it
// was.
void TestCommandLine::aLargeImportSaysHowFarAndStopsWhenAsked()
{
    importDemo();
    const QString seed = m_dir->filePath(QStringLiteral("large.json"));
    {
        QFile out(seed);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(R"({"articles":[)");
        const QByteArray body(2000, 'm');
        for (int i = 0; i < 20000; ++i) {
            out.write((i > 0 ? "," : "") + QByteArray(R"({"date":"2017-12-15","title":"Grand )")
                + QByteArray::number(i) + R"(","body_markdown":"Texte )" + body + R"("})");
        }
        out.write("]}");
        QVERIFY(out.size() > 40'000'000);
    }
    QProcess import;
    import.start(qEnvironmentVariable("RELAIS_CLI"),
        { QStringLiteral("--database"), m_db, QStringLiteral("import"), QStringLiteral("seed"),
            seed });
    QVERIFY(import.waitForStarted());
    import.setReadChannel(QProcess::StandardError); // what waitForReadyRead() waits for
    QByteArray err;
    while (!err.contains("% read") && import.state() == QProcess::Running) {
        import.waitForReadyRead(10000);
        err += import.readAllStandardError();
    }
    QVERIFY2(err.contains("10 % read"), err.constData());
    import.terminate();
    QVERIFY(import.waitForFinished(30000));
    err += import.readAllStandardError();
    QVERIFY2(import.exitStatus() == QProcess::NormalExit && import.exitCode() == 1,
        qPrintable(QStringLiteral("exit %1 (%2): %3")
                       .arg(import.exitCode())
                       .arg(import.exitStatus() == QProcess::NormalExit ? QStringLiteral("normal")
                                                                        : QStringLiteral("signal"))
                       .arg(QString::fromUtf8(err))));
    QVERIFY2(err.contains("cancelled; nothing was imported"), err.constData());
    const Run list = cli(
        { QStringLiteral("--database"), m_db, QStringLiteral("list"), QStringLiteral("articles") });
    QCOMPARE(list.out.count(QLatin1Char('\n')), 6);
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "test_commandline.moc"
