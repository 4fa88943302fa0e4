// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace Relais {

// The difference between two texts word by word, as the History panel and `relais-cli history`
// show it: pieces that are in both, only in the old one, or only in the new one, in order, so
// that the Equal and Removed pieces give the old text and the Equal and Added ones the new.
struct DiffPiece
{
    enum class Kind { Equal, Removed, Added };
    Kind kind = Kind::Equal;
    QString text;

    bool operator==(const DiffPiece &) const = default;
};

namespace WordDiff {

// The words, spaces and marks of punctuation of a text, each its own token; joined they give
// the text back.
QStringList tokens(const QString &text);

// Myers' O(ND) difference of the tokens, after the common start and end are set aside. Past
// maxEdits differing tokens the middle is given as one removal and one addition (two texts
// with nothing in common are not worth a finer answer).
QList<DiffPiece> diff(const QString &before, const QString &after, int maxEdits = 4000);

// A field of a saved revision as the difference compares it: text as it is, a list (sections,
// contacts) its values joined by ", ", a flag "true" or "false".
QString valueText(const QJsonValue &value);

} // namespace WordDiff

} // namespace Relais
