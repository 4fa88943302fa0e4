// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportdialog.h"

#include "taskjob.h"

#include "content/vocabulary.h"
#include "settings.h"
#include "storage/store.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QPrintDialog>
#include <QPrinter>
#include <QTextDocument>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace Relais {

ExportDialog::ExportDialog(Store &store, Settings &settings, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_settings(settings)
    , m_format(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_status(new QComboBox(this))
    , m_cancelled(new QCheckBox(tr("Include &cancelled events"), this))
    , m_separator(new QComboBox(this))
    , m_bom(new QCheckBox(tr("Start with a byte-order &mark (older spreadsheets)"), this))
    , m_frenchDates(new QCheckBox(tr("&French dates (22/11/2017 11:30)"), this))
    , m_columns(new QListWidget(this))
    , m_count(new QLabel(this))
    , m_result(new QLabel(this))
    , m_export(new QPushButton(tr("&Export…"), this))
{
    setWindowTitle(tr("Export the Agenda"));
    setObjectName(QStringLiteral("exportDialog"));
    m_format->setObjectName(QStringLiteral("exportFormat"));
    m_count->setObjectName(QStringLiteral("exportCount"));
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_cancelled->setObjectName(QStringLiteral("exportCancelled"));
    m_status->setObjectName(QStringLiteral("exportStatus"));
    m_from->setObjectName(QStringLiteral("exportFrom"));
    m_to->setObjectName(QStringLiteral("exportTo"));
    m_result->setWordWrap(true);

    m_format->addItem(tr("iCalendar (calendar applications)"), QStringLiteral("ics"));
    m_format->addItem(tr("CSV (spreadsheets)"), QStringLiteral("csv"));
    m_format->addItem(tr("PDF (printable A4)"), QStringLiteral("pdf"));
    m_status->addItem(tr("Published only"), QStringLiteral("published"));
    m_status->addItem(tr("All, drafts included"), QStringLiteral("all"));
    m_separator->addItem(tr("Comma ,"), QStringLiteral(","));
    m_separator->addItem(tr("Semicolon ; (French spreadsheets)"), QStringLiteral(";"));
    for (QDateEdit *edit : { m_from, m_to }) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    }
    m_from->setDate(QDate::currentDate());
    m_to->setDate(QDate::currentDate().addMonths(3));

    auto *sections = new QGridLayout;
    int i = 0;
    const QStringList chosen
        = m_settings.exportChoice(QStringLiteral("sections"), QStringList()).toStringList();
    for (const Section &section : Vocabulary::sections()) {
        auto *box = new QCheckBox(section.title, this);
        box->setProperty("slug", section.slug);
        box->setChecked(chosen.contains(section.slug));
        m_sections.append(box);
        sections->addWidget(box, i / 2, i % 2);
        ++i;
    }

    m_format->setCurrentIndex(qMax(0,
        m_format->findData(
            m_settings.exportChoice(QStringLiteral("format"), QStringLiteral("ics")))));
    m_status->setCurrentIndex(qMax(0,
        m_status->findData(
            m_settings.exportChoice(QStringLiteral("status"), QStringLiteral("published")))));
    m_cancelled->setChecked(m_settings.exportChoice(QStringLiteral("cancelled"), false).toBool());
    m_separator->setCurrentIndex(qMax(0,
        m_separator->findData(
            m_settings.exportChoice(QStringLiteral("separator"), QStringLiteral(",")))));
    m_bom->setChecked(m_settings.exportChoice(QStringLiteral("bom"), false).toBool());
    m_frenchDates->setChecked(
        m_settings.exportChoice(QStringLiteral("frenchDates"), false).toBool());

    // CSV columns: checked ones exported, in the order of the list (drag to reorder).
    m_columns->setObjectName(QStringLiteral("csvColumns"));
    m_columns->setDragDropMode(QAbstractItemView::InternalMove);
    m_columns->setMaximumHeight(120);
    setCsvColumns(m_settings.exportChoice(QStringLiteral("columns"), AgendaExport::csvColumns())
                      .toStringList());

    auto *form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("F&rom:"), m_from);
    form->addRow(tr("&To:"), m_to);
    form->addRow(tr("Sections (none: all):"), sections);
    form->addRow(tr("&Status:"), m_status);
    form->addRow(QString(), m_cancelled);
    form->addRow(tr("Se&parator:"), m_separator);
    form->addRow(QString(), m_bom);
    form->addRow(QString(), m_frenchDates);
    form->addRow(tr("C&olumns:"), m_columns);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_export, QDialogButtonBox::AcceptRole);
    auto *print = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    print->setObjectName(QStringLiteral("printButton"));
    connect(print, &QPushButton::clicked, this, [this] {
        QPrinter printer(QPrinter::HighResolution);
        printer.setPageSize(QPageSize(QPageSize::A4));
        QPrintDialog dialog(&printer, this);
        if (dialog.exec() == QDialog::Accepted)
            printTo(printer);
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_export, &QPushButton::clicked, this, [this] {
        QString path = m_outputPath;
        if (path.isEmpty()) {
            const QString suffix = format();
            const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
            path = QFileDialog::getSaveFileName(this, tr("Export the Agenda"),
                dir + QStringLiteral("/agenda.") + suffix,
                tr("%1 files (*.%2)").arg(suffix.toUpper(), suffix));
        }
        if (!path.isEmpty())
            exportTo(path);
    });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_count);
    layout->addWidget(m_result);
    layout->addWidget(buttons);

    auto refresh = [this] { updateCount(); };
    connect(m_format, &QComboBox::currentIndexChanged, this, refresh);
    connect(m_from, &QDateEdit::dateChanged, this, refresh);
    connect(m_to, &QDateEdit::dateChanged, this, refresh);
    connect(m_status, &QComboBox::currentIndexChanged, this, refresh);
    connect(m_cancelled, &QCheckBox::toggled, this, refresh);
    for (QCheckBox *box : std::as_const(m_sections))
        connect(box, &QCheckBox::toggled, this, refresh);
    updateCount();
}

