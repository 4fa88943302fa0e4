// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectdialog.h"

#include "storage/database.h"
#include "storage/serveraddress.h"
#include "taskjob.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace Relais {

ConnectDialog::ConnectDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("connectDialog"));
    setWindowTitle(tr("Connect to Newsroom"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("A newsroom is a Relais database on a PostgreSQL server, shared "
                                "by the whole team. Ask its administrator for these details."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_host = new QLineEdit(this);
    m_host->setObjectName(QStringLiteral("host"));
    m_host->setPlaceholderText(tr("db.example.org"));
    form->addRow(tr("&Server:"), m_host);
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("port"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    form->addRow(tr("&Port:"), m_port);
    m_database = new QLineEdit(this);
    m_database->setObjectName(QStringLiteral("database"));
    m_database->setPlaceholderText(tr("redaction"));
    form->addRow(tr("&Database:"), m_database);
    m_user = new QLineEdit(Database::desktopUser(), this);
    m_user->setObjectName(QStringLiteral("user"));
    form->addRow(tr("&User:"), m_user);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("From the keyring or ~/.pgpass when empty"));
    form->addRow(tr("Pass&word:"), m_password);
    m_tls = new QComboBox(this);
    m_tls->setObjectName(QStringLiteral("tls"));
    m_tls->addItem(tr("Verify the server's certificate and name (recommended)"),
        QStringLiteral("verify-full"));
    m_tls->addItem(tr("Encrypted, certificate not checked"), QStringLiteral("require"));
    m_tls->addItem(tr("Encrypted when the server offers it"), QStringLiteral("prefer"));
    m_tls->addItem(
        tr("Not encrypted (this computer or a trusted network only)"), QStringLiteral("disable"));
    m_tls->setCurrentIndex(2);
    form->addRow(tr("&Encryption:"), m_tls);
    layout->addLayout(form);

    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("testResult"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText); // the server's words: never markup
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_result);

    auto *buttons = new QDialogButtonBox(this);
    m_test = buttons->addButton(tr("&Test Connection"), QDialogButtonBox::ActionRole);
    m_test->setObjectName(QStringLiteral("testConnection"));
    m_connect = buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    m_connect->setObjectName(QStringLiteral("connect"));
    m_connect->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_test, &QPushButton::clicked, this, &ConnectDialog::testConnection);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    for (QLineEdit *edit : { m_host, m_database, m_user })
        connect(edit, &QLineEdit::textChanged, this, &ConnectDialog::updateButtons);
    updateButtons();
    resize(520, sizeHint().height());
}

ConnectDialog::~ConnectDialog()
{
    // A test under way ends on its own within its connect timeout; nobody waits for it.
    if (m_job) {
        m_job->setParent(nullptr);
        connect(m_job, &TaskJob::finished, m_job, &QObject::deleteLater);
        m_job->cancel();
    }
}

void ConnectDialog::setAddress(const QString &text)
{
    auto parsed = ServerAddress::parse(text);
    if (!parsed)
        return;
    m_host->setText(parsed->host);
    m_port->setValue(parsed->port);
    m_database->setText(parsed->database);
    if (!parsed->user.isEmpty())
        m_user->setText(parsed->user);
    const int tls = m_tls->findData(parsed->parameter(QStringLiteral("sslmode")));
    if (tls >= 0)
        m_tls->setCurrentIndex(tls);
}

QString ConnectDialog::address() const
{
    const QString host = m_host->text().trimmed();
    const QString database = m_database->text().trimmed();
    const QString user = m_user->text().trimmed();
    if (host.isEmpty() || database.isEmpty() || user.isEmpty())
        return {};
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(user);
    url.setHost(host);
    url.setPort(m_port->value());
    url.setPath(QLatin1Char('/') + database);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("sslmode"), m_tls->currentData().toString());
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

QString ConnectDialog::password() const
{
    return m_password->text();
}

QString ConnectDialog::resultText() const
{
    return m_result->text();
}

void ConnectDialog::updateButtons()
{
    const bool complete = !address().isEmpty();
    m_test->setEnabled(complete && !m_job);
    m_connect->setEnabled(complete);
}

void ConnectDialog::testConnection()
{
    const QString target = address();
    if (target.isEmpty() || m_job)
        return;
    if (auto parsed = ServerAddress::parse(target); !parsed) {
        m_result->setText(parsed.error().message);
        emit testFinished(false);
        return;
    }
    m_result->setText(tr("Connecting to %1…").arg(m_host->text().trimmed()));
    const QString password = m_password->text();
    m_job = new TaskJob(
        QStringLiteral("relais-test-newsroom"),
        [target, password](TaskJob::Progress &) -> Result<QString> {
            Database::Options options;
            options.password = password;
            options.checkContents = false;
            options.reconnects = false;
            auto opened = Database::open(target, options);
            if (!opened)
                return opened.error();
            return tr("Connected: a Relais newsroom (database version %1), as “%2”.")
                .arg((*opened)->schemaVersion())
                .arg((*opened)->userName());
        },
        this);
    connect(m_job, &TaskJob::finished, this, [this](bool ok, const QString &message) {
        m_result->setText(message);
        m_result->setStyleSheet(ok ? QStringLiteral("QLabel { color: #1b5e20; }")
                                   : QStringLiteral("QLabel { color: #b00020; }"));
        m_job->deleteLater();
        m_job = nullptr;
        updateButtons();
        emit testFinished(ok);
    });
    updateButtons();
}

} // namespace Relais
