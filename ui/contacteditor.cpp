// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "contacteditor.h"

#include "storage/store.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace Relais {

namespace {

QStringList lines(const QPlainTextEdit *edit)
{
    QStringList list;
    const QStringList all = edit->toPlainText().split(QLatin1Char('\n'));
    for (const QString &line : all) {
        if (!line.trimmed().isEmpty())
            list.append(line.trimmed());
    }
    return list;
}

QPlainTextEdit *smallTextEdit(QWidget *parent, int lines)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setTabChangesFocus(true);
    edit->setMaximumHeight(18 * lines + 16);
    return edit;
}

} // namespace

ContactEditor::ContactEditor(Store &store, QWidget *parent)
    : EntityEditor(store, store.contacts(), parent)
{
    m_name = new QLineEdit(this);
    m_name->setPlaceholderText(tr("First and last name"));
    m_organization = new QLineEdit(this);
    m_role = new QLineEdit(this);
    m_emails = smallTextEdit(this, 2);
    m_emails->setPlaceholderText(tr("One address per line"));
    m_phones = smallTextEdit(this, 2);
    m_phones->setPlaceholderText(tr("One number per line, e.g. 06 49 78 62 28"));
    m_address = smallTextEdit(this, 3);
    m_website = new QLineEdit(this);
    m_website->setPlaceholderText(QStringLiteral("https://"));
    m_notes = new QPlainTextEdit(this);
    m_notes->setMinimumHeight(100);

    addField(QStringLiteral("name"), m_name);
    addField(QStringLiteral("organization"), m_organization);
    addField(QStringLiteral("role"), m_role);
    addField(QStringLiteral("emails"), m_emails);
    addField(QStringLiteral("phones"), m_phones);
    addField(QStringLiteral("address"), m_address);
    addField(QStringLiteral("website"), m_website);
    addField(QStringLiteral("notes"), m_notes);

    form()->addRow(tr("&Name:"), m_name);
    form()->addRow(tr("&Organisation:"), m_organization);
    form()->addRow(tr("&Role:"), m_role);
    form()->addRow(tr("&E-mail:"), m_emails);
    form()->addRow(tr("&Phone:"), m_phones);
    form()->addRow(tr("&Address:"), m_address);
    form()->addRow(tr("&Website:"), m_website);
    form()->addRow(tr("N&otes:"), m_notes);

    for (QLineEdit *edit : { m_name, m_organization, m_role, m_website })
        watch(edit);
    for (QPlainTextEdit *edit : { m_emails, m_phones, m_address, m_notes })
        watch(edit);
}

QString ContactEditor::type() const
{
    return EntityType::Contact;
}

void ContactEditor::showItem(const Contact &c)
{
    m_name->setText(c.name);
    m_organization->setText(c.organization);
    m_role->setText(c.role);
    m_emails->setPlainText(c.emails.join(QLatin1Char('\n')));
    m_phones->setPlainText(c.phones.join(QLatin1Char('\n')));
    m_address->setPlainText(c.address);
    m_website->setText(c.website);
    m_notes->setPlainText(c.notes);
}

void ContactEditor::clearForm()
{
    EntityEditor::clearForm();
    m_name->setFocus();
}

Contact ContactEditor::formValue() const
{
    Contact c = m_item;
    c.name = m_name->text().trimmed();
    c.organization = m_organization->text().trimmed();
    c.role = m_role->text().trimmed();
    c.emails = lines(m_emails);
    c.phones = lines(m_phones);
    c.address = m_address->toPlainText().trimmed();
    c.website = Validation::normalizedWebUrl(m_website->text());
    c.notes = m_notes->toPlainText();
    return c;
}

} // namespace Relais
