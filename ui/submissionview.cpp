// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "submissionview.h"

#include "previewpane.h"
#include "storage/store.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolBar>
#include <QVBoxLayout>

namespace Relais {

std::function<std::optional<RejectDialog::Answer>()> RejectDialog::s_answer;

SubmissionView::SubmissionView(Store &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("submissionView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    // A tool bar folds what does not fit behind its » button: the pane never forces the window
    // wider.
    m_buttons = new QToolBar(this);
    m_buttons->setToolButtonStyle(Qt::ToolButtonTextOnly);
    layout->addWidget(m_buttons);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("submissionSummary"));
    m_summary->setTextFormat(Qt::PlainText); // names untrusted text: never markup
    m_summary->setWordWrap(true);
    m_summary->setContentsMargins(8, 2, 8, 2);
    layout->addWidget(m_summary);
    m_preview = new PreviewPane(this);
    m_preview->setObjectName(QStringLiteral("submissionPreview"));
    m_preview->setControlsVisible(false);
    m_preview->setWidthMode(PreviewPane::Width::Fit);
    layout->addWidget(m_preview, 1);
    connect(m_preview, &PreviewPane::updated, this, [this] {
        if (!m_since.isValid())
            return;
        m_lastShowMs = int(m_since.elapsed());
        m_since.invalidate();
        emit shown(m_lastShowMs);
    });
    showSubmission(0);
}

void SubmissionView::setButtons(const QList<QAction *> &actions)
{
    for (QAction *action : actions) {
        if (action)
            m_buttons->addAction(action);
        else
            m_buttons->addSeparator();
    }
}

void SubmissionView::showSubmission(qint64 id)
{
    m_since.start();
    m_warnings.clear();
    m_submission = Submission {};
    m_pagePending = false;
    if (id <= 0) {
        m_html.clear();
        m_summary->setText(QString());
        m_preview->showMessage(
            tr("Choose a submission in the queue.\n\nJ and K go to the next and previous one; "
               "A approves, R rejects, D marks a duplicate."));
        return;
    }
    auto loaded = m_store.submissions().load(id);
    if (!loaded) {
        m_html.clear();
        m_preview->showMessage(loaded.error().message);
        return;
    }
    m_submission = *loaded;
    auto settings = m_store.siteSettings().load();
    const SiteSettings site = settings ? *settings : SiteSettings {};
    m_warnings = Moderation::review(m_submission, m_store, site, m_store.database().now());
    auto decisions = m_store.submissions().decisions(id);
    m_html = Moderation::reviewPage(
        m_submission, m_warnings, decisions ? *decisions : QList<SubmissionDecision> {}, site);
    int spam = 0;
    for (const ReviewWarning &w : std::as_const(m_warnings))
        spam += w.kind == ReviewWarning::Kind::Spam;
    QString summary
        = tr("%1 · from %2 · %3")
              .arg(SubmissionText::displayName(m_submission.state), m_submission.source,
                  m_submission.submitter.name.isEmpty() ? m_submission.submitter.organization
                                                        : m_submission.submitter.name);
    if (!m_warnings.isEmpty())
        summary += QStringLiteral(" · ")
            + QCoreApplication::translate(
                "Relais::SubmissionView", "%n warning(s)", nullptr, int(m_warnings.size()));
    if (spam > 0)
        summary += QStringLiteral(" · ") + tr("probably spam");
    m_summary->setText(summary);
    // The web engine starts when the page is first on screen, not with the window.
    if (isVisible())
        pushPage();
    else
        m_pagePending = true;
}

void SubmissionView::pushPage()
{
    m_pagePending = false;
    PagePreview page;
    page.page = QStringLiteral("submission.html");
    page.files.insert(page.page, m_html.toUtf8());
    m_preview->setPreview(page, m_since);
}

void SubmissionView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_pagePending && !m_html.isEmpty()) {
        m_since.start();
        pushPage();
    }
}

void SubmissionView::showSelection(int count)
{
    m_since.invalidate();
    m_summary->setText(QCoreApplication::translate("Relais::SubmissionView",
        "%n submission(s) selected: Reject and "
        "Duplicate apply to each of them.",
        nullptr, count));
}

RejectDialog::RejectDialog(const QStringList &reasons, int count, bool canWrite, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(QCoreApplication::translate(
        "Relais::RejectDialog", "Reject %n Submission(s)", nullptr, count));
    auto *form = new QFormLayout(this);
    m_reason = new QComboBox(this);
    m_reason->setEditable(true);
    m_reason->addItems(reasons);
    m_reason->setCurrentIndex(-1);
    m_reason->setPlaceholderText(tr("Choose or write a reason"));
    form->addRow(tr("&Reason:"), m_reason);
    m_details = new QPlainTextEdit(this);
    m_details->setPlaceholderText(tr("More details, kept with the decision (optional)"));
    m_details->setMaximumHeight(90);
    form->addRow(tr("&Details:"), m_details);
    m_write
        = new QCheckBox(tr("&Write to the submitter afterwards (opens your mail program)"), this);
    m_write->setEnabled(canWrite);
    form->addRow(m_write);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Reject"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    form->addRow(buttons);
    connect(m_reason, &QComboBox::currentTextChanged, this, [buttons](const QString &text) {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.trimmed().isEmpty());
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString RejectDialog::reason() const
{
    const QString details = m_details->toPlainText().trimmed();
    return m_reason->currentText().trimmed()
        + (details.isEmpty() ? QString() : QStringLiteral(" — ") + details);
}

bool RejectDialog::writeToSubmitter() const
{
    return m_write->isChecked();
}

void RejectDialog::setAnswer(std::function<std::optional<Answer>()> answer)
{
    s_answer = std::move(answer);
}

std::optional<RejectDialog::Answer> RejectDialog::ask(
    const QStringList &reasons, int count, bool canWrite, QWidget *parent)
{
    if (s_answer)
        return s_answer();
    RejectDialog dialog(reasons, count, canWrite, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return Answer { dialog.reason(), dialog.writeToSubmitter() };
}

} // namespace Relais
