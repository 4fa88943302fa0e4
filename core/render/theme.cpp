// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/theme.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>

namespace Relais {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Relais::Theme", text);
}

} // namespace

Result<std::shared_ptr<Theme>> Theme::load(const QString &folder)
{
    auto theme = std::make_shared<Theme>();
    const QDir dir(folder.isEmpty() ? QStringLiteral(":/relais/theme") : folder);
    const QStringList files = dir.entryList({QStringLiteral("*.mustache")}, QDir::Files, QDir::Name);
    if (files.isEmpty())
        return Error::failed(tr("The site theme in “%1” has no templates.").arg(dir.path()));
    QCryptographicHash fingerprint(QCryptographicHash::Sha256);
    for (const QString &file : files) {
        QFile f(dir.filePath(file));
        if (!f.open(QIODevice::ReadOnly))
            return Error::failed(tr("Cannot read the template “%1”: %2").arg(file, f.errorString()));
        const std::string source = f.readAll().toStdString();
        auto compiled = std::make_shared<kainjow::mustache::mustache>(source);
        if (!compiled->is_valid()) {
            return Error::failed(tr("The template “%1” is not valid: %2")
                                     .arg(file, QString::fromStdString(compiled->error_message())));
        }
        const QString name = file.chopped(int(QStringLiteral(".mustache").size()));
        theme->m_templates.insert(name, compiled);
        theme->m_sources.insert(name, source);
        fingerprint.addData(QByteArray(file.toUtf8() + '\0'));
        fingerprint.addData(QByteArrayView(source.data(), qsizetype(source.size())));
    }
    theme->m_fingerprint = fingerprint.result();
    for (const char *required : {"layout", "home", "article", "event", "list", "agenda", "section", "notfound",
                                 "newsitem", "eventitem", "contactcard", "submit", "style.css"}) {
        if (!theme->m_templates.contains(QString::fromLatin1(required)))
            return Error::failed(tr("The site theme lacks the template “%1”.").arg(QString::fromLatin1(required)));
    }
    return theme;
}

void Theme::addPartials(Data &data) const
{
    for (auto it = m_sources.cbegin(); it != m_sources.cend(); ++it) {
        const std::string source = it.value();
        data.set(it.key().toStdString(), kainjow::mustache::partial([source] { return source; }));
    }
}

Result<std::string> Theme::render(const QString &name, Data data) const
{
    const auto compiled = m_templates.value(name);
    if (!compiled)
        return Error::failed(tr("The site theme lacks the template “%1”.").arg(name));
    addPartials(data);
    // A copy per call: rendering records errors in the template object.
    kainjow::mustache::mustache tmpl = *compiled;
    std::string out = tmpl.render(data);
    if (!tmpl.is_valid()) {
        return Error::failed(tr("The template “%1” could not be rendered: %2")
                                 .arg(name, QString::fromStdString(tmpl.error_message())));
    }
    return out;
}

Result<QByteArray> Theme::renderPage(const QString &name, const Data &pageData, Data layoutData) const
{
    auto content = render(name, pageData);
    if (!content)
        return content.error();
    layoutData.set("content", *content);
    auto page = render(QStringLiteral("layout"), std::move(layoutData));
    if (!page)
        return page.error();
    return QByteArray::fromStdString(*page);
}

} // namespace Relais
