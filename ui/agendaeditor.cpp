// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "agendaeditor.h"

#include "content/vocabulary.h"
#include "editorwidgets.h"
#include "markdowneditor.h"
#include "storage/store.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTimeZone>

namespace Relais {

AgendaEditor::AgendaEditor(Store &store, QWidget *parent)
    : EntityEditor(store, store.agenda(), parent)
{
    m_title = new QLineEdit(this);
    m_title->setPlaceholderText(tr("Name of the event"));
    m_slug = new QLineEdit(this);
    m_slug->setPlaceholderText(tr("made from the title when saved"));
    m_start = new DateTimeField(QString(), false, this);
    m_end = new DateTimeField(tr("Ends:"), true, this);
    m_allDay = new QCheckBox(tr("All day"), this);
    m_allDay->setObjectName(QStringLiteral("allDayBox"));
    m_timeZone = new QComboBox(this);
    m_timeZone->setEditable(true);
    for (const char *zone : { "Europe/Paris", "Europe/Brussels", "Europe/London", "UTC",
             "America/Martinique", "America/Guadeloupe", "Indian/Reunion", "Pacific/Noumea" })
        m_timeZone->addItem(QString::fromLatin1(zone));
    m_state = new QComboBox(this);
    for (EventState s : Vocabulary::eventStates())
        m_state->addItem(Vocabulary::displayName(s), Vocabulary::toString(s));
    m_location = new QLineEdit(this);
    m_location->setPlaceholderText(tr("Name of the place, or “Online”"));
    m_address = new QPlainTextEdit(this);
    m_address->setTabChangesFocus(true);
    m_address->setMaximumHeight(56);
    m_onlineUrl = new QLineEdit(this);
    m_onlineUrl->setPlaceholderText(QStringLiteral("https://"));
    auto *descriptionEditor = new MarkdownEditor(this);
    m_description = descriptionEditor->edit();
    acceptPictures(descriptionEditor);
    m_description->setMinimumHeight(160);
    m_description->setPlaceholderText(tr("What happens, for whom, how to take part (Markdown)"));
    m_sections = new SectionPicker(this);
    m_publication = new PublicationFields(this);
    m_contacts = new ContactPicker(store, this);

    addField(QStringLiteral("title"), m_title);
    addField(QStringLiteral("slug"), m_slug);
    addField(QStringLiteral("start"), m_start);
    addField(QStringLiteral("end"), m_end);
    addField(QStringLiteral("all_day"), m_allDay);
    addField(QStringLiteral("time_zone"), m_timeZone);
    addField(QStringLiteral("state"), m_state);
    addField(QStringLiteral("location_name"), m_location);
    addField(QStringLiteral("address"), m_address);
    addField(QStringLiteral("online_url"), m_onlineUrl);
    addField(QStringLiteral("description"), m_description);
    addField(QStringLiteral("sections"), m_sections);
    addField(QStringLiteral("status"), m_publication->statusBox());
    addField(QStringLiteral("publish_at"), m_publication->whenField());
    addField(QStringLiteral("contacts"), m_contacts);

    auto *when = new QWidget(this);
    auto *whenLayout = new QHBoxLayout(when);
    whenLayout->setContentsMargins(0, 0, 0, 0);
    whenLayout->addWidget(m_start, 1);
    whenLayout->addWidget(m_allDay);
    whenLayout->addWidget(m_timeZone);

    form()->addRow(tr("&Title:"), m_title);
    form()->addRow(tr("&Starts:"), when);
    form()->addRow(QString(), m_end);
    form()->addRow(tr("State:"), m_state);
    form()->addRow(tr("&Place:"), m_location);
    form()->addRow(tr("Address:"), m_address);
    form()->addRow(tr("Online &link:"), m_onlineUrl);
    form()->addRow(tr("&Description:"), descriptionEditor);
    form()->addRow(tr("Sections:"), m_sections);
    form()->addRow(tr("S&tatus:"), m_publication);
    form()->addRow(tr("Address &name:"), m_slug);
    form()->addRow(tr("Contacts:"), m_contacts);

    watch(m_title);
    watch(m_slug);
    linkSlugToTitle(m_title, m_slug, [this] { return m_publication->status() == Status::Draft; });
    watch(m_location);
    watch(m_address);
    watch(m_onlineUrl);
    watch(m_description);
    connect(m_start, &DateTimeField::changed, this, [this] {
        // The end follows the start: an event keeps its length when it moves, and the end a
        // person ticks on starts two hours after the start, never before it.
        const QDateTime start = m_start->value();
        const QDateTime end = m_end->value();
        if (end.isValid() && m_shownStart.isValid() && end >= m_shownStart)
            m_end->setValue(start.addSecs(m_shownStart.secsTo(end)));
        else
            m_end->setSuggested(start.addSecs(DefaultLengthSeconds));
        m_shownStart = start;
        markModified();
    });
    connect(m_end, &DateTimeField::changed, this, &AgendaEditor::markModified);
    connect(m_allDay, &QCheckBox::toggled, this, [this](bool on) {
        m_start->setDateOnly(on);
        m_end->setDateOnly(on);
        markModified();
    });
    connect(m_timeZone, &QComboBox::currentTextChanged, this, [this] {
        applyTimeZone();
        markModified();
    });
    connect(m_state, &QComboBox::currentIndexChanged, this, &AgendaEditor::markModified);
    connect(m_publication, &PublicationFields::changed, this, &AgendaEditor::markModified);
    connect(m_sections, &SectionPicker::changed, this, &AgendaEditor::markModified);
    connect(m_contacts, &ContactPicker::changed, this, &AgendaEditor::markModified);
}

void AgendaEditor::setSpellCheckers(const QHash<QString, SpellChecker *> &checkers)
{
    static_cast<MarkdownEdit *>(m_description)
        ->setSpellChecker(checkers.value(QStringLiteral("fr")));
}

QString AgendaEditor::type() const
{
    return EntityType::Agenda;
}

void AgendaEditor::applyTimeZone()
{
    const QTimeZone zone(m_timeZone->currentText().toUtf8());
    if (!zone.isValid())
        return;
    m_start->setTimeZone(zone);
    m_end->setTimeZone(zone);
}

void AgendaEditor::showItem(const AgendaEntry &e)
{
    m_title->setText(e.title);
    m_slug->setText(e.slug);
    slugShown(e.title, e.slug);
    m_timeZone->setCurrentText(e.timeZone);
    applyTimeZone();
    m_allDay->setChecked(e.allDay);
    m_start->setDateOnly(e.allDay);
    m_end->setDateOnly(e.allDay);
    m_start->setValue(e.start);
    m_end->setValue(e.end);
    m_end->setSuggested(e.start.addSecs(DefaultLengthSeconds));
    m_shownStart = e.start;
    m_state->setCurrentIndex(m_state->findData(Vocabulary::toString(e.state)));
    m_location->setText(e.locationName);
    m_address->setPlainText(e.address);
    m_onlineUrl->setText(e.onlineUrl);
    m_description->setPlainText(e.description);
    m_sections->setSections(e.sections);
    m_publication->setStatus(e.status);
    m_publication->setPublishAt(e.publishAt);
    m_contacts->setContacts(e.contacts);
}

AgendaEntry AgendaEditor::newValue() const
{
    AgendaEntry e;
    // A new event starts next week at ten by default: a time editors can change quickly.
    const QTimeZone zone(e.timeZone.toUtf8());
    e.start = QDateTime(QDate::currentDate().addDays(7), QTime(10, 0), zone).toUTC();
    return e;
}

void AgendaEditor::clearForm()
{
    EntityEditor::clearForm();
    m_title->setFocus();
}

void AgendaEditor::showStored(const AgendaEntry &item)
{
    if (m_slug->text() != item.slug)
        m_slug->setText(item.slug);
}

AgendaEntry AgendaEditor::formValue() const
{
    AgendaEntry e = m_item;
    e.title = m_title->text();
    e.slug = m_slug->text().trimmed();
    e.timeZone = m_timeZone->currentText().trimmed();
    e.allDay = m_allDay->isChecked();
    e.start = m_start->value();
    e.end = m_end->value();
    if (e.allDay) {
        const QTimeZone zone(e.timeZone.toUtf8());
        if (zone.isValid()) {
            e.start = QDateTime(e.start.toTimeZone(zone).date(), QTime(0, 0), zone).toUTC();
            if (e.end.isValid())
                e.end = QDateTime(e.end.toTimeZone(zone).date(), QTime(0, 0), zone).toUTC();
        }
    }
    e.state = Vocabulary::eventStateFromString(m_state->currentData().toString())
                  .value_or(EventState::Confirmed);
    e.locationName = m_location->text();
    e.address = m_address->toPlainText();
    e.onlineUrl = m_onlineUrl->text().trimmed();
    e.description = m_description->toPlainText();
    e.sections = m_sections->sections();
    e.status = m_publication->status();
    e.publishAt = m_publication->publishAt();
    e.contacts = m_contacts->contacts();
    return e;
}

} // namespace Relais
