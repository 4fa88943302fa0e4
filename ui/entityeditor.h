// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/jsonformat.h"
#include "content/validation.h"
#include "itemeditor.h"
#include "render/sitebuilder.h"
#include "storage/store.h"

#include <QCoreApplication>

#include <type_traits>

namespace Relais {

// What the article, agenda and contact editors share once the entity type is known: reading
// an item into the form, storing the form, and the stored revision. Subclasses say how
// fields map to the entity (formValue, showItem).
template<typename T, typename Repo> class EntityEditor : public ItemEditor
{
public:
    EntityEditor(Store &store, Repo &repository, QWidget *parent)
        : ItemEditor(store, parent)
        , m_repository(repository)
    { }

    const T &item() const { return m_item; }
    QUuid currentUuid() const override { return m_item.meta.uuid; }

    // A new item whose form starts filled in (an approved submission): unsaved, so the first
    // autosave or Save creates it.
    void newItemFrom(T draft)
    {
        newItem();
        draft.meta = EntityMeta {};
        m_item = draft;
        setLoading(true);
        showItem(m_item);
        setLoading(false);
        markModified();
    }

    Result<PagePreview> renderPreview() const override
    {
        if constexpr (std::is_same_v<T, Contact>) {
            return Error::failed(QCoreApplication::translate(
                "Relais::EntityEditor", "Contacts have no page of their own on the site."));
        } else {
            // The theme is compiled in: read once, shared by every preview.
            static const auto theme = Theme::load();
            if (!theme)
                return theme.error();
            auto settings = store().siteSettings().load();
            if (!settings)
                return settings.error();
            SiteBuilder builder(store(), *settings, *theme);
            PagePreview preview;
            auto page = builder.buildPreview(
                formValue(), [&preview](const QString &path, const QByteArray &content) {
                    preview.files.insert(path, content);
                    return Result<void> {};
                });
            if (!page)
                return page.error();
            preview.page = *page;
            return preview;
        }
    }

protected:
    // The entity as the form holds it now (bookkeeping fields from the loaded item).
    virtual T formValue() const = 0;
    // Fills the form; m_item is already the item shown.
    virtual void showItem(const T &item) = 0;
    // After a save, shows what storing changed (the slug made from the title).
    virtual void showStored(const T &) { }
    // The value a new item starts from.
    virtual T newValue() const { return T {}; }

    Result<void> readItem(qint64 id) override
    {
        auto loaded = m_repository.load(id);
        if (!loaded)
            return loaded.error();
        m_item = *loaded;
        showItem(m_item);
        return {};
    }

    void clearForm() override
    {
        m_item = newValue();
        showItem(m_item);
    }

    Result<qint64> writeItem(std::optional<int> revisionOverride) override
    {
        T value = formValue();
        if (revisionOverride)
            value.meta.revision = *revisionOverride;
        auto stored = m_repository.save(value);
        if (!stored)
            return stored.error();
        m_item = *stored;
        showStored(m_item);
        return m_item.meta.id;
    }

    QString itemTitle() const override { return Repo::itemTitle(formValue()); }
    FieldErrors validateForm() const override { return Validation::check(formValue()); }

    Result<int> storedRevision(qint64 id) const override
    {
        auto stored = m_repository.load(id);
        if (!stored)
            return stored.error();
        return stored->meta.revision;
    }

    int loadedRevision() const override { return m_item.meta.revision; }
    bool loadedIsTrashed() const override { return m_item.meta.isTrashed(); }
    QJsonObject formJson() const override { return JsonFormat::toJson(formValue()); }
    Result<QJsonObject> storedJson(qint64 id) const override
    {
        auto stored = m_repository.load(id);
        if (!stored)
            return stored.error();
        return JsonFormat::toJson(*stored);
    }

    OfflineJournal::Entry journalEntry() override
    {
        if (m_item.meta.uuid.isNull())
            m_item.meta.uuid = QUuid::createUuid(); // the new item is created with it
        const T value = formValue();
        OfflineJournal::Entry entry;
        entry.type = type();
        entry.uuid = m_item.meta.uuid;
        entry.itemId = m_item.meta.id;
        entry.baseRevision = m_item.meta.revision;
        entry.value = JsonFormat::toJson(value);
        entry.title = Repo::itemTitle(value);
        return entry;
    }

public:
    bool resumeFrom(const OfflineJournal::Entry &entry) override
    {
        setResuming(true);
        const bool shown = entry.itemId > 0 ? loadItem(entry.itemId) : (newItem(), true);
        setResuming(false);
        if (!shown)
            return false;
        const int storedRevision = m_item.meta.revision;
        T value = m_item;
        if (auto r = JsonFormat::fromJson(entry.value, value); !r) {
            emit message(QCoreApplication::translate(
                "Relais::EntityEditor", "“%1” kept on this computer cannot be read back: %2")
                             .arg(entry.title, r.error().message));
            return false;
        }
        value.meta.uuid = entry.uuid;
        if (entry.itemId > 0)
            value.meta.revision = entry.baseRevision; // saves are checked against it
        m_item = value;
        setLoading(true);
        showItem(m_item);
        setLoading(false);
        QString problem = entry.problem;
        if (problem.isEmpty() && entry.itemId > 0 && storedRevision > entry.baseRevision)
            problem = QCoreApplication::translate("Relais::EntityEditor",
                "A newer version was saved while your changes waited on this computer.");
        resumed(problem);
        return true;
    }

protected:
    T m_item;

private:
    Repo &m_repository;
};

} // namespace Relais
