// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "entitylistmodel.h"
#include <QSet>
#include <QPainter>

#include "thumbnailcache.h"

#include "content/vocabulary.h"
#include "content/workflow.h"
#include "storage/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace Relais {

EntityListModel::EntityListModel(
    QList<ListColumn> columns, PageFunction page, CountFunction count, QObject *parent)
    : QAbstractTableModel(parent)
    , m_columns(std::move(columns))
    , m_page(std::move(page))
    , m_count(std::move(count))
    , m_zone(QTimeZone("Europe/Paris"))
{ }

int EntityListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EntityListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QString EntityListModel::singleLine(const QString &text)
{
    constexpr int maxLength = 300;
    QString line = text.left(maxLength);
    for (QChar &c : line) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator
            || c == QChar::ParagraphSeparator)
            c = QLatin1Char(' ');
    }
    if (text.size() > maxLength)
        line += QChar(0x2026);
    // FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE: an override inside cannot leak out.
    return QChar(0x2068) + line + QChar(0x2069);
}

QString EntityListModel::columnTitle(const QString &key)
{
    if (key == u"title")
        return tr("Title");
    if (key == u"kind")
        return tr("Kind");
    if (key == u"status")
        return tr("Status");
    if (key == u"sections")
        return tr("Sections");
    if (key == u"publish_at")
        return tr("Publication");
    if (key == u"updated_at")
        return tr("Modified");
    if (key == u"start")
        return tr("Starts");
    if (key == u"location_name")
        return tr("Place");
    if (key == u"state")
        return tr("State");
    if (key == u"name")
        return tr("Name");
    if (key == u"organization")
        return tr("Organisation");
    if (key == u"emails")
        return tr("E-mail");
    if (key == u"phones")
        return tr("Phone");
    if (key == u"type")
        return tr("Type");
    if (key == u"deleted_at")
        return tr("Deleted");
    return key;
}

QString EntityListModel::display(const ListRow &row, int columnIndex) const
{
    const ListColumn &column = m_columns.at(columnIndex);
    const QVariant value = row.values.value(columnIndex);
    QString text = value.toString();
    switch (column.format) {
    case ColumnFormat::Text:
        return singleLine(text);
    case ColumnFormat::Hidden:
        return text;
    case ColumnFormat::DateTime: {
        const QDateTime t = Database::fromSql(value);
        if (!t.isValid())
            return {};
        const int allDay = column.key == u"start" ? columnOf(QStringLiteral("all_day")) : -1;
        if (allDay >= 0 && row.values.value(allDay).toInt() != 0)
            return QLocale().toString(t.toTimeZone(m_zone).date(), QLocale::ShortFormat);
        return QLocale().toString(t.toTimeZone(m_zone), QLocale::ShortFormat);
    }
    case ColumnFormat::Status:
        return Workflow::stateFromString(text).has_value()
            ? Workflow::displayName(*Workflow::stateFromString(text))
            : text;
    case ColumnFormat::Kind:
        return Vocabulary::articleKindFromString(text).has_value()
            ? Vocabulary::displayName(*Vocabulary::articleKindFromString(text))
            : text;
    case ColumnFormat::State:
        return Vocabulary::eventStateFromString(text).has_value()
            ? Vocabulary::displayName(*Vocabulary::eventStateFromString(text))
            : text;
    case ColumnFormat::Sections: {
        QStringList titles;
        const QStringList slugs = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &s : slugs)
            titles.append(Vocabulary::sectionTitle(s));
        return titles.join(QStringLiteral(", "));
    }
    case ColumnFormat::List: {
        QStringList items;
        const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
        for (const QJsonValue v : array)
            items.append(v.toString());
        return singleLine(items.join(QStringLiteral(", ")));
    }
    case ColumnFormat::EntityType:
        return typeName(text);
    }
    return text;
}

bool EntityListModel::hasPicture(const QList<ListRow> &rows) const
{
    return m_pictureColumn >= 0
        && std::any_of(rows.cbegin(), rows.cend(), [this](const ListRow &row) {
               return !row.values.value(m_pictureColumn).toString().isEmpty();
           });
}

void EntityListModel::setThumbnails(ThumbnailCache *thumbnails)
{
    m_thumbnails = thumbnails;
    m_pictureColumn = columnOf(QStringLiteral("picture"));
    m_anyPicture = hasPicture(m_rows);
    if (!m_thumbnails || m_pictureColumn < 0)
        return;
    connect(m_thumbnails, &ThumbnailCache::ready, this, [this](const QString &name) {
        for (int row = 0; row < m_rows.size(); ++row) {
            if (m_rows.at(row).values.value(m_pictureColumn).toString() == name)
                emit dataChanged(index(row, 0), index(row, 0), { Qt::DecorationRole });
        }
    });
}

namespace {

// A pencil, drawn once: the mark of an item someone else has open.
QPixmap editingMark()
{
    static const QPixmap mark = [] {
        QPixmap pixmap(16, 16);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(QColor(0x1a, 0x5f, 0xb4), 2.2, Qt::SolidLine, Qt::RoundCap));
        painter.drawLine(QPointF(4, 12), QPointF(12, 4));
        painter.setPen(QPen(QColor(0x1a, 0x5f, 0xb4), 1.2));
        painter.drawLine(QPointF(2.5, 13.5), QPointF(4.5, 13));
        return pixmap;
    }();
    return mark;
}