QString ExportDialog::format() const
{
    return m_format->currentData().toString();
}

AgendaExport::Filter ExportDialog::filter() const
{
    AgendaExport::Filter f;
    f.from = m_from->date();
    f.to = m_to->date();
    for (const QCheckBox *box : m_sections) {
        if (box->isChecked())
            f.sections.append(box->property("slug").toString());
    }
    f.publishedOnly = m_status->currentData().toString() == u"published";
    f.includeCancelled = m_cancelled->isChecked();
    return f;
}

void ExportDialog::updateCount()
{
    const bool csv = format() == u"csv";
    m_separator->setEnabled(csv);
    m_bom->setEnabled(csv);
    m_frenchDates->setEnabled(csv);
    m_columns->setEnabled(csv);
    auto site = m_store.siteSettings().load();
    // Counted in SQL: instant even on a large agenda.
    auto n
        = AgendaExport::count(m_store, filter(), site ? site->timeZone : SiteSettings {}.timeZone);
    m_matching = n ? *n : 0;
    m_count->setText(n ? tr("%n agenda entries match.", nullptr, m_matching) : n.error().message);
    m_export->setEnabled(!m_job && m_matching > 0 && m_from->date() <= m_to->date());
}

void ExportDialog::save()
{
    m_settings.setExportChoice(QStringLiteral("format"), format());
    m_settings.setExportChoice(QStringLiteral("status"), m_status->currentData());
    m_settings.setExportChoice(QStringLiteral("cancelled"), m_cancelled->isChecked());
    m_settings.setExportChoice(QStringLiteral("separator"), m_separator->currentData());
    m_settings.setExportChoice(QStringLiteral("bom"), m_bom->isChecked());
    m_settings.setExportChoice(QStringLiteral("frenchDates"), m_frenchDates->isChecked());
    m_settings.setExportChoice(QStringLiteral("sections"), filter().sections);
    m_settings.setExportChoice(QStringLiteral("columns"), csvColumns());
}

