// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Relais {

QString installTranslations(const QString &language)
{
    QString code = language;
    if (code.isEmpty())
        code = QLocale::system().name().section(QLatin1Char('_'), 0, 0);
    if (code != u"fr")
        code = QStringLiteral("en");
    QLocale::setDefault(QLocale(code == u"fr" ? QLocale::French : QLocale::English,
        code == u"fr" ? QLocale::France : QLocale::UnitedKingdom));
    // English is the source language, but its plural forms ("1 item", "2 items") come from
    // relais_en.qm too.
    auto *relais = new QTranslator(QCoreApplication::instance());
    if (relais->load(QStringLiteral(":/i18n/relais_") + code))
        QCoreApplication::installTranslator(relais);
    if (code == u"en")
        return code;
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(
            QStringLiteral("qtbase_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return code;
}

} // namespace Relais
