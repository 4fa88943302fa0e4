// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
// relais-cli: the media store (media add, list, describe, remove).
#include "commands.h"

#include "media/webimage.h"
#include "storage/store.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace Relais {

namespace {

QJsonObject toJson(const Media &m, bool used)
{
    QJsonObject o;
    o.insert(QStringLiteral("name"), m.name);
    o.insert(QStringLiteral("path"), m.path());
    o.insert(QStringLiteral("small_path"), m.smallPath());
    o.insert(QStringLiteral("width"), m.width);
    o.insert(QStringLiteral("height"), m.height);
    o.insert(QStringLiteral("alt"), m.alt);
    o.insert(QStringLiteral("original_name"), m.originalName);
    o.insert(QStringLiteral("original_bytes"), m.originalBytes);
    o.insert(QStringLiteral("sha256"), m.sha256);
    o.insert(QStringLiteral("used"), used);
    o.insert(QStringLiteral("created_at"), m.createdAt.toUTC().toString(Qt::ISODateWithMs));
    return o;
}

// The database and the picture named, or nullptr once the reason is said.
std::unique_ptr<Store> openWithPicture(Console &c, const QString &name, Media *found)
{
    return c.openWith(found, [&name](Store &store) -> Result<Media> {
        auto picture = store.media().byName(name);
        if (!picture)
            return Error::failed(MediaCommands::tr("No picture of the media store is named "
                                                   "“%1” (relais-cli media list shows them).")
                                     .arg(name));
        return picture;
    });
}

// The names of the pictures nothing shows, the trash included (its items may come back).
Result<QSet<QString>> unusedNames(MediaRepository &repo)
{
    auto unused = repo.unused();
    if (!unused)
        return unused.error();
    QSet<QString> names;
    for (const Media &m : *unused)
        names.insert(m.name);
    return names;
}

} // namespace

QList<Command> MediaCommands::commands()
{
    const Command::Argument name { QStringLiteral("NAME"),
        tr("The picture's name, as media list shows it.") };
    return {
        { QStringLiteral("media add"), tr("Store a picture (JPEG, PNG, GIF) with its web copies."),
            { { QStringLiteral("FILE"), tr("The picture.") } },
            { { QStringLiteral("alt"), tr("The picture's description (alt text)."), tr("text") },
                { QStringLiteral("featured-for"),
                    tr("The slug of the article it is the featured image of."), tr("slug") } },
            {}, member(this, &MediaCommands::add) },
        { QStringLiteral("media list"), tr("The pictures of the media store."), {},
            { { QStringLiteral("unused"), tr("Only the pictures nothing shows.") },
                { QStringLiteral("json"), tr("Print JSON.") } },
            {}, member(this, &MediaCommands::list) },
        { QStringLiteral("media describe"), tr("Set a picture's description (alt text)."), { name },
            { { QStringLiteral("alt"), tr("The picture's description (alt text)."), tr("text") } },
            { QStringLiteral("alt") }, member(this, &MediaCommands::describe) },
        { QStringLiteral("media remove"),
            tr("Remove a picture; only one that nothing shows can be removed."), { name }, {}, {},
            member(this, &MediaCommands::remove) },
    };
}

int MediaCommands::add(const Invocation &in)
{
    const QString file = in.argument(0);
    const QString featuredSlug = in.value(QStringLiteral("featured-for"));
    std::optional<QString> alt;
    if (in.isSet(QStringLiteral("alt")))
        alt = in.value(QStringLiteral("alt"));
    auto store = c.openStore(true);
    if (!store)
        return 1;
    MediaRepository &repo = store->media();
    // The article first: a wrong slug stores nothing.
    std::optional<Article> featuredFor;
    if (!featuredSlug.isEmpty()) {
        auto all = store->articles().loadAllWithoutText();
        if (!all)
            return c.fail(all.error());
        const auto it = std::find_if(
            all->cbegin(), all->cend(), [&](const Article &a) { return a.slug == featuredSlug; });
        if (it == all->cend())
            return c.fail(tr("No article has the slug “%1”.").arg(featuredSlug));
        auto article = store->articles().load(it->meta.id);
        if (!article)
            return c.fail(article.error());
        featuredFor = *article;
    }
    auto bytes = WebImage::readFile(file);
    if (!bytes)
        return c.fail(bytes.error());
    auto added = WebImage::store(repo, QFileInfo(file).fileName(), *bytes, alt.value_or(QString()));
    if (!added)
        return c.fail(added.error());
    if (alt && added->alt != *alt) { // the same picture stored earlier
        if (auto r = repo.setAlt(added->id, *alt); !r)
            return c.fail(r.error());
        added->alt = *alt;
    }
    if (featuredFor) {
        featuredFor->featuredImage = added->name;
        if (auto saved = store->articles().save(*featuredFor); !saved)
            return c.fail(saved.error());
    }
    c.out << tr("Stored %1 (%2 × %3) as %4; write it in a text as ![description](%4).")
                 .arg(file)
                 .arg(added->width)
                 .arg(added->height)
                 .arg(added->path())
          << Qt::endl;
    if (added->alt.isEmpty())
        c.out << tr("It has no description: add one with media describe %1 --alt TEXT "
                    "(visitors who cannot see "
                    "it read it).")
                     .arg(added->name)
              << Qt::endl;
    if (featuredFor)
        c.out << tr("Featured image of “%1”.").arg(featuredFor->title) << Qt::endl;
    return 0;
}

int MediaCommands::list(const Invocation &in)
{
    auto store = c.openStore();
    if (!store)
        return 1;
    MediaRepository &repo = store->media();
    auto unused = unusedNames(repo);
    if (!unused)
        return c.fail(unused.error());
    auto all = in.isSet(QStringLiteral("unused")) ? repo.unused() : repo.list();
    if (!all)
        return c.fail(all.error());
    if (in.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Media &m : *all)
            array.append(toJson(m, !unused->contains(m.name)));
        c.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return 0;
    }
    for (const Media &m : *all) {
        c.out << m.name << '\t' << m.width << 'x' << m.height << '\t'
              << (unused->contains(m.name) ? tr("unused") : tr("used")) << '\t'
              << (m.alt.isEmpty() ? tr("(no description)") : m.alt) << '\n';
    }
    c.out << tr("pictures: %1").arg(all->size()) << Qt::endl;
    return 0;
}

int MediaCommands::describe(const Invocation &in)
{
    Media found;
    auto store = openWithPicture(c, in.argument(0), &found);
    if (!store)
        return 1;
    MediaRepository &repo = store->media();
    const Media *picture = &found;
    if (auto r = repo.setAlt(picture->id, in.value(QStringLiteral("alt"))); !r)
        return c.fail(r.error());
    c.out << tr("Description of %1 saved.").arg(picture->name) << Qt::endl;
    return 0;
}

// Only what nothing shows, the trash included (its items may come back).
int MediaCommands::remove(const Invocation &in)
{
    Media found;
    auto store = openWithPicture(c, in.argument(0), &found);
    if (!store)
        return 1;
    MediaRepository &repo = store->media();
    const Media *picture = &found;
    auto unused = unusedNames(repo);
    if (!unused)
        return c.fail(unused.error());
    if (!unused->contains(picture->name))
        return c.fail(
            tr("%1 is still shown by an article or agenda entry (or one in the trash); it stays.")
                .arg(picture->name));
    if (auto r = repo.remove(picture->id); !r)
        return c.fail(r.error());
    c.out << tr("Removed %1.").arg(picture->name) << Qt::endl;
    return 0;
}

} // namespace Relais
