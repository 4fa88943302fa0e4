// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/spellchecker.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <hunspell.hxx>

namespace Relais {

SpellChecker::~SpellChecker() = default;

Result<std::unique_ptr<SpellChecker>> SpellChecker::open(
    const QString &language, const QString &personalWords, const QString &dictionaryFolder)
{
    const QString name = language == u"en" ? QStringLiteral("en_US") : QStringLiteral("fr_FR");
    const QString aff = QDir(dictionaryFolder).filePath(name + QStringLiteral(".aff"));
    const QString dic = QDir(dictionaryFolder).filePath(name + QStringLiteral(".dic"));
    if (!QFileInfo::exists(aff) || !QFileInfo::exists(dic)) {
        return Error::failed(QCoreApplication::translate(
            "Relais::SpellChecker", "The %1 dictionary is not installed (%2).")
                                 .arg(name, dic));
    }
    std::unique_ptr<SpellChecker> checker(new SpellChecker);
    checker->m_hunspell = std::make_unique<Hunspell>(
        QFile::encodeName(aff).constData(), QFile::encodeName(dic).constData());
    checker->m_language = language == u"en" ? QStringLiteral("en") : QStringLiteral("fr");
    checker->m_personalPath = personalWords;
    QFile personal(personalWords);
    if (!personalWords.isEmpty() && personal.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> words = personal.readAll().split('\n');
        for (const QByteArray &word : words) {
            if (!word.trimmed().isEmpty())
                checker->m_hunspell->add(word.trimmed().toStdString());
        }
    }
    return checker;
}

bool SpellChecker::isCheckable(const QString &word)
{
    if (word.size() < 2)
        return false;
    for (QChar c : word) {
        if (c.isDigit() || c == u'@' || c == u'/' || c == u'_')
            return false;
    }
    return true;
}

bool SpellChecker::isCorrect(const QString &word) const
{
    if (!isCheckable(word))
        return true;
    // Dictionaries write the apostrophe as ', editors type ’.
    QString plain = word;
    plain.replace(QChar(0x2019), QLatin1Char('\''));
    return m_hunspell->spell(plain.toStdString());
}

QStringList SpellChecker::suggestions(const QString &word, int max) const
{
    QString plain = word;
    plain.replace(QChar(0x2019), QLatin1Char('\''));
    QStringList list;
    for (const std::string &s : m_hunspell->suggest(plain.toStdString())) {
        if (list.size() >= max)
            break;
        list.append(QString::fromStdString(s).replace(QLatin1Char('\''), QChar(0x2019)));
    }
    return list;
}

Result<void> SpellChecker::addToPersonal(const QString &word)
{
    m_hunspell->add(word.toStdString());
    if (m_personalPath.isEmpty())
        return {};
    QDir().mkpath(QFileInfo(m_personalPath).absolutePath());
    QFile personal(m_personalPath);
    if (!personal.open(QIODevice::Append) || personal.write(word.toUtf8() + '\n') < 0) {
        return Error::failed(
            QCoreApplication::translate("Relais::SpellChecker", "Cannot add “%1” to %2: %3")
                .arg(word, m_personalPath, personal.errorString()));
    }
    return {};
}

} // namespace Relais
