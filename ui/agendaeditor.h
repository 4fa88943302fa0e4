// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/entities.h"
#include "itemeditor.h"

class QCheckBox;
class QComboBox;

namespace Relais {

class ContactPicker;
class DateTimeField;
class PublicationFields;
class SectionPicker;

// The form of an agenda entry: when, where (or online), what, and its state.
class AgendaEditor : public ItemEditor
{
    Q_OBJECT

public:
    AgendaEditor(Store &store, QWidget *parent = nullptr);
    QString type() const override;

    QLineEdit *titleEdit() const { return m_title; }
    DateTimeField *startField() const { return m_start; }
    DateTimeField *endField() const { return m_end; }
    const AgendaEntry &item() const { return m_item; }

protected:
    Result<void> readItem(qint64 id) override;
    void clearForm() override;
    Result<qint64> writeItem(std::optional<int> revisionOverride) override;
    QString itemTitle() const override;
    FieldErrors validateForm() const override;
    Result<int> storedRevision(qint64 id) const override;

private:
    AgendaEntry formValue() const;
    void showItem(const AgendaEntry &entry);
    void applyTimeZone();

    AgendaEntry m_item;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_slug = nullptr;
    DateTimeField *m_start = nullptr;
    DateTimeField *m_end = nullptr;
    QCheckBox *m_allDay = nullptr;
    QComboBox *m_timeZone = nullptr;
    QComboBox *m_state = nullptr;
    QLineEdit *m_location = nullptr;
    QPlainTextEdit *m_address = nullptr;
    QLineEdit *m_onlineUrl = nullptr;
    QPlainTextEdit *m_description = nullptr;
    SectionPicker *m_sections = nullptr;
    PublicationFields *m_publication = nullptr;
    ContactPicker *m_contacts = nullptr;
};

} // namespace Relais
