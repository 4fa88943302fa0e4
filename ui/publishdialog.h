// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "publish/publishjob.h"
#include "publish/wordpressjob.h"

#include <QDateTime>
#include <QDialog>
#include <QElapsedTimer>

#include <memory>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace Relais {

class Store;

// File → Publish: prepares (renders and compares with the server), shows the plan, then
// publishes with a progress bar and Cancel, then sums up. The window stays usable throughout:
// the work runs in a PublishJob's thread.
class PublishDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PublishDialog(Store &store, QWidget *parent = nullptr);
    ~PublishDialog() override;

    // The time the site is rendered for (tests); default: now.
    void setAt(const QDateTime &at) { m_at = at; }
    void setOptions(const Publisher::Options &options) { m_options = options; }
    void start();

    enum class Stage { NoTarget, Preparing, Planned, Running, Finished };
    Stage stage() const { return m_stage; }
    QString planText() const;
    QString resultText() const;

signals:
    void published(); // a run ended, whatever its result

protected:
    void reject() override;

private:
    void prepare();
    void onPrepared(const Publisher::Prepared &prepared);
    void onProgress(int done, int steps, qint64 bytesDone, qint64 bytes);
    void onFinished(const Publisher::Summary &summary);
    void setStage(Stage stage);
    void onWordPressPrepared(const WordPressPublisher::Plan &plan, const QString &error);
    void onWordPressFinished(const WordPressPublisher::Summary &summary);
    void resolveConflicts();

    Store &m_store;
    Publisher::Options m_options;
    QDateTime m_at;
    QComboBox *m_targets;
    QLabel *m_message;
    QLabel *m_plan;
    QProgressBar *m_progress;
    QLabel *m_bytes;
    QPlainTextEdit *m_details;
    QPushButton *m_publish;
    QPushButton *m_overwrite;
    QPushButton *m_cancel;
    std::unique_ptr<PublishJob> m_job;
    std::unique_ptr<WordPressJob> m_wordpress;
    QPushButton *m_resolve;
    QPushButton *m_retry;
    Stage m_stage = Stage::NoTarget;
    int m_generation = 0; // answers of a job replaced meanwhile are ignored
};

} // namespace Relais
