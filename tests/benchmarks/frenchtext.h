// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIODevice>
#include <QRandomGenerator>
#include <QString>

namespace Relais::Bench {

// Realistic French content for benchmarks: titles, summaries and Markdown bodies about the
// social and solidarity economy, from a fixed seed so runs compare.
class FrenchText
{
public:
    explicit FrenchText(quint32 seed = 2017);

    QString title();
    QString sentence();
    QString paragraph(int sentences);
    QString markdownBody(int minWords, int maxWords);
    QString organization();
    QString personName();
    QString city();
    QString phone();
    QString email(const QString &name, const QString &organization);
    int bounded(int n) { return int(m_random.bounded(n)); }
    // Words drawn from Debian's French word list (wfrench) with Zipf frequencies, as words
    // of real text are; 0 when the list is not installed (then only the phrases are used).
    qsizetype vocabularySize() const { return m_words.size(); }

private:
    QString zipfWord();
    QString fillerSentence();
    QStringList m_words;
    template<size_t N> QString pick(const char *const (&list)[N]);
    QRandomGenerator m_random;
};

// Writes a seed-site.json file with that many articles, agenda entries and contacts,
// streaming so that the generator itself stays small.
void writeSeed(QIODevice &out, int articles, int agenda, int contacts, quint32 seed = 2017);

} // namespace Relais::Bench
