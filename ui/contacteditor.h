// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/entities.h"
#include "itemeditor.h"

namespace Relais {

// The form of a contact: who, which organisation, how to reach them.
class ContactEditor : public ItemEditor
{
    Q_OBJECT

public:
    ContactEditor(Store &store, QWidget *parent = nullptr);
    QString type() const override;

    QLineEdit *nameEdit() const { return m_name; }
    QPlainTextEdit *emailsEdit() const { return m_emails; }
    QPlainTextEdit *phonesEdit() const { return m_phones; }
    const Contact &item() const { return m_item; }

protected:
    Result<void> readItem(qint64 id) override;
    void clearForm() override;
    Result<qint64> writeItem(std::optional<int> revisionOverride) override;
    QString itemTitle() const override;
    FieldErrors validateForm() const override;
    Result<int> storedRevision(qint64 id) const override;

private:
    Contact formValue() const;
    void showItem(const Contact &contact);

    Contact m_item;
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
