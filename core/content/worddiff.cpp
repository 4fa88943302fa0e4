// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/worddiff.h"

#include <QJsonArray>

#include <algorithm>
#include <vector>

namespace Relais::WordDiff {

namespace {

enum class TokenClass { Word, Space, Mark };

TokenClass classOf(QChar c)
{
    if (c.isLetterOrNumber() || c == QLatin1Char('_') || c.category() == QChar::Mark_NonSpacing)
        return TokenClass::Word;
    if (c.isSpace())
        return TokenClass::Space;
    return TokenClass::Mark;
}

void append(QList<DiffPiece> &pieces, DiffPiece::Kind kind, const QString &text)
{
    if (text.isEmpty())
        return;
    if (!pieces.isEmpty() && pieces.last().kind == kind)
        pieces.last().text += text;
    else
        pieces.append({ kind, text });
}

QString joined(const QStringList &tokens, qsizetype from, qsizetype to)
{
    QString text;
    for (qsizetype i = from; i < to; ++i)
        text += tokens.at(i);
    return text;
}

} // namespace

QStringList tokens(const QString &text)
{
    QStringList out;
    qsizetype start = 0;
    for (qsizetype i = 1; i <= text.size(); ++i) {
        if (i < text.size()) {
            const TokenClass here = classOf(text.at(i));
            if (here == classOf(text.at(i - 1)) && here != TokenClass::Mark)
                continue;
        }
        out.append(text.mid(start, i - start));
        start = i;
    }
    return out;
}

QList<DiffPiece> diff(const QString &before, const QString &after, int maxEdits)
{
    const QStringList a = tokens(before);
    const QStringList b = tokens(after);
    qsizetype prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a.at(prefix) == b.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix
        && a.at(a.size() - 1 - suffix) == b.at(b.size() - 1 - suffix))
        ++suffix;

    QList<DiffPiece> pieces;
    append(pieces, DiffPiece::Kind::Equal, joined(a, 0, prefix));
    const auto n = static_cast<int>(a.size() - prefix - suffix);
    const auto m = static_cast<int>(b.size() - prefix - suffix);
    const auto x0 = static_cast<int>(prefix);

    // Myers: v[k] is the furthest x reached on diagonal k = x - y after d edits; each d's v
    // is kept (only its 2d+1 diagonals) to walk the path back.
    const int max = std::min(n + m, maxEdits);
    std::vector<std::vector<int>> trace;
    std::vector<int> v(2 * static_cast<size_t>(max) + 3, 0);
    const int offset = max + 1;
    int found = -1;
    for (int d = 0; d <= max && found < 0; ++d) {
        for (int k = -d; k <= d; k += 2) {
            int x = (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]))
                ? v[offset + k + 1]
                : v[offset + k - 1] + 1;
            int y = x - k;
            while (x < n && y < m && a.at(x0 + x) == b.at(x0 + y)) {
                ++x;
                ++y;
            }
            v[offset + k] = x;
            if (x >= n && y >= m) {
                found = d;
                break;
            }
        }
        trace.emplace_back(v.begin() + offset - d, v.begin() + offset + d + 1);
    }

    if (found < 0) {
        append(pieces, DiffPiece::Kind::Removed, joined(a, prefix, prefix + n));
        append(pieces, DiffPiece::Kind::Added, joined(b, prefix, prefix + m));
    } else {
        // Back from (n, m), gathered backwards: each step is a run of equal tokens after one
        // removal or addition.
        QList<DiffPiece> middle;
        int x = n;
        int y = m;
        for (int d = found; d > 0; --d) {
            const std::vector<int> &previous = trace[static_cast<size_t>(d - 1)];
            auto at = [&previous, d](int k) { return previous[static_cast<size_t>(k + d - 1)]; };
            const int k = x - y;
            const bool down = k == -d || (k != d && at(k - 1) < at(k + 1));
            const int previousK = down ? k + 1 : k - 1;
            const int previousX = at(previousK);
            const int previousY = previousX - previousK;
            while (x > previousX + (down ? 0 : 1) && y > previousY + (down ? 1 : 0)) {
                --x;
                --y;
                middle.append({ DiffPiece::Kind::Equal, a.at(x0 + x) });
            }
            if (down)
                middle.append({ DiffPiece::Kind::Added, b.at(x0 + previousY) });
            else
                middle.append({ DiffPiece::Kind::Removed, a.at(x0 + previousX) });
            x = previousX;
            y = previousY;
        }
        while (x > 0 && y > 0) {
            --x;
            --y;
            middle.append({ DiffPiece::Kind::Equal, a.at(x0 + x) });
        }
        std::reverse(middle.begin(), middle.end());
        for (const DiffPiece &piece : std::as_const(middle))
            append(pieces, piece.kind, piece.text);
    }
    append(pieces, DiffPiece::Kind::Equal, joined(a, prefix + n, a.size()));
    return pieces;
}

QString valueText(const QJsonValue &value)
{
    if (value.isArray()) {
        QStringList values;
        for (const auto &v : value.toArray())
            values << valueText(v);
        return values.join(u", ");
    }
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isDouble())
        return QString::number(value.toDouble());
    return value.toString();
}

} // namespace Relais::WordDiff
