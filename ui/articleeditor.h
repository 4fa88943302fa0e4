// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/entities.h"
#include "entityeditor.h"
#include "storage/articlerepository.h"

class QCheckBox;
class QComboBox;

namespace Relais {

class ContactPicker;
class FeaturedImagePicker;
class PublicationFields;
class SectionPicker;

// The form of a news article or testimonial: title, kind, status, sections, summary,
// Markdown body and linked contacts.
class ArticleEditor : public EntityEditor<Article, ArticleRepository>
{
    Q_OBJECT

public:
    ArticleEditor(Store &store, QWidget *parent = nullptr);
    QString type() const override;
    void setSpellCheckers(const QHash<QString, SpellChecker *> &checkers) override;
    QComboBox *languageBox() const { return m_language; }
    FeaturedImagePicker *featuredImage() const { return m_featured; }

    QLineEdit *titleEdit() const { return m_title; }
    QPlainTextEdit *bodyEdit() const { return m_body; }
    QLineEdit *slugEdit() const { return m_slug; }

protected:
    Article formValue() const override;
    void showItem(const Article &item) override;
    void showStored(const Article &item) override;
    void clearForm() override;

private:
    void applySpelling();

    QLineEdit *m_title = nullptr;
    QLineEdit *m_slug = nullptr;
    QComboBox *m_kind = nullptr;
    PublicationFields *m_publication = nullptr;
    SectionPicker *m_sections = nullptr;
    QPlainTextEdit *m_summary = nullptr;
    QPlainTextEdit *m_body = nullptr;
    ContactPicker *m_contacts = nullptr;
    QCheckBox *m_allowRawHtml = nullptr;
    QComboBox *m_language = nullptr;
    FeaturedImagePicker *m_featured = nullptr;
    QHash<QString, SpellChecker *> m_checkers;
};

} // namespace Relais
