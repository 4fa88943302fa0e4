// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QString>
#include <QStringList>

#include <memory>

class Hunspell;

namespace Relais {

// Spelling with Hunspell and the dictionaries LibreOffice and Firefox use (Debian's
// hunspell-fr, hunspell-en-us), plus a personal word list kept in a plain text file.
class SpellChecker
{
public:
    ~SpellChecker();

    // language: "fr" or "en". The personal list is read from, and added to, personalWords.
    static Result<std::unique_ptr<SpellChecker>> open(const QString &language,
        const QString &personalWords = {},
        const QString &dictionaryFolder = QStringLiteral("/usr/share/hunspell"));

    QString language() const { return m_language; }
    bool isCorrect(const QString &word) const;
    QStringList suggestions(const QString &word, int max = 6) const;
    // Accepts the word from now on, in this list and in later sessions.
    Result<void> addToPersonal(const QString &word);

    // Whether a word is worth checking: not a number, an address, a code or a single letter.
    static bool isCheckable(const QString &word);

private:
    SpellChecker() = default;
    std::unique_ptr<Hunspell> m_hunspell;
    QString m_language;
    QString m_personalPath;
};

} // namespace Relais
