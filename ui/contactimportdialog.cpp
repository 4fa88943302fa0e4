// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "contactimportdialog.h"

#include "storage/store.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Relais {

ContactImportDialog::ContactImportDialog(
    Store &store, const VCard::Parsed &parsed, const QString &fileName, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_parsed(parsed)
    , m_summary(new QLabel(this))
    , m_details(new QPlainTextEdit(this))
    , m_result(new QLabel(this))
{
    setWindowTitle(tr("Import Contacts"));
    setObjectName(QStringLiteral("contactImportDialog"));
    m_summary->setWordWrap(true);
    m_result->setWordWrap(true);
    m_details->setReadOnly(true);

    auto duplicates = ContactImport::findDuplicates(store, parsed.contacts);
    int duplicateCount = 0;
    QStringList lines;
    for (const VCard::Problem &p : parsed.problems)
        lines.append(p.message);
    lines += parsed.notes;
    if (duplicates) {
        for (int i = 0; i < duplicates->size(); ++i) {
            if (duplicates->at(i)) {
                ++duplicateCount;
                auto existing = store.contacts().load(duplicates->at(i));
                lines.append(tr("Duplicate: %1 (line %2) is already there as %3.")
                                 .arg(parsed.contacts.at(i).displayName())
                                 .arg(parsed.lines.value(i))
                                 .arg(existing ? existing->displayName() : QString()));
            }
        }
    }
    m_details->setPlainText(lines.join(QLatin1Char('\n')));
    m_summary->setText(tr("%1: %n card(s) read", nullptr, int(parsed.contacts.size())).arg(fileName)
        + tr(", %n that cannot be read (not imported)", nullptr, int(parsed.problems.size()))
        + tr(", %n already in Relais.", nullptr, duplicateCount) + QLatin1Char(' ')
        + tr("Nothing is stored until you choose."));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto *skip = buttons->addButton(tr("Import, &Skip Duplicates"), QDialogButtonBox::AcceptRole);
    auto *merge = buttons->addButton(tr("Import, &Merge Duplicates"), QDialogButtonBox::AcceptRole);
    auto *anyway = buttons->addButton(tr("Import &All"), QDialogButtonBox::AcceptRole);
    skip->setObjectName(QStringLiteral("skipButton"));
    merge->setObjectName(QStringLiteral("mergeButton"));
    anyway->setObjectName(QStringLiteral("allButton"));
    for (QPushButton *b : { skip, merge, anyway })
        b->setEnabled(!parsed.contacts.isEmpty());
    merge->setVisible(duplicateCount > 0);
    anyway->setVisible(duplicateCount > 0);
    connect(
        skip, &QPushButton::clicked, this, [this] { importWith(ContactImport::Duplicates::Skip); });
    connect(merge, &QPushButton::clicked, this,
        [this] { importWith(ContactImport::Duplicates::Merge); });
    connect(anyway, &QPushButton::clicked, this,
        [this] { importWith(ContactImport::Duplicates::ImportAnyway); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_details, 1);
    layout->addWidget(m_result);
    layout->addWidget(buttons);
    resize(620, 400);
}

bool ContactImportDialog::importWith(ContactImport::Duplicates duplicates)
{
    auto report = ContactImport::import(m_store, m_parsed.contacts, duplicates);
    if (!report) {
        m_result->setText(report.error().message + QLatin1Char(' ') + tr("Nothing was imported."));
        return false;
    }
    m_result->setText(tr("%1 created, %2 merged, %3 skipped.")
                          .arg(report->created)
                          .arg(report->merged)
                          .arg(report->skipped));
    accept();
    return true;
}

QString ContactImportDialog::summary() const
{
    return m_summary->text() + QLatin1Char('\n') + m_details->toPlainText();
}

QString ContactImportDialog::resultText() const
{
    return m_result->text();
}

} // namespace Relais
