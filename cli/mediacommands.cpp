// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
// relais-cli: the media store (media add, list, describe, remove).
#include "commandline.h"

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

QString tr(const char *text)
{
    return QCoreApplication::translate("Relais::CommandLine", text);
}

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

} // namespace

int CommandLine::media(
    const QString &database, const QStringList &args, const MediaOptions &options)
{
    const QString sub = args.value(0);
    auto usage = [this](const QString &message) {
        m_err << message << '\n' << tr("Run relais-cli --help for the commands.") << Qt::endl;
        return 2;
    };
    if (sub == u"add"            ? args.size() != 2
            : sub == u"list"     ? args.size() != 1
            : sub == u"describe" ? args.size() != 2 || !options.alt
            : sub == u"remove"   ? args.size() != 2
                                 : true) {
        return usage(tr("Usage: media add FILE [--alt TEXT] [--featured-for SLUG] | media list "
                        "[--unused] [--json] | "
                        "media describe NAME --alt TEXT | media remove NAME."));
    }
    auto store = openStore(database, sub == u"add");
    if (!store) {
        m_err << store.error().message << Qt::endl;
        return 1;
    }
    MediaRepository &repo = (*store)->media();

    if (sub == u"add") {
        // The article first: a wrong slug stores nothing.
        std::optional<Article> featuredFor;
        if (!options.featuredFor.isEmpty()) {
            auto all = (*store)->articles().loadAllWithoutText();
            if (!all) {
                m_err << all.error().message << Qt::endl;
                return 1;
            }
            const auto it = std::find_if(all->cbegin(), all->cend(),
                [&](const Article &a) { return a.slug == options.featuredFor; });
            if (it == all->cend()) {
                m_err << tr("No article has the slug “%1”.").arg(options.featuredFor) << Qt::endl;
                return 1;
            }
            auto article = (*store)->articles().load(it->meta.id);
            if (!article) {
                m_err << article.error().message << Qt::endl;
                return 1;
            }
            featuredFor = *article;
        }
        auto bytes = WebImage::readFile(args.at(1));
        if (!bytes) {
            m_err << bytes.error().message << Qt::endl;
            return 1;
        }
        auto added = WebImage::store(
            repo, QFileInfo(args.at(1)).fileName(), *bytes, options.alt.value_or(QString()));
        if (!added) {
            m_err << added.error().message << Qt::endl;
            return 1;
        }
        if (options.alt && added->alt != *options.alt) { // the same picture stored earlier
            if (auto r = repo.setAlt(added->id, *options.alt); !r) {
                m_err << r.error().message << Qt::endl;
                return 1;
            }
            added->alt = *options.alt;
        }
        if (featuredFor) {
            featuredFor->featuredImage = added->name;
            if (auto saved = (*store)->articles().save(*featuredFor); !saved) {
                m_err << saved.error().message << Qt::endl;
                return 1;
            }
        }
        m_out << tr("Stored %1 (%2 × %3) as %4; write it in a text as ![description](%4).")
                     .arg(args.at(1))
                     .arg(added->width)
                     .arg(added->height)
                     .arg(added->path())
              << Qt::endl;
        if (added->alt.isEmpty())
            m_out << tr("It has no description: add one with media describe %1 --alt TEXT "
                        "(visitors who cannot see "
                        "it read it).")
                         .arg(added->name)
                  << Qt::endl;
        if (featuredFor)
            m_out << tr("Featured image of “%1”.").arg(featuredFor->title) << Qt::endl;
        return 0;
    }

    auto unused = repo.unused();
    if (!unused) {
        m_err << unused.error().message << Qt::endl;
        return 1;
    }
    QSet<QString> unusedNames;
    for (const Media &m : *unused)
        unusedNames.insert(m.name);

    if (sub == u"list") {
        auto all = options.unused ? unused : repo.list();
        if (!all) {
            m_err << all.error().message << Qt::endl;
            return 1;
        }
        if (options.json) {
            QJsonArray array;
            for (const Media &m : *all)
                array.append(toJson(m, !unusedNames.contains(m.name)));
            m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
            return 0;
        }
        for (const Media &m : *all) {
            m_out << m.name << '\t' << m.width << 'x' << m.height << '\t'
                  << (unusedNames.contains(m.name) ? tr("unused") : tr("used")) << '\t'
                  << (m.alt.isEmpty() ? tr("(no description)") : m.alt) << '\n';
        }
        m_out << tr("pictures: %1").arg(all->size()) << Qt::endl;
        return 0;
    }

    auto picture = repo.byName(args.at(1));
    if (!picture) {
        m_err << tr(
            "No picture of the media store is named “%1” (relais-cli media list shows them).")
                     .arg(args.at(1))
              << Qt::endl;
        return 1;
    }
    if (sub == u"describe") {
        if (auto r = repo.setAlt(picture->id, *options.alt); !r) {
            m_err << r.error().message << Qt::endl;
            return 1;
        }
        m_out << tr("Description of %1 saved.").arg(picture->name) << Qt::endl;
        return 0;
    }
    // remove: only what nothing shows, the trash included (its items may come back).
    if (!unusedNames.contains(picture->name)) {
        m_err << tr(
            "%1 is still shown by an article or agenda entry (or one in the trash); it stays.")
                     .arg(picture->name)
              << Qt::endl;
        return 1;
    }
    if (auto r = repo.remove(picture->id); !r) {
        m_err << r.error().message << Qt::endl;
        return 1;
    }
    m_out << tr("Removed %1.").arg(picture->name) << Qt::endl;
    return 0;
}

} // namespace Relais
