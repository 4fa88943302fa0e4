// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/theme.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>

#include <atomic>
#include <unordered_map>

namespace Relais {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Relais::Theme", text);
}

std::atomic<quint64> generations { 0 }; // of loaded themes

// The page's data for variables and sections, the theme's templates for partials: a page's
// {{#event}} never finds the template named "event".
class PageContext : public kainjow::mustache::basic_context<std::string>
{
public:
    PageContext(const Theme::Data &data, const Theme::Data &partials)
        : m_partials(partials)
    {
        m_stack.push_back(&data);
    }
    void push(const Theme::Data *data) override { m_stack.push_back(data); }
    void pop() override { m_stack.pop_back(); }
    const Theme::Data *get(const std::string &name) const override
    {
        if (name == ".")
            return m_stack.back();
        // "a.b": a is looked up the stack, b in what a found (the Mustache specification).
        const std::string::size_type dot = name.find('.');
        const std::string first = name.substr(0, dot);
        for (auto it = m_stack.crbegin(); it != m_stack.crend(); ++it) {
            const Theme::Data *found = (*it)->get(first);
            if (!found)
                continue;
            for (std::string::size_type start = dot; found && start != std::string::npos;) {
                const std::string::size_type next = name.find('.', start + 1);
                found = found->get(
                    name.substr(start + 1, next == std::string::npos ? next : next - start - 1));
                start = next;
            }
            return found;
        }
        return nullptr;
    }
    const Theme::Data *get_partial(const std::string &name) const override
    {
        return m_partials.get(name);
    }

private:
    std::vector<const Theme::Data *> m_stack; // innermost last
    const Theme::Data &m_partials;
};

// The template with each {{> name}} replaced by that template's source, a few levels deep.
// The same output as looking the partial up while rendering (our partials do not change the
// delimiters), without parsing it again for every item of every list; a partial nested deeper
// (a recursive one) is still looked up while rendering.
std::string inlinePartials(
    const std::string &source, const QHash<QString, std::string> &sources, int depth = 0)
{
    constexpr int MaxDepth = 4;
    std::string out;
    out.reserve(source.size());
    std::string::size_type at = 0;
    while (true) {
        const std::string::size_type open = source.find("{{>", at);
        const std::string::size_type close
            = open == std::string::npos ? open : source.find("}}", open);
        if (close == std::string::npos) {
            out.append(source, at, std::string::npos);
            return out;
        }
        std::string name = source.substr(open + 3, close - open - 3);
        name.erase(0, name.find_first_not_of(" \t"));
        name.erase(name.find_last_not_of(" \t") + 1);
        const auto partial = sources.constFind(QString::fromStdString(name));
        out.append(source, at, open - at);
        if (partial == sources.cend() || depth >= MaxDepth)
            out.append(source, open, close + 2 - open);
        else
            out.append(inlinePartials(*partial, sources, depth + 1));
        at = close + 2;
    }
}

} // namespace

