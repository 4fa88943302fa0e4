// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "exchange/seedimporter.h"
#include "contactimportdialog.h"
#include "csvmappingdialog.h"
#include "exportdialog.h"
#include "language.h"
#include "settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QPushButton>
#include <QPrinter>
#include <QSettings>
#include <QSignalSpy>

using namespace Relais;
using namespace Relais::Test;

// The agenda export dialog: the count follows the filters, the file is written, the choices
// are remembered.
class TestExportDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCOMPARE(installTranslations(QStringLiteral("en")), QStringLiteral("en"));
    }
    void countFollowsFiltersAndExportWrites();
    void contactImportShowsBeforeStoring();
    void csvColumnsAreMappedWithAPreview();
    void csvColumnsChosenAndOrderedAndPrinting();
};

void TestExportDialog::countFollowsFiltersAndExportWrites()
{
    TempStore store;
    SeedImporter importer(store.store());
    RELAIS_VERIFY_OK(importer.importFile(seedFile()));
    QTemporaryDir dir;
    QSettings qsettings(dir.filePath(QStringLiteral("relais.ini")), QSettings::IniFormat);
    Settings settings(qsettings);

    ExportDialog dialog(store.store(), settings);
    auto *from = dialog.findChild<QDateEdit *>(QStringLiteral("exportFrom"));
    auto *to = dialog.findChild<QDateEdit *>(QStringLiteral("exportTo"));
    from->setDate(QDate(2000, 1, 1));
    to->setDate(QDate(2100, 1, 1));
    const int all = dialog.matching();
    QVERIFY(all >= 5);
    to->setDate(QDate(2000, 1, 2));
    QCOMPARE(dialog.matching(), 0);
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("exportButton"))->isEnabled());
    to->setDate(QDate(2100, 1, 1));
    QCOMPARE(dialog.matching(), all);

    auto *format = dialog.findChild<QComboBox *>(QStringLiteral("exportFormat"));
    format->setCurrentIndex(format->findData(QStringLiteral("csv")));
    const QString csv = dir.filePath(QStringLiteral("agenda.csv"));
    dialog.setOutputPath(csv);
    QSignalSpy exported(&dialog, &ExportDialog::exported);
    auto *button = dialog.findChild<QPushButton *>(QStringLiteral("exportButton"));
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(!button->isEnabled()); // written in the background, one at a time
    QVERIFY(exported.wait(10000));
    QVERIFY(button->isEnabled());
    QVERIFY2(
        dialog.resultText().contains(QStringLiteral("written")), qPrintable(dialog.resultText()));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll().count("\r\n"), all + 1);

    format->setCurrentIndex(format->findData(QStringLiteral("pdf")));
    QVERIFY(dialog.exportTo(dir.filePath(QStringLiteral("agenda.pdf"))));
    QVERIFY(exported.wait(20000));
    QVERIFY2(
        dialog.resultText().contains(QStringLiteral("written")), qPrintable(dialog.resultText()));
    QFile pdf(dir.filePath(QStringLiteral("agenda.pdf")));
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(5) == "%PDF-");

    // The last choices come back.
    ExportDialog again(store.store(), settings);
    QCOMPARE(again.format(), QStringLiteral("pdf"));
}

