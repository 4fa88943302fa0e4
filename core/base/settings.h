// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>

namespace Relais {

// Every setting Relais keeps, with its key and default in one place. The QSettings is
// injected so tests use a temporary file. Never holds a secret.
class Settings
{
public:
    explicit Settings(QSettings &settings);

    // The database both programs open without --database (and without a remembered one):
    // relais.sqlite in the user's data folder.
    static QString defaultDatabasePath();

    // "" follows the system, else "en" or "fr".
    QString language() const;
    void setLanguage(const QString &language);

    QString lastDatabase() const;
    void setLastDatabase(const QString &path);
    // Files and newsrooms opened lately, the latest first (File → Open Recent); at most 8.
    QStringList recentDatabases() const;
    void addRecentDatabase(const QString &location);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    QByteArray splitterState() const;
    void setSplitterState(const QByteArray &state);

    // The preview pane beside the editor: shown or not, desktop or phone width.
    bool previewVisible() const;
    void setPreviewVisible(bool visible);
    bool previewPhoneWidth() const;
    void setPreviewPhoneWidth(bool phone);

    // Milliseconds of quiet after the last keystroke before the editor saves.
    int autosaveDelayMs() const;

    // The last choices of the agenda export dialog ("format", "sections"…).
    QVariant exportChoice(const QString &key, const QVariant &fallback) const;
    void setExportChoice(const QString &key, const QVariant &value);

    void sync() { m_settings.sync(); }

private:
    QSettings &m_settings;
};

} // namespace Relais
