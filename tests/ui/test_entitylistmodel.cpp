// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "entitylistmodel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace Relais;

class TestEntityListModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void loadsLazily();
    void sortsAndSearchesInTheDatabase();
    void refreshKeepsLoadedRows();
    void displaysTranslatedValues();
    void singleLine_data();
    void singleLine();
    void reportsReadErrors();
    void lowerBoundTotalBecomesExactAtTheEnd();

private:
    EntityListModel *articleModel();

    std::unique_ptr<Test::TempStore> m_temp;
    std::unique_ptr<EntityListModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestEntityListModel::init()
{
    m_temp = std::make_unique<Test::TempStore>();
    Transaction t((*m_temp)->database());
    for (int i = 0; i < 250; ++i) {
        Article a
            = Test::sampleArticle(QStringLiteral("Article %1").arg(i, 3, 10, QLatin1Char('0')));
        if (i == 7)
            a.title = QStringLiteral("Éco-activités");
        a.status = i % 2 ? Status::Published : Status::Draft;
        RELAIS_VERIFY_OK((*m_temp)->articles().create(a));
    }
    RELAIS_VERIFY_OK(t.commit());
}

void TestEntityListModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_temp.reset();
}

EntityListModel *TestEntityListModel::articleModel()
{
    ArticleRepository &repo = (*m_temp)->articles();
    m_model = std::make_unique<EntityListModel>(
        ArticleRepository::tableSpec().columns,
        [&repo](const ListQuery &q, int offset, int limit) { return repo.page(q, offset, limit); },
        [&repo](const ListQuery &q) { return repo.countUpTo(q, EntityListModel::CountCap); });
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    return m_model.get();
}

void TestEntityListModel::loadsLazily()
{
    EntityListModel *model = articleModel();
    QSignalSpy reset(model, &QAbstractItemModel::modelReset);
    model->setQuery({});
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model->rowCount(), EntityListModel::PageSize);
    QCOMPARE(model->totalCount(), 250);
    QVERIFY(model->canFetchMore({}));
    QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
    model->fetchMore({});
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 100);
    QCOMPARE(inserted.first().at(2).toInt(), 199);
    model->fetchMore({});
    QCOMPARE(model->rowCount(), 250);
    QVERIFY(!model->canFetchMore({}));
}

void TestEntityListModel::sortsAndSearchesInTheDatabase()
{
    EntityListModel *model = articleModel();
    model->setQuery({});
    model->sort(model->columnOf(QStringLiteral("title")), Qt::AscendingOrder);
    QCOMPARE(model->index(0, 0).data().toString(),
        EntityListModel::singleLine(QStringLiteral("Article 000")));
    model->sort(model->columnOf(QStringLiteral("title")), Qt::DescendingOrder);
    QCOMPARE(model->index(0, 0).data().toString(),
        EntityListModel::singleLine(QStringLiteral("Éco-activités")));

    ListQuery q = model->query();
    q.search = QStringLiteral("eco");
    model->setQuery(q);
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->totalCount(), 1);
    const qint64 id = model->index(0, 0).data(EntityListModel::IdRole).toLongLong();
    QCOMPARE((*m_temp)->articles().load(id)->title, QStringLiteral("Éco-activités"));
    QCOMPARE(model->rowOf(EntityType::Article, id), 0);

    q.search.clear();
    q.status = QStringLiteral("published");
    model->setQuery(q);
    QCOMPARE(model->totalCount(), 125);
}

void TestEntityListModel::refreshKeepsLoadedRows()
{
    EntityListModel *model = articleModel();
    model->setQuery({});
    model->fetchMore({});
    QCOMPARE(model->rowCount(), 200);
    RELAIS_VERIFY_OK((*m_temp)->articles().moveToTrash({ model->rowAt(0).id }));
    model->refresh();
    QCOMPARE(model->rowCount(), 200);
    QCOMPARE(model->totalCount(), 249);
}

void TestEntityListModel::displaysTranslatedValues()
{
    EntityListModel *model = articleModel();
    ListQuery q;
    q.status = QStringLiteral("draft");
    model->setQuery(q);
    QCOMPARE(model->index(0, model->columnOf(QStringLiteral("status"))).data().toString(),
        QStringLiteral("Draft"));
    QCOMPARE(model->index(0, model->columnOf(QStringLiteral("kind"))).data().toString(),
        QStringLiteral("News"));
    QCOMPARE(model->index(0, model->columnOf(QStringLiteral("sections"))).data().toString(),
        QStringLiteral("Associations"));
    QCOMPARE(model->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Title"));
}

void TestEntityListModel::singleLine_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("shown");
    const QChar fsi(0x2068), pdi(0x2069);
    QTest::newRow("plain") << QStringLiteral("Titre") << fsi + QStringLiteral("Titre") + pdi;
    QTest::newRow("newline and tab")
        << QStringLiteral("a\nb\tc") << fsi + QStringLiteral("a b c") + pdi;
    QTest::newRow("rtl override isolated")
        << QStringLiteral("x\u202Ey") << fsi + QStringLiteral("x\u202Ey") + pdi;
    QTest::newRow("long") << QString(10000, QLatin1Char('a'))
                          << fsi + QString(300, QLatin1Char('a')) + QChar(0x2026) + pdi;
}

void TestEntityListModel::singleLine()
{
    QFETCH(QString, text);
    QFETCH(QString, shown);
    QCOMPARE(EntityListModel::singleLine(text), shown);
}

void TestEntityListModel::reportsReadErrors()
{
    EntityListModel model(
        ArticleRepository::tableSpec().columns,
        [](const ListQuery &, int, int) -> Result<QList<ListRow>> {
            return Error::failed(QStringLiteral("disque plein"));
        },
        [](const ListQuery &) -> Result<ListCount> {
            return ListCount { 3, true };
        });
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy failed(&model, &EntityListModel::loadFailed);
    model.setQuery({});
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.first().first().toString(), QStringLiteral("disque plein"));
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore({}));
}

void TestEntityListModel::lowerBoundTotalBecomesExactAtTheEnd()
{
    // 250 rows behind a count that only says "more than 120".
    EntityListModel model(
        ArticleRepository::tableSpec().columns,
        [](const ListQuery &, int offset, int limit) -> Result<QList<ListRow>> {
            QList<ListRow> rows;
            for (int i = offset; i < qMin(250, offset + limit); ++i)
                rows.append(ListRow { i + 1, QUuid::createUuid(), EntityType::Article,
                    { QStringLiteral("r%1").arg(i) } });
            return rows;
        },
        [](const ListQuery &) -> Result<ListCount> {
            return ListCount { 120, false };
        });
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setQuery({});
    QVERIFY(!model.isTotalExact());
    QCOMPARE(model.totalCount(), 120);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 200);
    QCOMPARE(model.totalCount(), 200);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 250);
    QVERIFY(model.isTotalExact());
    QCOMPARE(model.totalCount(), 250);
    QVERIFY(!model.canFetchMore({}));
}

QTEST_GUILESS_MAIN(TestEntityListModel)
#include "test_entitylistmodel.moc"