void TestExportDialog::contactImportShowsBeforeStoring()
{
    TempStore store;
    SeedImporter importer(store.store());
    RELAIS_VERIFY_OK(importer.importFile(seedFile()));
    auto before = store->contacts().loadAll();
    RELAIS_VERIFY_OK(before);
    const Contact known = before->at(1);
    QByteArray book = "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Nouvelle "
                      "Personne\r\nEMAIL:nouvelle@example.org\r\nEND:VCARD\r\n"
                      "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:"
        + known.name.toUtf8() + "\r\nEMAIL:" + known.emails.value(0).toUtf8()
        + "\r\nTEL:03 22 99 99 99\r\nEND:VCARD\r\n"
          "BEGIN:VCARD\r\nbroken line\r\nEND:VCARD\r\n";
    const VCard::Parsed parsed = VCard::read(book, QStringLiteral("carnet.vcf"));
    {
        ContactImportDialog dialog(store.store(), parsed, QStringLiteral("carnet.vcf"));
        QVERIFY2(dialog.summary().contains(QStringLiteral("2 cards read")),
            qPrintable(dialog.summary()));
        QVERIFY2(dialog.summary().contains(QStringLiteral("carnet.vcf, line 13")),
            qPrintable(dialog.summary()));
        QVERIFY(dialog.summary().contains(QStringLiteral("Duplicate: ") + known.name));
        dialog.reject(); // cancelled: nothing stored
    }
    QCOMPARE(store->contacts().loadAll()->size(), before->size());
    ContactImportDialog dialog(store.store(), parsed, QStringLiteral("carnet.vcf"));
    QTest::mouseClick(
        dialog.findChild<QPushButton *>(QStringLiteral("mergeButton")), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY2(dialog.resultText().contains(QStringLiteral("1 created, 1 merged")),
        qPrintable(dialog.resultText()));
    QCOMPARE(store->contacts().loadAll()->size(), before->size() + 1);
    QVERIFY(
        store->contacts().load(known.meta.id)->phones.contains(QStringLiteral("03 22 99 99 99")));
}

void TestExportDialog::csvColumnsAreMappedWithAPreview()
{
    const ContactCsv::Table table
        = ContactCsv::read("Qui,Courriel,Structure\r\nAnne Martin,anne@example.org,ALISS\r\n",
            QStringLiteral("liste.csv"));
    CsvMappingDialog dialog(table);
    // "Qui" is not a known name: no name column yet, the organisation and e-mail are guessed.
    QCOMPARE(dialog.mapping().value(QStringLiteral("name")), -1);
    QCOMPARE(dialog.mapping().value(QStringLiteral("emails")), 1);
    QCOMPARE(dialog.previewCell(0, QStringLiteral("organization")), QStringLiteral("ALISS"));
    QCOMPARE(dialog.previewCell(0, QStringLiteral("name")), QString());
    dialog.setColumn(QStringLiteral("name"), 0);
    QCOMPARE(dialog.previewCell(0, QStringLiteral("name")), QStringLiteral("Anne Martin"));
}

void TestExportDialog::csvColumnsChosenAndOrderedAndPrinting()
{
    TempStore store;
    SeedImporter importer(store.store());
    RELAIS_VERIFY_OK(importer.importFile(seedFile()));
    QTemporaryDir dir;
    QSettings qsettings(dir.filePath(QStringLiteral("relais.ini")), QSettings::IniFormat);
    Settings settings(qsettings);
    ExportDialog dialog(store.store(), settings);
    dialog.findChild<QDateEdit *>(QStringLiteral("exportFrom"))->setDate(QDate(2000, 1, 1));
    dialog.findChild<QDateEdit *>(QStringLiteral("exportTo"))->setDate(QDate(2100, 1, 1));
    auto *format = dialog.findChild<QComboBox *>(QStringLiteral("exportFormat"));
    format->setCurrentIndex(format->findData(QStringLiteral("csv")));
    dialog.setCsvColumns({ QStringLiteral("url"), QStringLiteral("title") });
    QCOMPARE(dialog.csvColumns(), (QStringList { QStringLiteral("url"), QStringLiteral("title") }));
    const QString csv = dir.filePath(QStringLiteral("a.csv"));
    QSignalSpy exported(&dialog, &ExportDialog::exported);
    QVERIFY(dialog.exportTo(csv));
    QVERIFY(!dialog.exportTo(csv)); // one at a time
    QVERIFY(exported.wait(10000));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readLine(), QByteArray("url,title\r\n"));
    dialog.setCsvColumns({});
    QVERIFY(!dialog.exportTo(csv));
    QVERIFY(dialog.resultText().contains(QStringLiteral("column")));
    // Printing, here to a PDF printer (the print dialog is Qt's).
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(dir.filePath(QStringLiteral("printed.pdf")));
    dialog.printTo(printer);
    QFile printed(dir.filePath(QStringLiteral("printed.pdf")));
    QVERIFY(printed.open(QIODevice::ReadOnly));
    QVERIFY(printed.read(5) == "%PDF-");
    QVERIFY(dialog.resultText().contains(QStringLiteral("printer")));
}

QTEST_MAIN(TestExportDialog)
#include "test_exportdialog.moc"