QStringList ExportDialog::csvColumns() const
{
    QStringList columns;
    for (int i = 0; i < m_columns->count(); ++i) {
        if (m_columns->item(i)->checkState() == Qt::Checked)
            columns.append(m_columns->item(i)->data(Qt::UserRole).toString());
    }
    return columns;
}

void ExportDialog::setCsvColumns(const QStringList &chosen)
{
    const QHash<QString, QString> labels { { QStringLiteral("title"), tr("Title") },
        { QStringLiteral("start"), tr("Start") }, { QStringLiteral("end"), tr("End") },
        { QStringLiteral("all_day"), tr("All day") }, { QStringLiteral("place"), tr("Place") },
        { QStringLiteral("address"), tr("Address") },
        { QStringLiteral("online"), tr("Online link") },
        { QStringLiteral("sections"), tr("Sections") }, { QStringLiteral("state"), tr("State") },
        { QStringLiteral("status"), tr("Status") },
        { QStringLiteral("url"), tr("Page on the site") },
        { QStringLiteral("description"), tr("Description") } };
    m_columns->clear();
    QStringList order;
    for (const QString &c : chosen) {
        if (AgendaExport::csvColumns().contains(c) && !order.contains(c))
            order.append(c);
    }
    for (const QString &c : AgendaExport::csvColumns()) {
        if (!order.contains(c))
            order.append(c);
    }
    for (const QString &c : std::as_const(order)) {
        auto *item = new QListWidgetItem(labels.value(c, c), m_columns);
        item->setData(Qt::UserRole, c);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable | Qt::ItemIsDragEnabled);
        item->setCheckState(chosen.contains(c) ? Qt::Checked : Qt::Unchecked);
    }
}

void ExportDialog::printTo(QPrinter &printer)
{
    save();
    auto site = m_store.siteSettings().load();
    const SiteSettings settings = site ? *site : SiteSettings {};
    auto entries = AgendaExport::select(m_store, filter(), settings.timeZone);
    if (!entries) {
        m_result->setText(entries.error().message);
        return;
    }
    QTextDocument doc;
    doc.setHtml(AgendaExport::printableHtml(
        *entries, settings, AgendaExport::title(m_from->date(), m_to->date())));
    doc.print(&printer); // Qt numbers the pages
    m_result->setText(tr("Sent to the printer (%n entries).", nullptr, int(entries->size())));
}

bool ExportDialog::exportTo(const QString &path)
{
    if (m_job)
        return false; // one at a time
    save();
    auto site = m_store.siteSettings().load();
    const SiteSettings settings = site ? *site : SiteSettings {};
    auto entries = AgendaExport::select(m_store, filter(), settings.timeZone);
    if (!entries) {
        m_result->setText(entries.error().message);
        return false;
    }
    if (format() == u"csv" && csvColumns().isEmpty()) {
        m_result->setText(tr("Choose at least one column."));
        return false;
    }
    AgendaExport::CsvOptions csv;
    csv.separator = char(m_separator->currentData().toString().at(0).unicode());
    csv.byteOrderMark = m_bom->isChecked();
    csv.frenchDates = m_frenchDates->isChecked();
    csv.columns = csvColumns();
    const QString title = AgendaExport::title(m_from->date(), m_to->date());
    const int count = int(entries->size());
    // The file is made in a thread of its own (a long PDF takes a while); the entries were
    // read here, where the database connection lives.
    m_job = new TaskJob(
        QStringLiteral("export"),
        [path, format = format(), entries = *entries, settings, csv, title, count](
            TaskJob::Progress &) -> Result<QString> {
            if (auto r = AgendaExport::write(path, format, entries, settings, csv, title); !r)
                return r.error();
            return tr("%1 written (%n entries).", nullptr, count).arg(path);
        },
        this);
    connect(m_job, &TaskJob::finished, this, [this](bool, const QString &message) {
        m_result->setText(message);
        m_job->deleteLater();
        m_job = nullptr;
        updateCount();
        emit exported();
    });
    m_export->setEnabled(false);
    m_result->setText(tr("Exporting %n entries…", nullptr, count));
    return true;
}

QString ExportDialog::resultText() const
{
    return m_result->text();
}

} // namespace Relais
