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
    if (code == u"en")
        return code; // the source strings are English

    auto *relais = new QTranslator(QCoreApplication::instance());
    if (relais->load(QStringLiteral(":/i18n/relais_") + code))
        QCoreApplication::installTranslator(relais);
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(QStringLiteral("qtbase_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return code;
}

} // namespace Relais
