// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings.h"

#include <QDir>
#include <QStandardPaths>

namespace Relais {

namespace Key {
const QString Language = QStringLiteral("ui/language");
const QString LastDatabase = QStringLiteral("storage/lastDatabase");
const QString RecentDatabases = QStringLiteral("storage/recentDatabases");
const QString WindowGeometry = QStringLiteral("window/geometry");
const QString WindowState = QStringLiteral("window/state");
const QString Splitter = QStringLiteral("window/splitter");
const QString AutosaveDelay = QStringLiteral("editor/autosaveDelayMs");
const QString PreviewVisible = QStringLiteral("window/previewVisible");
const QString PreviewPhone = QStringLiteral("window/previewPhoneWidth");
} // namespace Key

Settings::Settings(QSettings &settings)
    : m_settings(settings)
{ }

QString Settings::defaultDatabasePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("relais.sqlite"));
}

QString Settings::language() const
{
    const QString value = m_settings.value(Key::Language).toString();
    return (value == u"en" || value == u"fr") ? value : QString();
}

void Settings::setLanguage(const QString &language)
{
    m_settings.setValue(Key::Language, language);
}

QString Settings::lastDatabase() const
{
    return m_settings.value(Key::LastDatabase).toString();
}

void Settings::setLastDatabase(const QString &path)
{
    m_settings.setValue(Key::LastDatabase, path);
}

QStringList Settings::recentDatabases() const
{
    return m_settings.value(Key::RecentDatabases).toStringList();
}

void Settings::addRecentDatabase(const QString &location)
{
    QStringList recent = recentDatabases();
    recent.removeAll(location);
    recent.prepend(location);
    while (recent.size() > 8)
        recent.removeLast();
    m_settings.setValue(Key::RecentDatabases, recent);
}

QByteArray Settings::windowGeometry() const
{
    return m_settings.value(Key::WindowGeometry).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings.setValue(Key::WindowGeometry, geometry);
}

QByteArray Settings::windowState() const
{
    return m_settings.value(Key::WindowState).toByteArray();
}

void Settings::setWindowState(const QByteArray &state)
{
    m_settings.setValue(Key::WindowState, state);
}

QByteArray Settings::splitterState() const
{
    return m_settings.value(Key::Splitter).toByteArray();
}

void Settings::setSplitterState(const QByteArray &state)
{
    m_settings.setValue(Key::Splitter, state);
}

bool Settings::previewVisible() const
{
    return m_settings.value(Key::PreviewVisible, true).toBool();
}

void Settings::setPreviewVisible(bool visible)
{
    m_settings.setValue(Key::PreviewVisible, visible);
}

bool Settings::previewPhoneWidth() const
{
    return m_settings.value(Key::PreviewPhone, false).toBool();
}

void Settings::setPreviewPhoneWidth(bool phone)
{
    m_settings.setValue(Key::PreviewPhone, phone);
}

int Settings::autosaveDelayMs() const
{
    const int value = m_settings.value(Key::AutosaveDelay, 2000).toInt();
    return qBound(200, value, 60000);
}

QVariant Settings::exportChoice(const QString &key, const QVariant &fallback) const
{
    return m_settings.value(QStringLiteral("export/") + key, fallback);
}

void Settings::setExportChoice(const QString &key, const QVariant &value)
{
    m_settings.setValue(QStringLiteral("export/") + key, value);
}

} // namespace Relais
