// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/sitesettings.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace Relais {

class Store;

// The published site's name, address, time zone, colours and texts, stored in the database
// for everyone who publishes it. Refuses what would break the site (colours white text cannot
// be read on, an address without http(s)).
class SiteSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SiteSettingsDialog(Store &store, QWidget *parent = nullptr);

    QLineEdit *field(const QString &key) const { return m_fields.value(key); }
    QCheckBox *typographyBox() const { return m_typography; }
    QString errorText() const;

public slots:
    void accept() override;

private:
    SiteSettings formValue() const;

    Store &m_store;
    QHash<QString, QLineEdit *> m_fields;
    QCheckBox *m_typography = nullptr;
    QCheckBox *m_inboxDelete = nullptr;
    QHash<QString, QPlainTextEdit *> m_texts;
    SiteSettings m_loaded;
    QLabel *m_errors = nullptr;
};

} // namespace Relais
