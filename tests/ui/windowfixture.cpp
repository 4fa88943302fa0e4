// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowfixture.h"

#include "exchange/seedimporter.h"
#include "language.h"
#include "messagebox.h"

#include <QStandardPaths>
#include <QTest>

namespace Relais::Test {

void typeText(QWidget *widget, const QString &text)
{
    for (QChar c : text) {
        if (c.unicode() < 128)
            QTest::keyClick(widget, c.toLatin1());
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

bool prepareWindowTests()
{
    QStandardPaths::setTestModeEnabled(true);
    MessageBox::setDefaultAnswer(QMessageBox::Cancel);
    return installTranslations(QStringLiteral("en")) == u"en";
}

bool WindowFixture::start(const Options &options)
{
    m_temp = std::make_unique<TempStore>();
    SeedImporter importer(m_temp->store());
    if (auto imported = importer.importFile(seedFile()); !imported) {
        qWarning("demo content: %s", qPrintable(imported.error().message));
        return false;
    }
    m_settingsDir = std::make_unique<QTemporaryDir>();
    m_qsettings = std::make_unique<QSettings>(
        m_settingsDir->filePath(QStringLiteral("relais.ini")), QSettings::IniFormat);
    m_qsettings->setValue(QStringLiteral("editor/autosaveDelayMs"), options.autosaveDelayMs);
    m_settings = std::make_unique<Settings>(*m_qsettings);
    m_settings->setPreviewVisible(options.preview);
    m_options = options;
    return showWindow();
}

bool WindowFixture::showWindow()
{
    m_window = std::make_unique<MainWindow>(m_temp->store(), *m_settings);
    if (m_options.size.isValid())
        m_window->resize(m_options.size);
    if (m_options.screen) {
        m_window->setScreen(m_options.screen);
        m_window->move(m_window->pos() + m_options.screen->geometry().topLeft());
    }
    m_window->show();
    return QTest::qWaitForWindowExposed(m_window.get());
}

bool WindowFixture::restartWindow()
{
    MessageBox::setNextAnswer(QMessageBox::Discard);
    m_window.reset();
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    return showWindow();
}

void WindowFixture::stop()
{
    MessageBox::setNextAnswer(QMessageBox::Discard); // never block on a leftover question
    m_window.reset();
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    m_settings.reset();
    m_qsettings.reset();
    m_settingsDir.reset();
    m_temp.reset();
}

} // namespace Relais::Test