Result<std::shared_ptr<Theme>> Theme::load(const QString &folder)
{
    auto theme = std::make_shared<Theme>();
    const QDir dir(folder.isEmpty() ? QStringLiteral(":/relais/theme") : folder);
    const QStringList files
        = dir.entryList({ QStringLiteral("*.mustache") }, QDir::Files, QDir::Name);
    if (files.isEmpty())
        return Error::failed(tr("The site theme in “%1” has no templates.").arg(dir.path()));
    QCryptographicHash fingerprint(QCryptographicHash::Sha256);
    QHash<QString, std::string> sources;
    for (const QString &file : files) {
        QFile f(dir.filePath(file));
        if (!f.open(QIODevice::ReadOnly))
            return Error::failed(
                tr("Cannot read the template “%1”: %2").arg(file, f.errorString()));
        const std::string source = f.readAll().toStdString();
        const QString name = file.chopped(int(QStringLiteral(".mustache").size()));
        sources.insert(name, source);
        theme->m_partials.set(name.toStdString(), source);
        fingerprint.addData(QByteArray(file.toUtf8() + '\0'));
        fingerprint.addData(QByteArrayView(source.data(), qsizetype(source.size())));
    }
    theme->m_fingerprint = fingerprint.result();
    theme->m_generation = ++generations;
    for (auto it = sources.cbegin(); it != sources.cend(); ++it) {
        auto compiled
            = std::make_shared<kainjow::mustache::mustache>(inlinePartials(it.value(), sources));
        if (!compiled->is_valid()) {
            return Error::failed(tr("The template “%1” is not valid: %2")
                                     .arg(it.key() + QStringLiteral(".mustache"),
                                         QString::fromStdString(compiled->error_message())));
        }
        theme->m_templates.insert(it.key(), compiled);
    }
    for (const char *required :
        { "layout", "home", "article", "event", "list", "agenda", "section", "notfound", "newsitem",
            "eventitem", "pagination", "contactcard", "submit", "style.css" }) {
        if (!theme->m_templates.contains(QString::fromLatin1(required)))
            return Error::failed(
                tr("The site theme lacks the template “%1”.").arg(QString::fromLatin1(required)));
    }
    return theme;
}

namespace {

// What kainjow writes a rendering into: the text appended straight where it is wanted,
// instead of an ostringstream copied out at the end.
struct StringOut
{
    std::string &out;
    StringOut &operator<<(const std::string &text)
    {
        out += text;
        return *this;
    }
};
struct BytesOut
{
    QByteArray &out;
    BytesOut &operator<<(const std::string &text)
    {
        out.append(text.data(), qsizetype(text.size()));
        return *this;
    }
};

// A thread's own copy of a compiled template: rendering writes into the template object (its
// error message), so threads cannot share one, and a copy per page (a tree of components)
// cost as much as rendering the page. Copies of an older theme are dropped when the thread
// renders with a newer one.
kainjow::mustache::mustache &threadCopy(
    quint64 generation, const kainjow::mustache::mustache &compiled)
{
    thread_local quint64 copiesOf = 0;
    thread_local std::unordered_map<const kainjow::mustache::mustache *,
        std::unique_ptr<kainjow::mustache::mustache>>
        copies;
    if (copiesOf != generation) {
        copies.clear();
        copiesOf = generation;
    }
    auto &copy = copies[&compiled];
    if (!copy)
        copy = std::make_unique<kainjow::mustache::mustache>(compiled);
    return *copy;
}

void resetThreadCopy(quint64 generation, const kainjow::mustache::mustache &compiled)
{
    threadCopy(generation, compiled) = compiled; // the error is recorded in the copy: start clean
}

} // namespace

template<typename Out>
Result<void> Theme::renderInto(const QString &name, const Data &data, Out &out) const
{
    const auto compiled = m_templates.value(name);
    if (!compiled)
        return Error::failed(tr("The site theme lacks the template “%1”.").arg(name));
    PageContext context(data, m_partials);
    kainjow::mustache::mustache &tmpl = threadCopy(m_generation, *compiled);
    tmpl.render(context, out);
    if (!tmpl.is_valid()) {
        const QString message = QString::fromStdString(tmpl.error_message());
        resetThreadCopy(m_generation, *compiled);
        return Error::failed(tr("The template “%1” could not be rendered: %2").arg(name, message));
    }
    return {};
}

Result<std::string> Theme::render(const QString &name, const Data &data) const
{
    std::string text;
    StringOut out { text };
    if (auto r = renderInto(name, data, out); !r)
        return r.error();
    return text;
}

Result<QByteArray> Theme::renderPage(
    const QString &name, const Data &pageData, Data layoutData) const
{
    auto content = render(name, pageData);
    if (!content)
        return content.error();
    QByteArray page;
    page.reserve(qsizetype(content->size()) + 4096); // the layout around it
    layoutData.set("content", *content);
    BytesOut out { page };
    if (auto r = renderInto(QStringLiteral("layout"), layoutData, out); !r)
        return r.error();
    return page;
}

} // namespace Relais
