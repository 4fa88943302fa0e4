// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mainwindow.h"
#include "settings.h"
#include "testsupport.h"

#include <QScreen>
#include <QSettings>
#include <QTemporaryDir>

#include <memory>

namespace Relais::Test {

// QTest::keyClicks only knows Latin-1; French text has ’, œ, « ». Each character goes as
// a key press with its text, as an input method would send it.
void typeText(QWidget *widget, const QString &text);

// Once per test program of the window: QStandardPaths in test mode, every unexpected question
// answered Cancel, the window in English. False when the English texts could not be installed.
bool prepareWindowTests();

// The main window on a database of the demo content, with settings of its own in a temporary
// folder, shown. One per test function: start() in init(), stop() in cleanup().
class WindowFixture
{
public:
    struct Options
    {
        int autosaveDelayMs = 300;
        // The preview pane (Qt WebEngine) adds a browser to every window: off unless the test
        // is about it.
        bool preview = false;
        QSize size; // the window's default size when empty
        QScreen *screen = nullptr; // the screen it opens on; the primary one when null
    };

    // False when the demo content could not be imported or the window was not shown.
    bool start(const Options &options);
    bool start() { return start(Options {}); }
    // A new window on the same database and settings, as after quitting and starting again
    // (the old one is destroyed; close it first to go through its closeEvent).
    bool restartWindow();
    // Closes the window, discarding unsaved edits without asking, and removes the database
    // and the settings.
    void stop();

    MainWindow &window() { return *m_window; }
    TempStore &temp() { return *m_temp; }
    Store &store() { return m_temp->store(); }
    Settings &settings() { return *m_settings; }
    QSettings &qsettings() { return *m_qsettings; }

private:
    bool showWindow();

    Options m_options;
    std::unique_ptr<TempStore> m_temp;
    std::unique_ptr<QTemporaryDir> m_settingsDir;
    std::unique_ptr<QSettings> m_qsettings;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace Relais::Test
