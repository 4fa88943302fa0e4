// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "publishtargetsdialog.h"

#include "messagebox.h"
#include "publish/passwordvault.h"
#include "content/remotepath.h"
#include "storage/store.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace Relais {

PublishTargetsDialog::PublishTargetsDialog(Store &store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_targets(new QListWidget(this))
    , m_kind(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_url(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_trust(new QCheckBox(this))
    , m_result(new QLabel(this))
    , m_test(new QPushButton(tr("&Test Connection"), this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
{
    setWindowTitle(tr("Publishing Targets"));
    setObjectName(QStringLiteral("publishTargetsDialog"));
    m_targets->setObjectName(QStringLiteral("targetList"));
    m_kind->setObjectName(QStringLiteral("targetKind"));
    m_kind->addItem(tr("Web server folder (WebDAV): the static site"), QStringLiteral("webdav"));
    m_kind->addItem(tr("WordPress site: posts through its REST API"), QStringLiteral("wordpress"));
    m_name->setObjectName(QStringLiteral("targetName"));
    m_url->setObjectName(QStringLiteral("targetUrl"));
    m_user->setObjectName(QStringLiteral("targetUser"));
    m_password->setObjectName(QStringLiteral("targetPassword"));
    m_trust->setObjectName(QStringLiteral("trustCertificate"));
    m_result->setObjectName(QStringLiteral("testResult"));
    m_test->setObjectName(QStringLiteral("testButton"));
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_remove->setObjectName(QStringLiteral("removeButton"));

    m_url->setPlaceholderText(QStringLiteral("https://www.example.org/dav/site/"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Unchanged"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_trust->setVisible(false);

    auto *add = new QPushButton(tr("&Add Target"), this);
    add->setObjectName(QStringLiteral("addButton"));
    auto *left = new QVBoxLayout;
    left->addWidget(m_targets);
    left->addWidget(add);
    left->addWidget(m_remove);

    auto *form = new QFormLayout;
    form->addRow(tr("T&ype:"), m_kind);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Address:"), m_url);
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(QString(), m_trust);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_test);
    actions->addStretch();
    actions->addWidget(m_save);
    auto *right = new QVBoxLayout;
    right->addLayout(form);
    right->addWidget(m_result);
    right->addStretch();
    right->addLayout(actions);

    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 2);
    columns->addLayout(right, 3);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(close);
    resize(720, 360);

    connect(m_targets, &QListWidget::currentRowChanged, this, &PublishTargetsDialog::showTarget);
    connect(add, &QPushButton::clicked, this, [this] {
        m_targets->clearSelection();
        m_targets->setCurrentRow(-1);
        showTarget();
        m_name->setText(tr("Portal"));
        m_name->setFocus();
        m_name->selectAll();
    });
    connect(m_save, &QPushButton::clicked, this, &PublishTargetsDialog::save);
    connect(m_remove, &QPushButton::clicked, this, &PublishTargetsDialog::remove);
    connect(m_test, &QPushButton::clicked, this, &PublishTargetsDialog::testConnection);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &PublishTargetsDialog::kindChanged);
    load();
}

PublishTargetsDialog::~PublishTargetsDialog() = default;

QString PublishTargetsDialog::testResult() const
{
    return m_result->text();
}

void PublishTargetsDialog::load(qint64 select)
{
    auto targets = m_store.publishing().targets();
    m_list = targets ? *targets : QList<PublishTarget>();
    const QSignalBlocker block(m_targets);
    m_targets->clear();
    int row = m_list.isEmpty() ? -1 : 0;
    for (int i = 0; i < m_list.size(); ++i) {
        m_targets->addItem(m_list.at(i).name);
        if (m_list.at(i).id == select)
            row = i;
    }
    m_targets->setCurrentRow(row);
    showTarget();
}

void PublishTargetsDialog::showTarget()
{
    const int row = m_targets->currentRow();
    const PublishTarget t = row >= 0 && row < m_list.size() ? m_list.at(row) : PublishTarget {};
    {
        const QSignalBlocker block(m_kind);
        m_kind->setCurrentIndex(qMax(0, m_kind->findData(t.kind)));
    }
    m_kind->setEnabled(t.id == 0); // a target's posts or files stay where they are
    kindChanged();
    m_name->setText(t.name);
    m_url->setText(t.url.toString());
    m_user->setText(t.username);
    m_password->clear();
    m_password->setPlaceholderText(t.id ? tr("Unchanged") : QString());
    m_trust->setVisible(false);
    m_trust->setChecked(false);
    m_offeredCertificate.clear();
    m_remove->setEnabled(t.id != 0);
    m_result->setText(t.trustedCertificate.isEmpty()
            ? QString()
            : tr("Trusted certificate (SHA-256): %1")
                  .arg(QString::fromLatin1(t.trustedCertificate)));
}

PublishTarget PublishTargetsDialog::edited() const
{
    const int row = m_targets->currentRow();
    PublishTarget t = row >= 0 && row < m_list.size() ? m_list.at(row) : PublishTarget {};
    if (t.id == 0)
        t.kind = m_kind->currentData().toString();
    t.name = m_name->text().trimmed();
    t.url = QUrl(m_url->text().trimmed(), QUrl::StrictMode);
    t.username = m_user->text().trimmed();
    if (m_trust->isVisible() && m_trust->isChecked() && !m_offeredCertificate.isEmpty())
        t.trustedCertificate = m_offeredCertificate;
    return t;
}

void PublishTargetsDialog::save()
{
    const PublishTarget t = edited();
    Result<void> saved;
    qint64 id = t.id;
    if (t.id == 0) {
        auto added = m_store.publishing().addTarget(t);
        if (added)
            id = added->id;
        else
            saved = added.error();
    } else {
        saved = m_store.publishing().updateTarget(t);
    }
    if (!saved) {
        m_result->setText(saved.error().message);
        return;
    }
    const QString password = m_password->text();
    load(id);
    if (!password.isEmpty()) {
        if (auto stored = m_store.publishing().target(id))
            storePassword(*stored, password);
    } else {
        m_result->setText(tr("Saved."));
    }
}

void PublishTargetsDialog::storePassword(const PublishTarget &target, const QString &password)
{
    PasswordVault::remember(target.keychainKey(), password);
    PasswordVault::write(
        target.keychainKey(), password, this, [this](const PasswordVault::Outcome &o) {
            m_result->setText(o.ok
                    ? tr("Saved; the password is in the desktop keyring.")
                    : tr("Saved. %1 The password is kept until Relais quits.").arg(o.error));
        });
}

void PublishTargetsDialog::remove()
{
    const PublishTarget t = edited();
    if (t.id == 0)
        return;
    if (MessageBox::question(this, tr("Remove Target"),
            tr("Remove the target “%1”? The site on the server stays as it is.").arg(t.name),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    if (auto r = m_store.publishing().removeTarget(t.id); !r) {
        m_result->setText(r.error().message);
        return;
    }
    PasswordVault::forget(t.keychainKey());
    PasswordVault::remove(t.keychainKey(), this, [](const PasswordVault::Outcome &) {});
    load();
}

void PublishTargetsDialog::kindChanged()
{
    const bool wordpress = m_kind->currentData().toString() == u"wordpress";
    m_url->setPlaceholderText(wordpress ? QStringLiteral("https://www.example.org/")
                                        : QStringLiteral("https://www.example.org/dav/site/"));
    m_password->setToolTip(wordpress
            ? tr("An application password (WordPress → Users → Profile → Application "
                 "Passwords), not the login password.")
            : QString());
}

void PublishTargetsDialog::testConnection()
{
    const PublishTarget t = edited();
    if (const QString problem = RemotePath::checkBase(t.url); !problem.isEmpty()) {
        m_result->setText(problem);
        return;
    }
    m_test->setEnabled(false);
    m_result->setText(tr("Testing %1…").arg(t.url.toString()));
    auto go = [this, t](const QString &password) {
        if (t.isWordPress()) {
            m_wordpressTest
                = std::make_unique<WordPressJob>(m_store.database().path(), t, password);
            connect(m_wordpressTest.get(), &WordPressJob::tested, this,
                [this](bool, const QString &message) {
                    m_test->setEnabled(true);
                    m_result->setText(message);
                });
            m_wordpressTest->testConnection();
            return;
        }
        WebDavClient::Options http = m_http;
        http.maxTries = 1;
        m_running = std::make_unique<ConnectionTest>(t, password, http);
        connect(m_running.get(), &ConnectionTest::finished, this,
            [this](const ConnectionTest::Outcome &o) {
                m_test->setEnabled(true);
                m_result->setText(o.message);
                if (!o.certificateSha256.isEmpty()) {
                    m_offeredCertificate = o.certificateSha256;
                    m_trust->setText(tr("Trust this one certificate (then save and test again)"));
                    m_trust->setVisible(true);
                }
            });
        m_running->start();
    };
    if (!m_password->text().isEmpty()) {
        go(m_password->text());
        return;
    }
    if (t.id == 0) {
        go(QString());
        return;
    }
    if (auto remembered = PasswordVault::remembered(t.keychainKey())) {
        go(*remembered);
        return;
    }
    PasswordVault::read(t.keychainKey(), this,
        [go](const PasswordVault::Outcome &o) { go(o.ok ? o.password : QString()); });
}

} // namespace Relais
