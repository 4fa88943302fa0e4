// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "moderation/moderation.h"

#include <QDialog>
#include <QElapsedTimer>
#include <QWidget>

#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QToolBar;

namespace Relais {

class PreviewPane;
class Store;

// One submission as a moderator reads it: the review page (untrusted text rendered safely,
// warnings, decisions) in a locked-down web view, with the decisions as buttons above.
class SubmissionView : public QWidget
{
    Q_OBJECT

public:
    SubmissionView(Store &store, QWidget *parent = nullptr);

    // Shows a submission (0: none); several selected show how many.
    void showSubmission(qint64 id);
    void showSelection(int count);
    qint64 currentId() const { return m_submission.id; }
    const Submission &submission() const { return m_submission; }
    const QList<ReviewWarning> &warnings() const { return m_warnings; }
    // The review page as last made (tests read it).
    QString pageHtml() const { return m_html; }
    PreviewPane *preview() const { return m_preview; }
    void setButtons(const QList<QAction *> &actions);
    // Milliseconds from showSubmission() to the page on screen, for the last one shown.
    int lastShowMs() const { return m_lastShowMs; }

signals:
    void shown(int milliseconds);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void pushPage();

    Store &m_store;
    QLabel *m_summary = nullptr;
    QToolBar *m_buttons = nullptr;
    PreviewPane *m_preview = nullptr;
    Submission m_submission;
    QList<ReviewWarning> m_warnings;
    QString m_html;
    QElapsedTimer m_since;
    int m_lastShowMs = -1;
    bool m_pagePending = false;
};

// Asks why a submission is rejected: a reason of the settings' list or one's own words, and
// whether to write to the submitter.
class RejectDialog : public QDialog
{
    Q_OBJECT

public:
    RejectDialog(const QStringList &reasons, int count, bool canWrite, QWidget *parent = nullptr);
    QString reason() const;
    bool writeToSubmitter() const;

    struct Answer
    {
        QString reason;
        bool write = false;
    };
    // Tests answer instead of a person (nullopt: cancelled).
    static void setAnswer(std::function<std::optional<Answer>()> answer);
    static std::optional<Answer> ask(
        const QStringList &reasons, int count, bool canWrite, QWidget *parent);

private:
    QComboBox *m_reason = nullptr;
    QPlainTextEdit *m_details = nullptr;
    QCheckBox *m_write = nullptr;
    static std::function<std::optional<Answer>()> s_answer;
};

} // namespace Relais
