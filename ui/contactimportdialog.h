// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/vcard.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace Relais {

class Store;

// What an address book brings before anything is stored: the cards read, those that could not
// be (by line), what was left out, and the duplicates; then skip, merge or import them anyway,
// or cancel with nothing changed.
class ContactImportDialog : public QDialog
{
    Q_OBJECT

public:
    ContactImportDialog(Store &store, const VCard::Parsed &parsed, const QString &fileName,
        QWidget *parent = nullptr);

    QString summary() const;
    QString resultText() const;
    // Imports with that choice (what the buttons do).
    bool importWith(ContactImport::Duplicates duplicates);

private:
    Store &m_store;
    VCard::Parsed m_parsed;
    QLabel *m_summary;
    QPlainTextEdit *m_details;
    QLabel *m_result;
};

} // namespace Relais
