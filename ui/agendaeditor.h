// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/entities.h"
#include "entityeditor.h"
#include "storage/agendarepository.h"

class QCheckBox;
class QComboBox;

namespace Relais {

class ContactPicker;
class DateTimeField;
class PublicationFields;
class SectionPicker;

// The form of an agenda entry: when, where (or online), what, and its state.
class AgendaEditor : public EntityEditor<AgendaEntry, AgendaRepository>
{
    Q_OBJECT

public:
    AgendaEditor(Store &store, QWidget *parent = nullptr);
    QString type() const override;
    void setSpellCheckers(const QHash<QString, SpellChecker *> &checkers) override;

    QLineEdit *titleEdit() const { return m_title; }
    DateTimeField *startField() const { return m_start; }
    DateTimeField *endField() const { return m_end; }

protected:
    AgendaEntry formValue() const override;
    void showItem(const AgendaEntry &item) override;
    void showStored(const AgendaEntry &item) override;
    AgendaEntry newValue() const override;
    void clearForm() override;

private:
    void applyTimeZone();

    // An end ticked on starts this long after the start.
    static constexpr int DefaultLengthSeconds = 2 * 3600;

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
    QDateTime m_shownStart; // the start before the last change (the end keeps its distance)
};

} // namespace Relais
