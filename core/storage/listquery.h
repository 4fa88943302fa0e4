// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QUuid>
#include <QVariant>

namespace Relais {

// What a list shows: filters, search text and order. Empty strings mean "any".
struct ListQuery
{
    QString search; // words typed in the search box; each is a prefix, accents ignored
    // draft, in_review, approved (drafts by their review), scheduled, published, archived
    QString status;
    QString workflow; // "mine": this person's items; "waiting": those waiting for their review
    QString section; // a section slug
    QString kind; // news, testimonial (articles only)
    QString sortKey; // a ListColumn key; empty for the list's default order
    Qt::SortOrder order = Qt::DescendingOrder;

    bool operator==(const ListQuery &) const = default;
};

// How a list cell is meant to be shown.
// Hidden columns carry what another column needs to show itself (all_day for a start time).
enum class ColumnFormat { Text, DateTime, Status, Kind, State, Sections, List, EntityType, Hidden };

struct ListColumn
{
    QString key; // also the JSON field name
    QString sql; // expression over the table aliased "t"
    ColumnFormat format = ColumnFormat::Text;
};

// How many rows a list query matches: exact, or at least value.
struct ListCount
{
    int value = 0;
    bool exact = true;
};

// One row of a list page: just what the columns show, not the whole item.
struct ListRow
{
    qint64 id = 0;
    QUuid uuid;
    QString type; // article, agenda, contact
    QVariantList values;
};

// The kinds of stored entity, as written in trash lists and the CLI.
namespace EntityType {
inline const QString Article = QStringLiteral("article");
inline const QString Agenda = QStringLiteral("agenda");
inline const QString Contact = QStringLiteral("contact");
} // namespace EntityType

} // namespace Relais
