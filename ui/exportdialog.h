// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/agendaexport.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QListWidget;
class QPrinter;
class QPushButton;

namespace Relais {

class Settings;
class Store;

// File → Export Agenda: iCalendar, CSV or PDF, with a date range (default: from today, three
// months), sections, status and cancelled entries; says how many entries match before
// exporting and remembers the last choices.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    ExportDialog(Store &store, Settings &settings, QWidget *parent = nullptr);

    int matching() const { return m_matching; }
    AgendaExport::Filter filter() const;
    QString format() const;
    // Tests: the file chosen instead of asking.
    void setOutputPath(const QString &path) { m_outputPath = path; }
    // Starts writing the file (false when it cannot start, the reason in resultText());
    // exported() says it is over.
    bool exportTo(const QString &path);
    QString resultText() const;
    // The printable agenda on a printer (what "Print…" does after its dialog).
    void printTo(QPrinter &printer);
    // CSV columns checked, in their order.
    QStringList csvColumns() const;
    void setCsvColumns(const QStringList &columns);

signals:
    void exported();

private:
    void updateCount();
    void save();

    Store &m_store;
    Settings &m_settings;
    QComboBox *m_format;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QList<QCheckBox *> m_sections;
    QComboBox *m_status;
    QCheckBox *m_cancelled;
    QComboBox *m_separator;
    QCheckBox *m_bom;
    QCheckBox *m_frenchDates;
    QListWidget *m_columns;
    QLabel *m_count;
    QLabel *m_result;
    QPushButton *m_export;
    QString m_outputPath;
    int m_matching = 0;
    class TaskJob *m_job = nullptr; // while a file is written
};

} // namespace Relais
