// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "storage/listquery.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QTimeZone>

#include <functional>

namespace Relais {

class ThumbnailCache;

// A list of stored items, loaded page by page as the view scrolls (fetchMore), so that a
// table of 100,000 articles never sits in memory. Filtering, search and sorting are done by
// the database (ListQuery) rather than a QSortFilterProxyModel, which would need every row.
class EntityListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        UuidRole,
        TypeRole,
        RawValueRole,
        EditingRole, // the names of the people of other sessions who have the row's item open
    };

    using PageFunction
        = std::function<Result<QList<ListRow>>(const ListQuery &, int offset, int limit)>;
    // Counts the matches of a query, exactly or (for searches) up to CountCap.
    using CountFunction = std::function<Result<ListCount>(const ListQuery &)>;
    static constexpr int CountCap = 1000;

    EntityListModel(QList<ListColumn> columns, PageFunction page, CountFunction count,
        QObject *parent = nullptr);

    static constexpr int PageSize = 100;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order) override;

    const ListQuery &query() const { return m_query; }
    void setQuery(const ListQuery &query);
    // Reads again what is shown (same query, at least as many rows as now).
    void refresh();

    // Every match of the query, loaded or not; a lower bound when !isTotalExact().
    int totalCount() const { return m_total; }
    bool isTotalExact() const { return m_totalExact; }
    ListRow rowAt(int row) const { return m_rows.value(row); }
    int rowOf(const QString &type, qint64 id) const;
    int columnOf(const QString &key) const;
    const QList<ListColumn> &columns() const { return m_columns; }

    void setTimeZone(const QTimeZone &zone) { m_zone = zone; }
    // Who else has which item open (id → names): a pencil beside the first column and a line
    // in its tooltip. Advice, never a lock.
    void setEditing(const QHash<qint64, QStringList> &editing);
    // Rows with a "picture" column show that picture beside their first column.
    void setThumbnails(ThumbnailCache *thumbnails);

    // Text made safe for one line of a list: control characters become spaces, very long
    // text is cut, and the whole is isolated so right-to-left overrides stay inside it.
    static QString singleLine(const QString &text);
    // A kind of item (EntityType) as people call it: "Agenda entry".
    static QString typeName(const QString &type);
    static QString columnTitle(const QString &key);

signals:
    // A read failed; message is for the user.
    void loadFailed(const QString &message);
    void totalCountChanged(int total);

private:
    bool load(int rows);
    QString display(const ListRow &row, int column) const;

    QList<ListColumn> m_columns;
    QHash<qint64, QStringList> m_editing;
    PageFunction m_page;
    CountFunction m_count;
    ListQuery m_query;
    QList<ListRow> m_rows;
    int m_total = 0;
    bool m_totalExact = true;
    bool m_notifying = false;
    QTimeZone m_zone;
    ThumbnailCache *m_thumbnails = nullptr;
    int m_pictureColumn = -1;
    bool m_anyPicture = false; // a loaded row has a picture: every row makes room for one
    bool hasPicture(const QList<ListRow> &rows) const;
};

} // namespace Relais