QString editingText(const QStringList &names)
{
    return names.size() == 1
        ? EntityListModel::tr("%1 is editing this item").arg(names.first())
        : EntityListModel::tr("%1 are editing this item").arg(QLocale().createSeparatedList(names));
}

} // namespace

QString EntityListModel::typeName(const QString &type)
{
    if (type == EntityType::Article)
        return tr("Article");
    if (type == EntityType::Agenda)
        return tr("Agenda entry");
    if (type == EntityType::Contact)
        return tr("Contact");
    return type;
}

void EntityListModel::setEditing(const QHash<qint64, QStringList> &editing)
{
    if (editing == m_editing)
        return;
    QSet<qint64> touched;
    for (auto it = m_editing.cbegin(); it != m_editing.cend(); ++it)
        touched.insert(it.key());
    for (auto it = editing.cbegin(); it != editing.cend(); ++it)
        touched.insert(it.key());
    m_editing = editing;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (touched.contains(m_rows.at(row).id))
            emit dataChanged(
                index(row, 0), index(row, 0), { Qt::DecorationRole, Qt::ToolTipRole, EditingRole });
    }
}

QVariant EntityListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ListRow &row = m_rows.at(index.row());
    const ListColumn &column = m_columns.at(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole: {
        QString tip;
        if (column.format == ColumnFormat::Text)
            tip = singleLine(row.values.value(index.column()).toString().left(1000));
        if (index.column() == 0 && m_editing.contains(row.id))
            tip = editingText(m_editing.value(row.id))
                + (tip.isEmpty() ? QString() : QStringLiteral("\n") + tip);
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    case EditingRole:
        return m_editing.value(row.id);
    case Qt::DecorationRole:
        if (index.column() == 0 && m_editing.contains(row.id))
            return editingMark();
        // Room for a picture only in a list that shows at least one (an agenda without
        // pictures keeps its titles at the left edge).
        if (index.column() == 0 && m_thumbnails && m_pictureColumn >= 0 && m_anyPicture) {
            const QPixmap picture
                = m_thumbnails->thumbnail(row.values.value(m_pictureColumn).toString());
            return picture.isNull() ? m_thumbnails->placeholder() : picture;
        }
        return {};
    case IdRole:
        return row.id;
    case UuidRole:
        return row.uuid;
    case TypeRole:
        return row.type;
    case RawValueRole:
        return row.values.value(index.column());
    default:
        return {};
    }
}

QVariant EntityListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0
        || section >= m_columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    return columnTitle(m_columns.at(section).key);
}

bool EntityListModel::canFetchMore(const QModelIndex &parent) const
{
    // Not while telling views about a change: a fetch from inside that notification would
    // nest one change in another.
    return !parent.isValid() && !m_notifying && (m_rows.size() < m_total || !m_totalExact);
}

void EntityListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    auto page = m_page(m_query, int(m_rows.size()), PageSize);
    if (!page) {
        emit loadFailed(page.error().message);
        m_total = int(m_rows.size()); // stop asking for more
        return;
    }
    if (page->size() < PageSize) {
        // The end of the list: the total is known now.
        m_totalExact = true;
        m_total = int(m_rows.size() + page->size());
    } else {
        m_total = qMax(m_total, int(m_rows.size() + page->size()));
    }
    if (!page->isEmpty()) {
        m_notifying = true;
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page->size() - 1));
        m_rows.append(*page);
        const bool hadPictures = m_anyPicture;
        m_anyPicture = m_anyPicture || hasPicture(*page);
        endInsertRows();
        m_notifying = false;
        if (m_anyPicture != hadPictures) // the rows above now make room for one too
            emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, 0), { Qt::DecorationRole });
    }
    emit totalCountChanged(m_total);
}

void EntityListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= m_columns.size())
        return;
    ListQuery query = m_query;
    query.sortKey = m_columns.at(column).key;
    query.order = order;
    setQuery(query);
}

bool EntityListModel::load(int rows)
{
    auto total = m_count(m_query);
    auto page = total ? m_page(m_query, 0, qMax(rows, int(PageSize)))
                      : Result<QList<ListRow>>(total.error());
    m_notifying = true;
    beginResetModel();
    if (!page) {
        m_rows.clear();
        m_total = 0;
        m_totalExact = true;
    } else {
        m_rows = *page;
        m_anyPicture = hasPicture(m_rows);
        if (m_rows.size() < qMax(rows, int(PageSize))) { // all of it is here
            m_totalExact = true;
            m_total = int(m_rows.size());
        } else {
            m_totalExact = total->exact;
            m_total = qMax(total->value, int(m_rows.size()));
        }
    }
    endResetModel();
    m_notifying = false;
    emit totalCountChanged(m_total);
    if (!page) {
        emit loadFailed(page.error().message);
        return false;
    }
    return true;
}

void EntityListModel::setQuery(const ListQuery &query)
{
    m_query = query;
    load(PageSize);
}

void EntityListModel::refresh()
{
    load(int(m_rows.size()));
}

int EntityListModel::rowOf(const QString &type, qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id && m_rows.at(i).type == type)
            return i;
    }
    return -1;
}

int EntityListModel::columnOf(const QString &key) const
{
    for (int i = 0; i < m_columns.size(); ++i) {
        if (m_columns.at(i).key == key)
            return i;
    }
    return -1;
}

} // namespace Relais
