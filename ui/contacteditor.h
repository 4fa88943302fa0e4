// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/entities.h"
#include "entityeditor.h"
#include "storage/contactrepository.h"

namespace Relais {

// The form of a contact: who, which organisation, how to reach them.
class ContactEditor : public EntityEditor<Contact, ContactRepository>
{
    Q_OBJECT

public:
    ContactEditor(Store &store, QWidget *parent = nullptr);
    QString type() const override;

    QLineEdit *nameEdit() const { return m_name; }
    QPlainTextEdit *emailsEdit() const { return m_emails; }
    QPlainTextEdit *phonesEdit() const { return m_phones; }

protected:
    Contact formValue() const override;
    void showItem(const Contact &item) override;
    void clearForm() override;

private:
    QLineEdit *m_name = nullptr;
    QLineEdit *m_organization = nullptr;
    QLineEdit *m_role = nullptr;
    QPlainTextEdit *m_emails = nullptr;
    QPlainTextEdit *m_phones = nullptr;
    QPlainTextEdit *m_address = nullptr;
    QLineEdit *m_website = nullptr;
    QPlainTextEdit *m_notes = nullptr;
};

} // namespace Relais
