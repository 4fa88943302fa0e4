// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/entities.h"
#include "itemeditor.h"

class QComboBox;

namespace Relais {

class ContactPicker;
class PublicationFields;
class SectionPicker;

// The form of a news article or testimonial: title, kind, status, sections, summary,
// Markdown body and linked contacts.
class ArticleEditor : public ItemEditor
{
    Q_OBJECT

public:
    ArticleEditor(Store &store, QWidget *parent = nullptr);
    QString type() const override;

    QLineEdit *titleEdit() const { return m_title; }
    QPlainTextEdit *bodyEdit() const { return m_body; }
    const Article &item() const { return m_item; }

protected:
    Result<void> readItem(qint64 id) override;
    void clearForm() override;
    Result<qint64> writeItem(std::optional<int> revisionOverride) override;
    QString itemTitle() const override;
    FieldErrors validateForm() const override;
    Result<int> storedRevision(qint64 id) const override;

private:
    Article formValue() const;
    void showItem(const Article &article);

    Article m_item;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_slug = nullptr;
    QComboBox *m_kind = nullptr;
    PublicationFields *m_publication = nullptr;
    SectionPicker *m_sections = nullptr;
    QPlainTextEdit *m_summary = nullptr;
    QPlainTextEdit *m_body = nullptr;
    ContactPicker *m_contacts = nullptr;
};

} // namespace Relais
