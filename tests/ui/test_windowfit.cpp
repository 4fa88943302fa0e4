// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The window on a laptop's screen (issue 22, point 20): it runs on two offscreen screens,
// 1366×768 and 1280×720 (tests/ui/screen-laptops.json).
#include "entitylistmodel.h"
#include "listpanel.h"
#include "windowfixture.h"
#include "workflowpanel.h"

#include <QGuiApplication>
#include <QListWidget>
#include <QScreen>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>
#include <QTest>

using namespace Relais;

class TestWindowFit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void aNewWindowFillsALaptopScreen_data();
    void aNewWindowFillsALaptopScreen();
    void aSizeSavedOnALargerScreenIsCutToThisOne();
    void theCommentsFoldAwayForTheEditorOnAShortScreen();

private:
    static QScreen *screenNamed(const QString &name);
    // Every page of the sidebar shown in turn: the window stays within the screen's free area
    // and asks for no more than it (its minimum size).
    static void everyPageFits(MainWindow &window, const QRect &available);
    Test::WindowFixture m_fixture;
};

QScreen *TestWindowFit::screenNamed(const QString &name)
{
    for (QScreen *screen : QGuiApplication::screens()) {
        if (screen->name() == name)
            return screen;
    }
    return nullptr;
}

void TestWindowFit::initTestCase()
{
    QVERIFY(Test::prepareWindowTests());
    QVERIFY2(screenNamed(QStringLiteral("laptop-1280")),
        "run with QT_QPA_PLATFORM=offscreen:configfile=tests/ui/screen-laptops.json");
}

void TestWindowFit::cleanup()
{
    m_fixture.stop();
}

void TestWindowFit::everyPageFits(MainWindow &window, const QRect &available)
{
    for (int page = 0; page < window.sidebar()->count(); ++page) {
        window.sidebar()->setCurrentRow(page);
        QCoreApplication::processEvents();
        const QString which = window.sidebar()->item(page)->text();
        QVERIFY2(available.contains(window.frameGeometry()),
            qPrintable(QStringLiteral("%1: the window at %2,%3 %4×%5 is not within %6×%7")
                           .arg(which)
                           .arg(window.frameGeometry().x())
                           .arg(window.frameGeometry().y())
                           .arg(window.frameGeometry().width())
                           .arg(window.frameGeometry().height())
                           .arg(available.width())
                           .arg(available.height())));
        const QSize least = window.minimumSizeHint().expandedTo(window.minimumSize());
        QVERIFY2(least.width() <= available.width() && least.height() <= available.height(),
            qPrintable(QStringLiteral("%1 needs at least %2×%3")
                           .arg(which)
                           .arg(least.width())
                           .arg(least.height())));
    }
}

void TestWindowFit::aNewWindowFillsALaptopScreen_data()
{
    QTest::addColumn<QString>("screen");
    QTest::newRow("1366×768") << QStringLiteral("laptop-1366");
    QTest::newRow("1280×720") << QStringLiteral("laptop-1280");
}

// Before: the window opened at 1320×820 whatever the screen, its bottom and status bar off a
// laptop's screen.
void TestWindowFit::aNewWindowFillsALaptopScreen()
{
    QFETCH(QString, screen);
    QScreen *laptop = screenNamed(screen);
    Test::WindowFixture::Options options;
    options.screen = laptop;
    QVERIFY(m_fixture.start(options));
    MainWindow &window = m_fixture.window();
    QVERIFY(window.isMaximized());
    QTRY_VERIFY(laptop->availableGeometry().contains(window.frameGeometry()));
    everyPageFits(window, laptop->availableGeometry());
}

// Before: a size saved on a larger screen (1600×981) came back as it was on a smaller one.
void TestWindowFit::aSizeSavedOnALargerScreenIsCutToThisOne()
{
    QScreen *laptop = screenNamed(QStringLiteral("laptop-1280"));
    Test::WindowFixture::Options options;
    options.screen = laptop;
    QVERIFY(m_fixture.start(options));
    m_fixture.window().showNormal();
    m_fixture.window().setGeometry(
        QRect(laptop->geometry().topLeft() + QPoint(60, 40), QSize(1600, 981)));
    QCoreApplication::processEvents();
    QVERIFY(m_fixture.window().close());
    QVERIFY(m_fixture.restartWindow());
    MainWindow &window = m_fixture.window();
    QVERIFY(!window.isMaximized());
    QTRY_VERIFY(laptop->availableGeometry().contains(window.frameGeometry()));
    QVERIFY(window.width() < 1600 && window.height() < 981);
    everyPageFits(window, laptop->availableGeometry());
}

// On 1366×768 the comments and history took 256 px under the editor, the body field below its
// fold: they start folded (their tabs stay), and a click on the current tab brings them back.
void TestWindowFit::theCommentsFoldAwayForTheEditorOnAShortScreen()
{
    Test::WindowFixture::Options options;
    options.screen = screenNamed(QStringLiteral("laptop-1366"));
    QVERIFY(m_fixture.start(options));
    MainWindow &window = m_fixture.window();
    WorkflowPanel *panel = window.workflowPanel();
    QVERIFY(panel->isFolded());
    QVERIFY(!panel->commentList()->isVisible());
    auto *column = window.findChild<QSplitter *>(QStringLiteral("editorColumn"));
    QVERIFY(column);
    QTRY_VERIFY(column->sizes().value(1) < 120);
    QVERIFY(column->sizes().value(0) > 4 * column->sizes().value(1));

    // An article open: the panel is for it.
    ListPanel *list = window.listPanel(MainWindow::Articles);
    list->view()->setCurrentIndex(list->model()->index(0, 0));
    QTRY_VERIFY(panel->isEnabled());
    QVERIFY(panel->isFolded());
    auto *tabs = panel->findChild<QTabWidget *>(QStringLiteral("workflowTabs"));
    QTabBar *bar = tabs->tabBar();
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(tabs->currentIndex()).center());
    QVERIFY(!panel->isFolded());
    QTRY_VERIFY(panel->commentList()->isVisible());
    QTRY_VERIFY(column->sizes().value(1) >= panel->minimumSizeHint().height());
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(tabs->currentIndex()).center());
    QVERIFY(panel->isFolded());
    QTRY_VERIFY(!panel->commentList()->isVisible());
}

QTEST_MAIN(TestWindowFit)
#include "test_windowfit.moc"
