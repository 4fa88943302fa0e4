// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articleeditor.h"

#include "content/vocabulary.h"
#include "editorwidgets.h"
#include "markdowneditor.h"
#include "storage/store.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace Relais {

ArticleEditor::ArticleEditor(Store &store, QWidget *parent)
    : EntityEditor(store, store.articles(), parent)
{
    m_title = new QLineEdit(this);
    m_title->setPlaceholderText(tr("Title of the article"));
    m_slug = new QLineEdit(this);
    m_slug->setPlaceholderText(tr("made from the title when saved"));
    m_kind = new QComboBox(this);
    for (ArticleKind k : Vocabulary::articleKinds())
        m_kind->addItem(Vocabulary::displayName(k), Vocabulary::toString(k));
    m_publication = new PublicationFields(this);
    m_sections = new SectionPicker(this);
    m_summary = new QPlainTextEdit(this);
    m_summary->setTabChangesFocus(true);
    m_summary->setMaximumHeight(72);
    m_summary->setPlaceholderText(tr("One or two sentences shown in lists"));
    m_language = new QComboBox(this);
    m_language->addItem(tr("French"), QStringLiteral("fr"));
    m_language->addItem(tr("English"), QStringLiteral("en"));
    m_language->setToolTip(tr("The language of the text: spelling, typography and the page's "
                              "language for screen readers"));
    auto *bodyEditor = new MarkdownEditor(this);
    m_body = bodyEditor->edit();
    acceptPictures(bodyEditor);
    m_featured = new FeaturedImagePicker(
        store,
        [this](const QString &fileName, const QByteArray &bytes) {
            return storePicture(fileName, bytes);
        },
        this);
    m_body->setPlaceholderText(tr("Text of the article, in Markdown"));
    m_body->setMinimumHeight(240);
    m_contacts = new ContactPicker(store, this);
    m_allowRawHtml = new QCheckBox(tr("Allow raw HTML in the body"), this);
    m_allowRawHtml->setToolTip(
        tr("Keep HTML written in the body (an embedded video, a form) instead of "
           "showing it as text. Only for HTML you trust: it goes to the site as it is."));

    addField(QStringLiteral("title"), m_title);
    addField(QStringLiteral("slug"), m_slug);
    addField(QStringLiteral("kind"), m_kind);
    addField(QStringLiteral("status"), m_publication->statusBox());
    addField(QStringLiteral("publish_at"), m_publication->whenField());
    addField(QStringLiteral("sections"), m_sections);
    addField(QStringLiteral("summary"), m_summary);
    addField(QStringLiteral("body"), m_body);
    addField(QStringLiteral("contacts"), m_contacts);
    addField(QStringLiteral("allow_raw_html"), m_allowRawHtml);
    addField(QStringLiteral("language"), m_language);
    addField(QStringLiteral("featured_image"), m_featured);

    form()->addRow(tr("&Title:"), m_title);
    form()->addRow(tr("&Kind:"), m_kind);
    form()->addRow(tr("S&tatus:"), m_publication);
    form()->addRow(tr("Sections:"), m_sections);
    form()->addRow(tr("&Language:"), m_language);
    form()->addRow(tr("Address &name:"), m_slug);
    form()->addRow(tr("S&ummary:"), m_summary);
    form()->addRow(tr("Featured &image:"), m_featured);
    form()->addRow(tr("&Body:"), bodyEditor);
    form()->addRow(QString(), m_allowRawHtml);
    form()->addRow(tr("Contacts:"), m_contacts);

    watch(m_title);
    watch(m_slug);
    linkSlugToTitle(m_title, m_slug, [this] { return m_publication->status() == Status::Draft; });
    watch(m_summary);
    watch(m_body);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ArticleEditor::markModified);
    connect(m_publication, &PublicationFields::changed, this, &ArticleEditor::markModified);
    connect(m_sections, &SectionPicker::changed, this, &ArticleEditor::markModified);
    connect(m_contacts, &ContactPicker::changed, this, &ArticleEditor::markModified);
    connect(m_allowRawHtml, &QCheckBox::toggled, this, &ArticleEditor::markModified);
    connect(m_featured, &FeaturedImagePicker::changed, this, &ArticleEditor::markModified);
    connect(m_featured, &FeaturedImagePicker::message, this, &ArticleEditor::message);
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        applySpelling();
        markModified();
    });
}

void ArticleEditor::setSpellCheckers(const QHash<QString, SpellChecker *> &checkers)
{
    m_checkers = checkers;
    applySpelling();
}

void ArticleEditor::applySpelling()
{
    // The article's language, not the desktop's.
    static_cast<MarkdownEdit *>(m_body)->setSpellChecker(
        m_checkers.value(m_language->currentData().toString()));
}

QString ArticleEditor::type() const
{
    return EntityType::Article;
}

void ArticleEditor::showItem(const Article &a)
{
    m_title->setText(a.title);
    m_slug->setText(a.slug);
    slugShown(a.title, a.slug);
    m_kind->setCurrentIndex(m_kind->findData(Vocabulary::toString(a.kind)));
    m_publication->setStatus(a.status);
    m_publication->setPublishAt(a.publishAt);
    m_sections->setSections(a.sections);
    m_summary->setPlainText(a.summary);
    m_body->setPlainText(a.body);
    m_contacts->setContacts(a.contacts);
    m_allowRawHtml->setChecked(a.allowRawHtml);
    const int language = m_language->findData(a.language);
    m_language->setCurrentIndex(language < 0 ? 0 : language);
    m_featured->setImage(a.featuredImage);
}

void ArticleEditor::clearForm()
{
    EntityEditor::clearForm();
    m_title->setFocus();
}

void ArticleEditor::showStored(const Article &item)
{
    if (m_slug->text() != item.slug)
        m_slug->setText(item.slug);
}

Article ArticleEditor::formValue() const
{
    Article a = m_item;
    a.title = m_title->text();
    a.slug = m_slug->text().trimmed();
    a.kind = Vocabulary::articleKindFromString(m_kind->currentData().toString())
                 .value_or(ArticleKind::News);
    a.status = m_publication->status();
    a.publishAt = m_publication->publishAt();
    a.sections = m_sections->sections();
    a.summary = m_summary->toPlainText();
    a.body = m_body->toPlainText();
    a.contacts = m_contacts->contacts();
    a.allowRawHtml = m_allowRawHtml->isChecked();
    a.language = m_language->currentData().toString();
    a.featuredImage = m_featured->image();
    return a;
}

} // namespace Relais
