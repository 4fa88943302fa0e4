// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "teamdialog.h"

#include "storage/peoplerepository.h"
#include "storage/store.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Relais {

TeamDialog::TeamDialog(Store &store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("teamDialog"));
    setWindowTitle(tr("Team"));
    resize(560, 420);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Each person connects with a login of their own; the newsroom's "
                                "server enforces what their role allows."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_table = new QTableWidget(0, 3, this);
    m_table->setHorizontalHeaderLabels({ tr("Login"), tr("Role"), tr("May connect") });
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("teamError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QHBoxLayout;
    m_add = new QPushButton(tr("Add…"), this);
    m_role = new QPushButton(tr("Change Role…"), this);
    m_disable = new QPushButton(tr("Disable"), this);
    connect(m_add, &QPushButton::clicked, this, &TeamDialog::add);
    connect(m_role, &QPushButton::clicked, this, &TeamDialog::changeRole);
    connect(m_disable, &QPushButton::clicked, this, &TeamDialog::disable);
    buttons->addWidget(m_add);
    buttons->addWidget(m_role);
    buttons->addWidget(m_disable);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(close);

    const Database &db = m_store.database();
    const bool administrator = db.isPostgres() && db.hasRole(QStringLiteral("administrator"));
    const QString why = !db.isPostgres()
        ? tr("A database file has one person, its administrator; people and roles are those of "
             "a newsroom.")
        : tr("Managing people takes an administrator; you are %1.")
              .arg(Database::roleName(db.role()));
    for (QPushButton *button : { m_add, m_role, m_disable }) {
        button->setEnabled(administrator);
        button->setToolTip(administrator ? QString() : why);
    }
    refresh();
}

QString TeamDialog::lastError() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

bool TeamDialog::shown(const Result<void> &result)
{
    m_error->setVisible(!result);
    if (!result)
        m_error->setText(result.error().message);
    refresh();
    return result.ok();
}

void TeamDialog::refresh()
{
    auto people = PeopleRepository(m_store.database()).list();
    m_table->setRowCount(0);
    if (!people) {
        m_error->setText(people.error().message);
        m_error->show();
        return;
    }
    m_table->setRowCount(int(people->size()));
    for (int row = 0; row < people->size(); ++row) {
        const auto &person = people->at(row);
        m_table->setItem(row, 0, new QTableWidgetItem(person.login));
        auto *role = new QTableWidgetItem(Database::roleName(person.role));
        role->setData(Qt::UserRole, person.role);
        m_table->setItem(row, 1, role);
        m_table->setItem(row, 2, new QTableWidgetItem(person.enabled ? tr("Yes") : tr("No")));
    }
    m_table->resizeColumnsToContents();
}

QString TeamDialog::selectedLogin() const
{
    const int row = m_table->currentRow();
    return row >= 0 && m_table->item(row, 0) ? m_table->item(row, 0)->text() : QString();
}

bool TeamDialog::addPerson(const QString &login, const QString &role, const QString &password)
{
    if (password.size() < 8) {
        m_error->setText(tr("A first password has 8 characters or more."));
        m_error->show();
        return false;
    }
    return shown(PeopleRepository(m_store.database()).add(login, role, password));
}

bool TeamDialog::setRole(const QString &login, const QString &role)
{
    return shown(PeopleRepository(m_store.database()).setRole(login, role));
}

bool TeamDialog::disablePerson(const QString &login)
{
    return shown(PeopleRepository(m_store.database()).disable(login));
}

namespace {

QComboBox *roleBox(QWidget *parent, const QString &current = QStringLiteral("contributor"))
{
    auto *box = new QComboBox(parent);
    for (const QString &role : PeopleRepository::roles())
        box->addItem(Database::roleName(role), role);
    box->setCurrentIndex(box->findData(current));
    return box;
}

} // namespace

void TeamDialog::add()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Add a Person"));
    auto *form = new QFormLayout(&dialog);
    auto *login = new QLineEdit(&dialog);
    login->setPlaceholderText(tr("lower-case letters, digits, _ . -"));
    auto *role = roleBox(&dialog);
    auto *password = new QLineEdit(&dialog);
    password->setEchoMode(QLineEdit::Password);
    auto *again = new QLineEdit(&dialog);
    again->setEchoMode(QLineEdit::Password);
    form->addRow(tr("Login:"), login);
    form->addRow(tr("Role:"), role);
    form->addRow(tr("First password:"), password);
    form->addRow(tr("Again:"), again);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (password->text() != again->text()) {
        m_error->setText(tr("The two passwords differ; nobody was added."));
        m_error->show();
        return;
    }
    addPerson(login->text().trimmed(), role->currentData().toString(), password->text());
}

void TeamDialog::changeRole()
{
    const QString login = selectedLogin();
    if (login.isEmpty())
        return;
    const int row = m_table->currentRow();
    QStringList names;
    for (const QString &role : PeopleRepository::roles())
        names << Database::roleName(role);
    bool ok = false;
    const QString current
        = Database::roleName(m_table->item(row, 1)->data(Qt::UserRole).toString());
    const QString chosen = QInputDialog::getItem(this, tr("Change Role"),
        tr("The role of %1:").arg(login), names, int(names.indexOf(current)), false, &ok);
    if (!ok)
        return;
    setRole(login, PeopleRepository::roles().value(int(names.indexOf(chosen))));
}

void TeamDialog::disable()
{
    const QString login = selectedLogin();
    if (login.isEmpty())
        return;
    if (QMessageBox::question(this, tr("Disable"),
            tr("Keep %1 from connecting again? What they wrote stays.").arg(login))
        != QMessageBox::Yes)
        return;
    disablePerson(login);
}

} // namespace Relais
